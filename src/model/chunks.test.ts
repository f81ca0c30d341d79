import assert from "node:assert/strict";
import { test } from "node:test";
import {
  decodeChunk,
  decodeSpec,
  encodeChunk,
  encodeSpec,
  mergeChunks,
  planChunks,
  runChunk,
} from "./chunks.js";
import { parseScenario } from "./load.js";
import { runScenario, specFor } from "./runner.js";

const YAML = `name: chunks
periods: {start: 2025, end: 2030}
inputs:
  r0: {unit: USD/yr, lognormal: {p5: 12.0e9, p95: 14.0e9}, assumption: true}
  g: {unit: x, lognormal: {p5: 1.4, p95: 2.2}, assumption: true}
  cost: {unit: USD/yr, triangular: {low: 20.0e9, mode: 30.0e9, high: 60.0e9}, assumption: true}
  shock: {unit: x, normal: {mean: 0, sd: 0.05}, per: period, assumption: true}
variables:
  revenue: {unit: USD/yr, formula: "if(year == 2025, r0, prev(revenue) * (g + shock))"}
  cash: {unit: USD, formula: "prev(cash, 0) + (revenue * 0.4 - cost) * period"}
outputs: [cash, revenue]
scalars:
  gap: {unit: USD, formula: "max(0, -min(cash))"}
events:
  positive: "cash[2030] > 0"
`;

const TIMING = { compileMs: 0, simulateMs: 0, totalMs: 0 };

function bundleOf(yaml: string) {
  return { scenario: parseScenario(yaml, "chunks.yaml").value!.scenario, bindings: {} };
}

test("chunks merged in any order, through their text form, equal a local run bit for bit", async () => {
  const bundle = bundleOf(YAML);
  const options = { samples: 40_000, seed: 11, blockSize: 4096 };
  const local = (await runScenario(bundle, { ...options, workers: 1 })).result;
  assert.ok(local);
  const spec = decodeSpec(encodeSpec(specFor("run", [bundle], options)));
  for (const count of [1, 3, 4, 7]) {
    const states = planChunks(spec, count).map((blocks) => encodeChunk(runChunk(spec, blocks)));
    const merged = mergeChunks(spec, states.reverse().map(decodeChunk), { workers: 0, timing: TIMING });
    assert.deepEqual(merged.issues, []);
    assert.deepEqual(
      { ...merged.result, timing: null },
      { ...local, workers: 0, timing: null },
      `${count} chunks`,
    );
  }
});

test("a run whose formulas give non-finite values fails at the merge with the model's issue", () => {
  const yaml = YAML.replace(
    '"prev(cash, 0) + (revenue * 0.4 - cost) * period"',
    '"prev(cash, 0) + (revenue * 0.4 - cost / (g - g)) * period"',
  );
  const spec = specFor("run", [bundleOf(yaml)], { samples: 10_000, seed: 1, blockSize: 4096 });
  const states = planChunks(spec, 2).map((blocks) => runChunk(spec, blocks));
  const merged = mergeChunks(spec, states, { workers: 2, timing: TIMING });
  assert.equal(merged.result, null);
  assert.ok(merged.issues.length > 0);
  assert.match(merged.issues[0]!.message, /cash/);
});

test("a spec keeps non-finite numbers and negative zero through its text form", () => {
  const spec = specFor("run", [bundleOf(YAML)], { samples: 1000, seed: 1 });
  const odd = { ...spec, extra: [Number.NaN, Number.POSITIVE_INFINITY, -0] } as typeof spec;
  const back = decodeSpec(encodeSpec(odd)) as typeof spec & { extra: number[] };
  assert.deepEqual(back.extra, [Number.NaN, Number.POSITIVE_INFINITY, -0]);
});
