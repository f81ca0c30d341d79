import assert from "node:assert/strict";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type TestContext, test } from "node:test";
import { memoryIo } from "../src/cli/io.js";
import { program } from "../src/cli/program.js";
import { claimListResolver } from "../src/model/bind.js";
import { parseScenario } from "../src/model/load.js";
import { prepareScenarioText } from "../src/model/load-scenario-file.js";
import { runScenario } from "../src/model/runner.js";
import { type ScenarioInput, ScenarioSchema, scenarioJsonSchema } from "../src/model/schema.js";
import { projectRoot, SEEDS_MISSING, seedsDir } from "./support/paths.js";

const dir = join(projectRoot(), "scenarios");
const shipped = readdirSync(dir).filter((f) => f.endsWith(".yaml"));

test("the committed JSON Schema is the one generated from the zod schema", () => {
  const committed = JSON.parse(readFileSync(join(dir, "scenario.schema.json"), "utf8"));
  assert.deepEqual(committed, JSON.parse(JSON.stringify(scenarioJsonSchema())));
});

test("the two OpenAI scenarios are shipped", () => {
  assert.ok(shipped.includes("openai-2025-commitments.yaml"));
  assert.ok(shipped.includes("openai-2026-revised.yaml"));
});

for (const file of shipped) {
  test(`${file} validates, compiles and runs without a ledger`, async () => {
    const text = readFileSync(join(dir, file), "utf8");
    const prepared = await prepareScenarioText(text, file, null);
    const errors = prepared.issues.filter((i) => i.severity === "error");
    assert.deepEqual(errors, []);
    assert.ok(prepared.bundle);
    const { result } = await runScenario(prepared.bundle, { samples: 5000, workers: 1 });
    assert.ok(result);
    const event = result.events.find((e) => e.name === "cash_flow_positive_by_2030");
    assert.ok(event && event.probability >= 0 && event.probability <= 1);
    const gap = result.scalars.find((s) => s.name === "funding_gap");
    assert.ok(gap && gap.p5 <= gap.p50 && gap.p50 <= gap.p95 && gap.p5 >= 0);
    assert.deepEqual(result.claimIds, []);
  });
}

test("a scenario bound to the ledger records the claim ids it used", async () => {
  const text = readFileSync(join(dir, "openai-2026-revised.yaml"), "utf8");
  const prepared = await prepareScenarioText(
    text,
    "openai-2026-revised.yaml",
    claimListResolver([
      {
        id: "clm_test_revenue",
        entity: "OpenAI",
        counterparty: null,
        metric: "revenue",
        value: { low: 13.1e9, high: 13.1e9, bound: "approx" },
        unit: "USD",
        period: { start: "2025-01-01", end: "2025-12-31" },
        qualifier: "reported",
        status: "unreviewed",
        reported: "2026-02-20",
        quote: "revenue of 13.1 bn in 2025",
        document: "doc_test",
      },
    ]),
  );
  assert.ok(prepared.bundle);
  const { result } = await runScenario(prepared.bundle, { samples: 4096, workers: 1 });
  assert.deepEqual(result?.claimIds, ["clm_test_revenue"]);
  const input = result?.inputs.find((i) => i.name === "revenue_2025");
  assert.equal(input?.origin.kind, "ledger");
  assert.ok(input?.summary && Math.abs(input.summary.p50 / 13.1e9 - 1) < 0.01);
});

/** Why an input's value can be trusted, or null: a ledger binding, a formula of other inputs, a citation, or a reasoned assumption. */
function sourcing(input: ScenarioInput): string | null {
  if (input.from !== undefined) return "bound to a ledger claim";
  if (input.formula !== undefined) return "derived from other inputs, each sourced in its own right";
  if (input.citation?.outlet && input.citation.date) return "cited";
  if (input.assumption === true && input.reason?.trim()) return "a reasoned assumption";
  return null;
}

test("every input of every shipped scenario is bound, cited (outlet, date), or an assumption with a reason", () => {
  const unsourced: string[] = [];
  for (const file of shipped) {
    const parsed = parseScenario(readFileSync(join(dir, file), "utf8"), file);
    assert.ok(parsed.value, `${file}: ${parsed.issues.map((i) => i.message).join("; ")}`);
    for (const [name, input] of Object.entries(parsed.value.scenario.inputs))
      if (sourcing(input) === null) unsourced.push(`${file}: ${name}`);
  }
  assert.deepEqual(unsourced, []);
  const bare = ScenarioSchema.parse({
    name: "t",
    periods: { start: 2025, end: 2025 },
    inputs: { x: { unit: "USD", point: 1, assumption: true } },
  });
  assert.equal(sourcing(bare.inputs.x!), null, "an assumption without a reason does not count");
});

/** Ingests a folder into a fresh ledger, then backtests each shipped scenario that maps outputs. */
async function backtestShipped(corpus: string, t: TestContext): Promise<void> {
  const dbDir = mkdtempSync(join(tmpdir(), "fl-backtest-"));
  t.after(() => rmSync(dbDir, { recursive: true, force: true }));
  const db = join(dbDir, "db");
  const io = memoryIo({ cwd: projectRoot() });
  assert.equal(await program(["ingest", corpus, "--db", db], io.io), 0, io.stderr());
  const mapped = shipped.filter((f) => /^backtest:/m.test(readFileSync(join(dir, f), "utf8")));
  assert.ok(mapped.includes("openai-2025-commitments.yaml") && mapped.includes("openai-2026-revised.yaml"));
  for (const file of mapped) {
    const session = memoryIo({ cwd: projectRoot() });
    const argv = [
      "model",
      "backtest",
      join(dir, file),
      "--db",
      db,
      "--samples",
      "20000",
      "--workers",
      "1",
      "--json",
    ];
    const code = await program(argv, session.io);
    const result = JSON.parse(session.stdout() || "{}");
    const outside = (result.rows ?? []).filter((r: { status: string }) => r.status === "outside");
    assert.deepEqual(outside, [], `${file} on ${corpus}: ${session.stderr()}`);
    assert.equal(code, 0, session.stderr());
    assert.ok(
      result.rows.some((r: { output: string }) => r.output === "cash_flow"),
      `${file}: no burn compared`,
    );
  }
}

test("the shipped scenarios pass their backtest on the demo ledger, or declare why", async (t) => {
  await backtestShipped(join(projectRoot(), "corpus", "demo"), t);
});

test("the shipped scenarios pass their backtest on the seed ledger, or declare why", async (t) => {
  const seeds = seedsDir();
  if (!seeds) return t.skip(SEEDS_MISSING);
  await backtestShipped(seeds, t);
});
