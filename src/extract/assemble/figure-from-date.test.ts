import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimAt, extract, periodEndYear } from "../../../test/support/claims.js";

const PUBLISHED = "2026-02-10";

describe("period: a figure named with a determiner, then 'from' and a date, is that date's", () => {
  it("a past year's base after a forecast (EN)", () => {
    const claims = extract(
      "Veltrona expects to invest $18 billion in data centres in 2026, about twice its $9 billion from last year.",
      "en",
      PUBLISHED,
    );
    assert.equal(periodEndYear(claimAt(claims, 18e9)), "2026");
    assert.equal(periodEndYear(claimAt(claims, 9e9)), "2025");
  });

  it("a year written out, after 'the' (EN)", () => {
    const claims = extract(
      "Harbin Quay Systems guided to $64 billion of capital spending this year, far above the $41 billion from 2025.",
      "en",
      PUBLISHED,
    );
    assert.equal(periodEndYear(claimAt(claims, 64e9)), "2026");
    assert.equal(periodEndYear(claimAt(claims, 41e9)), "2025");
  });

  it("a revenue base set against a target (EN)", () => {
    const claims = extract(
      "Lorvik Group aims for sales of $900 million in 2026, against its $610 million from last year.",
      "en",
      PUBLISHED,
    );
    assert.equal(periodEndYear(claimAt(claims, 610e6)), "2025");
  });

  it("« ses … de l'an dernier » after a forecast (FR)", () => {
    const claims = extract(
      "Brunelle Énergie prévoit d'investir 6 milliards d'euros en 2026, soit le double de ses 3 milliards d'euros de l'an dernier.",
      "fr",
      PUBLISHED,
    );
    assert.equal(periodEndYear(claimAt(claims, 6e9)), "2026");
    assert.equal(periodEndYear(claimAt(claims, 3e9)), "2025");
  });

  it("« les … de 2025 » set against this year's plan (FR)", () => {
    const claims = extract(
      "Le groupe Tessaly table sur 480 millions d'euros de chiffre d'affaires cette année, bien au-delà des 350 millions d'euros de 2025.",
      "fr",
      PUBLISHED,
    );
    assert.equal(periodEndYear(claimAt(claims, 480e6)), "2026");
    assert.equal(periodEndYear(claimAt(claims, 350e6)), "2025");
  });

  it("near-miss: a change measured from last year keeps the figure's own period (EN)", () => {
    const claims = extract(
      "Veltrona's revenue grew 20% from last year to $15 billion in 2025.",
      "en",
      PUBLISHED,
    );
    assert.equal(periodEndYear(claimAt(claims, 15e9)), "2025");
    const growth = extract(
      "Quarrow Labs said its capex rose to $40 billion from last year's $30 billion.",
      "en",
      "2025-11-10",
    );
    assert.equal(periodEndYear(claimAt(growth, 40e9)), "2025");
  });

  it("near-miss: a figure without a determiner before 'from last year' is not dated by it (EN)", () => {
    const claims = extract(
      "Pellmark's cloud revenue reached $7 billion in 2026, up $2 billion from last year.",
      "en",
      PUBLISHED,
    );
    assert.equal(periodEndYear(claimAt(claims, 7e9)), "2026");
  });
});
