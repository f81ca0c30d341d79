import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { claimListResolver } from "../src/model/bind.js";
import { prepareScenarioText } from "../src/model/load-scenario-file.js";
import { runScenario } from "../src/model/runner.js";
import { scenarioJsonSchema } from "../src/model/schema.js";
import { projectRoot } from "./support/paths.js";

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
    // Every input states a source or is marked as an assumption.
    for (const [name, input] of Object.entries(prepared.bundle.scenario.inputs))
      assert.ok(input.source !== undefined || input.assumption === true, `${file}: ${name} has no source`);
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
