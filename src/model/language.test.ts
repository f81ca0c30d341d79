import assert from "node:assert/strict";
import { test } from "node:test";
import { compileScenario } from "./compile.js";
import { bassAt, gompertzAt, logisticAt } from "./functions.js";
import { parseScenario } from "./load.js";
import { formatIssue } from "./messages.js";
import { createBlockRunner } from "./simulation.js";

const HEAD = "name: t\nperiods: {start: 2025, end: 2030}\n";

function compile(yaml: string) {
  const loaded = parseScenario(yaml, "t.yaml");
  if (!loaded.value) return { program: null, issues: loaded.issues };
  return compileScenario(loaded.value.scenario, { source: loaded.value.source });
}

/** One block of `n` samples; returns a reader of variable values (name, year) → column. */
function run(yaml: string, n = 2000) {
  const { program, issues } = compile(yaml);
  assert.ok(program, issues.map((i) => formatIssue(i, yaml)).join("\n"));
  const runner = createBlockRunner(program, { seed: 5, size: n });
  runner.run(0, n);
  return {
    issues,
    at: (name: string, year: number) => {
      const v = program.variables.find((x) => x.name === name)!;
      return runner.env.views[v.index]![year - 2025]!.subarray(0, n);
    },
  };
}

test("per: period draws a fresh value in every period (one input for any horizon)", () => {
  const { at } = run(`${HEAD}inputs:
  shock: {unit: fraction, normal: {mean: 0, sd: 0.1}, per: period}
  once: {unit: fraction, normal: {mean: 0, sd: 0.1}}
variables:
  s: {unit: fraction, formula: shock}
  o: {unit: fraction, formula: once}
  level: {unit: USD, formula: "prev(level, default = 100) * (1 + shock)"}
`);
  const a = at("s", 2025);
  const b = at("s", 2026);
  let same = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) same++;
  assert.equal(same, 0, "each period has its own draw");
  const mean = (x: Float64Array) => x.reduce((p, q) => p + q, 0) / x.length;
  const sd = (x: Float64Array) => Math.sqrt(mean(x.map((v) => v * v)) - mean(x) ** 2);
  assert.ok(Math.abs(sd(b) - 0.1) < 0.01);
  assert.deepEqual(at("o", 2025), at("o", 2030), "a once-per-sample input is the same in every period");
  // The level compounds independent shocks: its log-spread grows like √t.
  const logs = (year: number) => at("level", year).map((v) => Math.log(v));
  assert.ok(sd(logs(2030)) / sd(logs(2025)) > 2);
});

test("logistic, Gompertz and Bass curves with named parameters match their closed forms", () => {
  const { at } = run(
    `${HEAD}inputs:
  users_cap: {unit: users, point: 3.0e9}
variables:
  l: {unit: users, formula: "logistic(cap = users_cap, midpoint = 2027, steepness = 0.9)"}
  g: {unit: users, formula: "gompertz(users_cap, 2026, 0.6)"}
  b: {unit: users, formula: "bass(cap = users_cap, innovation = 0.03, imitation = 0.5, launch = 2022)"}
`,
    4,
  );
  for (const year of [2025, 2027, 2030]) {
    assert.equal(at("l", year)[0], logisticAt(3e9, 2027, 0.9, year));
    assert.equal(at("g", year)[0], gompertzAt(3e9, 2026, 0.6, year));
    assert.equal(at("b", year)[0], bassAt(3e9, 0.03, 0.5, 2022, year));
  }
  assert.equal(at("l", 2027)[0], 1.5e9, "half the cap at the midpoint");
  assert.ok(Math.abs(at("g", 2026)[0]! - 3e9 / Math.E) < 1, "cap/e at the Gompertz midpoint");
});

