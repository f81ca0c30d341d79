import assert from "node:assert/strict";
import { test } from "node:test";
import { reconcile } from "../reconcile.js";
import { BN, half, makeClaim, year } from "../testing.js";
import { CHECK_RULES, runChecks } from "./index.js";

test("every rule has a unique id, a title and a description", () => {
  const ids = CHECK_RULES.map((r) => r.id);
  assert.equal(new Set(ids).size, ids.length);
  for (const rule of CHECK_RULES) assert.ok(rule.title.length > 0 && rule.description.length > 0, rule.id);
});

test("runChecks puts failures first within a rule and names every claim involved", () => {
  const facts = reconcile([
    makeClaim({ id: "a", metric: "revenue", value: 9 * BN, period: half(2025, 1) }),
    makeClaim({ id: "b", metric: "revenue", value: 8 * BN, period: year(2025) }),
    makeClaim({ id: "c", metric: "cash_burn", value: 4 * BN, period: half(2025, 1) }),
    makeClaim({ id: "d", metric: "cash_burn", value: 8 * BN, period: year(2025) }),
  ]).facts;
  const results = runChecks(facts);
  assert.deepEqual(
    results.map((r) => [r.rule, r.status]),
    [
      ["parts_of_whole", "fail"],
      ["parts_of_whole", "pass"],
    ],
  );
  assert.deepEqual(results[0]!.claimIds.sort(), ["a", "b"]);
});
