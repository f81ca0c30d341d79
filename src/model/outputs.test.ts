import assert from "node:assert/strict";
import { test } from "node:test";
import { compileScenario } from "./compile.js";
import { parseScenario } from "./load.js";
import { runScenario } from "./runner.js";
import { exportColumns, sampleHeader, sampleRows } from "./sample-export.js";

const YAML = `name: out
periods: {start: 2025, end: 2027}
inputs:
  u: {unit: USD, uniform: {low: 0, high: 1}}
variables:
  x: {unit: USD, formula: u * (year - 2024)}
outputs: [x]
scalars:
  last: {unit: USD, formula: "x[2027]"}
summary:
  quantiles: [0.01, 0.5, 0.99]
  below: {x: [0.25, 1.5], last: [1.5]}
`;

function prepare(text = YAML) {
  const loaded = parseScenario(text, "out.yaml");
  assert.ok(loaded.value);
  const { program, issues } = compileScenario(loaded.value.scenario, { source: loaded.value.source });
  return { program, issues, bundle: { scenario: loaded.value.scenario, bindings: {} } };
}

test("any quantile, the standard deviation and P(below/above a value) per output and scalar", async () => {
  const { bundle } = prepare();
  const { result } = await runScenario(bundle, { samples: 200_000, workers: 1 });
  assert.ok(result);
  const first = result.outputs[0]!.periods[0]!;
  assert.ok(Math.abs(first.sd! - 1 / Math.sqrt(12)) < 0.003, `sd ${first.sd}`);
  assert.deepEqual(
    first.quantiles!.map((q) => q.q),
    [0.01, 0.5, 0.99],
  );
  assert.ok(Math.abs(first.quantiles![0]!.value - 0.01) < 0.002);
  assert.ok(Math.abs(first.quantiles![2]!.value - 0.99) < 0.002);
  assert.ok(Math.abs(first.below![0]!.probability - 0.25) < 0.005);
  assert.equal(first.below![1]!.probability, 1);
  const last = result.scalars[0]!;
  assert.ok(Math.abs(last.below![0]!.probability - 0.5) < 0.005, "P(3u < 1.5) = 0.5");
  assert.ok(Math.abs(last.sd! - 3 / Math.sqrt(12)) < 0.01);
});

test("a threshold on an unknown output is an error with the closest names", () => {
  const { issues } = prepare(YAML.replace("below: {x:", "below: {xx:"));
  assert.match(issues[0]!.message, /unknown name 'xx' \(did you mean 'x'\?\)/);
});

test("raw samples of chosen outputs, block by block, as CSV and JSON Lines", async () => {
  const { bundle, program } = prepare();
  assert.ok(program);
  const found = exportColumns(program, ["last", "x"]);
  assert.ok("columns" in found);
  const rows: string[] = [];
  await runScenario(bundle, {
    samples: 10_000,
    blockSize: 4096,
    workers: 4,
    sampleSink: {
      columns: found.columns,
      write: (values, first, n) => rows.push(sampleRows(found.columns, values, first, n, "csv")),
    },
  });
  const csv = `${sampleHeader(found.columns, "csv")}${rows.join("")}`.trimEnd().split("\n");
  assert.equal(csv[0], "sample,last,x[2025],x[2026],x[2027]");
  assert.equal(csv.length, 10_001);
  for (const line of [csv[1]!, csv[5000]!, csv[10_000]!]) {
    const [sample, last, x25, , x27] = line.split(",").map(Number);
    assert.equal(last, x27);
    assert.ok(Math.abs(x27! - 3 * x25!) < 1e-12);
    assert.ok(sample! >= 0 && sample! < 10_000);
  }
  assert.equal(csv[10_000]!.split(",")[0], "9999");
  const jsonl = sampleRows(
    found.columns,
    [Float64Array.of(1), Float64Array.of(2), Float64Array.of(Number.NaN), Float64Array.of(4)],
    7,
    1,
    "jsonl",
  );
  assert.deepEqual(JSON.parse(jsonl), { sample: 7, last: 1, "x[2025]": 2, "x[2026]": "NaN", "x[2027]": 4 });
  assert.match(
    (exportColumns(program, ["lats"]) as { error: string }).error,
    /no output 'lats' \(did you mean 'last'\?\)/,
  );
});
