import assert from "node:assert/strict";
import { test } from "node:test";
import { splitSentences } from "./sentences.js";

test("the headline is its own sentence; lines without final punctuation are sentences; offsets are exact", () => {
  const text =
    "OpenAI réduit ses objectifs\n\nSelon CNBC, la société vise 600 milliards. Elle prévoit plus.\nUne levée de fonds imminente\nTexte final.";
  const sentences = splitSentences(text, "fr");
  assert.deepEqual(
    sentences.map((s) => s.text),
    [
      "OpenAI réduit ses objectifs",
      "Selon CNBC, la société vise 600 milliards.",
      "Elle prévoit plus.",
      "Une levée de fonds imminente",
      "Texte final.",
    ],
  );
  for (const s of sentences) assert.equal(text.slice(s.start, s.end), s.text);
  assert.equal(sentences[0]?.headline, true);
  assert.equal(sentences[1]?.headline, false);
  assert.equal(sentences[3]?.heading, true);
  assert.equal(sentences[4]?.heading, false);
});

test("a first line holding several sentences is body text, not a headline", () => {
  const sentences = splitSentences(
    "La croissance est forte. Selon le FT, les revenus montent.\nSuite.",
    "fr",
  );
  assert.equal(sentences[0]?.headline, false);
});
