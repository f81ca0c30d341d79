import assert from "node:assert/strict";
import { test } from "node:test";
import { compileScenario } from "./compile.js";
import { parseScenario } from "./load.js";
import { formatIssue } from "./messages.js";
import { spearman } from "./sensitivity.js";
import { createBlockRunner } from "./simulation.js";

function load(yaml: string) {
  const loaded = parseScenario(yaml, "t.yaml");
  if (!loaded.value) return { program: null, issues: loaded.issues };
  return compileScenario(loaded.value.scenario, { source: loaded.value.source });
}

const HEAD = "name: t\nperiods: {start: 2025, end: 2030}\n";

/** Samples every variable and scalar over `samples` draws in one thread. */
function sample(yaml: string, samples = 200_000, seed = 1) {
  const { program, issues } = load(yaml);
  assert.ok(program, issues.map((i) => formatIssue(i, yaml)).join("\n"));
  const runner = createBlockRunner(program, { seed });
  const size = 4096;
  const scalars = program.scalars.map(() => new Float64Array(samples));
  for (let b = 0; b * size < samples; b++) {
    const n = Math.min(size, samples - b * size);
    runner.run(b, n);
    scalars.forEach((column, s) => {
      column.set(runner.scalarValues[s]!.subarray(0, n), b * size);
    });
  }
  return scalars;
}

const mean = (x: Float64Array) => x.reduce((a, b) => a + b, 0) / x.length;
const variance = (x: Float64Array) => {
  const m = mean(x);
  return x.reduce((a, b) => a + (b - m) ** 2, 0) / (x.length - 1);
};
const quantile = (x: Float64Array, q: number) => {
  const s = Float64Array.from(x).sort();
  return s[Math.round(q * (s.length - 1))]!;
};

test("sum of normals and lognormal mean match closed forms within Monte Carlo error", () => {
  const [sum, logn, product] = sample(
    `${HEAD}inputs:
  a: {unit: USD, normal: {mean: 10, sd: 2}, assumption: true}
  b: {unit: USD, normal: {mean: -4, sd: 3}, assumption: true}
  l: {unit: x, lognormal: {mu: 0.5, sigma: 0.4}, assumption: true}
  u: {unit: GW, uniform: {low: 1, high: 3}, assumption: true}
  c: {unit: USD/GW, point: 5}
scalars:
  s: {unit: USD, formula: a + b}
  ln: {unit: x, formula: l}
  p: {unit: USD, formula: u * c}
`,
  ) as [Float64Array, Float64Array, Float64Array];
  const n = sum.length;
  assert.ok(Math.abs(mean(sum) - 6) < 4 * Math.sqrt(13 / n));
  assert.ok(Math.abs(variance(sum) / 13 - 1) < 0.02);
  const expected = Math.exp(0.5 + 0.4 ** 2 / 2);
  const sd = Math.sqrt((Math.exp(0.16) - 1) * Math.exp(1 + 0.16));
  assert.ok(Math.abs(mean(logn) - expected) < 4 * (sd / Math.sqrt(n)));
  assert.ok(Math.abs(mean(product) - 10) < 4 * Math.sqrt((25 * 4) / 12 / n));
});

test("the p5 and p95 of range inputs match the stated range", () => {
  const [ln, nm] = sample(
    `${HEAD}inputs:
  l: {unit: USD, lognormal: {p5: 50.0e9, p95: 60.0e9}, assumption: true}
  m: {unit: GW, normal: {p5: 26, p95: 30}, assumption: true}
scalars:
  a: {unit: USD, formula: l}
  b: {unit: GW, formula: m}
`,
  ) as [Float64Array, Float64Array];
  assert.ok(Math.abs(quantile(ln, 0.05) / 50e9 - 1) < 0.003);
  assert.ok(Math.abs(quantile(ln, 0.95) / 60e9 - 1) < 0.003);
  assert.ok(Math.abs(quantile(nm, 0.05) - 26) < 0.05);
  assert.ok(Math.abs(quantile(nm, 0.95) - 30) < 0.05);
});

test("the same seed gives identical samples; another seed does not", () => {
  const yaml = `${HEAD}inputs:
  a: {unit: USD, pert: {low: 1, mode: 2, high: 5}, assumption: true}
  g: {unit: fraction, beta: {alpha: 2, beta: 5}, assumption: true}
variables:
  x: {unit: USD, formula: "prev(x, a) * (1 + g)"}
scalars:
  s: {unit: USD, formula: "x[2030]"}
`;
  const [a] = sample(yaml, 10_000, 9);
  const [b] = sample(yaml, 10_000, 9);
  const [c] = sample(yaml, 10_000, 10);
  assert.deepEqual(a, b);
  assert.notDeepEqual(a, c);
});

