import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { Claim } from "../../core/index.js";
import { extractClaims } from "../index.js";

const extract = (text: string, language: "fr" | "en", published = "2025-05-14") =>
  extractClaims({ text, language, published, document: "d.md" }).claims;

const at = (claims: Claim[], value: number) => {
  const claim = claims.find((c) => c.value.low === value || c.value.high === value);
  assert.ok(claim, `no claim of ${value} in ${JSON.stringify(claims.map((c) => c.value))}`);
  return claim;
};

const endYear = (c: Claim) =>
  c.period && "asOf" in c.period ? c.period.asOf?.slice(0, 4) : c.period?.end?.slice(0, 4);

describe("period: a deal's term is its amount's", () => {
  it("a term after the deal's capacity is the amount's term too (EN)", () => {
    const claims = extract(
      "AMD and Humain said they would invest $12 billion together to deploy 600 megawatts of AI computing capacity over five years.",
      "en",
    );
    assert.equal(endYear(at(claims, 12e9)), "2030");
  });

  it("a term after the deal's capacity is the amount's term too (FR)", () => {
    const claims = extract(
      "Cerebras a signé un accord de 8 milliards de dollars avec OpenAI pour fournir 600 mégawatts de puissance de calcul jusqu'en 2029.",
      "fr",
    );
    assert.equal(endYear(at(claims, 8e9)), "2029");
  });

  it("a term written around the amount is the deal's (EN)", () => {
    const claims = extract(
      "OpenAI has signed a six-year, $9.5 billion agreement with CoreWeave.",
      "en",
      "2025-03-11",
    );
    assert.equal(endYear(at(claims, 9.5e9)), "2031");
  });

  it("the past verb of another figure does not hide the deal's end date (EN and FR)", () => {
    const en = extract(
      "CoreWeave shares jumped 11% after announcing a $12.5 billion computing power agreement with Meta, running through December 2030.",
      "en",
      "2025-09-30",
    );
    assert.equal(endYear(at(en, 12.5e9)), "2030");
    const fr = extract(
      "L'action CoreWeave a bondi de 11 % après l'annonce d'un contrat de 12,5 milliards de dollars avec Meta, qui court jusqu'en décembre 2030.",
      "fr",
      "2025-09-30",
    );
    assert.equal(endYear(at(fr, 12.5e9)), "2030");
  });
});
