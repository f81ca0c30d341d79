import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { extractClaims } from "../index.js";

/** The owner of the claim whose quote holds `figure`. */
function ownerOf(text: string, language: "fr" | "en", figure: string): string {
  const { claims } = extractClaims({ text, language, published: "2026-03-02", document: "invented" });
  const claim = claims.find((c) => c.quote.includes(figure));
  assert.ok(claim, `no claim for ${figure}: ${claims.map((c) => c.quote).join(" | ")}`);
  return claim.entity;
}

/**
 * "X invested in Y. The company has raised…": a bare anaphor on a round or a valuation right after
 * a sentence where its referent invested in another company stands for the company invested in.
 */
describe("an anaphor on a round after an investment takes up the company invested in", () => {
  it('"the company has raised" after "invested in" (en)', () => {
    const text =
      "Lumeo AI grows\n\nLumeo AI trains small language models for hospitals. Corvane Capital invested $2 billion in Lumeo AI last year. The company has raised $9 billion in total since 2021.";
    assert.equal(ownerOf(text, "en", "$9 billion"), "Lumeo AI");
  });

  it("« elle a depuis levé » après « a investi dans » (fr)", () => {
    const text =
      "Lumeo grandit\n\nLumeo conçoit des modèles de langue pour les hôpitaux. Le fonds Corvane Capital a investi 300 millions d’euros dans Lumeo en mars. Elle a depuis levé 4 milliards d’euros de plus.";
    assert.equal(ownerOf(text, "fr", "4 milliards"), "Lumeo");
  });

  it("« la société a levé » après « a investi dans » (fr)", () => {
    const text =
      "Lumeo grandit\n\nLumeo conçoit des modèles de langue pour les hôpitaux. Le fonds Corvane Capital a investi 2 milliards d'euros dans Lumeo l'an dernier. La société a levé 9 milliards d'euros au total depuis 2021.";
    assert.equal(ownerOf(text, "fr", "9 milliards"), "Lumeo");
  });

  it("keeps the investor on a figure that is no round (en, near miss)", () => {
    const text =
      "Lumeo AI grows\n\nLumeo AI trains small language models for hospitals. Brisk Robotics Inc. invested $500 million in Lumeo AI in March. The company reported revenue of $3 billion for 2025.";
    assert.notEqual(ownerOf(text, "en", "$3 billion"), "Lumeo AI");
  });
});
