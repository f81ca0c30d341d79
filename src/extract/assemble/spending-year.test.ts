import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimAt, extract, periodEndYear } from "../../../test/support/claims.js";

const RESULTS = "Nebius a publié un chiffre d'affaires supérieur aux attentes au quatrième trimestre. ";
const RESULTS_EN = "Nebius beat revenue expectations in the fourth quarter. ";

describe("capital spending with no date after capital spending dated to a year takes that year", () => {
  it("dates the market's figure set against a year's budget to that year (fr, en)", () => {
    const fr = `${RESULTS}Sur l'ensemble de l'année 2026, les investissements de Nebius devraient atteindre entre 20 et 25 milliards de dollars. Les analystes attendaient un montant de 18,5 milliards de dollars.`;
    assert.equal(periodEndYear(claimAt(extract(fr, "fr", "2026-01-29"), 18.5e9)), "2026");
    const en = `${RESULTS_EN}For the full year 2026, Nebius expects capital spending of $20 billion to $25 billion. Analysts had expected $18.5 billion.`;
    assert.equal(periodEndYear(claimAt(extract(en, "en", "2026-01-29"), 18.5e9)), "2026");
  });

  it("dates the rise of a year's budget to that year, its base to its own (fr)", () => {
    const text = `Nebius a annoncé, lors de la publication de ses résultats du quatrième trimestre, un budget d'investissement de 20 milliards de dollars pour 2026. C'est une hausse de 60 % par rapport aux 12,5 milliards dépensés en 2025.`;
    const claims = extract(text, "fr", "2026-01-29");
    assert.equal(periodEndYear(claimAt(claims, 0.6)), "2026");
    assert.equal(periodEndYear(claimAt(claims, 12.5e9)), "2025");
  });

  it("carries no year across paragraphs", () => {
    const text = `${RESULTS}Sur l'ensemble de l'année 2027, les investissements de Nebius devraient atteindre 20 milliards de dollars.\n\nLes analystes attendaient des investissements de 18,5 milliards de dollars.`;
    assert.notEqual(periodEndYear(claimAt(extract(text, "fr", "2026-01-29"), 18.5e9)), "2027");
  });
});
