import assert from "node:assert/strict";
import { test } from "node:test";
import { backtestRun } from "./backtest.js";
import type { BindableClaim } from "./choose-claim.js";
import { ScenarioSchema } from "./schema.js";
import type { RunResult } from "./types.js";

function claim(id: string, fields: Partial<BindableClaim> = {}): BindableClaim {
  return {
    id,
    document: "d1",
    reported: "2026-02-20",
    status: "unreviewed",
    entity: "OpenAI",
    counterparty: null,
    metric: "cash_burn",
    value: { low: 8e9, high: 8e9, bound: "exact" },
    unit: "USD",
    period: { start: "2025-01-01", end: "2025-12-31" },
    qualifier: "reported",
    quote: "burn of 8 bn",
    ...fields,
  };
}

const period = (year: number, p5: number, p95: number) => ({
  period: year,
  mean: 0,
  p5,
  p25: p5,
  p50: (p5 + p95) / 2,
  p75: p95,
  p95,
});

const RUN = {
  scenario: "t",
  samples: 1000,
  seed: 1,
  periods: [2025, 2026],
  outputs: [
    {
      name: "cash_flow",
      unit: "USD/yr",
      formula: "",
      periods: [period(2025, -10e9, -7.99e9), period(2026, -20e9, -10e9)],
    },
  ],
  claimIds: [],
} as unknown as RunResult;

function scenario(extra: Record<string, unknown> = {}) {
  return ScenarioSchema.parse({
    name: "t",
    periods: { start: 2025, end: 2026 },
    inputs: {},
    backtest: { cash_flow: { entity: "OpenAI", metric: "cash_burn", sign: -1 } },
    ...extra,
  });
}

test("a reported burn is set against cash flow with its sign, inside within its printed rounding", () => {
  const result = backtestRun(RUN, scenario(), [claim("a")]);
  assert.deepEqual(
    result.rows.map((r) => [r.output, r.period, r.low, r.high, r.status]),
    [["cash_flow", 2025, -8e9, -8e9, "inside"]],
  );
  assert.equal(result.passed, true);
  const tighter = {
    ...RUN,
    outputs: [{ ...RUN.outputs[0]!, periods: [period(2025, -10e9, -8.6e9)] }],
  } as RunResult;
  assert.equal(backtestRun(tighter, scenario(), [claim("a")]).rows[0]?.status, "outside");
});

test("plans, forecasts, parts of a year and rejected claims are not actuals; duplicates count once", () => {
  const claims = [
    claim("plan", { qualifier: "target", value: { low: 9e9, high: 9e9, bound: "exact" } }),
    claim("forecast", { period: { start: "2026-01-01", end: "2026-12-31" }, qualifier: "rumoured" }),
    claim("half", {
      period: { start: "2025-01-01", end: "2025-06-30" },
      value: { low: 3e9, high: 3e9, bound: "exact" },
    }),
    claim("rejected", { status: "rejected", value: { low: 30e9, high: 30e9, bound: "exact" } }),
    claim("a", { reported: "2026-02-21" }),
    claim("b"),
  ];
  const result = backtestRun(RUN, scenario(), claims);
  assert.deepEqual(
    result.rows.map((r) => r.claimId),
    ["a"],
  );
  assert.deepEqual(
    result.skipped.map((s) => s.claimId),
    ["half"],
  );
  assert.match(result.skipped[0]!.reason, /a flow over 6 months/);
});

test("an outside figure named in backtest_exceptions is excepted with its reason", () => {
  const far = claim("far", { value: { low: 30e9, high: 30e9, bound: "exact" } });
  assert.equal(backtestRun(RUN, scenario(), [far]).passed, false);
  const excepted = backtestRun(
    RUN,
    scenario({ backtest_exceptions: [{ output: "cash_flow", period: 2025, reason: "known gap" }] }),
    [far],
  );
  assert.deepEqual(
    excepted.rows.map((r) => [r.status, r.reason]),
    [["excepted", "known gap"]],
  );
  assert.equal(excepted.passed, true);
});
