import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { projectRoot } from "../../../test/support/paths.js";
import type { DealGraph } from "../../graph/index.js";
import { memoryIo } from "../io.js";
import { program } from "../program.js";

/** `graph` in-process over a PGlite folder holding the demo corpus. */

let dir = "";
let db = "";

before(async () => {
  dir = mkdtempSync(join(tmpdir(), "graph-cli-"));
  db = join(dir, "db");
  const { io, stderr } = memoryIo();
  assert.equal(await program(["ingest", join(projectRoot(), "corpus", "demo"), "--db", db], io), 0, stderr());
});

after(() => rmSync(dir, { recursive: true, force: true }));

async function run(...args: string[]) {
  const cli = memoryIo({ cwd: dir });
  const code = await program(["graph", "--db", db, ...args], cli.io);
  return { code, out: cli.stdout(), err: cli.stderr() };
}

test("tables: edges with status and claims, the Nvidia ↔ OpenAI loop, metrics with arithmetic", async () => {
  const { code, out } = await run();
  assert.equal(code, 0);
  assert.match(out, /^Deal graph: \d+ edges among \d+ parties/);
  assert.match(out, /Nvidia\s+OpenAI\s+equity\s+100 bn \$\s+superseded by \w+/);
  assert.match(out, /Nvidia → OpenAI → Nvidia/);
  assert.match(out, /round_vendor_share\s+OpenAI\s+0–30 %/);
  assert.match(out, /customer_concentration\s+Oracle\s+100 %\s+300 bn \$ OpenAI ÷/);
});

test("--as-of and --entity narrow the graph; --json prints it whole", async () => {
  const { out } = await run("--as-of", "2025-12-31", "--entity", "Oracle", "--json");
  const graph = JSON.parse(out) as DealGraph;
  assert.equal(graph.asOf, "2025-12-31");
  assert.ok(graph.edges.length > 0);
  assert.ok(graph.edges.every((e) => e.from === "Oracle" || e.to === "Oracle"));
  assert.ok(graph.edges.every((e) => (e.dates.announced ?? "") <= "2025-12-31"));
});

test("drawings: DOT to standard output, SVG and Vega-Lite to files", async () => {
  const dot = await run("--format", "dot");
  assert.match(dot.out, /^digraph deals \{/);
  assert.match(dot.out, /"Nvidia" -> "OpenAI" \[label="equity\\n100 bn \$\\nsuperseded", style=dotted/);
  assert.equal((await run("--out", "g.svg")).code, 0);
  const svg = readFileSync(join(dir, "g.svg"), "utf8");
  assert.match(svg, /^<svg/);
  assert.match(svg, /Nvidia → OpenAI · equity · ~30 bn \$/);
  assert.equal((await run("--out", "g.vl.json")).code, 0);
  const spec = JSON.parse(readFileSync(join(dir, "g.vl.json"), "utf8")) as { layer: unknown[] };
  assert.equal(spec.layer.length, 4);
});

test("usage errors name the option", async () => {
  const bad = await run("--as-of", "yesterday");
  assert.equal(bad.code, 2);
  assert.match(bad.err, /--as-of expects a date/);
  const png = await run("--format", "png");
  assert.equal(png.code, 2);
  assert.match(png.err, /--format png needs --out FILE/);
});

test("--scenario: commitment coverage divides by the revenue the scenario projects, with its claims", async () => {
  const reported = JSON.parse((await run("--json")).out) as DealGraph;
  const coverage = (g: DealGraph) =>
    g.metrics.find((m) => m.metric === "commitment_coverage" && m.entity === "OpenAI")!;
  assert.doesNotMatch(coverage(reported).arithmetic, /scenario/);
  const scenario = join(projectRoot(), "scenarios", "openai-2026-revised.yaml");
  const modelled = await run("--scenario", scenario, "--samples", "4000", "--workers", "1", "--json");
  assert.equal(modelled.code, 0, modelled.err);
  const metric = coverage(JSON.parse(modelled.out) as DealGraph);
  assert.match(metric.arithmetic, /from scenario openai-2026-revised, model revenue p5–p95 \d{4}–\d{4}/);
  assert.notEqual(metric.display, coverage(reported).display);
  assert.ok(
    (metric.value?.low ?? 0) > 0 && (metric.value?.high ?? 0) > (metric.value?.low ?? 0),
    "a range from p5–p95",
  );
  // The scenario's revenue inputs are bound to ledger claims, which the metric now lists.
  const before = coverage(reported).claimIds;
  assert.ok(metric.claimIds.includes(before[0]!), "the commitment's claim");
  assert.ok(
    metric.claimIds.some((id) => !before.includes(id)),
    "and the claims the scenario was bound to",
  );
  const bad = await run(
    "--scenario",
    join(projectRoot(), "scenarios", "coreweave-2025-neocloud.yaml"),
    "--samples",
    "2000",
  );
  assert.notEqual(bad.code, 0);
  assert.match(
    bad.err,
    /--scenario .*coreweave-2025-neocloud\.yaml: (no output named revenue|whose revenue)/,
  );
});
