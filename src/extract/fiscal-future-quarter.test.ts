import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { findTimeMentions } from "./periods.js";

/** The calendar span of the first time mention of `text`, on a fiscal year ending in `fiscalEnd`. */
function span(text: string, published: string, fiscalEnd: number | null): string {
  const t = findTimeMentions(text, published, 0, fiscalEnd)[0];
  return t?.flow ? `${t.flow.start}..${t.flow.end}` : "none";
}

describe("a quarter and year still to come on the calendar is the company's fiscal quarter", () => {
  it("Q2 2026, le deuxième trimestre 2026, third-quarter 2026 on a fiscal year ending in January", () => {
    assert.equal(span("Sales reached $9 billion in Q2 2026.", "2025-08-28", 1), "2025-05-01..2025-07-31");
    assert.equal(
      span("Le groupe a publié 9 milliards de ventes pour le deuxième trimestre 2026.", "2025-08-28", 1),
      "2025-05-01..2025-07-31",
    );
    assert.equal(
      span("Third-quarter 2026 sales climbed to $11 billion.", "2025-11-20", 1),
      "2025-08-01..2025-10-31",
    );
  });

  it("guidance for the next fiscal quarter (fiscal year ending in June); the first quarter of 2026 in October 2025", () => {
    assert.equal(
      span("It guides to $7 billion of sales in Q2 2026.", "2025-10-29", 6),
      "2025-10-01..2025-12-31",
    );
    assert.equal(
      span("Le chiffre d'affaires du premier trimestre 2026 a atteint 7 milliards.", "2025-10-29", 6),
      "2025-07-01..2025-09-30",
    );
  });

  it("near-misses: a calendar-year company, a quarter already begun, a schedule's date", () => {
    assert.equal(span("Sales reached $9 billion in Q2 2026.", "2025-08-28", null), "2026-04-01..2026-06-30");
    assert.equal(span("Sales reached $9 billion in Q2 2025.", "2025-08-28", 1), "2025-04-01..2025-06-30");
    assert.equal(
      span("Shipments of 5,000 racks begin starting in Q1 2026.", "2025-09-10", 6),
      "2026-01-01..2026-03-31",
    );
    assert.equal(span("Le site sera livré dès le T2 2026.", "2025-09-10", 1), "2026-04-01..2026-06-30");
    // A quarter more than one fiscal quarter ahead stays on the calendar.
    assert.equal(
      span("Revenue of $3 billion is expected in Q4 2027.", "2025-09-10", 6),
      "2027-10-01..2027-12-31",
    );
  });
});
