import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { allMatches, firstMatch, hasMatch, hasNecessaryWords, matchesIn, mayMatch } from "./patterns.js";

const REVENUE = /\b(?:chiffre\s+d['’]affaires|revenue)\b/iu;
const FUTURE = /\b(?:will|va)\s+\p{L}+/u;

describe("pattern answers kept per text", () => {
  it("answer as the pattern does, for texts asked in turns and for equal texts built apart", () => {
    const texts = [
      "OpenAI a réalisé un chiffre d'affaires de 13 milliards.",
      "Nvidia will invest up to $100 billion in OpenAI.",
      "Its revenue rose to $4.3 billion.",
      "Aucun montant n'a été donné.",
    ];
    for (let round = 0; round < 3; round++)
      for (const text of texts) {
        const copy = [...text].join("");
        for (const pattern of [REVENUE, FUTURE]) {
          assert.equal(hasMatch(pattern, copy), pattern.test(text), `${pattern} on ${text}`);
          assert.deepEqual(firstMatch(pattern, copy)?.[0], pattern.exec(text)?.[0]);
          assert.equal(firstMatch(pattern, text)?.index, pattern.exec(text)?.index);
          if (pattern.test(text)) assert.ok(mayMatch(pattern, text));
        }
      }
  });

  it("leave a global pattern's position to the caller, as exec and test do", () => {
    const words = /\bmilliards?\b/giu;
    const text = "40 milliards puis 13 milliards";
    words.lastIndex = 0;
    assert.equal(firstMatch(words, text)?.index, 3);
    assert.equal(firstMatch(words, text)?.index, 21);
    assert.equal(hasMatch(words, text), false);
  });

  it("rule out every slice of a sentence that lacks a pattern's words, and keep those of one that has them", () => {
    const SOURCE_LEAD = /(?:\bselon|\baccording\s+to)\s+$/iu;
    const sentences = [
      "Selon Bernstein, Nvidia livrera 2 millions de puces.",
      "According to Bernstein, Nvidia will ship 2 million chips.",
      "Nvidia livrera 2 millions de puces à Oracle.",
      "Nvidia will ship 2 million chips to Oracle.",
    ];
    for (const sentence of sentences) {
      const has = hasNecessaryWords(SOURCE_LEAD, sentence);
      assert.equal(has, /selon|according/iu.test(sentence), sentence);
      for (let end = 0; end <= sentence.length; end++)
        if (SOURCE_LEAD.test(sentence.slice(0, end))) assert.ok(has, `${sentence} up to ${end}`);
    }
  });
});

describe("allMatches", () => {
  const asMatchAll = (pattern: RegExp, text: string) =>
    [...text.matchAll(pattern)].map((m) => [m.index, ...m]);
  const asAllMatches = (pattern: RegExp, text: string) =>
    allMatches(pattern, text).map((m) => [m.index, ...m]);

  it("gives what matchAll gives, empty matches and astral characters included", () => {
    const cases: [RegExp, string][] = [
      [/\b(?:milliards?|billion)\b/giu, "40 milliards puis 13 milliards, then $2 billion"],
      [/x*/gu, "a𝐀b x xx"],
      [/x*/g, "a𝐀b x xx"],
      [/(?<![\p{L}])[Ll]e\s+(groupe|fonds)/gu, "Le groupe et le fonds, puis Tle groupe."],
      [/,\s*(?:and|et)\s+|[;:]\s+/giu, "Nvidia, and OpenAI; AMD: soit"],
    ];
    for (const [pattern, text] of cases) {
      assert.deepEqual(asAllMatches(pattern, text), asMatchAll(pattern, text), `${pattern} on ${text}`);
      assert.equal(pattern.lastIndex, 0);
    }
  });

  it("starts at the pattern's position, as matchAll does, and leaves it there", () => {
    const pattern = /milliards/gu;
    const text = "40 milliards puis 13 milliards";
    pattern.lastIndex = 5;
    assert.deepEqual(asAllMatches(pattern, text), asMatchAll(pattern, text));
    assert.equal(pattern.lastIndex, 5);
    pattern.lastIndex = 0;
  });

  it("refuses a pattern without the g flag, as matchAll does", () => {
    assert.throws(() => allMatches(/milliards/u, "40 milliards"), TypeError);
  });

  it("matchesIn finds what matchAll finds", () => {
    const pattern = /\b(?:il|it)\b/giu;
    const text = "Il a levé 6 milliards ; it said it would.";
    assert.deepEqual(
      matchesIn(pattern, text).map((m) => m.index),
      [...text.matchAll(pattern)].map((m) => m.index),
    );
  });
});