test("induced rank correlation is within 0.03 of the request, marginals unchanged", () => {
  const yaml = `${HEAD}inputs:
  a: {unit: USD, lognormal: {p5: 1, p95: 10}, assumption: true}
  b: {unit: USD, uniform: {low: 0, high: 1}, assumption: true}
  c: {unit: USD, normal: {mean: 0, sd: 1}, assumption: true}
correlations:
  - {inputs: [a, b], rank: 0.7}
  - {inputs: [b, c], rank: -0.4}
scalars:
  xa: {unit: USD, formula: a}
  xb: {unit: USD, formula: b}
  xc: {unit: USD, formula: c}
`;
  const [a, b, c] = sample(yaml, 40_000) as [Float64Array, Float64Array, Float64Array];
  assert.ok(Math.abs(spearman(a, b) - 0.7) < 0.03, `ab ${spearman(a, b)}`);
  assert.ok(Math.abs(spearman(b, c) + 0.4) < 0.03, `bc ${spearman(b, c)}`);
  assert.ok(Math.abs(spearman(a, c)) < 0.35);
  assert.ok(Math.abs(quantile(b, 0.5) - 0.5) < 0.01);
});

test("a correlation matrix that is not positive semi-definite is an error", () => {
  const { program, issues } = load(`${HEAD}inputs:
  a: {unit: x, uniform: {low: 0, high: 1}, assumption: true}
  b: {unit: x, uniform: {low: 0, high: 1}, assumption: true}
  c: {unit: x, uniform: {low: 0, high: 1}, assumption: true}
correlations:
  - {inputs: [a, b], rank: 0.9}
  - {inputs: [b, c], rank: 0.9}
  - {inputs: [a, c], rank: -0.9}
`);
  assert.equal(program, null);
  assert.equal(issues[0]?.code, "correlation_invalid");
});

function firstError(yaml: string) {
  const { issues } = load(yaml);
  const issue = issues.find((i) => i.severity === "error");
  assert.ok(issue, "expected an error");
  return { issue, text: formatIssue(issue, yaml) };
}

test("adding USD to GW is a unit error at the operator", () => {
  const { issue, text } = firstError(`${HEAD}inputs:
  money: {unit: USD, point: 1}
  power: {unit: GW, point: 2}
variables:
  bad: {unit: USD, formula: money + power}
`);
  assert.equal(issue.code, "unit_mismatch");
  assert.deepEqual(issue.location, { kind: "file", file: "t.yaml", line: 7, column: 35 });
  assert.match(text, /t\.yaml:7:35: error: unit mismatch in '\+': USD and GW/);
  assert.match(text, /\n\s+\|\s+\^$/);
});

test("GW × USD/GW/yr gives USD/yr; a flow times period adds to a stock; a wrong declared unit is reported", () => {
  const ok = load(`${HEAD}inputs:
  gw: {unit: GW, schedule: {2025: 2, 2030: 26}, assumption: true}
  rent: {unit: USD/GW/yr, uniform: {low: 10.0e9, high: 17.0e9}, assumption: true}
variables:
  cost: {unit: USD/yr, formula: gw * rent}
  cash: {unit: USD, formula: "prev(cash, 0) - cost * period"}
`);
  assert.ok(ok.program, ok.issues.map((i) => i.message).join());
  const { issue } = firstError(`${HEAD}inputs:
  gw: {unit: GW, point: 2}
  capex: {unit: USD/GW, point: 5}
variables:
  cost: {unit: GW, formula: gw * capex}
`);
  assert.equal(issue.code, "unit_mismatch");
  assert.match(issue.message, /declared in GW but its formula gives USD/);
});

