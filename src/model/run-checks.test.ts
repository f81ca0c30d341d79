import assert from "node:assert/strict";
import { test } from "node:test";
import { FrontierError } from "../core/index.js";
import { compileScenario } from "./compile.js";
import { estimateRunCost, exceededLimit } from "./cost.js";
import { parseScenario } from "./load.js";
import { formatIssue } from "./messages.js";
import { runScenario } from "./runner.js";

function prepare(yaml: string) {
  const loaded = parseScenario(yaml, "s.yaml");
  assert.ok(loaded.value, loaded.issues.map((i) => i.message).join("; "));
  const { program, issues } = compileScenario(loaded.value.scenario, { source: loaded.value.source });
  assert.ok(program, issues.map((i) => formatIssue(i, yaml)).join("\n"));
  return { bundle: { scenario: loaded.value.scenario, bindings: {} }, source: loaded.value.source, program };
}

const DIVISION = `name: s
periods: {start: 2025, end: 2027}
inputs:
  a: {unit: USD, uniform: {low: 1, high: 2}}
variables:
  ok: {unit: USD, formula: a * 2}
  ratio: {unit: "1", formula: "ok / a + a / (a - a)"}
`;

test("division by zero fails the run, counts the values and points at the expression", async () => {
  for (const workers of [1, 2]) {
    const { bundle, source } = prepare(DIVISION);
    const outcome = await runScenario(bundle, { samples: 5000, seed: 3, workers, source });
    assert.equal(outcome.result, null);
    const issue = outcome.issues.find((i) => i.code === "non_finite");
    assert.ok(issue, "a non_finite error");
    const text = formatIssue(issue, DIVISION);
    assert.match(
      text,
      /^s\.yaml:7:41: error: variable 'ratio' is NaN or infinite in 15000 of 15000 sample-periods/,
    );
    assert.match(text, /'a \/ \(a - a\)' gives Infinity/);
    assert.match(text, /\n {3}7 \| .*\n {4} \| {41}\^/);
  }
});

test("a comparison with NaN is NaN, so an event built on it fails the run instead of being false", async () => {
  const { bundle } = prepare(`name: s
periods: {start: 2025, end: 2026}
inputs:
  a: {unit: "1", uniform: {low: -2, high: -1}}
events:
  growth: log(a) > 0
`);
  const outcome = await runScenario(bundle, { samples: 1000, workers: 1 });
  assert.equal(outcome.result, null);
  assert.match(
    outcome.issues[0]!.message,
    /event 'growth' is NaN or infinite in 1000 of 1000 samples .*'log\(a\)' gives NaN/,
  );
});

test("allowNonFinite: true accepts the values", async () => {
  const { bundle } = prepare(
    DIVISION.replace(
      'formula: "ok / a + a / (a - a)"}',
      'formula: "ok / a + a / (a - a)", allowNonFinite: true}',
    ),
  );
  const outcome = await runScenario(bundle, { samples: 1000, workers: 1 });
  assert.ok(outcome.result);
});

const WIDE = (start: number, end: number, outputs: number) => `name: wide
periods: {start: ${start}, end: ${end}}
inputs:
  a: {unit: USD, uniform: {low: 1, high: 2}}
variables:
${Array.from({ length: outputs }, (_, i) => `  v${i}: {unit: USD, formula: a * ${i + 1}}`).join("\n")}
`;

test("a run's cost is estimated from the compiled plan and refused above the limits", async () => {
  const { program } = prepare(WIDE(2025, 2030, 3));
  const estimate = estimateRunCost([program], { samples: 1000, blockSize: 4096, workers: 2 });
  assert.equal(estimate.periods, 6);
  assert.equal(estimate.series, 3);
  assert.equal(estimate.inputs, 1);
  assert.equal(estimate.cells, 1000 * (6 * 3 + 1));
  assert.equal(exceededLimit(estimate), null);
  assert.match(
    exceededLimit(estimate, { maxCells: 10_000 })!.estimate,
    /19\.0 k values \(1000 samples × 6 periods × 3 series, 1 inputs\)/,
  );

  // 301 years: refused by default, before anything runs.
  const long = prepare(WIDE(1900, 2200, 2));
  await assert.rejects(
    runScenario(long.bundle, { samples: 100, workers: 1 }),
    (error: unknown) =>
      error instanceof FrontierError &&
      error.code === "too_large" &&
      /301 periods, above the limit of 100 periods \(raise it with --max-periods\)/.test(error.message),
  );
  // 250 outputs over 100 periods: histograms alone need gigabytes.
  const wide = prepare(WIDE(2000, 2099, 250));
  await assert.rejects(
    runScenario(wide.bundle, { samples: 20_000, workers: 2 }),
    /about \d+\.\d GB of memory .* above the limit of 2\.0 GB/,
  );
  const allowed = await runScenario(long.bundle, { samples: 100, workers: 1, limits: { maxPeriods: 400 } });
  assert.ok(allowed.result);
});
