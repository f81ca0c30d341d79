import assert from "node:assert/strict";
import { test } from "node:test";
import { reconcile } from "../reconcile.js";
import { BN, makeClaim, year } from "../testing.js";
import { impliedGrowth } from "./implied-growth.js";

function run(stated: number) {
  return impliedGrowth.run(
    reconcile([
      makeClaim({ id: "g", metric: "revenue_growth", unit: "fraction", value: stated, period: year(2025) }),
      makeClaim({ id: "r25", metric: "revenue", value: 13 * BN, period: year(2025) }),
      makeClaim({ id: "r24", metric: "revenue", value: 5.2 * BN, period: year(2024) }),
    ]).facts,
  );
}

test("stated growth matching the two years passes, written out", () => {
  const [result] = run(1.5);
  assert.equal(result!.status, "pass");
  assert.equal(result!.arithmetic, "13 / 5.2 bn $ − 1 = +150 % (2025 over 2024) vs stated 150 %: consistent");
});

test("close growth warns, far growth fails, a missing base year gives nothing", () => {
  assert.equal(run(1.2)[0]!.status, "warn");
  assert.equal(run(0.5)[0]!.status, "fail");
  const none = impliedGrowth.run(
    reconcile([
      makeClaim({ id: "g", metric: "revenue_growth", unit: "fraction", value: 1, period: year(2025) }),
      makeClaim({ id: "r25", metric: "revenue", value: 13 * BN, period: year(2025) }),
    ]).facts,
  );
  assert.deepEqual(none, []);
});