test("named arguments are checked: unknown parameter, twice, positional after named", () => {
  const messages = (formula: string) =>
    compile(
      `${HEAD}inputs:\n  a: {unit: USD, point: 1}\nvariables:\n  x: {unit: USD, formula: "${formula}"}\n`,
    ).issues.map((i) => i.message);
  assert.match(
    messages("prev(a, defualt = 0)")[0]!,
    /prev\(\) has no parameter 'defualt' \(did you mean 'default'\?\); its parameters: name, default, lag/,
  );
  assert.match(messages("prev(a, lag = 1, lag = 2)")[0]!, /'lag' is given twice/);
  assert.match(messages("prev(a, lag = 1, 0)")[0]!, /cannot follow a named one/);
  assert.match(messages("a = 1")[0]!, /'=' names a function's argument/);
});

test("unknown functions and names list the closest existing ones", () => {
  const { issues } = compile(`${HEAD}inputs:
  revenue: {unit: USD, point: 1}
  revenue_growth: {unit: "1", point: 1}
variables:
  x: {unit: USD, formula: "logistik(revenue, 2027, 1)"}
  y: {unit: USD, formula: "revenu * 2"}
`);
  assert.match(issues[0]!.message, /unknown function 'logistik' \(did you mean 'logistic'\?\)/);
  assert.match(issues[1]!.message, /unknown name 'revenu' \(did you mean 'revenue', or 'revenue_growth'\?\)/);
});

test("inputs may be formulas of other inputs", () => {
  const ok = run(
    `${HEAD}inputs:
  users: {unit: users, point: 1.0e9}
  paying_share: {unit: fraction, point: 0.1}
  price: {unit: USD/user/yr, point: 240}
  payers: {unit: users, formula: users * paying_share}
variables:
  revenue: {unit: USD/yr, formula: payers * price}
`,
    2,
  );
  assert.equal(ok.at("revenue", 2028)[0], 2.4e10);
  const wrong = compile(`${HEAD}inputs:
  users: {unit: users, point: 1}
  payers: {unit: USD, formula: users * 2}
`);
  assert.match(wrong.issues[0]!.message, /'payers' is declared in USD but its formula gives user/);
});

test("schedules say what happens outside their years: hold (warned when implicit), zero or error", () => {
  const schedule = (outside: string) => `${HEAD}inputs:
  gw: {unit: GW, schedule: {2026: 2, 2028: 4}${outside}}
variables:
  x: {unit: GW, formula: gw}
`;
  const implicit = run(schedule(""), 1);
  assert.match(
    implicit.issues[0]!.message,
    /lists 2026–2028 but the periods include 2025–2030; its value is held flat there/,
  );
  assert.equal(implicit.issues[0]!.severity, "warning");
  assert.equal(implicit.at("x", 2030)[0], 4);
  const held = run(schedule(", outside: hold"), 1);
  assert.equal(held.issues.length, 0);
  const zero = run(schedule(", outside: zero"), 1);
  assert.deepEqual(
    [2025, 2027, 2030].map((y) => zero.at("x", y)[0]),
    [0, 3, 0],
  );
  const refused = compile(schedule(", outside: error"));
  assert.equal(refused.program, null);
  assert.match(refused.issues[0]!.message, /add those years/);
});

test("prev() of a variable inside its own reduction is a cycle, not a read of uncomputed periods", () => {
  const { issues } = compile(
    `${HEAD}inputs:\n  a: {unit: USD, point: 1}\nvariables:\n  x: {unit: USD, formula: "a + sum(prev(x))"}\n`,
  );
  assert.match(issues[0]!.message, /circular definition: x → x/);
});

test("debt: a bullet loan's draw, interest and repayment flow into cash", () => {
  const { at } = run(
    `${HEAD}inputs:
  principal: {unit: USD, point: 10.0e9}
  rate: {unit: fraction, point: 0.07}
variables:
  debt_flow:
    unit: USD/yr
    formula: "debt_draw(principal, 2026) - debt_interest(principal, rate, start = 2026, maturity = 2029) - debt_repayment(principal = principal, maturity = 2029)"
  cash: {unit: USD, formula: cumsum(debt_flow)}
`,
    1,
  );
  const flows = [2025, 2026, 2027, 2028, 2029, 2030].map((y) => at("debt_flow", y)[0]);
  [0, 10e9, -0.7e9, -0.7e9, -10.7e9, 0].forEach((expected, i) => {
    assert.ok(Math.abs(flows[i]! - expected) < 1e-3, `${2025 + i}: ${flows[i]} ≠ ${expected}`);
  });
  assert.ok(Math.abs(at("cash", 2030)[0]! + 2.1e9) < 1e-3, "the loan costs three years of interest");
});

test("schedule values may be uncertain: each listed year drawn once per sample, interpolated between", () => {
  const { at } = run(
    `${HEAD}inputs:
  gw: {unit: GW, schedule: {2026: 2, 2028: {uniform: {low: 3, high: 5}}}, outside: hold}
variables:
  x: {unit: GW, formula: gw}
`,
    500,
  );
  const y2025 = at("x", 2025);
  const y2027 = at("x", 2027);
  const y2028 = at("x", 2028);
  const y2030 = at("x", 2030);
  let distinct = 0;
  for (let i = 0; i < 500; i++) {
    assert.equal(y2025[i], 2);
    assert.ok(y2028[i]! >= 3 && y2028[i]! <= 5);
    assert.ok(Math.abs(y2027[i]! - (2 + y2028[i]!) / 2) < 1e-12);
    assert.equal(y2030[i], y2028[i]);
    if (y2028[i] !== y2028[0]) distinct++;
  }
  assert.ok(distinct > 400, "the 2028 value differs from sample to sample");
  const bad = compile(
    `${HEAD}inputs:\n  gw: {unit: GW, schedule: {2026: 2, 2028: {uniform: {low: 5, high: 3}}}, outside: hold}\n`,
  );
  assert.match(bad.issues[0]!.message, /input 'gw': schedule 2028: uniform: high must not be below low/);
});
