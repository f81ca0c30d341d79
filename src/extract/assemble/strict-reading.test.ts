import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { Claim } from "../../core/index.js";
import { extractClaims } from "../index.js";

const extract = (text: string, language: "fr" | "en" = "en", published = "2025-11-10") =>
  extractClaims({ text, language, published, document: "d.md" }).claims;

/** The claim whose low or high end is `value`. */
const at = (claims: Claim[], value: number) => {
  const claim = claims.find((c) => c.value.low === value || c.value.high === value);
  assert.ok(claim, `no claim of ${value} in ${JSON.stringify(claims.map((c) => c.value))}`);
  return claim;
};

describe("strict fields: the qualifier", () => {
  it("a forecast word after the next figure qualifies that figure, not the earlier ones (EN)", () => {
    const claims = extract(
      "Anthropic says its sales climbed from $1 billion in 2023 to $3 billion in 2024 to $7 billion expected in 2025.",
    );
    assert.equal(at(claims, 1e9).qualifier, "reported");
    assert.equal(at(claims, 3e9).qualifier, "reported");
    assert.equal(at(claims, 7e9).qualifier, "target");
  });

  it("a forecast word after the next figure qualifies that figure, not the earlier ones (FR)", () => {
    const claims = extract(
      "Le chiffre d'affaires de Mistral AI est passé de 1 milliard de dollars en 2023 à 3 milliards de dollars en 2024, puis à 7 milliards de dollars prévus en 2025.",
      "fr",
    );
    assert.equal(at(claims, 1e9).qualifier, "reported");
    assert.equal(at(claims, 7e9).qualifier, "target");
  });

  it("a stake that a warrant or deal will give is a term of the deal: commitment (EN)", () => {
    const claims = extract(
      "AMD granted OpenAI a warrant for up to 160 million AMD shares. Exercised in full, the warrant would give OpenAI about 10% of the chipmaker.",
    );
    assert.equal(at(claims, 0.1).qualifier, "commitment");
  });

  it("a stake that a warrant or deal will give is a term of the deal: commitment (FR)", () => {
    const claims = extract(
      "AMD a accordé à OpenAI des bons de souscription portant sur 160 millions d'actions AMD. Exercés en totalité, ils donneront à OpenAI une participation d'environ 10 % dans AMD.",
      "fr",
    );
    assert.equal(at(claims, 0.1).qualifier, "commitment");
  });

  it("a stake its holder will own after a planned step stays a target", () => {
    assert.equal(
      at(extract("After the second closing, Nvidia will own about 6% of Anthropic."), 0.06).qualifier,
      "target",
    );
    const fr = extract("Après la seconde étape, Nvidia détiendra environ 6 % d'Anthropic.", "fr");
    assert.equal(at(fr, 0.06).qualifier, "target");
  });
});
