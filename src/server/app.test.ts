import assert from "node:assert/strict";
import { join } from "node:path";
import { after, before, test } from "node:test";
import type { Hono } from "hono";
import { projectRoot } from "../../test/support/paths.js";
import { type LedgerStore, openLedger } from "../ledger/index.js";
import { ingestPaths } from "../pipeline.js";
import { createApp } from "./app.js";
import { startServer } from "./index.js";

/** The HTTP API in-process (app.request) over an in-memory ledger holding the demo corpus; one real socket. */

const demo = join(projectRoot(), "corpus", "demo");
let store: LedgerStore;
let app: Hono;
const logged: string[] = [];

before(async () => {
  store = await openLedger({ dataDir: "memory://" });
  await store.migrate();
  const report = await ingestPaths(store, [
    join(demo, "2025-10-five-year-plan.md"),
    join(demo, "2025-11-altman-revenus.txt"),
    join(demo, "2026-02-compute-reset.html"),
  ]);
  assert.equal(report.failed, 0);
  app = createApp({ store, log: (text) => logged.push(text) });
});

after(async () => {
  await store.close();
});

const get = (path: string, headers: Record<string, string> = {}) => app.request(path, { headers });

function post(path: string, body: unknown, type = "application/json") {
  return app.request(path, {
    method: "POST",
    headers: { "Content-Type": type },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
}

async function errorOf(response: Response): Promise<{ code: string; message: string }> {
  const body = (await response.json()) as { error: { code: string; message: string } };
  assert.equal(typeof body.error.message, "string");
  return body.error;
}

async function someClaimId(): Promise<string> {
  const claims = await store.listClaims();
  const claim = claims.find((c) => c.status === "unreviewed");
  assert.ok(claim, "an unreviewed claim");
  return claim.id;
}

test("GET /api/documents lists the ingested documents as JSON", async () => {
  const response = await get("/api/documents");
  assert.equal(response.status, 200);
  assert.match(response.headers.get("content-type") ?? "", /^application\/json/);
  assert.equal(response.headers.get("content-security-policy"), "default-src 'none'; frame-ancestors 'none'");
  const { documents } = (await response.json()) as { documents: { id: string; claimCount: number }[] };
  assert.equal(documents.length, 3);
  assert.ok(documents.every((d) => d.claimCount > 0));
});

test("GET /api/documents/:id returns the analysed text, furniture and claims whose spans point into it", async () => {
  const [first] = await store.listDocuments();
  const response = await get(`/api/documents/${first!.id}`);
  assert.equal(response.status, 200);
  const body = (await response.json()) as {
    document: { id: string; text: string; furniture: unknown[] };
    claims: { span: { start: number; end: number }; quote: string; valueText: string }[];
  };
  assert.equal(body.document.id, first!.id);
  assert.ok(body.document.text.length > 100);
  assert.ok(Array.isArray(body.document.furniture));
  assert.equal(body.claims.length, first!.claimCount);
  for (const claim of body.claims) {
    assert.equal(body.document.text.slice(claim.span.start, claim.span.end), claim.quote);
    assert.ok(claim.valueText.length > 0);
  }
});

test("unknown documents, claims and routes are 404 with an error body", async () => {
  for (const path of [
    "/api/documents/nope",
    "/api/claims/nope",
    "/api/nothing-here",
    "/api/charts/pie?entity=x",
  ]) {
    const response = await get(path);
    assert.equal(response.status, 404, path);
    assert.equal((await errorOf(response)).code, "not_found", path);
  }
  const review = await post("/api/claims/nope/review", { action: "accept", reason: "r", by: "t" });
  assert.equal(review.status, 404);
});

test("GET /api/claims filters by entity, metric and date; bad filters are 400", async () => {
  const response = await get("/api/claims?entity=openai&metric=revenue");
  assert.equal(response.status, 200);
  const { claims } = (await response.json()) as { claims: { entity: string; metric: string }[] };
  assert.ok(claims.length > 0);
  assert.ok(claims.every((c) => c.entity === "OpenAI" && c.metric === "revenue"));
  const late = (await (await get("/api/claims?since=2030-01-01")).json()) as { claims: unknown[] };
  assert.deepEqual(late.claims, []);
  for (const query of ["metric=nonsense", "since=yesterday", "colour=blue"]) {
    const bad = await get(`/api/claims?${query}`);
    assert.equal(bad.status, 400, query);
    assert.equal((await errorOf(bad)).code, "invalid_input");
  }
});

test("GET /api/claims/:id explains the claim: sentence with the span marked, rules, review history", async () => {
  const id = await someClaimId();
  const response = await get(`/api/claims/${id}`);
  assert.equal(response.status, 200);
  const body = (await response.json()) as {
    claim: { id: string; quote: string };
    sentence: string;
    rules: Record<string, string[]>;
    events: unknown[];
  };
  assert.equal(body.claim.id, id);
  assert.ok(body.sentence.includes(`⟦${body.claim.quote}⟧`));
  assert.ok(Object.keys(body.rules).length > 0);
  assert.deepEqual(body.events, []);
});

test("POST review accept records the event and bumps the claim's version", async () => {
  const id = await someClaimId();
  const before = (await store.getClaim(id))!;
  const response = await post(`/api/claims/${id}/review`, {
    action: "accept",
    reason: "checked against the source",
    by: "tester",
  });
  assert.equal(response.status, 200);
  const body = (await response.json()) as {
    event: { action: string; actor: string; version: number };
    claim: { status: string; version: number };
  };
  assert.equal(body.event.action, "accept");
  assert.equal(body.event.actor, "tester");
  assert.equal(body.claim.status, "accepted");
  assert.equal(body.claim.version, before.version + 1);
  const shown = (await (await get(`/api/claims/${id}`)).json()) as { events: { reason: string }[] };
  assert.deepEqual(
    shown.events.map((e) => e.reason),
    ["checked against the source"],
  );
});

test("two reviews racing on the same version: one succeeds, the other is 409", async () => {
  const id = await someClaimId();
  const version = (await store.getClaim(id))!.version;
  const review = (action: string) =>
    post(`/api/claims/${id}/review`, { action, reason: "race", by: action, expectVersion: version });
  const responses = await Promise.all([review("accept"), review("reject")]);
  assert.deepEqual(responses.map((r) => r.status).sort(), [200, 409]);
  const loser = responses.find((r) => r.status === 409)!;
  assert.equal((await errorOf(loser)).code, "conflict");
  const stale = await review("accept");
  assert.equal(stale.status, 409);
  assert.equal((await store.getClaim(id))!.version, version + 1);
});

test("bad review bodies are 400 and record nothing", async () => {
  const id = await someClaimId();
  const bodies: [unknown, string?][] = [
    [{ action: "accept", by: "t" }],
    [{ action: "accept", reason: "   ", by: "t" }],
    [{ action: "approve", reason: "r", by: "t" }],
    [{ action: "accept", reason: "r", by: "t", extra: true }],
    [{ action: "accept", reason: "r", by: "t", expectVersion: -1 }],
    [{ action: "correct", reason: "r", by: "t" }],
    [{ action: "correct", reason: "r", by: "t", set: { colour: "blue" } }],
    [{ action: "link-revision", reason: "r", by: "t" }],
    ["{not json"],
    [[1, 2]],
    [JSON.stringify({ action: "accept", reason: "r", by: "t" }), "text/plain"],
  ];
  for (const [body, type] of bodies) {
    const response = await post(`/api/claims/${id}/review`, body, type);
    assert.equal(response.status, 400, JSON.stringify(body));
    assert.equal((await errorOf(response)).code, "invalid_input", JSON.stringify(body));
  }
  assert.deepEqual(await store.listReviewEvents(id), []);
});

test("the dashboard app's files come only from its build: traversal attempts are 404; / leads to the app", async () => {
  // The first viewer's pages are retired: its addresses redirect to the app's pages.
  const root = await get("/");
  assert.equal(root.status, 302);
  assert.equal(root.headers.get("location"), "/app/");
  assert.equal((await get("/assets/graph.html")).headers.get("location"), "/app/?page=graph");
  const page = await get("/app/");
  assert.equal(page.status, 200);
  assert.match(page.headers.get("content-type") ?? "", /^text\/html/);
  const csp = page.headers.get("content-security-policy") ?? "";
  assert.match(csp, /default-src 'none'/);
  assert.match(csp, /script-src 'self'/);
  assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/);
  const script = /src="\/app\/assets\/([^"]+\.js)"/.exec(await page.text())?.[1];
  assert.ok(script, "the page loads its built script");
  assert.equal(
    (await get(`/app/assets/${script}`)).headers.get("content-type"),
    "text/javascript; charset=utf-8",
  );
  const attempts = [
    "/app/assets/..%2F..%2F..%2Fpackage.json",
    "/app/assets/..%2Findex.html",
    "/app/assets/%2e%2e%2f%2e%2e%2fpackage.json",
    "/app/assets/..%5C..%5Cpackage.json",
    "/app/assets/../../package.json",
    "/%2e%2e/%2e%2e/package.json",
    "/app/assets/.hidden.js",
    "/app/assets/main.ts",
    "/assets/app.js",
    "/package.json",
    "/src/server/app.ts",
  ];
  for (const path of attempts) {
    const response = await get(path);
    assert.equal(response.status, 404, path);
  }
  const scenario = await post("/api/model/run", { scenario: "../package.json" });
  assert.equal(scenario.status, 400);
  const outside = await post("/api/model/run", { scenario: "../../package.yaml" });
  assert.notEqual(outside.status, 200);
});

