import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { Claim } from "../../core/index.js";
import { extractClaims } from "../index.js";

const extract = (text: string, language: "fr" | "en") =>
  extractClaims({ text, language, published: "2025-11-12", document: "d.md" }).claims;

const at = (claims: Claim[], value: number) => {
  const claim = claims.find((c) => c.value.low === value || c.value.high === value);
  assert.ok(claim, `no claim of ${value} in ${JSON.stringify(claims.map((c) => c.value))}`);
  return claim;
};

const year = (c: Claim) => (c.period && "end" in c.period ? c.period.end?.slice(0, 4) : null);

describe("period: a date right after a figure set against another is that figure's", () => {
  it("'X, against Y in the third quarter of 2024' leaves X undated (EN)", () => {
    const claims = extract(
      "Lambda's net loss shrank to $40 million, against $95 million in the third quarter of 2024.",
      "en",
    );
    assert.equal(year(at(claims, 95e6)), "2024");
    assert.equal(year(at(claims, 40e6)), "2025");
  });

  it("'X, contre Y au troisième trimestre 2024' leaves X undated (FR)", () => {
    const claims = extract(
      "La perte nette de Lambda s'est réduite à 40 millions de dollars, contre 95 millions de dollars au troisième trimestre 2024.",
      "fr",
    );
    assert.equal(year(at(claims, 95e6)), "2024");
    assert.equal(year(at(claims, 40e6)), "2025");
  });
});
