import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { memoryIo } from "../src/cli/io.js";
import { program } from "../src/cli/program.js";

/** `model run` on the command line: non-finite values, run limits, raw samples. */

let dir: string;

before(() => {
  dir = mkdtempSync(join(tmpdir(), "fl-model-run-"));
  writeFileSync(
    join(dir, "div.yaml"),
    `name: div
periods: {start: 2025, end: 2027}
inputs:
  a: {unit: USD, uniform: {low: 1, high: 2}}
variables:
  ratio: {unit: "1", formula: "a / a + 1 / (a - a) * a"}
`,
  );
  writeFileSync(
    join(dir, "ok.yaml"),
    `name: ok
periods: {start: 2025, end: 2027}
inputs:
  a: {unit: USD, uniform: {low: 1, high: 2}}
variables:
  x: {unit: USD, formula: a * (year - 2024)}
scalars:
  last: {unit: USD, formula: "x[2027]"}
`,
  );
});
after(() => rmSync(dir, { recursive: true, force: true }));

async function run(...argv: string[]) {
  const session = memoryIo({ cwd: dir });
  const code = await program(argv, session.io);
  return { code, stdout: session.stdout(), stderr: session.stderr() };
}

test("a division by zero exits 1 and points at the expression with a caret", async () => {
  const { code, stderr } = await run("model", "run", "div.yaml", "--samples", "1000", "--workers", "1");
  assert.equal(code, 1);
  assert.match(
    stderr,
    /div\.yaml:6:40: error: variable 'ratio' is NaN or infinite in 3000 of 3000 sample-periods/,
  );
  assert.match(stderr, /'1 \/ \(a - a\)' gives Infinity/);
  assert.match(stderr, /\n {5}\| {40}\^/);
});

test("--max-cost refuses a run above it, saying the estimate and the limit", async () => {
  const { code, stderr } = await run("model", "run", "ok.yaml", "--samples", "1000", "--max-cost", "500");
  assert.equal(code, 1);
  assert.match(
    stderr,
    /too large: 5000 values \(1000 samples × 3 periods × 1 series, 1 inputs\), above the limit of 500 values \(raise it with --max-cost\)/,
  );
});

test("--samples-out writes every sample of the exported outputs", async () => {
  const { code } = await run(
    "model",
    "run",
    "ok.yaml",
    "--samples",
    "5000",
    "--samples-out",
    "s.csv",
    "--export",
    "last,x",
  );
  assert.equal(code, 0);
  const lines = readFileSync(join(dir, "s.csv"), "utf8").trimEnd().split("\n");
  assert.equal(lines[0], "sample,last,x[2025],x[2026],x[2027]");
  assert.equal(lines.length, 5001);
  const bad = await run("model", "run", "ok.yaml", "--samples-out", "s.txt");
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /expected a file ending in \.csv or \.jsonl/);
});
