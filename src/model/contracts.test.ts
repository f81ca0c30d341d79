import assert from "node:assert/strict";
import { test } from "node:test";
import { firstDisagreement } from "../../test/support/differential.js";
import { compileScenario } from "./compile.js";
import { monthShares } from "./contracts.js";
import { parseScenario } from "./load.js";
import { formatIssue } from "./messages.js";
import { createBlockRunner } from "./simulation.js";

const HEAD = "name: t\nperiods: {start: 2025, end: 2029}\ninputs: {}\n";

/** Runs `n` samples; returns (name, year) → the samples' values. */
function run(yaml: string, n = 1) {
  const loaded = parseScenario(yaml, "t.yaml");
  assert.ok(loaded.value, loaded.issues.map((i) => formatIssue(i, yaml)).join("\n"));
  const { program, issues } = compileScenario(loaded.value.scenario, { source: loaded.value.source });
  assert.ok(program, issues.map((i) => formatIssue(i, yaml)).join("\n"));
  const runner = createBlockRunner(program, { seed: 7, size: n });
  runner.run(0, n);
  return (name: string, year: number) => {
    const v = program.variables.find((x) => x.name === name);
    assert.ok(v, `no variable ${name}`);
    return [...runner.env.views[v.index]![year - 2025]!.subarray(0, n)];
  };
}

const years = [2025, 2026, 2027, 2028, 2029];

function loadErrors(yaml: string): string[] {
  return parseScenario(yaml, "t.yaml").issues.map((i) => formatIssue(i, yaml).split("\n")[0]!);
}

test("a total is spread over the contract's months: a July start bills half of its first year", () => {
  assert.deepEqual(monthShares("2026-07", "2028-06", years), [0, 0.25, 0.5, 0.25, 0]);
  assert.deepEqual(monthShares(2026, 2027, years), [0, 0.5, 0.5, 0, 0]);
  const at = run(`${HEAD}contracts:
  cloud: {counterparty: Oracle, total: 24, start: 2026-07, end: 2028-06, assumption: true, reason: test}
variables:
  billed: {unit: USD, formula: cumsum(contracts_spend)}
`);
  assert.deepEqual(
    years.map((y) => at("cloud_spend", y)[0]),
    [0, 6, 12, 6, 0],
  );
  assert.equal(at("billed", 2029)[0], 24);
});

test("binding contracts owe everything; cancellable and milestone ones owe their take-or-pay share", () => {
  const at = run(`${HEAD}contracts:
  firm: {counterparty: A, schedule: {2025: 10, 2026: 10}, assumption: true, reason: test}
  soft: {counterparty: B, schedule: {2025: 10}, terms: cancellable, take_or_pay: 0.3, assumption: true, reason: test}
  step: {counterparty: C, schedule: {2025: 10}, terms: milestone, termination_fee: 2, assumption: true, reason: test}
variables:
  exit: {unit: USD, formula: "step_termination_fee + soft_cancellable * period"}
`);
  assert.deepEqual([at("firm_minimum", 2025)[0], at("firm_cancellable", 2025)[0]], [10, 0]);
  assert.deepEqual([at("soft_minimum", 2025)[0], at("soft_cancellable", 2025)[0]], [3, 7]);
  assert.deepEqual([at("step_minimum", 2025)[0], at("step_cancellable", 2025)[0]], [0, 10]);
  assert.deepEqual(
    [at("contracts_spend", 2025)[0], at("contracts_minimum", 2025)[0], at("contracts_cancellable", 2025)[0]],
    [30, 13, 17],
  );
  assert.equal(at("firm_spend", 2027)[0], 0, "a schedule is zero outside its years");
  assert.equal(at("exit", 2025)[0], 9);
});

test("a letter of intent goes through in a share of samples equal to its probability", () => {
  const n = 4000;
  const at = run(
    `${HEAD}contracts:
  loi:
    counterparty: Nvidia
    total: {uniform: {low: 80, high: 120}}
    start: 2026
    end: 2029
    status: letter_of_intent
    probability: 0.25
    assumption: true
    reason: test
`,
    n,
  );
  const spend = at("loi_spend", 2026);
  const through = spend.filter((x) => x > 0);
  assert.ok(Math.abs(through.length / n - 0.25) < 0.03, `${through.length} of ${n}`);
  assert.ok(
    through.every((x) => x >= 20 && x <= 30),
    "a quarter of an 80–120 total each year",
  );
});

test("contracts compile to formulas the reference evaluator agrees with", () => {
  const text = `name: t
periods: {start: 2025, end: 2030}
inputs:
  revenue: {unit: USD/yr, uniform: {low: 5, high: 9}, assumption: true}
contracts:
  a: {counterparty: A, total: {normal: {mean: 50, sd: 5}}, start: 2025-04, end: 2029-09, terms: cancellable, take_or_pay: 0.4, assumption: true, reason: test}
  b: {counterparty: B, schedule: {2026: 3, 2028: {uniform: {low: 4, high: 6}}}, status: letter_of_intent, probability: 0.5, assumption: true, reason: test}
variables:
  cash: {unit: USD, formula: "cumsum(revenue - contracts_minimum) - a_termination_fee"}
`;
  assert.equal(firstDisagreement(text), null);
});

test("contract mistakes are one-line errors naming the contract's field", () => {
  const one = (contract: string, extra = "") =>
    loadErrors(`${HEAD}contracts:\n  c: {counterparty: X, ${contract}}\n${extra}`);
  assert.match(
    one("total: 5").join(),
    /t\.yaml:5:\d+: error: contracts\.c\.start: total: needs start: and end:/,
  );
  assert.match(one("total: 5, start: 2026, end: 2025").join(), /contracts\.c\.end: end is before start/);
  assert.match(one("total: 5, start: 2026, end: 2027, schedule: {2026: 1}").join(), /total: .* or schedule:/);
  assert.match(
    one("schedule: {2026: 1}, status: letter_of_intent").join(),
    /contracts\.c\.probability: a letter of intent needs probability/,
  );
  assert.match(one("schedule: {2026: 1}, take_or_pay: 0.5").join(), /a binding contract owes all of it/);
  assert.match(one("schedule: {2026: 1}, start: 2026-13").join(), /year-month/);
  assert.match(
    one("schedule: {2026: 1}", "variables:\n  c_spend: {unit: USD/yr, formula: '1'}\n").join(),
    /contracts\.c: 'c_spend' is already defined; rename it or the contract/,
  );
});
