import assert from "node:assert/strict";
import { join } from "node:path";
import { after, before, test } from "node:test";
import type { Hono } from "hono";
import { projectRoot } from "../../../test/support/paths.js";
import { type LedgerStore, openLedger } from "../../ledger/index.js";
import { ingestPaths } from "../../pipeline.js";
import { createApp } from "../app.js";

/**
 * POST /api/documents/:id/date: `documents set-date` over HTTP. The date is logged with who and
 * why, the document and its unreviewed claims follow it; a bad date, a missing reason or an unknown
 * document is refused with the CLI's words and nothing changes.
 */

let store: LedgerStore;
let app: Hono;
let documentId: string;

before(async () => {
  store = await openLedger({ dataDir: "memory://" });
  await store.migrate();
  const report = await ingestPaths(store, [
    join(projectRoot(), "corpus", "demo", "2025-10-five-year-plan.md"),
  ]);
  assert.equal(report.failed, 0);
  documentId = (await store.listDocuments())[0]!.id;
  app = createApp({ store, log: (text) => assert.fail(`nothing should reach the error log: ${text}`) });
});

after(async () => {
  await store.close();
});

// biome-ignore lint/suspicious/noExplicitAny: response bodies are read field by field in assertions
async function postDate(id: string, body: unknown, status: number): Promise<any> {
  const response = await app.request(`/api/documents/${id}/date`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  assert.equal(response.status, status, text);
  return JSON.parse(text);
}

test("bad dates, missing reasons and unknown documents are refused and change nothing", async () => {
  const before = (await store.getDocument(documentId))!.published;
  const badDate = await postDate(documentId, { published: "2025-13", reason: "r", by: "ana" }, 400);
  assert.match(badDate.error.message, /not a date YYYY, YYYY-MM or YYYY-MM-DD/);
  const noReason = await postDate(documentId, { published: "2025-10-02", by: "ana" }, 400);
  assert.match(noReason.error.message, /reason/);
  const noBy = await postDate(documentId, { published: "2025-10-02", reason: "masthead" }, 400);
  assert.match(noBy.error.message, /name the reviewer/);
  await postDate("no-such-document", { published: "2025-10-02", reason: "r", by: "ana" }, 404);
  assert.equal((await store.getDocument(documentId))!.published, before);
  assert.equal((await store.listDocumentEvents(documentId)).length, 0);
});

test("a date set over HTTP is logged with who and why, and the document follows it", async () => {
  const before = (await store.getDocument(documentId))!.published;
  const { event } = await postDate(
    documentId,
    { published: "2024-03-07", reason: "date on the printed page", by: "ana" },
    200,
  );
  assert.equal(event.actor, "ana");
  assert.equal(event.reason, "date on the printed page");
  assert.equal(event.previous.published, before);
  assert.equal(event.payload.published, "2024-03-07");
  assert.equal((await store.getDocument(documentId))!.published, "2024-03-07");
  const events = await store.listDocumentEvents(documentId);
  assert.deepEqual(
    events.map((e) => [e.actor, e.payload.published]),
    [["ana", "2024-03-07"]],
  );
  const claims = await store.listClaims({ documentId });
  assert.ok(claims.length > 0);
});
