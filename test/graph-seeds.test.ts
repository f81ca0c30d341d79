import assert from "node:assert/strict";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { type DealGraph, type DealGraphOptions, showShare } from "../src/graph/index.js";
import { type LedgerStore, openLedger } from "../src/ledger/index.js";
import { ledgerResolver } from "../src/model/ledger-binding.js";
import { prepareScenarioText } from "../src/model/load-scenario-file.js";
import { runScenario } from "../src/model/runner.js";
import { ingestPaths } from "../src/pipeline.js";
import { readDealGraph } from "../src/report/deal-graph-data.js";
import { createApp } from "../src/server/app.js";
import { fixturePath, projectRoot, SEEDS_MISSING, seedsDir } from "./support/paths.js";

/**
 * The deal graph's "how it is measured" list on the seed reports (with the publication dates of the
 * gold annotation) and on the demo corpus, both ingested through the whole pipeline into in-memory
 * ledgers: the Nvidia ↔ OpenAI loop with the letter of intent superseded by the equity investment,
 * Microsoft's investment in OpenAI, and the share of the round of more than 100 bn $ from vendors —
 * each traced to its sentences. The API serves the same graph.
 */

let seeds: LedgerStore | null = null;
let demo: LedgerStore;

before(async () => {
  demo = await openLedger({ dataDir: "memory://" });
  await demo.migrate();
  const report = await ingestPaths(demo, [join(projectRoot(), "corpus", "demo")]);
  assert.equal(report.failed, 0);
  const dir = seedsDir();
  if (!dir) return;
  seeds = await openLedger({ dataDir: "memory://" });
  await seeds.migrate();
  const published = JSON.parse(readFileSync(fixturePath("gold", "published.json"), "utf8")) as Record<
    string,
    string
  >;
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".txt"))) {
    const date = published[file];
    await ingestPaths(seeds, [join(dir, file)], date === undefined ? {} : { published: date });
  }
});

after(async () => {
  await demo.close();
  await seeds?.close();
});

async function ledgers(t: { skip: (m: string) => void }): Promise<Array<[string, LedgerStore]>> {
  if (!seeds) t.skip(`${SEEDS_MISSING} (demo only)`);
  return seeds
    ? [
        ["seeds", seeds],
        ["demo", demo],
      ]
    : [["demo", demo]];
}

const graphOf = (store: LedgerStore, options: DealGraphOptions = {}) => readDealGraph(store, options);

function edgesBetween(graph: DealGraph, from: string, to: string) {
  return graph.edges.filter((e) => e.from === from && e.to === to);
}

test("Nvidia ↔ OpenAI: a loop, its letter of intent superseded by the equity investment, with sources", async (t) => {
  for (const [name, store] of await ledgers(t)) {
    const graph = await graphOf(store);
    const loop = graph.loops.find((l) => [...l.parties].sort().join(",") === "Nvidia,OpenAI");
    assert.ok(loop, `${name}: an Nvidia ↔ OpenAI loop in ${graph.loops.map((l) => l.id).join(", ")}`);
    const investments = edgesBetween(graph, "Nvidia", "OpenAI");
    const intent = investments.find((e) => e.amount.high === 1e11);
    const equity = investments.find((e) => e.amount.high === 3e10);
    assert.ok(intent && equity, `${name}: the 100 bn $ letter of intent and the 30 bn $ investment`);
    assert.equal(intent.status, "superseded", name);
    assert.equal(intent.supersededBy?.edgeId, equity.id, name);
    assert.match(intent.supersededBy?.reason ?? "", /letter of intent replaced/);
    assert.equal(intent.terms.binding, false);
    assert.deepEqual(intent.terms.tranches, ["10 bn $ per tranche"], name);
    assert.equal(equity.instrument, "equity");
    assert.ok(loop.history.includes(intent.id), `${name}: the letter of intent is in the loop's history`);
    assert.ok(loop.steps.some((s) => s.from === "OpenAI" && s.to === "Nvidia" && s.edgeIds.length > 0));
    assert.ok(loop.claimIds.length >= 3);
    for (const source of [...intent.sources, ...equity.sources]) assert.ok(source.quote.length > 10);
    assert.ok(
      equity.sources.some((s) => /30 milliards/.test(s.quote)),
      `${name}: the 30 bn sentence`,
    );
    const trip = loop.roundTrips.find((r) => r.investor === "Nvidia");
    assert.ok(trip, `${name}: Nvidia's round trip`);
    assert.match(trip.arithmetic, /back along OpenAI → Nvidia/);
  }
});

