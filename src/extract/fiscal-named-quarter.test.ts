import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { findTimeMentions } from "./periods.js";

/** The calendar span of the first time mention of `text`, on a fiscal year ending in `fiscalEnd`. */
function span(text: string, published: string, fiscalEnd: number | null): string {
  const t = findTimeMentions(text, published, 0, fiscalEnd)[0];
  return t?.flow ? `${t.flow.start}..${t.flow.end}` : "none";
}

describe("a quarter a company names as its own is on its fiscal calendar", () => {
  it("its Q1 2026, son T1 2026, their Q4-2025 (fiscal year ending in June, January)", () => {
    assert.equal(
      span("Microsoft posted $31 billion of sales in its Q1 2026.", "2025-10-30", 6),
      "2025-07-01..2025-09-30",
    );
    assert.equal(
      span("Microsoft a publié 77,7 milliards de dollars pour son T1 2026.", "2025-10-30", 6),
      "2025-07-01..2025-09-30",
    );
    assert.equal(
      span("Nvidia reported $68 billion of revenue for its Q4 2026.", "2026-02-26", 1),
      "2025-11-01..2026-01-31",
    );
    assert.equal(
      span("Both groups beat forecasts in their Q4-2025.", "2025-03-01", 1),
      "2024-11-01..2025-01-31",
    );
  });

  it("a calendar-year company's own quarter, and a bare quarter, stay calendar quarters", () => {
    assert.equal(
      span("Alphabet said its Q3 2025 revenue climbed.", "2025-10-30", 12),
      "2025-07-01..2025-09-30",
    );
    assert.equal(
      span("Alphabet said its Q3 2025 revenue climbed.", "2025-10-30", null),
      "2025-07-01..2025-09-30",
    );
    assert.equal(span("The GPUs will arrive in Q1 2026.", "2025-10-16", 6), "2026-01-01..2026-03-31");
  });
});

describe("a fiscal quarter may name its year after the figure", () => {
  it("fiscal second-quarter revenue of $16.1 billion for 2026 (fiscal year ending in May)", () => {
    assert.equal(
      span("Oracle booked fiscal second-quarter sales of $16.1 billion for 2026.", "2025-12-11", 5),
      "2025-09-01..2025-11-30",
    );
    assert.equal(
      span("Oracle posted fiscal third-quarter revenue of $17.2 billion for fiscal 2026.", "2026-03-11", 5),
      "2025-12-01..2026-02-28",
    );
    assert.equal(
      span("Broadcom reported fiscal first-quarter chip sales up 20% for 2026.", "2026-03-05", 10),
      "2025-11-01..2026-01-31",
    );
  });

  it("a year in the next sentence is not the quarter's", () => {
    assert.equal(
      span(
        "Oracle booked fiscal second-quarter sales of $16.1 billion. For 2026 it expects more.",
        "2025-12-11",
        5,
      ),
      "2025-09-01..2025-11-30",
    );
  });
});

describe("the full year a company guides for is its fiscal year under way", () => {
  it("full-year guidance on a fiscal year ending in May, January; on the calendar year", () => {
    assert.equal(
      span("Oracle kept its full-year revenue forecast at $67 billion.", "2025-12-11", 5),
      "2025-06-01..2026-05-31",
    );
    assert.equal(
      span("Nvidia lifted its annual revenue outlook.", "2025-08-28", 1),
      "2025-02-01..2026-01-31",
    );
    assert.equal(
      span("Meta raised its full-year capex guidance.", "2025-10-30", 12),
      "2025-01-01..2025-12-31",
    );
    assert.equal(
      span("Meta raised its full-year capex guidance.", "2025-10-30", null),
      "2025-01-01..2025-12-31",
    );
  });
});
