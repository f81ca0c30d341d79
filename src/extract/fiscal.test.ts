import assert from "node:assert/strict";
import { test } from "node:test";
import { fiscalYearEnd } from "./fiscal.js";
import { findTimeMentions } from "./periods.js";

test("the fiscal year's last month, from the year's close or from a quarter's", () => {
  assert.equal(fiscalYearEnd("Le groupe a publié les comptes de son exercice 2025, clos le 31 mars."), 3);
  assert.equal(fiscalYearEnd("Its fiscal year, which ends in September, was strong."), 9);
  // A quarter's close tells the year's: Q2 closing in August puts the year's end in February.
  assert.equal(fiscalYearEnd("Les ventes du deuxième trimestre de son exercice, clos fin août, ont crû."), 2);
  assert.equal(fiscalYearEnd("Sales for the first quarter (July-September) rose."), 6);
  assert.equal(fiscalYearEnd("Revenue rose in 2025."), null);
});

/** The year each time mention ends in, for a document whose fiscal year ends in `fiscalEnd`. */
const endOf = (text: string, fiscalEnd: number | null, published = "2025-11-20") =>
  findTimeMentions(text, published, 0, fiscalEnd).map((t) => t.flow?.end);

test("fiscal quarters and years fall on the company's fiscal calendar when the text gives it", () => {
  // A year closing in January: Q3 of FY2026 is August to October 2025.
  assert.deepEqual(endOf("au troisième trimestre de son exercice 2026", 1), ["2025-10-31"]);
  assert.deepEqual(endOf("Q1 FY27 guidance", 1), ["2026-04-30"]);
  // Without the year's close, the quarter is read on the calendar year.
  assert.deepEqual(endOf("in Q2 FY2026", null), ["2026-06-30"]);
  // A quarter without a year: the latest one begun by publication, on the fiscal calendar.
  assert.deepEqual(endOf("au quatrième trimestre", 1, "2025-02-26"), ["2025-01-31"]);
  assert.deepEqual(endOf("for the current quarter", 1), ["2026-01-31"]);
  // The fiscal year under way, or the one just closed when results follow its close.
  assert.deepEqual(endOf("sur l'ensemble de l'exercice", 5, "2025-12-11"), ["2026-05-31"]);
  assert.deepEqual(endOf("over the fiscal year", 6, "2025-07-30"), ["2025-06-30"]);
  assert.deepEqual(endOf("in the current fiscal year", 6, "2025-07-30"), ["2026-06-30"]);
  assert.deepEqual(endOf("pour l'exercice 2026", 6), ["2026-06-30"]);
  // No fiscal calendar: "l'exercice" alone names no period.
  assert.deepEqual(endOf("sur l'exercice", null), []);
});
