import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimAt, extract } from "../../../test/support/claims.js";

describe("period: 'this year' a speaker states as done in the first quarter is the year just reported", () => {
  it("a call in February: 'we invested … this year' is the year before, a result (EN)", () => {
    const claims = extract(
      'Meta fourth-quarter call\n\nThe finance chief said: "We invested $91 billion in capital expenditures this year. In 2026 we expect to invest $150 billion."',
      "en",
      "2026-02-05",
    );
    const invested = claimAt(claims, 91e9);
    assert.deepEqual(invested.period, { start: "2025-01-01", end: "2025-12-31" });
    assert.equal(invested.qualifier, "reported");
    assert.deepEqual(claimAt(claims, 150e9).period, { start: "2026-01-01", end: "2026-12-31" });
  });

  it("a call in February: 'nous avons investi … cette année' is the year before (FR)", () => {
    const claims = extract(
      "« Nous avons investi 91 milliards de dollars en dépenses d'investissement cette année », a déclaré la directrice financière de Meta.",
      "fr",
      "2026-02-05",
    );
    assert.deepEqual(claimAt(claims, 91e9).period, { start: "2025-01-01", end: "2025-12-31" });
  });

  it("later in the year, or in a plan, 'this year' stays the year of publication (EN)", () => {
    const october = extract(
      '"We invested $60 billion in capital expenditures this year," the finance chief of Meta said.',
      "en",
      "2026-10-05",
    );
    assert.deepEqual(claimAt(october, 60e9).period, { start: "2026-01-01", end: "2026-12-31" });
    const plan = extract(
      '"We expect to invest $150 billion this year," the finance chief of Meta said.',
      "en",
      "2026-02-05",
    );
    assert.deepEqual(claimAt(plan, 150e9).period, { start: "2026-01-01", end: "2026-12-31" });
  });
});

describe("period: a whole year stated as done early in the next year is the year just reported", () => {
  it("'full-year revenue grew', 'for the year' in January are the year before, a result (EN)", () => {
    const claims = extract(
      "Nebius results\n\nNebius said its full-year revenue grew 12% to $48 billion. It reported net income of $3 billion for the fourth quarter and $9 billion for the year.",
      "en",
      "2026-01-22",
    );
    const revenue = claimAt(claims, 48e9);
    assert.deepEqual(revenue.period, { start: "2025-01-01", end: "2025-12-31" });
    assert.equal(revenue.qualifier, "reported");
  });

  it("'sur l'ensemble de l'année' with a past verb in February is the year before (FR)", () => {
    const claims = extract(
      "Nebius a réalisé sur l'ensemble de l'année un chiffre d'affaires de 48 milliards d'euros.",
      "fr",
      "2026-02-12",
    );
    assert.deepEqual(claimAt(claims, 48e9).period, { start: "2025-01-01", end: "2025-12-31" });
  });

  it("a full-year forecast stays the year under way (EN, FR)", () => {
    const en = extract("Nebius expects full-year revenue of $52 billion.", "en", "2026-01-22");
    assert.deepEqual(claimAt(en, 52e9).period, { start: "2026-01-01", end: "2026-12-31" });
    const fr = extract(
      "Nebius prévoit sur l'ensemble de l'année un chiffre d'affaires de 52 milliards d'euros.",
      "fr",
      "2026-01-22",
    );
    assert.deepEqual(claimAt(fr, 52e9).period, { start: "2026-01-01", end: "2026-12-31" });
  });
});
