import assert from "node:assert/strict";
import { test } from "node:test";
import type { ClaimValue } from "../core/index.js";
import { type ComparableClaim, scoreClaims, valuesAgree } from "./score.js";

const point = (x: number, bound: ClaimValue["bound"] = "exact"): ClaimValue => ({ low: x, high: x, bound });
const claim = (over: Partial<ComparableClaim>): ComparableClaim => ({
  entity: "OpenAI",
  counterparty: null,
  metric: "revenue",
  value: point(4.3e9),
  unit: "USD",
  period: { start: "2025-01-01", end: "2025-06-30" },
  qualifier: "reported",
  ...over,
});

test("points agree within 1 %, ranges end by end, a point never matches a range", () => {
  assert.ok(valuesAgree(point(100), point(100.9)));
  assert.ok(!valuesAgree(point(100), point(102)));
  assert.ok(valuesAgree(point(100, "approx"), { low: 100, high: null, bound: "at_least" }));
  assert.ok(valuesAgree({ low: null, high: 13e9, bound: "up_to" }, point(13e9)));
  const range = { low: 5e10, high: 6e10, bound: "range" as const };
  assert.ok(valuesAgree(range, { low: 5e10, high: 6.03e10, bound: "range" }));
  assert.ok(!valuesAgree(range, { low: 5e10, high: 7e10, bound: "range" }));
  assert.ok(!valuesAgree(range, point(5e10)));
});

test("entities are normalised, aliases resolved and groups compared as sets", () => {
  const reference = [claim({ entity: "Nvidia", counterparty: "Oracle+AMD", metric: "investment" })];
  const predicted = [
    claim({ entity: "NVIDIA Corp.", counterparty: "Advanced Micro Devices+Oracle", metric: "investment" }),
  ];
  const score = scoreClaims(predicted, reference);
  assert.equal(score.main.f1, 1);
  assert.equal(score.strict.f1, 1);
  const product = scoreClaims([claim({ entity: "ChatGPT" })], [claim({})]);
  assert.equal(product.main.matched, 1);
});

test("strict also compares qualifier, period year and the counterparty pair", () => {
  const reference = [claim({ entity: "Nvidia", counterparty: "OpenAI", metric: "investment" })];
  const swapped = [claim({ entity: "Nvidia", counterparty: "Oracle", metric: "investment" })];
  const score = scoreClaims(swapped, reference);
  assert.equal(score.main.matched, 1);
  assert.equal(score.strict.matched, 0);
  const year = scoreClaims([claim({ period: { asOf: "2024-02" } })], [claim({})]);
  assert.equal(year.main.matched, 1);
  assert.equal(year.strict.matched, 0);
  const qualifier = scoreClaims([claim({ qualifier: "target" })], [claim({})]);
  assert.equal(qualifier.strict.matched, 0);
});

test("each reference matches at most once; duplicates count against precision", () => {
  const score = scoreClaims([claim({}), claim({})], [claim({})]);
  assert.equal(score.main.matched, 1);
  assert.equal(score.main.precision, 0.5);
  assert.equal(score.main.recall, 1);
  assert.equal(score.main.unmatchedPredicted.length, 1);
});

test("matching maximises pairs rather than taking the first candidate", () => {
  const a = claim({ value: point(100) });
  const b = claim({ value: point(100.5) });
  const score = scoreClaims([claim({ value: point(100.4) }), claim({ value: point(99.6) })], [b, a]);
  assert.equal(score.main.matched, 2);
});

test("agreeing vague amounts are neither credited nor penalised; disagreeing ones count", () => {
  const vague = claim({ value: { low: 1e9, high: 1e10, bound: "range" }, explanation: "vague amount" });
  const agree = scoreClaims([claim({}), vague], [claim({}), vague]);
  assert.equal(agree.main.matched, 1);
  assert.equal(agree.main.predicted, 1);
  assert.equal(agree.main.reference, 1);
  const missed = scoreClaims([claim({})], [claim({}), vague]);
  assert.equal(missed.main.recall, 0.5);
  const extra = scoreClaims([claim({}), vague], [claim({})]);
  assert.equal(extra.main.precision, 0.5);
});

test("value-only compares unit and value alone; metric differences still fail main", () => {
  const score = scoreClaims([claim({ metric: "revenue_run_rate", entity: "Anthropic" })], [claim({})]);
  assert.equal(score.value_only.matched, 1);
  assert.equal(score.main.matched, 0);
  assert.equal(score.main.unmatchedReference.length, 1);
});
