import assert from "node:assert/strict";
import { join } from "node:path";
import { after, before, test } from "node:test";
import type { Hono } from "hono";
import { projectRoot } from "../../../test/support/paths.js";
import { type LedgerStore, openLedger } from "../../ledger/index.js";
import { ingestPaths } from "../../pipeline.js";
import { csvField } from "../../report/claim-export.js";
import { createApp } from "../app.js";

/** The dashboard's claims routes over the demo reports: search rows, refusals, exports, bulk accept. */

let store: LedgerStore;
let app: Hono;

before(async () => {
  store = await openLedger({ dataDir: "memory://" });
  await store.migrate();
  const report = await ingestPaths(store, [join(projectRoot(), "corpus", "demo")]);
  assert.equal(report.failed, 0);
  app = createApp({ store, log: () => undefined });
});

after(async () => {
  await store.close();
});

// biome-ignore lint/suspicious/noExplicitAny: response bodies are read field by field in assertions
const body = (response: Response): Promise<any> => response.json();

const post = (path: string, body: unknown) =>
  app.request(path, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(body),
  });

test("a search row carries the sentence split around the span, the document title and the low mark", async () => {
  const response = await app.request("/api/claim-search?metric=revenue&limit=500");
  assert.equal(response.status, 200);
  const { claims } = await body(response);
  const revenue = await store.listClaims({ metric: "revenue" });
  assert.equal(claims.length, revenue.length);
  for (const row of claims) {
    const document = (await store.getDocument(row.documentId))!;
    assert.equal(row.source.span, document.text.slice(row.span.start, row.span.end));
    assert.ok(document.text.includes(`${row.source.before}${row.source.span}${row.source.after}`));
    assert.equal(row.documentTitle, document.title);
    assert.equal(row.lowConfidence, row.confidence !== undefined && row.confidence < 0.5);
  }
});

test("bad filters are refused with the field named", async () => {
  for (const [query, field] of [
    ["metric=revenues", "metric"],
    ["period=2025-1", "period"],
    ["sort=value", "sort"],
    ["confidence=medium", "confidence"],
    ["colour=red", "colour"],
  ]) {
    const response = await app.request(`/api/claim-search?${query}`);
    assert.equal(response.status, 400, query);
    assert.match((await body(response)).error.message, new RegExp(field!), query);
  }
});

test("exports hold every matching claim; CSV cells that a spreadsheet would run are defused", async () => {
  const csv = await (await app.request("/api/claim-search/export?format=csv&metric=revenue")).text();
  const revenue = await store.listClaims({ metric: "revenue" });
  assert.equal(csv.trim().split("\r\n").length, revenue.length + 1);
  const jsonl = await (await app.request("/api/claim-search/export?format=jsonl")).text();
  assert.equal(jsonl.trim().split("\n").length, (await store.listClaims()).length);
  assert.equal(csvField("=HYPERLINK(1)"), "'=HYPERLINK(1)");
  assert.equal(csvField('a "b", c'), '"a ""b"", c"');
  assert.equal(csvField(-3), "-3");
});

test("bulk accept accepts once: an accepted claim stays at its version, an unknown one is reported", async () => {
  const [a, b] = await store.listClaims({ metric: "revenue" });
  const request = { ids: [a!.id, b!.id, "nosuchclaim"], reason: "matches the filing", by: "tester" };
  const first = await body(await post("/api/claim-search/accept", request));
  assert.deepEqual(first.accepted, [a!.id, b!.id]);
  assert.equal(first.failed.length, 1);
  const again = await body(await post("/api/claim-search/accept", request));
  assert.deepEqual(again.accepted, []);
  assert.deepEqual(again.unchanged, [a!.id, b!.id]);
  assert.equal((await store.getClaim(a!.id))!.version, 1);
  const refused = await post("/api/claim-search/accept", { ids: [], reason: "", by: "x" });
  assert.equal(refused.status, 400);
});

test("a page's source sentences come from one read of its documents, and known documents are not read again", async () => {
  const reads: string[][] = [];
  const counted: LedgerStore = {
    ...store,
    getDocumentTexts: (ids) => {
      reads.push([...ids]);
      return store.getDocumentTexts(ids);
    },
  };
  const countedApp = createApp({ store: counted, log: () => undefined });
  const first = await body(await countedApp.request("/api/claim-search?limit=500"));
  const documents = new Set(first.claims.map((row: { documentId: string }) => row.documentId));
  assert.ok(documents.size > 1, "the demo claims come from several documents");
  assert.deepEqual(reads.length, 1);
  assert.deepEqual(new Set(reads[0]), documents);
  assert.ok(first.claims.every((row: { source: unknown }) => row.source !== null));
  await countedApp.request("/api/claim-search?limit=500&sort=entity");
  assert.equal(reads.length, 1, "every document of the second page was already known");
});
