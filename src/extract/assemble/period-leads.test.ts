import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { Claim } from "../../core/index.js";
import { extractClaims } from "../index.js";

const extract = (text: string, language: "fr" | "en") =>
  extractClaims({ text, language, published: "2025-11-10", document: "d.md" }).claims;

const at = (claims: Claim[], value: number) => {
  const claim = claims.find((c) => c.value.low === value || c.value.high === value);
  assert.ok(claim, `no claim of ${value} in ${JSON.stringify(claims.map((c) => c.value))}`);
  return claim;
};

describe("period: a date after 'since' starts a change", () => {
  it("a valuation reached since a founding date is a value of publication (EN)", () => {
    const claims = extract(
      "Since its launch in March 2022, Mistral AI has climbed to a valuation of $14 billion.",
      "en",
    );
    assert.deepEqual(at(claims, 14e9).period, { asOf: "2025-11" });
  });

  it("a valuation reached since a founding date is a value of publication (FR)", () => {
    const claims = extract(
      "Depuis sa création en avril 2023, Mistral AI a atteint une valorisation de 12 milliards d'euros.",
      "fr",
    );
    assert.deepEqual(at(claims, 12e9).period, { asOf: "2025-11" });
  });

  it("a level dated without 'since' keeps its date (EN)", () => {
    const claims = extract("In March 2024, Mistral AI reached a valuation of $6 billion.", "en");
    assert.deepEqual(at(claims, 6e9).period, { asOf: "2024-03" });
  });
});
