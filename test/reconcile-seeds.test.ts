import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { type LedgerStore, openLedger } from "../src/ledger/index.js";
import { ingestPaths } from "../src/pipeline.js";
import { type Fact, type Reconciliation, reconcile, runChecks } from "../src/reconcile/index.js";
import { fixturePath, SEEDS_MISSING, seedsDir } from "./support/paths.js";

/**
 * The "done when" list of the reconcile stage, over the five seed reports: ingested through the whole
 * pipeline (documents → extract → ledger) into an in-memory PGlite ledger, with the publication
 * dates the reports carry. Skips, saying why, when ../shared/seeds is absent.
 */

/** Publication dates of the seeds, as the gold annotation records them (the reports' own dates). */
function seedPublicationDates(): Record<string, string> {
  return JSON.parse(readFileSync(fixturePath("gold", "published.json"), "utf8")) as Record<string, string>;
}

async function ingestSeeds(store: LedgerStore, dir: string): Promise<void> {
  const published = seedPublicationDates();
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".txt"))) {
    const date = published[file];
    await ingestPaths(store, [join(dir, file)], date === undefined ? {} : { published: date });
  }
}

let once: Promise<Reconciliation | string> | null = null;

/** The seeds reconciled once for every test, or why they cannot be. */
async function reconcileSeeds(t: { skip: (message: string) => void }): Promise<Reconciliation | null> {
  once ??= reconcileOnce();
  const outcome = await once;
  if (typeof outcome === "string") {
    t.skip(outcome);
    return null;
  }
  return outcome;
}

async function reconcileOnce(): Promise<Reconciliation | string> {
  const dir = seedsDir();
  if (dir === null) return SEEDS_MISSING;
  const store = await openLedger({ dataDir: "memory://" });
  try {
    await store.migrate();
    await ingestSeeds(store, dir);
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

const near = (fact: Fact, value: number) =>
  fact.point !== null && Math.abs(fact.point - value) <= 0.02 * value;

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