test("a request for another host name is refused (DNS rebinding)", async () => {
  const response = await get("/api/documents", { Host: "attacker.example" });
  assert.equal(response.status, 403);
  assert.equal((await get("/api/documents", { Host: "127.0.0.1:4173" })).status, 200);
});

test("timeline, conflicts and checks come from the reconciled ledger", async () => {
  const timeline = await get("/api/timeline/openai?metric=revenue");
  assert.equal(timeline.status, 200);
  const body = (await timeline.json()) as { series: { entity: string; metric: string; facts: unknown[] }[] };
  assert.ok(body.series.length > 0);
  assert.ok(body.series.every((s) => s.entity === "OpenAI" && s.metric === "revenue"));
  assert.equal((await get("/api/timeline/Nobody")).status, 404);
  assert.equal((await get("/api/timeline/OpenAI?metric=nonsense")).status, 400);
  const conflicts = (await (await get("/api/conflicts")).json()) as {
    conflicts: unknown[];
    explained: unknown[];
  };
  assert.ok(Array.isArray(conflicts.conflicts) && Array.isArray(conflicts.explained));
  const checks = (await (await get("/api/checks")).json()) as { checks: { status: string }[] };
  assert.ok(checks.checks.every((c) => ["pass", "warn", "fail"].includes(c.status)));
  assert.equal((await get("/api/checks?rule=nonsense")).status, 400);
});

