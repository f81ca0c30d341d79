import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { type Manifest, parseManifest } from "../src/documents/index.js";
import { openLedger } from "../src/ledger/index.js";
import { ingestPaths } from "../src/pipeline.js";
import { type Fact, type Reconciliation, reconcile, runChecks } from "../src/reconcile/index.js";
import { fixturePath, projectRoot, SEEDS_MISSING, seedsDir } from "./support/paths.js";

/**
 * The "done when" list of the reconcile stage, over the five seed reports: ingested through the whole
 * pipeline (documents → extract → ledger) into an in-memory PGlite ledger, with the publication
 * dates the shipped manifest gives (corpus/seeds-manifest.json). Skips, saying why, when
 * ../shared/seeds is absent.
 */

function seedsManifest(): Manifest {
  const parsed = parseManifest(
    readFileSync(join(projectRoot(), "corpus", "seeds-manifest.json"), "utf8"),
    "seeds-manifest.json",
  );
  assert.ok(parsed.ok, parsed.ok ? "" : parsed.error);
  return parsed.value;
}

const near = (fact: Fact, value: number) =>
  fact.point !== null && Math.abs(fact.point - value) <= 0.02 * value;

const onces = new Map<string, Promise<Reconciliation | string>>();

/** The seeds reconciled once for every test (with the manifest's dates, or inferred ones), or why they cannot be. */
async function reconcileSeeds(
  t: { skip: (message: string) => void },
  dates: "manifest" | "inferred" = "manifest",
): Promise<Reconciliation | null> {
  if (!onces.has(dates)) onces.set(dates, reconcileOnce(dates));
  const outcome = await onces.get(dates)!;
  if (typeof outcome === "string") {
    t.skip(outcome);
    return null;
  }
  return outcome;
}

async function reconcileOnce(dates: "manifest" | "inferred"): Promise<Reconciliation | string> {
  const dir = seedsDir();
  if (dir === null) return SEEDS_MISSING;
  const store = await openLedger({ dataDir: "memory://" });
  try {
    await store.migrate();
    await ingestPaths(store, [dir], dates === "manifest" ? { manifest: seedsManifest() } : {});
    const [claims, events, documents] = await Promise.all([
      store.listClaims(),
      store.listReviewEvents(),
      store.listDocuments(),
    ]);
    assert.ok(claims.length > 0, "the pipeline ingested the seeds but the ledger holds no claims");
    return reconcile(claims, events, { documents });
  } finally {
    await store.close();
  }
}

test("seeds manifest: one entry per seed, each date agreeing with the gold annotation's and saying how it was found", () => {
  const manifest = seedsManifest();
  const gold = JSON.parse(readFileSync(fixturePath("gold", "published.json"), "utf8")) as Record<
    string,
    string
  >;
  assert.deepEqual([...manifest.entries.keys()].sort(), Object.keys(gold).sort());
  for (const [file, entry] of manifest.entries) {
    assert.ok(entry.published?.startsWith(gold[file]!), `${file}: ${entry.published} vs ${gold[file]}`);
    assert.ok((entry.established ?? "").length > 40, `${file}: say how the date was established`);
  }
  assert.equal(manifest.entries.get("002_1423c8237e1798e9.txt")?.published, "2026-02-21");
  assert.equal(manifest.entries.get("004_fc5d5a8806574546.txt")?.published, "2024-02");
});

test("seeds with the manifest's dates: no conflict and no date left uncertain", async (t) => {
  const result = await reconcileSeeds(t);
  if (!result) return;
  assert.deepEqual(
    result.conflicts.map((c) => c.text),
    [],
  );
  assert.deepEqual(
    result.datesUncertain.map((u) => u.text),
    [],
  );
  assert.ok(result.facts.every((f) => f.sources.every((s) => s.dateConfidence === "high")));
});

test("seeds with inferred dates: year-only dates make 'dates uncertain', never a conflict or a revision", async (t) => {
  const result = await reconcileSeeds(t, "inferred");
  if (!result) return;
  assert.deepEqual(
    result.conflicts.map((c) => c.text),
    [],
  );
  assert.ok(
    result.revisions.every((r) => r.kind === "manual" || (!r.from.datesUncertain && !r.to.datesUncertain)),
  );
  const plan = result.datesUncertain.find(
    (u) =>
      u.would === "revision" &&
      near(u.a, 1.4e12) &&
      u.b.metric === "compute_spending_target" &&
      near(u.b, 6e11),
  );
  assert.ok(
    plan,
    `no uncertain 1.4 tn → 600 bn among ${result.datesUncertain.map((u) => u.text).join(" | ")}`,
  );
  assert.ok(plan.documents.some((d) => d.reported === "2025"));
  assert.ok(result.datesUncertain.some((u) => u.would === "conflict"));
});

