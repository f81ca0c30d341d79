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

test("the number of a numbered list item opens the item's sentence", () => {
  const en = "Runners-up:\n1. Quorvia: $2.5 billion (Series G)\n2. Talmic — $2 billion\n";
  assert.deepEqual(
    splitSentences(en, "en").map((s) => s.text),
    ["Runners-up:", "1. Quorvia: $2.5 billion (Series G)", "2. Talmic — $2 billion"],
  );
  const fr = "Suivent :\n1) Quorvia : 2 milliards. Une levée record.\n";
  assert.deepEqual(
    splitSentences(fr, "fr").map((s) => s.text),
    ["Suivent :", "1) Quorvia : 2 milliards.", "Une levée record."],
  );
});

test("an abbreviation's period ends no sentence", () => {
  const text =
    "- Revenue: $51.2 billion vs. $50.1 billion expected\nLe chiffre d'affaires atteint 9 milliards (cf. tableau). Il progresse.";
  assert.deepEqual(
    splitSentences(text, "en").map((s) => s.text),
    [
      "- Revenue: $51.2 billion vs. $50.1 billion expected",
      "Le chiffre d'affaires atteint 9 milliards (cf. tableau).",
      "Il progresse.",
    ],
  );
});
