import assert from "node:assert/strict";
import { test } from "node:test";
import type { ComparableClaim } from "./score.js";
import { countStrictFields, strictFieldsOff, strictMisses } from "./strict-fields.js";

const claim = (over: Partial<ComparableClaim>): ComparableClaim => ({
  entity: "Mistral AI",
  counterparty: null,
  metric: "investment",
  value: { low: 1.3e9, high: 1.3e9, bound: "exact" },
  unit: "EUR",
  period: { start: "2025-01-01", end: "2025-12-31" },
  qualifier: "reported",
  ...over,
});

test("a main match is told apart by qualifier, period year and counterparty missing or wrong", () => {
  const reference = claim({ counterparty: "ASML", qualifier: "commitment" });
  assert.deepEqual(strictFieldsOff(claim({ counterparty: "ASML", qualifier: "commitment" }), reference), []);
  assert.deepEqual(strictFieldsOff(claim({ qualifier: "target" }), reference), [
    "qualifier",
    "counterparty_missing",
  ]);
  assert.deepEqual(
    strictFieldsOff(
      claim({
        counterparty: "Nvidia",
        qualifier: "commitment",
        period: { start: "2026-01-01", end: "2026-12-31" },
      }),
      reference,
    ),
    ["period_year", "counterparty_wrong"],
  );
  // A counterparty the reference does not name is no miss.
  assert.deepEqual(strictFieldsOff(claim({ counterparty: "ASML" }), claim({})), []);
});

test("each strict miss is paired with the prediction main matched, and counted per field", () => {
  const reference = [claim({ qualifier: "target" }), claim({ metric: "revenue" })];
  const predicted = [claim({})];
  const misses = strictMisses(reference, predicted, predicted);
  assert.equal(misses.length, 1);
  assert.equal(misses[0]!.reference, reference[0]);
  assert.deepEqual(countStrictFields(misses), {
    qualifier: 1,
    period_year: 0,
    counterparty_missing: 0,
    counterparty_wrong: 0,
  });
});
