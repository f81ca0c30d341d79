import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { checkQuantities as check } from "../../../test/support/quantities.js";
import { misspelledScale, oneEditApart } from "./scale-typos.js";

describe("misspelledScale — a scale word one letter off", () => {
  it("reads a letter dropped, added, changed or swapped as the scale meant", () => {
    assert.equal(misspelledScale("bilion", "en")?.meant, "billion");
    assert.equal(misspelledScale("billlion", "en")?.meant, "billion");
    assert.equal(misspelledScale("millon", "en")?.meant, "million");
    assert.equal(misspelledScale("trilion", "en")?.meant, "trillion");
    assert.equal(misspelledScale("milliads", "fr")?.meant, "milliards");
    assert.equal(misspelledScale("miliard", "fr")?.meant, "milliard");
    assert.equal(misspelledScale("millairds", "fr")?.meant, "milliards");
  });

  it("leaves alone words of their own, short forms and words further off", () => {
    for (const word of [
      "bullion",
      "pillion",
      "billon",
      "hundreds",
      "billing",
      "minion",
      "mds",
      "bn",
      "milieu",
    ])
      assert.equal(misspelledScale(word, word === "mds" ? "fr" : "en"), null, word);
    assert.equal(misspelledScale("billion", "en"), null, "a scale word spelled right is no typo");
  });

  it("measures one edit only", () => {
    assert.ok(oneEditApart("bilion", "billion"));
    assert.ok(oneEditApart("blilion", "billion"));
    assert.ok(!oneEditApart("bilon", "billion"));
    assert.ok(!oneEditApart("billion", "billion"));
  });
});

describe("findQuantities — scale words one letter off after a number", () => {
  it("reads the amount in its scale, in English and French", () => {
    check(
      "en",
      "a €2.4 billion (US$2.8 bilion) round",
      ["€2.4 billion", 2.4e9, 2.4e9, "exact", "EUR"],
      ["US$2.8 bilion", 2.8e9, 2.8e9, "exact", "USD"],
    );
    check("en", "revenue of $45 millon last year", ["$45 millon", 4.5e7, 4.5e7, "exact", "USD"]);
    check("fr", "une levée de 7 milliads d'euros", ["7 milliads d'euros", 7e9, 7e9, "exact", "EUR"]);
    check("fr", "plus de cinq miliards de dollars", [
      "plus de cinq miliards de dollars",
      5e9,
      null,
      "at_least",
      "USD",
    ]);
  });

  it("does not take a word of its own for a scale", () => {
    check("en", "it held $3 bullion reserves", ["$3", 3, 3, "exact", "USD"]);
  });
});
