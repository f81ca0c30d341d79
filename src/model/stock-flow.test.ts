import assert from "node:assert/strict";
import { test } from "node:test";
import { compileScenario } from "./compile.js";
import { parseScenario } from "./load.js";
import { formatIssue } from "./messages.js";
import { createBlockRunner } from "./simulation.js";
import { accumulatedUnit, formatUnit, parseUnit, sameDimension, sameUnit } from "./units.js";

const HEAD = "name: t\nperiods: {start: 2025, end: 2028}\n";

function compile(yaml: string) {
  const loaded = parseScenario(yaml, "t.yaml");
  assert.ok(loaded.value, loaded.issues.map((i) => i.message).join("; "));
  return compileScenario(loaded.value.scenario, { source: loaded.value.source });
}

function errors(yaml: string): string[] {
  return compile(yaml)
    .issues.filter((i) => i.severity === "error")
    .map((i) => formatIssue(i, yaml));
}

/** Runs one sample; returns (name, year) → value. */
function run(yaml: string) {
  const { program, issues } = compile(yaml);
  assert.ok(program, issues.map((i) => formatIssue(i, yaml)).join("\n"));
  const runner = createBlockRunner(program, { seed: 1, size: 1 });
  runner.run(0, 1);
  return (name: string, year: number) => {
    const v = program.variables.find((x) => x.name === name)!;
    return runner.env.views[v.index]![year - 2025]![0]!;
  };
}

const FLOW = "  net: {unit: USD/yr, schedule: {2025: 1, 2026: 2, 2027: 3, 2028: 4}, assumption: true}\n";

test("USD and USD/yr are different units; ledger binding compares them without the /yr", () => {
  const stock = parseUnit("USD")!;
  const flow = parseUnit("USD/yr")!;
  assert.equal(sameUnit(stock, flow), false);
  assert.equal(sameDimension(stock, flow), true);
  assert.equal(formatUnit(accumulatedUnit(flow)), "USD");
  assert.equal(formatUnit(accumulatedUnit(parseUnit("GW")!)), "GW");
});

test("cumsum, sum and npv of a flow give a stock, with the same numbers", () => {
  const at = run(`${HEAD}inputs:\n${FLOW}variables:
  total: {unit: USD, formula: cumsum(net)}
  first_three: {unit: USD, formula: "sum(net, 2025, 2027)"}
  discounted: {unit: USD, formula: "npv(net, 0)"}
`);
  assert.deepEqual(
    [2025, 2026, 2027, 2028].map((y) => at("total", y)),
    [1, 3, 6, 10],
  );
  assert.equal(at("first_three", 2028), 6);
  assert.equal(at("discounted", 2025), 10);
  const wrong = errors(`${HEAD}inputs:\n${FLOW}variables:\n  total: {unit: USD/yr, formula: cumsum(net)}\n`);
  assert.equal(wrong.length, 1);
  assert.match(
    wrong[0]!,
    /'total' is declared in USD\/yr but its formula gives USD; sum\(\) or cumsum\(\) a flow/,
  );
});

test("adding a stock to a flow is an error with a caret under the operator", () => {
  const yaml = `${HEAD}inputs:\n${FLOW}  cash0: {unit: USD, point: 5, assumption: true}
variables:
  cash: {unit: USD, formula: "cash0 + net"}
`;
  const found = errors(yaml);
  assert.equal(found.length, 1);
  const [head, source, caret] = found[0]!.split("\n");
  assert.match(head!, /t\.yaml:7:\d+: error: unit mismatch in '\+': USD is a stock and USD\/yr a flow/);
  assert.equal(source!.indexOf("+"), caret!.indexOf("^"), `${source}\n${caret}`);
  // The same rule holds for −, comparisons and the two branches of if().
  for (const formula of ["cash0 - net", "if(cash0 > net, 1, 0)", "if(year > 2026, cash0, net)"])
    assert.match(
      errors(yaml.replace('"cash0 + net"', `"${formula}"`)).join("\n"),
      /USD is a stock and USD\/yr a flow/,
      formula,
    );
});

test("a flow times period is what it adds in one period; a stock over some years is a flow", () => {
  const at = run(`${HEAD}inputs:\n${FLOW}  total: {unit: USD, point: 12, assumption: true}
  profile: {unit: 1/yr, schedule: {2025: 0.5, 2026: 0.25, 2027: 0.25, 2028: 0}, assumption: true}
variables:
  cash: {unit: USD, formula: "prev(cash, 0) + net * period"}
  spread: {unit: USD/yr, formula: "total / (4 * period)"}
  spent: {unit: USD/yr, formula: "total * profile"}
  spent_total: {unit: USD, formula: "cumsum(spent)"}
`);
  assert.deepEqual(
    [2025, 2026, 2027, 2028].map((y) => at("cash", y)),
    [1, 3, 6, 10],
  );
  assert.equal(at("spread", 2026), 3);
  assert.equal(at("spent", 2025), 6);
  assert.equal(at("spent_total", 2028), 12);
});

test("mean, min, max and prev keep a flow a flow; sums of levels and counts keep their unit", () => {
  assert.deepEqual(
    errors(`${HEAD}inputs:\n${FLOW}  gw: {unit: GW, point: 2, assumption: true}
variables:
  average: {unit: USD/yr, formula: mean(net)}
  peak: {unit: USD/yr, formula: max(net)}
  last: {unit: USD/yr, formula: "prev(net, 0)"}
  gw_years: {unit: GW, formula: sum(gw)}
  years_positive: {unit: "1", formula: "sum(net > 2)"}
`),
    [],
  );
});

test("a rate is a fraction or a fraction per year; debt functions give flows", () => {
  assert.deepEqual(
    errors(`${HEAD}inputs:\n${FLOW}  r: {unit: 1/yr, point: 0.1, assumption: true}
  f: {unit: fraction, point: 0.1, assumption: true}
  principal: {unit: USD, point: 10, assumption: true}
variables:
  a: {unit: USD/yr, formula: "grow(net[2025], r)"}
  b: {unit: USD/yr, formula: "grow(net[2025], f)"}
  c: {unit: USD, formula: "npv(net, r)"}
  d: {unit: USD/yr, formula: "debt_interest(principal, f, 2025, 2027) + debt_repayment(principal, 2027)"}
`),
    [],
  );
  const wrong = errors(`${HEAD}inputs:\n${FLOW}  gw: {unit: GW, point: 2, assumption: true}
variables:\n  a: {unit: USD/yr, formula: "grow(net[2025], gw)"}\n`);
  assert.match(wrong.join("\n"), /grow\(\)'s rate needs a dimensionless argument, got GW/);
});

test("year and period are built-in names, refused as input or variable names", () => {
  const found = errors(`${HEAD}inputs:\n  period: {unit: "1", point: 2, assumption: true}
variables:\n  year: {unit: "1", formula: "2"}\n`);
  assert.equal(found.length, 2);
  assert.match(found[0]!, /'period' is a built-in name/);
  assert.match(found[1]!, /'year' is a built-in name/);
});
