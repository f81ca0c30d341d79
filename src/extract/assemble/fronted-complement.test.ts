import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { extractClaims } from "../index.js";

const claimOf = (text: string, value: number, language: "fr" | "en" = "en") =>
  extractClaims({ text, language, published: "2025-11-10", document: "d.md" }).claims.find(
    (c) => (c.value.low ?? c.value.high) === value,
  );

describe("a name after a preposition and a common noun is no subject", () => {
  it("« avec l'initiative X », « avec le programme X » opening the sentence (fr)", () => {
    const text = "Avec le programme Horizon, Capgemini prévoit d'investir 2 milliards d'euros.";
    const claim = claimOf(text, 2e9, "fr");
    assert.equal(claim?.entity, "Capgemini");
    assert.doesNotMatch(claim?.explanation ?? "", /Horizon \d[^|]*clauseSubject/u);
  });

  it("'with its partner X', 'thanks to the startup X' (en)", () => {
    const partner = claimOf("With its partner Oracle, OpenAI plans to spend $30 billion a year.", 3e10);
    assert.equal(partner?.entity, "OpenAI");
    assert.doesNotMatch(partner?.explanation ?? "", /Oracle \d[^|]*clauseSubject/u);
  });

  it("« à X »: the accented preposition marks a complement too", () => {
    const text = "Grâce à Nvidia, Mistral AI prévoit de lever 2 milliards d'euros.";
    const claim = claimOf(text, 2e9, "fr");
    assert.equal(claim?.entity, "Mistral AI");
    assert.doesNotMatch(claim?.explanation ?? "", /Nvidia -?\d[^|]*clauseSubject/u);
  });

  it("keeps a subject introduced by its own common noun", () => {
    assert.equal(
      claimOf("La start-up Mistral AI a levé 2 milliards d'euros.", 2e9, "fr")?.entity,
      "Mistral AI",
    );
    assert.equal(claimOf("The startup Mistral AI raised $2 billion.", 2e9)?.entity, "Mistral AI");
  });
});
