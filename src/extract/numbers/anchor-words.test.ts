import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { ANCHOR_HASHES, ANCHORS, wordHash } from "./anchor-words.js";

describe("the words that may open a quantity", () => {
  it("number words, articles and vague words of each language, found by their lower-case hash", () => {
    for (const word of ["vingt", "une", "plusieurs", "dizaines", "milliard"])
      assert.ok(ANCHORS.fr.has(word), word);
    for (const word of ["twenty", "a", "several", "dozens", "billion"]) assert.ok(ANCHORS.en.has(word), word);
    assert.ok(ANCHOR_HASHES.en.has(wordHash("Twenty")));
    assert.equal(wordHash("ÉTATS"), wordHash("états"));
    assert.equal(ANCHORS.en.has("revenue"), false);
  });
});
