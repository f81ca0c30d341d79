import assert from "node:assert/strict";
import { test } from "node:test";
import { reconcile } from "../reconcile.js";
import { asOf, BN, makeClaim, year } from "../testing.js";
import { runRateVsRevenue } from "./run-rate-vs-revenue.js";

const run = (claims: Parameters<typeof reconcile>[0]) => runRateVsRevenue.run(reconcile(claims).facts);

test("a year-end run-rate above the year's revenue passes, with the ratio", () => {
  const results = run([
    makeClaim({
      id: "rr",
      metric: "revenue_run_rate",
      value: [20 * BN, null],
      qualifier: "target",
      period: asOf("2025-12-31"),
    }),
    makeClaim({ id: "rev", metric: "revenue", value: 13.1 * BN, period: year(2025), reported: "2026-02-20" }),
    makeClaim({
      id: "goal",
      metric: "revenue",
      value: 10 * BN,
      qualifier: "target",
      period: year(2025),
      reported: "2025-01-10",
    }),
  ]);
  assert.equal(results.length, 1, "the reported revenue is preferred to the target");
  assert.equal(results[0]!.status, "pass");
  assert.equal(
    results[0]!.arithmetic,
    "run-rate > 20 bn $ at Dec 2025 ≥ revenue 13.1 bn $ over 2025 (1.53×): consistent with growth through the year",
  );
});

test("a run-rate below the year's revenue warns; mid-year run-rates are not compared", () => {
  const results = run([
    makeClaim({ id: "rr", metric: "revenue_run_rate", value: 2 * BN, period: asOf("2023-12") }),
    makeClaim({ id: "mid", metric: "revenue_run_rate", value: 1 * BN, period: asOf("2023-06") }),
    makeClaim({ id: "rev", metric: "revenue", value: 2.5 * BN, period: year(2023) }),
  ]);
  assert.deepEqual(
    results.map((r) => [r.status, r.claimIds.sort()]),
    [["warn", ["rev", "rr"]]],
  );
});