test("as of a date: the demo's Nvidia deals appear with the February 2026 report that tells them", async () => {
  const graph = await graphOf(demo, { asOf: "2025-12-31" });
  assert.deepEqual(edgesBetween(graph, "Nvidia", "OpenAI"), []);
  assert.ok(edgesBetween(graph, "OpenAI", "Oracle").length > 0, "the October 2025 Oracle contract is known");
  const later = await graphOf(demo, { asOf: "2026-03-01" });
  assert.equal(edgesBetween(later, "Nvidia", "OpenAI").length, 2);
});

test("Microsoft → OpenAI: the investment of up to 13 bn $, with its sentence", async (t) => {
  for (const [name, store] of await ledgers(t)) {
    const graph = await graphOf(store, { entity: "Microsoft" });
    const [edge] = edgesBetween(graph, "Microsoft", "OpenAI");
    assert.ok(edge, name);
    assert.equal(edge.instrument, "equity");
    assert.equal(edge.amount.high, 1.3e10);
    assert.match(edge.sources[0]!.quote, /13/);
  }
});

test("AMD: OpenAI's joint capacity commitment reaches AMD as part of a shared amount", async (t) => {
  for (const [name, store] of await ledgers(t)) {
    const graph = await graphOf(store);
    const toAmd = edgesBetween(graph, "OpenAI", "AMD").find((e) => e.amount.unit === "GW");
    assert.ok(toAmd, name);
    assert.deepEqual([...toAmd.amount.sharedWith].sort(), ["Broadcom", "Nvidia", "Oracle"]);
  }
});

test("the round of more than 100 bn $: at most 30 % from vendors, beside the reported 90 % from strategic investors", async (t) => {
  for (const [name, store] of await ledgers(t)) {
    const graph = await graphOf(store);
    const share = graph.metrics.find((m) => m.metric === "round_vendor_share" && m.entity === "OpenAI");
    assert.ok(share, name);
    assert.equal(showShare(share.value), "0–30 %", name);
    assert.match(
      share.arithmetic,
      /30 bn \$ Nvidia\) ÷ > 100 bn \$ round = 0–30 %; reported: ~90 % from strategic investors/,
    );
    assert.equal(share.claimIds.length, 3, `${name}: investment, round and reported share`);
  }
});