test("seeds: the 1.4 tn commitment is revised downward by the ~600 bn spending target, both sourced", async (t) => {
  const result = await reconcileSeeds(t);
  if (!result) return;
  const revision = result.revisions.find(
    (r) =>
      r.from.entity === "OpenAI" &&
      r.from.metric === "compute_commitment" &&
      near(r.from, 1.4e12) &&
      r.to.metric === "compute_spending_target" &&
      near(r.to, 6e11),
  );
  assert.ok(
    revision,
    `no revision 1.4 tn → 600 bn among ${result.revisions.map((r) => r.reason).join(" | ")}`,
  );
  assert.equal(revision.direction, "down");
  assert.ok(revision.labels.includes("commitment_vs_target"));
  assert.ok(revision.from.sources.length > 0 && revision.to.sources.length > 0);
  assert.ok(revision.from.sources.every((s) => s.title));
  assert.ok(
    result.explained.some(
      (e) =>
        e.reason === "commitment_vs_target" &&
        [e.a.id, e.b.id].sort().join() === [revision.from.id, revision.to.id].sort().join(),
    ),
  );
  const timeline = result.series.find((s) => s.entity === "OpenAI" && s.metric === "compute_commitment");
  assert.ok(timeline?.facts.some((f) => f.id === revision.from.id));
});

test("seeds: Nvidia's 100 bn letter of intent and the ~30 bn investment are linked as a revision", async (t) => {
  const result = await reconcileSeeds(t);
  if (!result) return;
  const revision = result.revisions.find(
    (r) =>
      r.from.entity === "Nvidia" &&
      r.from.metric === "investment" &&
      r.from.qualifiers.includes("letter_of_intent") &&
      near(r.from, 1e11) &&
      near(r.to, 3e10),
  );
  assert.ok(
    revision,
    `no revision 100 bn LOI → 30 bn among ${result.revisions.map((r) => r.reason).join(" | ")}`,
  );
  assert.equal(revision.direction, "down");
  assert.ok(revision.labels.includes("letter_of_intent_vs_deal"));
});

test("seeds: the 20 bn run-rate beside 13.1 bn of 2025 revenue is explained, not a conflict", async (t) => {
  const result = await reconcileSeeds(t);
  if (!result) return;
  const explained = result.explained.find(
    (e) =>
      e.reason === "run_rate_vs_revenue" &&
      [e.a, e.b].some((f) => f.metric === "revenue_run_rate" && near(f, 2e10)) &&
      [e.a, e.b].some((f) => f.metric === "revenue" && near(f, 1.31e10)),
  );
  assert.ok(explained, "no run-rate vs revenue explanation");
  const involved = new Set([explained.a.id, explained.b.id]);
  assert.ok(!result.conflicts.some((c) => involved.has(c.a.id) && involved.has(c.b.id)));
});

test("seeds: check writes out 26 GW × 50–60 bn/GW vs > 1 tn over the decade, and H2 2025 = 13.1 − 4.3", async (t) => {
  const result = await reconcileSeeds(t);
  if (!result) return;
  const checks = runChecks(result.facts);
  const capacity = checks.find(
    (c) =>
      c.rule === "capacity_cost" &&
      /^26 GW × 50–60 bn \$\/GW = 1\.3–1\.56 tn \$ vs > 1 tn \$/.test(c.arithmetic),
  );
  assert.ok(capacity, `no capacity check among: ${checks.map((c) => c.arithmetic).join(" | ")}`);
  assert.equal(capacity.status, "pass");
  const h2 = checks.find(
    (c) => c.rule === "parts_of_whole" && c.arithmetic.startsWith("13.1 − 4.3 = 8.8 bn $"),
  );
  assert.ok(h2, `no H2 check among: ${checks.map((c) => c.arithmetic).join(" | ")}`);
  assert.match(h2.arithmetic, /H2 2025 implied/);
});
