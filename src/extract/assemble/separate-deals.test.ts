import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimAt, extract } from "../../../test/support/claims.js";

describe("two amounts of one sentence keep their own words", () => {
  it("a noun right after the first amount is not the second's metric, nor its party the first's (EN)", () => {
    const claims = extract(
      "Lambda said it had raised $500 million in senior notes, days after signing a $2 billion capacity agreement with Amazon.",
      "en",
      "2025-10-08",
    );
    const notes = claimAt(claims, 500e6);
    assert.equal(notes.metric, "debt_issuance");
    assert.equal(notes.counterparty, null);
    const deal = claimAt(claims, 2e9);
    assert.equal(deal.metric, "compute_commitment");
    assert.deepEqual([deal.entity, deal.counterparty], ["Amazon", "Lambda"]);
  });

  it("un nom juste après le premier montant ne mesure pas le second (FR)", () => {
    const claims = extract(
      "Nscale a émis 400 millions d'euros d'obligations, quelques jours après un accord de capacité de 3 milliards d'euros avec Microsoft.",
      "fr",
      "2025-10-08",
    );
    assert.equal(claimAt(claims, 400e6).metric, "debt_issuance");
    assert.equal(claimAt(claims, 400e6).counterparty, null);
    assert.equal(claimAt(claims, 3e9).metric, "compute_commitment");
  });

  it("a level stated as reached keeps the publication date when the next amount is a plan with a horizon (EN, FR)", () => {
    const en = extract(
      "Cohere reports annualized revenue of $150 million and targets $500 million by the end of 2027.",
      "en",
      "2025-06-12",
    );
    assert.deepEqual(claimAt(en, 150e6).period, { asOf: "2025-06" });
    assert.equal(claimAt(en, 150e6).qualifier, "reported");
    assert.deepEqual(claimAt(en, 500e6).period, { asOf: "2027-12" });
    assert.equal(claimAt(en, 500e6).qualifier, "target");
    const fr = extract(
      "Pigment affiche des revenus annualisés de 80 millions d'euros et vise 300 millions d'euros d'ici à la fin de 2027.",
      "fr",
      "2025-06-12",
    );
    assert.deepEqual(claimAt(fr, 80e6).period, { asOf: "2025-06" });
    assert.equal(claimAt(fr, 80e6).qualifier, "reported");
    assert.equal(claimAt(fr, 300e6).qualifier, "target");
  });

  it("a date closing a list of like amounts is still each one's (EN)", () => {
    const claims = extract(
      "Amazon, Alphabet and Meta will spend $125 billion, $91 billion and $70 billion respectively in 2025.",
      "en",
      "2025-11-10",
    );
    for (const value of [125e9, 91e9, 70e9])
      assert.deepEqual(claimAt(claims, value).period, { start: "2025-01-01", end: "2025-12-31" });
  });
});
