import assert from "node:assert/strict";
import { join } from "node:path";
import { after, before, test } from "node:test";
import type { Hono } from "hono";
import { projectRoot } from "../../test/support/paths.js";
import { type LedgerStore, MAX_PAGE_SIZE, openLedger } from "../ledger/index.js";
import { ingestPaths } from "../pipeline.js";
import { createApp } from "./app.js";

/** Every list endpoint pages with ?limit=&after=; bad paging is a 400; a gone client's work stops. */

let store: LedgerStore;
let app: Hono;
let calls = 0;

before(async () => {
  store = await openLedger({ dataDir: "memory://" });
  await store.migrate();
  const report = await ingestPaths(store, [join(projectRoot(), "corpus", "demo")]);
  assert.equal(report.failed, 0);
  const counted: LedgerStore = {
    ...store,
    pageClaims: (filter, page) => {
      calls++;
      return store.pageClaims(filter, page);
    },
  };
  app = createApp({ store: counted, log: () => undefined });
});

after(async () => {
  await store.close();
});

async function walk(
  path: string,
  keys: string[],
  limit: number,
): Promise<{ items: unknown[]; pages: number }> {
  const items: unknown[] = [];
  let next: string | null = null;
  let pages = 0;
  do {
    const separator = path.includes("?") ? "&" : "?";
    const response = await app.request(
      `${path}${separator}limit=${limit}${next ? `&after=${encodeURIComponent(next)}` : ""}`,
    );
    assert.equal(response.status, 200, path);
    const body = (await response.json()) as Record<string, unknown[]> & { next: string | null };
    const page = keys.flatMap((key) => body[key] ?? []);
    assert.ok(page.length <= limit, `${path}: ${page.length} items in a page of ${limit}`);
    items.push(...page);
    next = body.next;
    pages++;
  } while (next !== null && pages < 1000);
  return { items, pages };
}

test("claims, documents, conflicts and checks come in pages that add up to the whole list", async () => {
  const claims = await store.listClaims({ includeRejected: true });
  const walked = await walk("/api/claims?includeRejected=true", ["claims"], 7);
  assert.deepEqual(
    walked.items.map((c) => (c as { id: string }).id),
    claims.map((c) => c.id),
  );
  assert.ok(walked.pages > 1);
  const documents = await walk("/api/documents", ["documents"], 2);
  assert.equal(documents.items.length, (await store.listDocuments()).length);
  const whole = (await (await app.request("/api/conflicts?limit=500")).json()) as {
    conflicts: unknown[];
    explained: unknown[];
  };
  const conflicts = await walk("/api/conflicts", ["conflicts", "explained"], 3);
  assert.deepEqual(conflicts.items, [...whole.conflicts, ...whole.explained]);
  const checks = await walk("/api/checks", ["checks"], 2);
  assert.ok(checks.items.length > 0);
});

test("a page holds 100 items unless asked otherwise, and never more than the bound", async () => {
  const body = (await (await app.request("/api/claims")).json()) as {
    claims: unknown[];
    next: string | null;
  };
  assert.ok(body.claims.length <= 100);
  for (const query of [`limit=${MAX_PAGE_SIZE + 1}`, "limit=0", "limit=-3", "limit=abc", "limit=1e3"]) {
    const response = await app.request(`/api/claims?${query}`);
    assert.equal(response.status, 400, query);
    const error = ((await response.json()) as { error: { code: string; message: string } }).error;
    assert.equal(error.code, "invalid_input");
    assert.match(error.message, /limit/);
  }
});

test("a cursor that is not a page's next is a 400 naming the cursor, on every list", async () => {
  for (const path of ["/api/claims", "/api/documents", "/api/conflicts", "/api/checks"]) {
    for (const cursor of ["garbage!", "WyJ4Il0", "e30", "..%2F..%2Fetc"]) {
      const response = await app.request(`${path}?after=${cursor}`);
      assert.equal(response.status, 400, `${path}?after=${cursor}`);
      const error = ((await response.json()) as { error: { message: string } }).error;
      assert.match(error.message, /invalid page cursor/);
    }
  }
});

test("a request whose client has gone does no ledger work", async () => {
  const before = calls;
  const gone = new AbortController();
  gone.abort();
  const response = await app.request(new Request("http://localhost/api/claims", { signal: gone.signal }));
  assert.equal(response.status, 499);
  assert.equal(calls, before, "the claims query did not run");
  await app.request("/api/claims?limit=1");
  assert.equal(calls, before + 1);
});

test("a page's body is built once until the ledger's next write, then shows the write", async () => {
  const build = async () => {
    const response = await app.request("/api/claims?limit=5");
    assert.equal(response.status, 200);
    assert.match(response.headers.get("content-type") ?? "", /^application\/json/);
    return (await response.json()) as { claims: Array<{ id: string; status: string; valueText: string }> };
  };
  const first = await build();
  assert.deepEqual(await build(), first);
  const claim = first.claims[0]!;
  assert.equal(typeof claim.valueText, "string");
  const review = await app.request(`/api/claims/${claim.id}/review`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ action: "reject", by: "tester", reason: "a test of the page cache" }),
  });
  assert.equal(review.status, 200, await review.clone().text());
  const after = await app.request("/api/claims?limit=5&includeRejected=true");
  const listed = ((await after.json()) as typeof first).claims.find((c) => c.id === claim.id);
  assert.equal(listed?.status, "rejected");
  const visible = await build();
  assert.ok(!visible.claims.some((c) => c.id === claim.id), "a rejected claim leaves the default listing");
});
