import assert from "node:assert/strict";
import { test } from "node:test";
import { parseScenario } from "./load.js";
import { compareScenarios, runScenario } from "./runner.js";

const YAML = `name: w
periods: {start: 2025, end: 2032}
inputs:
  r0: {unit: USD/yr, lognormal: {p5: 12.0e9, p95: 14.0e9}, assumption: true}
  g: {unit: x, lognormal: {p5: 1.4, p95: 2.2}, assumption: true}
  m: {unit: fraction, uniform: {low: 0.25, high: 0.5}, assumption: true}
  cost: {unit: USD/yr, triangular: {low: 20.0e9, mode: 30.0e9, high: 60.0e9}, assumption: true}
  shock: {unit: x, normal: {mean: 0, sd: 0.05}, per: period, assumption: true}
  capex: {unit: USD/yr, schedule: {2025: 1.0e9, 2028: {uniform: {low: 2.0e9, high: 4.0e9}}}, outside: hold, assumption: true}
correlations:
  - {inputs: [g, m], rank: 0.3}
variables:
  revenue: {unit: USD/yr, formula: "if(year == 2025, r0, prev(revenue) * (g + shock))"}
  cash: {unit: USD, formula: "prev(cash, 0) + (revenue * m - cost - capex) * period"}
outputs: [cash, revenue]
scalars:
  gap: {unit: USD, formula: "max(0, -min(cash))"}
events:
  positive: "cash[2030] > 0"
summary:
  quantiles: [0.01, 0.99]
  below: {gap: [1.0e10]}
`;

test("results are bit-identical with 1, 2 and 4 workers", async () => {
  const scenario = parseScenario(YAML, "w.yaml").value!.scenario;
  const runs = [];
  for (const workers of [1, 2, 4]) {
    const { result } = await runScenario({ scenario, bindings: {} }, { samples: 50_000, seed: 3, workers });
    assert.ok(result);
    runs.push({ ...result, workers: 0, timing: null });
  }
  assert.deepEqual(runs[1], runs[0]);
  assert.deepEqual(runs[2], runs[0]);
  const event = runs[0]!.events[0]!;
  assert.ok(event.probability > 0 && event.probability < 1);
});

test("comparing a scenario with itself gives zero differences (common random numbers)", async () => {
  const scenario = parseScenario(YAML, "w.yaml").value!.scenario;
  const { result } = await compareScenarios(
    { scenario, bindings: {} },
    { scenario, bindings: {} },
    { samples: 20_000, workers: 2 },
  );
  assert.ok(result);
  for (const o of result.outputs) for (const d of o.periods) assert.equal(d.p95 - d.p5, 0);
  assert.equal(result.events[0]?.difference, 0);
  assert.deepEqual(result.sharedInputs, ["r0", "g", "m", "cost"]);
});
