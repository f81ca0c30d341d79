import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimAt, extract } from "../../../test/support/claims.js";

/** Oracle's fiscal year ends in May: its second fiscal quarter of 2026 runs from September to November 2025. */
const ORACLE_FQ2 = { start: "2025-09-01", end: "2025-11-30" };
const Q3_2025 = { start: "2025-07-01", end: "2025-09-30" };

describe("period: undated results read the quarter their own paragraph names", () => {
  it("a wrap-up's second company takes its paragraph's fiscal quarter, not the first company's (EN)", () => {
    const claims = extract(
      "Lambda's revenue rose 10% in the third quarter.\nIn the United States, Oracle reported results for its second fiscal quarter. The group posted revenue of $16 billion.",
      "en",
      "2025-12-20",
    );
    assert.deepEqual(claimAt(claims, 16e9).period, ORACLE_FQ2);
    assert.deepEqual(claimAt(claims, 0.1).period, Q3_2025);
  });

  it("the same on the paragraph's company calendar (FR)", () => {
    const claims = extract(
      "Au troisième trimestre, le chiffre d'affaires de Lambda a progressé de 10 %.\nOutre-Atlantique, Oracle a publié les résultats de son deuxième trimestre fiscal. Le groupe a dégagé un chiffre d'affaires de 16 milliards de dollars.",
      "fr",
      "2025-12-20",
    );
    assert.deepEqual(claimAt(claims, 16e9).period, ORACLE_FQ2);
  });

  it("a paragraph that names no quarter keeps the document's (EN near miss)", () => {
    const claims = extract(
      "Lambda posted record sales in the third quarter.\nThe company said revenue climbed to $900 million.",
      "en",
    );
    assert.deepEqual(claimAt(claims, 900e6).period, Q3_2025);
  });

  it("a quarter still to come in the paragraph is not the one reported (FR near miss)", () => {
    const claims = extract(
      "Lambda a publié ses résultats du troisième trimestre.\nPour le quatrième trimestre, la demande reste forte. Le chiffre d'affaires a atteint 900 millions de dollars.",
      "fr",
    );
    assert.deepEqual(claimAt(claims, 900e6).period, Q3_2025);
  });
});

/** Marvell's fiscal year ends in January: its last quarter of fiscal 2026 runs from November 2025 to January 2026. */
const MARVELL_FQ4 = { start: "2025-11-01", end: "2026-01-31" };

describe("period: a result stated as done early in the year is its paragraph's company's last quarter", () => {
  it("on the calendar of the company the paragraph names, not the article's first (EN)", () => {
    const claims = extract(
      "Lambda's revenue rose 10% in the fourth quarter.\nIn the United States, Marvell posted strong results. Its revenue rose 22% from a year earlier.",
      "en",
      "2026-03-05",
    );
    assert.deepEqual(claimAt(claims, 0.22).period, MARVELL_FQ4);
  });

  it("the same in French (FR)", () => {
    const claims = extract(
      "Au quatrième trimestre, le chiffre d'affaires de Lambda a progressé de 10 %.\nOutre-Atlantique, Marvell a publié des résultats solides. Ses revenus ont progressé de 22 % sur un an.",
      "fr",
      "2026-03-05",
    );
    assert.deepEqual(claimAt(claims, 0.22).period, MARVELL_FQ4);
    assert.deepEqual(claimAt(claims, 0.1).period, { start: "2025-10-01", end: "2025-12-31" });
  });
});
