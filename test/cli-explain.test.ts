import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { memoryIo } from "../src/cli/io.js";
import { program } from "../src/cli/program.js";

/** `explain` over a stored claim: every decided field lists its candidates, their scores and deciding features. */

let dir: string;

before(() => {
  dir = mkdtempSync(join(tmpdir(), "fl-cli-explain-"));
  writeFileSync(
    join(dir, "deal.md"),
    [
      "# Cloud deal",
      "",
      "OpenAI signed a $300 billion cloud contract with Oracle in September 2025, according to The Wall Street Journal.",
    ].join("\n"),
  );
  writeFileSync(
    join(dir, "results.md"),
    [
      "# Quarterly results",
      "",
      "Nebius reported revenue of $150 million in the second quarter. Its capital expenditure reached 2 billion in the quarter.",
    ].join("\n"),
  );
});
after(() => rmSync(dir, { recursive: true, force: true }));

async function run(argv: string[]) {
  const { io, stdout } = memoryIo({ env: { USER: "tester" }, cwd: dir });
  const code = await program([...argv, "--db", join(dir, "db")], io);
  return { code, stdout: stdout() };
}

/** Ingests one file of the folder and returns its stored claim of `metric`. */
async function ingestedClaim(file: string, published: string, metric: string) {
  assert.equal((await run(["ingest", join(dir, file), "--published", published])).code, 0);
  const list = await run(["claims", "list", "--json"]);
  const claims = JSON.parse(list.stdout) as { id: string; metric: string; entity: string; unit: string }[];
  const found = claims.find((c) => c.metric === metric);
  assert.ok(found, `a ${metric} claim was extracted from ${file}`);
  return found;
}

test("explain lists, per field, the candidates with their scores and deciding features", async () => {
  const deal = await ingestedClaim("deal.md", "2025-10-01", "compute_commitment");
  assert.equal(deal.entity, "OpenAI");
  const shown = await run(["explain", deal.id]);
  assert.equal(shown.code, 0);
  const out = shown.stdout;
  const section = (field: string, next: string) =>
    out.slice(out.indexOf(`\n${field} `), out.indexOf(`\n${next} `));
  // The entity's candidates: the subject wins over the company named after the figure, by its cues.
  const entity = section("entity", "counterparty");
  assert.match(entity, /candidates \(score \[deciding features\]\):/u);
  assert.match(entity, /OpenAI [\d.]+ \[verbSubject \+[\d.]+, clauseSubject \+[\d.]+/u);
  assert.match(
    section("value", "unit"),
    /candidates \(score \[deciding features\]\):\n\s+exact 300000000000 1 \[asWritten \+1\]/u,
  );
  assert.match(section("unit", "metric"), /USD \d+ \[written \+\d+\]/u);
  const metric = section("metric", "entity");
  assert.match(metric, /compute_commitment "contract" [-\d.]+ \[ruleBonus \+\d+, distance -[\d.]+\]/u);
  assert.match(section("counterparty", "period"), /Oracle -\d+ \[distance -\d+\]/u);
  assert.match(section("period", "qualifier"), /"in September 2025" -\d+ \[distance/u);
  assert.match(section("qualifier", "attribution"), /commitment "signed" \d+ \[precedence/u);
  const json = JSON.parse((await run(["explain", deal.id, "--json"])).stdout) as {
    rules: Record<string, string[]>;
  };
  for (const field of ["value", "unit", "entity", "metric", "counterparty", "period", "qualifier"])
    assert.ok(json.rules[`${field} candidates`]?.[0], `${field} candidates in --json`);
});

test("explain lists the sources an elided currency could come from, the one taken first", async () => {
  const capex = await ingestedClaim("results.md", "2025-08-20", "capex");
  assert.equal(capex.unit, "USD");
  const out = (await run(["explain", capex.id])).stdout;
  const unit = out.slice(out.indexOf("\nunit "), out.indexOf("\nmetric "));
  assert.match(unit, /USD \d+ \[contextCurrency \+\d+\]\n\s+USD \d+ \[documentCurrency \+\d+\]/u);
});
