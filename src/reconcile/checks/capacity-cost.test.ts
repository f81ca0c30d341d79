import assert from "node:assert/strict";
import { test } from "node:test";
import { reconcile } from "../reconcile.js";
import { asOf, BN, makeClaim, TN } from "../testing.js";
import { capacityCost } from "./capacity-cost.js";

const SUPPLIERS = "Oracle+Nvidia+AMD+Broadcom";

function scenario(commitment: {
  value: number | [number | null, number | null];
  counterparty: string | null;
  document: string;
}) {
  return capacityCost.run(
    reconcile([
      makeClaim({
        id: "gw",
        metric: "datacenter_capacity",
        unit: "GW",
        value: [26, null],
        counterparty: SUPPLIERS,
        qualifier: "commitment",
        period: asOf("2025-10"),
        document: "d0",
      }),
      makeClaim({
        id: "cost",
        metric: "cost_per_gw",
        unit: "USD_per_GW",
        value: [50 * BN, 60 * BN],
        qualifier: "estimated",
        period: asOf("2025-10"),
        document: "d3",
      }),
      makeClaim({
        id: "total",
        metric: "compute_commitment",
        value: commitment.value,
        counterparty: commitment.counterparty,
        qualifier: "commitment",
        period: { start: "2025-10", end: "2035-10" },
        document: commitment.document,
      }),
    ]).facts,
  );
}

test("26 GW × 50–60 bn $/GW against more than 1 tn $ over the decade is consistent, written out", () => {
  const results = scenario({ value: [1 * TN, null], counterparty: null, document: "d0" });
  assert.equal(results.length, 1);
  assert.equal(results[0]!.status, "pass");
  assert.match(
    results[0]!.arithmetic,
    /^26 GW × 50–60 bn \$\/GW = 1\.3–1\.56 tn \$ vs > 1 tn \$ \(compute_commitment, 2025-10 → 2035-10\): consistent/,
  );
  assert.match(results[0]!.arithmetic, /floor \(> 26 GW\)/);
  assert.deepEqual(results[0]!.claimIds.sort(), ["cost", "gw", "total"]);
});

test("same suppliers: under 2× apart warns, further fails", () => {
  assert.equal(scenario({ value: 1 * TN, counterparty: SUPPLIERS, document: "d9" })[0]!.status, "warn");
  assert.match(
    scenario({ value: 1 * TN, counterparty: SUPPLIERS, document: "d9" })[0]!.arithmetic,
    /off by less than 2×/,
  );
  assert.equal(scenario({ value: 500 * BN, counterparty: SUPPLIERS, document: "d9" })[0]!.status, "fail");
  assert.equal(scenario({ value: 1.5 * TN, counterparty: SUPPLIERS, document: "d9" })[0]!.status, "pass");
});

test("a part larger than the total fails; unrelated suppliers or a total from another document are not compared", () => {
  assert.equal(scenario({ value: 500 * BN, counterparty: null, document: "d0" })[0]!.status, "fail");
  assert.deepEqual(scenario({ value: 300 * BN, counterparty: "Oracle", document: "d0" }), []);
  assert.deepEqual(scenario({ value: 1 * TN, counterparty: null, document: "d9" }), []);
});
