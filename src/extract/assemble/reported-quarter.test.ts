import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimAt, extract } from "../../../test/support/claims.js";

const Q3_2025 = { start: "2025-07-01", end: "2025-09-30" };
const YEAR_2025 = { start: "2025-01-01", end: "2025-12-31" };

describe("period: a result with no date in a quarterly report is the quarter's", () => {
  it("the quarter named in the lede dates the later undated results (EN)", () => {
    const claims = extract(
      "Lambda posted record sales in the third quarter.\nThe company said revenue climbed to $900 million. Its net loss was $120 million.",
      "en",
    );
    assert.deepEqual(claimAt(claims, 900e6).period, Q3_2025);
    assert.deepEqual(claimAt(claims, 120e6).period, Q3_2025);
  });

  it("a quarterly report with no quarter named is of the last quarter completed (FR)", () => {
    const claims = extract(
      "Lambda vient de publier des résultats trimestriels solides : un chiffre d'affaires de 900 millions de dollars, en hausse de 40 % sur un an.",
      "fr",
    );
    assert.deepEqual(claimAt(claims, 900e6).period, Q3_2025);
    assert.deepEqual(claimAt(claims, 0.4).period, Q3_2025);
  });

  it("a forecast with no date keeps the year (EN)", () => {
    const claims = extract(
      "Lambda reported its quarterly results on Tuesday. The company expects revenue of $4 billion.",
      "en",
    );
    assert.deepEqual(claimAt(claims, 4e9).period, YEAR_2025);
  });

  it("an annual figure of a quarterly report keeps the year (FR)", () => {
    const claims = extract(
      "Au troisième trimestre, Lambda a accéléré. Son chiffre d'affaires annuel a atteint 3 milliards de dollars, en hausse de 20 %.",
      "fr",
    );
    assert.deepEqual(claimAt(claims, 0.2).period, YEAR_2025);
  });

  it("a text that reports no quarter keeps the publication year (EN)", () => {
    const claims = extract("Lambda said revenue climbed to $900 million.", "en");
    assert.deepEqual(claimAt(claims, 900e6).period, YEAR_2025);
  });
});

describe("period: a figure set against the previous one a year back", () => {
  it("'from $X a year earlier' is the previous figure's quarter a year back (EN)", () => {
    const claims = extract(
      "Lambda's revenue rose to $900 million in the three months to September, from $500 million a year earlier.",
      "en",
    );
    assert.deepEqual(claimAt(claims, 500e6).period, { start: "2024-07-01", end: "2024-09-30" });
  });

  it("'contre X un an plus tôt' is the previous figure's quarter a year back (FR)", () => {
    const claims = extract(
      "Au deuxième trimestre, le chiffre d'affaires de Lambda a atteint 900 millions de dollars, contre 500 millions de dollars un an plus tôt.",
      "fr",
    );
    assert.deepEqual(claimAt(claims, 500e6).period, { start: "2024-04-01", end: "2024-06-30" });
  });

  it("'in the year-ago period' is the previous figure's period a year back (EN)", () => {
    const claims = extract(
      "Lambda's second-quarter revenue was $900 million, compared with $500 million in the year-ago period.",
      "en",
    );
    assert.deepEqual(claimAt(claims, 500e6).period, { start: "2024-04-01", end: "2024-06-30" });
  });
});

describe("period: a date that leads a later clause's own figure", () => {
  it("'full-year' opening the next clause is not the earlier figure's (EN)", () => {
    const claims = extract(
      "Lambda expects second-quarter capital expenditures between $2 billion and $2.5 billion; the full-year revenue is expected to be in the range of $4 billion to $4.4 billion.",
      "en",
    );
    assert.deepEqual(claimAt(claims, 2e9).period, { start: "2025-04-01", end: "2025-06-30" });
    assert.deepEqual(claimAt(claims, 4e9).period, YEAR_2025);
  });

  it("a year opening the next clause is not the earlier figure's (FR)", () => {
    const claims = extract(
      "Au deuxième trimestre, Lambda a réalisé un chiffre d'affaires de 900 millions de dollars ; en 2026, le groupe vise 5 milliards de dollars de chiffre d'affaires.",
      "fr",
    );
    assert.deepEqual(claimAt(claims, 900e6).period, { start: "2025-04-01", end: "2025-06-30" });
    assert.deepEqual(claimAt(claims, 5e9).period, { start: "2026-01-01", end: "2026-12-31" });
  });
});