test("the shipped 2026 scenario answers how much of the new funding comes from OpenAI's own vendors", async (t) => {
  const file = "openai-2026-revised.yaml";
  const text = readFileSync(join(projectRoot(), "scenarios", file), "utf8");
  for (const [name, store] of await ledgers(t)) {
    const graph = await graphOf(store);
    const [equity] = edgesBetween(graph, "Nvidia", "OpenAI").filter((e) => e.status !== "superseded");
    assert.ok(equity, name);
    const prepared = await prepareScenarioText(text, file, ledgerResolver(store));
    assert.ok(prepared.bundle, `${name}: ${prepared.issues.map((i) => i.message).join("; ")}`);
    const { result } = await runScenario(prepared.bundle, { samples: 5000, workers: 1 });
    assert.ok(result, name);
    const input = result.inputs.find((i) => i.name === "round_2026_from_vendors");
    assert.equal(input?.origin.kind, "ledger", `${name}: bound through the deal graph`);
    if (input?.origin.kind !== "ledger") return;
    assert.match(input.origin.why, /OpenAI's latest round from its own vendors: Nvidia/);
    assert.deepEqual(input.origin.claimIds, equity.claimIds, `${name}: Nvidia's investment, with its claims`);
    const scalar = (n: string) => result.scalars.find((s) => s.name === n)!;
    const vendors = scalar("new_funding_from_vendors");
    const others = scalar("new_funding_from_others");
    const share = scalar("vendor_share_of_new_funding");
    // "up to 30 bn $" on the seeds, "about 30 bn $" (± 5 %) in the demo: around Nvidia's amount, never the whole round.
    const nvidia = equity.amount.high!;
    assert.ok(vendors.p50 > 0.5 * nvidia && vendors.p50 <= 1.05 * nvidia, `${name}: ${vendors.p50}`);
    assert.ok(others.p50 > 2 * vendors.p50, `${name}: most new money comes from others`);
    assert.ok(share.p50 > 0.15 && share.p50 < 0.31, `${name}: a fifth to under a third (${share.p50})`);
  }
});

test("GET /api/graph serves the graph as of a date, and refuses a bad date", async () => {
  const app = createApp({ store: demo });
  const response = await app.request("/api/graph?asOf=2026-03-01&entity=Nvidia");
  assert.equal(response.status, 200);
  const graph = (await response.json()) as DealGraph;
  assert.equal(graph.asOf, "2026-03-01");
  assert.ok(graph.edges.every((e) => e.from === "Nvidia" || e.to === "Nvidia"));
  assert.ok(graph.loops.some((l) => l.parties.includes("OpenAI")));
  const bad = await app.request("/api/graph?asOf=March");
  assert.equal(bad.status, 400);
  assert.match(((await bad.json()) as { error: { message: string } }).error.message, /asOf: expected a date/);
});

/** Two short reports written for this test: the AMD and Microsoft deals the seeds give no figures for. */
const WRITTEN = {
  "amd.txt": [
    "AMD and OpenAI announce a chip partnership.",
    "AMD granted OpenAI warrants for up to 160 million AMD shares.",
    "AMD will supply OpenAI with 6 gigawatts of Instinct GPUs.",
  ].join("\n\n"),
  "microsoft.txt": [
    "Microsoft et OpenAI revoient leur partenariat.",
    "Microsoft a investi 13 milliards de dollars dans OpenAI.",
    "OpenAI s'est engagée à acheter pour 250 milliards de dollars de services Azure à Microsoft.",
  ].join("\n\n"),
};

test("written reports: AMD ↔ OpenAI (warrants ↔ 6 GW) and Microsoft ↔ OpenAI loops, end to end", async () => {
  const dir = mkdtempSync(join(tmpdir(), "graph-written-"));
  const store = await openLedger({ dataDir: "memory://" });
  try {
    await store.migrate();
    for (const [name, text] of Object.entries(WRITTEN)) writeFileSync(join(dir, name), text);
    assert.equal((await ingestPaths(store, [dir], { published: "2025-10-20" })).failed, 0);
    const graph = await graphOf(store);
    const loops = graph.loops.map((l) => [...l.parties].sort().join(","));
    assert.deepEqual(loops.sort(), ["AMD,OpenAI", "Microsoft,OpenAI"]);
    const amd = graph.loops.find((l) => l.parties.includes("AMD"))!;
    assert.match(
      amd.arithmetic,
      /AMD → OpenAI: ≤ 160 M shares \(warrant\); OpenAI → AMD: 6 GW \(chip_purchase\)/,
    );
    const microsoft = graph.loops.find((l) => l.parties.includes("Microsoft"))!;
    const trip = microsoft.roundTrips.find((r) => r.investor === "Microsoft")!;
    assert.equal(showShare(trip.share), "100 %");
    assert.match(
      trip.arithmetic,
      /min\(250 bn \$ back along OpenAI → Microsoft, 13 bn \$\) ÷ 13 bn \$ invested = 100 %/,
    );
    const sentences = microsoft.steps.flatMap((s) =>
      graph.edges.filter((e) => s.edgeIds.includes(e.id)).flatMap((e) => e.sources.map((x) => x.quote)),
    );
    assert.ok(sentences.some((q) => /Azure/.test(q)) && sentences.some((q) => /13 milliards/.test(q)));
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
