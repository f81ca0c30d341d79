import assert from "node:assert/strict";
import { test } from "node:test";
import { periodAt, periodLabel, periodsOverlap, samePeriod, toPeriodSpan } from "./period.js";

const span = toPeriodSpan;

test("labels read as people write periods", () => {
  assert.equal(periodLabel(span({ start: "2025-01-01", end: "2025-12-31" })), "2025");
  assert.equal(periodLabel(span({ start: "2025", end: "2025" })), "2025");
  assert.equal(periodLabel(span({ start: "2025-07-01", end: "2025-12-31" })), "H2 2025");
  assert.equal(periodLabel(span({ start: "2025-07-01", end: "2025-09-30" })), "Q3 2025");
  assert.equal(periodLabel(span({ start: null, end: "2030-12-31" })), "by 2030");
  assert.equal(periodLabel(span({ start: "2025-11", end: "2033-11" })), "2025-11 → 2033-11");
  assert.equal(periodLabel(span({ asOf: "2025-10" })), "Oct 2025");
  assert.equal(periodLabel(span(null)), "undated");
  assert.equal(periodAt(span({ asOf: "2025-10" })), 2025.79);
});

test("the tolerance rule: levels within a month, short flows by their ends, horizons by their end year", () => {
  assert.ok(samePeriod(span({ asOf: "2025-12" }), span({ asOf: "2025-12-31" })));
  assert.ok(samePeriod(span({ asOf: "2025-11" }), span({ asOf: "2025-12-31" })));
  assert.ok(!samePeriod(span({ asOf: "2025-10" }), span({ asOf: "2025-12-31" })));
  assert.ok(samePeriod(span({ asOf: "2025" }), span({ asOf: "2025-03" })));
  assert.ok(
    samePeriod(span({ start: "2025", end: "2025" }), span({ start: "2025-01-01", end: "2025-12-31" })),
  );
  assert.ok(
    !samePeriod(
      span({ start: "2025-01-01", end: "2025-06-30" }),
      span({ start: "2025-01-01", end: "2025-12-31" }),
    ),
  );
  assert.ok(samePeriod(span({ start: "2025-10", end: "2030-10" }), span({ start: null, end: "2030-12-31" })));
  assert.ok(
    !samePeriod(span({ start: "2025-11", end: "2033-11" }), span({ start: null, end: "2030-12-31" })),
  );
  assert.ok(
    !samePeriod(span({ start: null, end: "2030-12-31" }), span({ start: "2030-01-01", end: "2030-12-31" })),
  );
  assert.ok(!samePeriod(span({ asOf: "2025" }), span({ start: "2025-01-01", end: "2025-12-31" })));
  assert.ok(
    periodsOverlap(span({ start: "2025-11", end: "2033-11" }), span({ start: null, end: "2030-12-31" })),
  );
});
