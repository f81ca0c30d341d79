import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { after, beforeEach, test } from "node:test";
import type { Hono } from "hono";
import { fixturePath, projectRoot } from "../../../test/support/paths.js";
import { type LedgerStore, openLedger } from "../../ledger/index.js";
import { createApp, MAX_BODY_BYTES } from "../app.js";

/**
 * POST /api/import: the CLI's `import` over HTTP, with the same messages. A first snapshot adds a
 * claim per row, the same table again is a no-op, a newer one records revisions; bad rows are a 422
 * naming file:line with nothing stored; a bad mapping, date or body a 400; a body too large a 413.
 */

const FIRST = readFileSync(fixturePath("tables", "ai-companies-2025-09.csv"), "utf8");
const SECOND = readFileSync(fixturePath("tables", "ai-companies-2025-11.csv"), "utf8");
const BAD = readFileSync(fixturePath("tables", "ai-companies-bad-rows.csv"), "utf8");
const MAPPING = readFileSync(join(projectRoot(), "mappings", "epoch-ai-companies.yaml"), "utf8");

let store: LedgerStore;
let app: Hono;

beforeEach(async () => {
  await store?.close();
  store = await openLedger({ dataDir: "memory://" });
  await store.migrate();
  app = createApp({ store, log: (text) => assert.fail(`nothing should reach the error log: ${text}`) });
});

after(async () => {
  await store.close();
});

// biome-ignore lint/suspicious/noExplicitAny: response bodies are read field by field in assertions
async function post(body: unknown, status: number): Promise<any> {
  const response = await app.request("/api/import", {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
  const text = await response.text();
  assert.equal(response.status, status, text);
  return JSON.parse(text);
}

async function documentCount(): Promise<number> {
  return (await store.listDocuments()).length;
}

test("a snapshot is stored once; the same table again changes nothing; a newer one records revisions", async () => {
  const first = await post(
    {
      csv: FIRST,
      file: "ai-companies-2025-09.csv",
      mappingName: "epoch-ai-companies.yaml",
      published: "2025-09-15",
    },
    201,
  );
  assert.deepEqual([first.status, first.rows, first.added, first.revised], ["stored", 11, 11, 0]);
  assert.equal(first.claimIds.length, 11);
  assert.equal((await store.listClaims({})).length, 11);

  const again = await post(
    {
      csv: FIRST,
      file: "ai-companies-2025-09.csv",
      mappingName: "epoch-ai-companies.yaml",
      published: "2025-09-15",
    },
    200,
  );
  assert.deepEqual([again.status, again.documentId], ["present", first.documentId]);
  assert.equal(await documentCount(), 1);

  const second = await post(
    { csv: SECOND, file: "ai-companies-2025-11.csv", mapping: MAPPING, published: "2025-11-20" },
    201,
  );
  assert.equal(second.status, "stored");
  assert.ok(second.revised >= 1, "the newer snapshot revises a figure");
  assert.ok(second.changes.revisions.length >= 1, "the revision shows in what changed");
  assert.equal(await documentCount(), 2);
});

test("bad rows: 422 with one file:line error a bad cell, nothing stored", async () => {
  const body = await post(
    {
      csv: BAD,
      file: "ai-companies-bad-rows.csv",
      mappingName: "epoch-ai-companies.yaml",
      published: "2025-12-01",
    },
    422,
  );
  assert.equal(body.error.code, "unprocessable");
  assert.match(body.error.message, /ai-companies-bad-rows\.csv: 2 bad rows; nothing was imported/);
  const [value, date] = body.error.details.errors;
  assert.match(value, /ai-companies-bad-rows\.csv:7: column 'Value': 'three and a half' is not a number/);
  assert.match(date, /ai-companies-bad-rows\.csv:11: column 'Date': '2025-13-09' is not a real date/);
  assert.equal(await documentCount(), 0);
});

test("a bad mapping, date, body or name is a 400 or 404 with the reason, never a 500", async () => {
  const noUnit = await post({ csv: FIRST, mapping: "title: t\ncolumns: {entity: Name}\n" }, 400);
  assert.match(noUnit.error.message, /^mapping: /);
  const badDate = await post(
    { csv: FIRST, mappingName: "epoch-ai-companies.yaml", published: "2025-13-01" },
    400,
  );
  assert.match(badDate.error.message, /published expects a date YYYY-MM-DD, not '2025-13-01'/);
  const both = await post({ csv: FIRST, mapping: MAPPING, mappingName: "epoch-ai-companies.yaml" }, 400);
  assert.match(both.error.message, /give one of mapping/);
  const folder = await post({ csv: FIRST, file: "../x.csv", mapping: MAPPING }, 400);
  assert.match(folder.error.message, /file: a file name without folders/);
  await post("{not json", 400);
  const unknown = await post({ csv: FIRST, mappingName: "nothing.yaml" }, 404);
  assert.match(unknown.error.message, /no mapping 'nothing\.yaml'/);
  const stale = await post({ csv: FIRST, mapping: MAPPING, published: "2025-09-15" }, 201);
  assert.equal(stale.status, "stored");
  const older = await post({ csv: SECOND, mapping: MAPPING, published: "2025-09-01" }, 400);
  assert.match(older.error.message, /2025-09-01/);
  assert.equal(await documentCount(), 1);
});

test("a table above the body limit is a 413 and stores nothing", async () => {
  const rows = FIRST.split("\n").slice(1).join("\n");
  let csv = FIRST;
  while (csv.length <= MAX_BODY_BYTES) csv += rows;
  const body = await post({ csv, mappingName: "epoch-ai-companies.yaml" }, 413);
  assert.equal(body.error.code, "too_large");
  assert.equal(await documentCount(), 0);
});

test("GET /api/import/mappings lists the shipped mappings", async () => {
  const response = await app.request("/api/import/mappings");
  assert.equal(response.status, 200);
  assert.ok(((await response.json()) as { mappings: string[] }).mappings.includes("epoch-ai-companies.yaml"));
});