test("unknown names, cycles and periods outside the scenario point at their position", () => {
  const unknown = firstError(`${HEAD}inputs:
  revenue: {unit: USD, point: 1}
variables:
  x: {unit: USD, formula: "2 * revenu"}
`);
  assert.equal(unknown.issue.code, "unknown_name");
  assert.match(unknown.text, /t\.yaml:6:32: error: unknown name 'revenu' \(did you mean 'revenue'\?\)/);

  const cycle = firstError(`${HEAD}inputs: {}
variables:
  a: {unit: x, formula: b + 1}
  b: {unit: x, formula: a * 2}
`);
  assert.equal(cycle.issue.code, "cycle");
  assert.match(cycle.issue.message, /a → b → a|b → a → b/);

  const viaPrev = load(`${HEAD}inputs: {}
variables:
  a: {unit: x, formula: "prev(b, 1) + 1"}
  b: {unit: x, formula: a * 2}
`);
  assert.ok(viaPrev.program, "a cycle through prev() is allowed");

  const period = firstError(`${HEAD}inputs:
  r: {unit: USD, point: 1}
variables:
  x: {unit: USD, formula: r}
scalars:
  s: {unit: USD, formula: "x[1999]"}
`);
  assert.equal(period.issue.code, "bad_period");
  assert.match(period.text, /t\.yaml:8:30: error: x\[1999\] is outside the scenario's periods 2025–2030/);
});

test("malformed YAML and wrong types are reported with line and column", () => {
  const yaml = parseScenario(`${HEAD}inputs:\n  a: {unit: USD, point: [1\n`, "t.yaml");
  assert.equal(yaml.value, null);
  assert.equal(yaml.issues[0]?.code, "yaml_syntax");
  assert.equal(yaml.issues[0]?.location.kind, "file");

  const typed = parseScenario(
    `${HEAD}inputs:\n  a:\n    unit: USD\n    uniform: {low: "ten", high: 20}\n`,
    "t.yaml",
  );
  assert.equal(typed.value, null);
  assert.equal(typed.issues[0]?.code, "schema");
  assert.deepEqual(typed.issues[0]?.location, { kind: "file", file: "t.yaml", line: 6, column: 20 });
  assert.match(typed.issues[0]!.message, /inputs\.a\.uniform\.low: .*number/);

  const unknownKey = parseScenario(`${HEAD}inputs:\n  a: {unit: USD, point: 1, sauce: 2}\n`, "t.yaml");
  assert.match(unknownKey.issues[0]!.message, /unknown key 'sauce'/);
  assert.deepEqual(unknownKey.issues[0]?.location, { kind: "file", file: "t.yaml", line: 4, column: 28 });
});

test("formulas that try to escape are rejected at compile time", () => {
  const attempts = [
    'constructor.constructor("return process")()',
    "this",
    "a.b",
    "__proto__",
    "a['constructor']",
    "process.exit(1)",
    "[1, 2]",
  ];
  for (const formula of attempts) {
    const { program, issues } = load(`${HEAD}inputs:
  a: {unit: x, point: 1}
variables:
  v: {unit: x, formula: ${JSON.stringify(formula)}}
`);
    assert.equal(program, null, formula);
    assert.ok(
      issues.some((i) =>
        ["forbidden_syntax", "unknown_name", "unknown_function", "bad_period", "formula_syntax"].includes(
          i.code,
        ),
      ),
      `${formula}: ${issues.map((i) => i.code).join()}`,
    );
  }
});

test("events and reductions: any() up to a year, min over periods, schedules", () => {
  const [gap, positive] = sample(
    `${HEAD}inputs:
  gw: {unit: GW, schedule: {2025: 1, 2027: 3}, assumption: true}
  flow0: {unit: USD/yr, point: -10}
variables:
  flow: {unit: USD/yr, formula: "flow0 * (1 - 0.6 * (year - 2025))"}
  cash: {unit: USD, formula: cumsum(flow)}
scalars:
  gap: {unit: USD, formula: "-min(cash)"}
  pos: {unit: x, formula: "any(flow > 0, 2026)"}
  pos2: {unit: x, formula: "any(flow > 0, 2027)"}
  g26: {unit: GW, formula: "gw[2026]"}
`,
    10,
  ) as [Float64Array, Float64Array];
  // flows -10, -4, 2, 8…; cash -10, -14, -12, …
  assert.equal(gap[0], 14);
  assert.equal(positive[0], 0);
  const all = sample(
    `${HEAD}inputs:
  gw: {unit: GW, schedule: {2025: 1, 2027: 3}, assumption: true}
scalars:
  g26: {unit: GW, formula: "gw[2026]"}
  ramp: {unit: x, formula: "sum(ramp(2026, 2028))"}
`,
    10,
  );
  assert.equal(all[0]![0], 2);
  assert.equal(all[1]![0], 0 + 0 + 0.5 + 1 + 1 + 1);
});
