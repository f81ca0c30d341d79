import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { extractClaims } from "../index.js";

/** attached-owner.ts possessedRelativeOwner: "X's <named sites> <noun>, which … <figure>". */
const owner = (text: string, value: number, language: "fr" | "en" = "en") =>
  extractClaims({ text, language, published: "2025-11-10", document: "d.md" }).claims.find(
    (c) => (c.value.low ?? c.value.high) === value,
  )?.entity;

describe("a possessor's named sites, then a relative clause holding the figure", () => {
  it("'Oracle's Harbor and Harbor II campuses, which … draw 1.2 GW' (en)", () => {
    const text =
      "Compute race\n\nMistral AI agreed to pay Oracle $2 billion yearly to use Oracle's Harbor and Harbor II campuses, which sit in Texas and together draw more than 1.2 gigawatts of power.";
    assert.equal(owner(text, 1.2), "Oracle");
  });

  it("« les campus Abilene et Abilene II d'Oracle, qui consomment 1,2 GW » (fr)", () => {
    const text =
      "Course au calcul\n\nMistral AI paiera 2 milliards de dollars par an à Oracle pour accéder aux campus Abilene et Abilene II d'Oracle, qui se trouvent au Texas et consomment ensemble plus de 1,2 gigawatt.";
    assert.equal(owner(text, 1.2, "fr"), "Oracle");
  });
});

describe("a possessed phrase naming another company (near miss)", () => {
  it("'OpenAI's rival Cohere, which raised …': the company described owns the figure", () => {
    const text =
      "Funding\n\nInvestors also backed OpenAI's rival Cohere, which raised $500 million in August.";
    assert.equal(owner(text, 5e8), "Cohere");
  });
});