test("GET /api/charts/timeline draws the timeline as SVG", async () => {
  const response = await get("/api/charts/timeline?entity=OpenAI&metric=revenue");
  assert.equal(response.status, 200);
  assert.equal(response.headers.get("content-type"), "image/svg+xml; charset=utf-8");
  const svg = await response.text();
  assert.match(svg, /^<svg/);
  assert.doesNotMatch(svg, /<script/i);
  assert.equal((await get("/api/charts/timeline?entity=OpenAI")).status, 400);
  assert.equal((await get("/api/charts/timeline?entity=Nobody&metric=revenue")).status, 404);
});

test("POST /api/model/run runs a shipped scenario with capped samples", async () => {
  const response = await post("/api/model/run", {
    scenario: "openai-2026-revised.yaml",
    samples: 2000,
    seed: 7,
  });
  assert.equal(response.status, 200, await response.clone().text());
  const body = (await response.json()) as {
    samples: number;
    seed: number;
    outputs: { periods: { p50: number }[] }[];
    events: { probability: number }[];
    backtest: { rows: { status: string; quote: string }[] } | null;
  };
  assert.equal(body.samples, 2000);
  assert.ok(body.backtest && body.backtest.rows.length > 0, "the scenario's backtest against the ledger");
  for (const row of body.backtest.rows) {
    assert.ok(["inside", "outside", "excepted"].includes(row.status));
    assert.ok(row.quote.length > 0);
  }
  assert.equal(body.seed, 7);
  assert.ok(body.outputs.length > 0 && body.outputs[0]!.periods.length > 0);
  assert.ok(body.events.every((e) => e.probability >= 0 && e.probability <= 1));
  const tooMany = await post("/api/model/run", { scenario: "openai-2026-revised.yaml", samples: 10_000_000 });
  assert.equal(tooMany.status, 400);
  const broken = await post("/api/model/run", { scenario: "name: x\nperiods: {start: 2030, end: 2020}\n" });
  assert.equal(broken.status, 400);
  assert.equal((await post("/api/model/run", { scenario: "missing.yaml" })).status, 404);
  assert.equal((await post("/api/model/run", { samples: 10 })).status, 400);
});

test("the server answers over a real socket on loopback", async () => {
  const server = await startServer({ store, port: 0, log: (text) => logged.push(text) });
  try {
    assert.match(server.url, /^http:\/\/127\.0\.0\.1:\d+$/);
    const response = await fetch(`${server.url}/api/documents`);
    assert.equal(response.status, 200);
    const { documents } = (await response.json()) as { documents: unknown[] };
    assert.equal(documents.length, 3);
  } finally {
    await server.close();
  }
  assert.deepEqual(logged, []);
});

test("GET /healthz answers; GET /readyz says the ledger is reachable and current, whatever the Host", async () => {
  const live = await app.request("/healthz", { headers: { Host: "10.0.0.7:4317" } });
  assert.equal(live.status, 200);
  assert.deepEqual(await live.json(), { status: "ok" });
  const ready = await app.request("/readyz", { headers: { Host: "10.0.0.7:4317" } });
  assert.equal(ready.status, 200);
  assert.deepEqual(await ready.json(), { status: "ready", ledger: "pglite" });
});

test("GET /readyz is 503 naming the migrations a ledger lacks, then 200 once migrated", async () => {
  const fresh = await openLedger({ dataDir: "memory://" });
  try {
    const freshApp = createApp({ store: fresh, log: () => undefined });
    const before = await freshApp.request("/readyz");
    assert.equal(before.status, 503);
    const body = (await before.json()) as { error: { code: string; message: string } };
    assert.equal(body.error.code, "unavailable");
    assert.match(body.error.message, /001_init.*004_jobs/);
    await fresh.migrate();
    assert.equal((await freshApp.request("/readyz")).status, 200);
  } finally {
    await fresh.close();
  }
});
