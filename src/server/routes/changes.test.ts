import assert from "node:assert/strict";
import { join } from "node:path";
import { after, before, test } from "node:test";
import type { Hono } from "hono";
import { projectRoot } from "../../../test/support/paths.js";
import { type LedgerStore, openLedger } from "../../ledger/index.js";
import { ingestPaths } from "../../pipeline.js";
import { createApp } from "../app.js";

/** GET /api/changes and asOf= on the reading routes, over the demo reports (dated by their metadata). */

const demo = join(projectRoot(), "corpus", "demo");
let store: LedgerStore;
let app: Hono;

before(async () => {
  store = await openLedger({ dataDir: "memory://" });
  await store.migrate();
  const report = await ingestPaths(store, [
    join(demo, "2025-10-five-year-plan.md"),
    join(demo, "2025-11-altman-revenus.txt"),
    join(demo, "2026-02-compute-reset.html"),
  ]);
  assert.equal(report.failed, 0);
  app = createApp({ store, log: () => undefined });
});

after(async () => {
  await store.close();
});

// biome-ignore lint/suspicious/noExplicitAny: response bodies are read field by field in assertions
const json = async (path: string, status = 200): Promise<any> => {
  const response = await app.request(path);
  assert.equal(response.status, status, path);
  return response.json();
};

test("GET /api/changes?since= lists the revision the February 2026 report brings, with both sources", async () => {
  const report = await json("/api/changes?since=2026-02-01");
  assert.match(report.label, /^since 2026-02-01/);
  const revision = report.ledger.revisions.find(
    (r: { from: { point: number }; to: { point: number } }) => r.from.point === 1.4e12 && r.to.point === 6e11,
  );
  assert.ok(revision, report.ledger.revisions.map((r: { reason: string }) => r.reason).join(" | "));
  assert.ok(revision.to.sources.every((s: { reported: string }) => s.reported.startsWith("2026-02")));
  assert.ok(report.ledger.newClaims.length > 0);
  assert.deepEqual(report.scenarios, []);
  const before = await json("/api/changes?since=2025-01-01&asOf=2025-12-31");
  assert.ok(!before.ledger.revisions.some((r: { to: { point: number } }) => r.to.point === 6e11));
});

test("asOf= on the reading routes shows the ledger as known then", async () => {
  const all = await json("/api/documents");
  const then = await json("/api/documents?asOf=2025-12-31");
  assert.equal(all.documents.length, 3);
  assert.equal(then.documents.length, 2);
  const claimsThen = await json("/api/claims?asOf=2025-12-31");
  assert.ok(claimsThen.claims.every((c: { reported: string }) => c.reported <= "2025-12-31"));
  const timeline = await json("/api/timeline/OpenAI?metric=compute_commitment&asOf=2025-12-31");
  assert.ok(!timeline.revisions.some((r: { to: { point: number } }) => r.to.point === 6e11));
  assert.ok((await json("/api/conflicts?asOf=2025-12-31")).datesUncertain);
  await json("/api/checks?asOf=2025-12-31");
  await json("/api/changes", 400);
  await json("/api/changes?since=2026-02-01&from=x", 400);
  await json("/api/claims?asOf=yesterday", 400);
  await json("/api/changes?from=nothing-here", 404);
});
