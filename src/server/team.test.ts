import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import type { Hono } from "hono";
import { makeClaim, makeDocument } from "../../test/support/ledger-fixtures.js";
import { documentIdFromHash } from "../core/index.js";
import { claimIdFor, issueToken, type LedgerStore, openLedger } from "../ledger/index.js";
import { createApp } from "./app.js";
import { createLogger } from "./request-log.js";

/** Signed-in team mode, write rate limits, CORS and the request log, in-process over an in-memory ledger. */

const TEXT = "OpenAI a réalisé 13,1 milliards de dollars de revenus en 2025.";
let store: LedgerStore;
let claimIds: string[];
const bearers: Record<string, string> = {};
let revokedBearer: string;
const lines: string[] = [];
let app: Hono;

before(async () => {
  store = await openLedger({ dataDir: "memory://" });
  await store.migrate();
  const document = makeDocument(TEXT);
  const claims = [0, 1, 2].map((n) => makeClaim(TEXT, 0, 6 + n, { entity: `OpenAI ${n}` }));
  await store.insertDocument(document, claims);
  const documentId = documentIdFromHash(document.contentHash);
  claimIds = claims.map((claim) => claimIdFor(documentId, claim));
  await store.addUser("ana", "reviewer");
  await store.addUser("rita", "reader");
  await store.addUser("old", "admin");
  bearers.ana = (await issueToken(store, "ana")).bearer;
  bearers.rita = (await issueToken(store, "rita")).bearer;
  const old = await issueToken(store, "old");
  revokedBearer = old.bearer;
  await store.revokeToken(old.token.id);
  const logger = createLogger("info", { write: (line: string) => void lines.push(line) });
  app = createApp({ store, auth: true, logger, log: (text) => lines.push(text) });
});

after(async () => {
  await store.close();
});

function review(
  target: Hono,
  claimId: string,
  body: Record<string, unknown>,
  headers: Record<string, string> = {},
) {
  return target.request(`/api/claims/${claimId}/review`, {
    method: "POST",
    headers: { "Content-Type": "application/json", ...headers },
    body: JSON.stringify({ action: "accept", reason: "checked against the filing", ...body }),
  });
}

const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

async function codeOf(response: Response): Promise<string> {
  return ((await response.json()) as { error: { code: string } }).error.code;
}

describe("signed-in team mode", () => {
  test("a write without a token is 401; reads stay open", async () => {
    const refused = await review(app, claimIds[0]!, { by: "ana" });
    assert.equal(refused.status, 401);
    assert.equal(await codeOf(refused), "unauthorized");
    const run = await app.request("/api/model/run", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ scenario: "openai-2026-revised.yaml", samples: 10 }),
    });
    assert.equal(run.status, 401);
    assert.equal((await app.request("/api/claims")).status, 200);
    assert.equal((await store.getClaim(claimIds[0]!))?.version, 0);
  });

  test("an unknown, forged, malformed or revoked token is 401", async () => {
    // The secret (base64url) may hold "_": the last 43 characters are it.
    const forged = `${bearers.ana!.slice(0, -43)}${"x".repeat(43)}`;
    assert.notEqual(forged, bearers.ana);
    for (const headers of [
      bearer(revokedBearer),
      bearer(forged),
      bearer("flt_1_short"),
      { Authorization: bearers.ana! },
      { Authorization: `Basic ${bearers.ana}` },
    ]) {
      const response = await review(app, claimIds[0]!, {}, headers);
      assert.equal(response.status, 401, JSON.stringify(Object.keys(headers)));
    }
  });

  test("a reader's token is 403 on a review, and passes the sign-in of a model run", async () => {
    const response = await review(app, claimIds[0]!, {}, bearer(bearers.rita!));
    assert.equal(response.status, 403);
    assert.equal(await codeOf(response), "forbidden");
    assert.equal((await store.getClaim(claimIds[0]!))?.version, 0);
    const run = await app.request("/api/model/run", {
      method: "POST",
      headers: { "Content-Type": "application/json", ...bearer(bearers.rita!) },
      body: JSON.stringify({ scenario: "no-such-scenario.yaml" }),
    });
    assert.equal(run.status, 404, "signed in: the request reaches the route");
  });

  test("a reviewer's token records the review under that user, and no one else may be named", async () => {
    const impersonation = await review(app, claimIds[1]!, { by: "someone else" }, bearer(bearers.ana!));
    assert.equal(impersonation.status, 400);
    const response = await review(app, claimIds[1]!, {}, bearer(bearers.ana!));
    assert.equal(response.status, 200);
    const body = (await response.json()) as { event: { actor: string }; claim: { status: string } };
    assert.equal(body.event.actor, "ana");
    assert.equal(body.claim.status, "accepted");
    const shown = (await (await app.request(`/api/claims/${claimIds[1]}`)).json()) as {
      events: { actor: string; action: string }[];
    };
    assert.deepEqual(
      shown.events.map((e) => [e.action, e.actor]),
      [["accept", "ana"]],
    );
  });

  test("one JSON log line per request, with its request id, and never a token", async () => {
    const sent = await app.request("/api/claims", { headers: { "X-Request-Id": "trace-42" } });
    assert.equal(sent.headers.get("x-request-id"), "trace-42");
    const made = await app.request("/api/claims", { headers: { "X-Request-Id": "bad id\u0001" } });
    assert.match(made.headers.get("x-request-id") ?? "", /^[0-9a-f-]{36}$/);
    const entries = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    const traced = entries.find((entry) => entry.requestId === "trace-42");
    assert.ok(traced, "the given request id is logged");
    assert.equal(traced.method, "GET");
    assert.equal(traced.route, "/api/claims");
    assert.equal(traced.status, 200);
    assert.equal(typeof traced.durationMs, "number");
    const signed = entries.find((entry) => entry.user === "ana" && entry.status === 200);
    assert.ok(signed, "a signed-in write names its user");
    assert.equal(signed.route, "/api/claims/:id/review");
    assert.ok(entries.some((entry) => entry.status === 401));
    const secrets = [...Object.values(bearers), revokedBearer].flatMap((b) => [b, b.slice(-43)]);
    for (const line of lines)
      for (const secret of secrets) assert.ok(!line.includes(secret), `a token reached the log: ${line}`);
  });
});

describe("loopback single-user mode", () => {
  test("reviews need no token but name their reviewer", async () => {
    const open = createApp({ store });
    const named = await review(open, claimIds[2]!, { by: "tester" });
    assert.equal(named.status, 200);
    assert.equal(((await named.json()) as { event: { actor: string } }).event.actor, "tester");
    const anonymous = await review(open, claimIds[2]!, { action: "reject" });
    assert.equal(anonymous.status, 400);
  });

  test("writes beyond the rate are 429 with Retry-After, and allowed again once the bucket refills", async () => {
    let clock = 1_000_000;
    const limited = createApp({ store, writeRate: { burst: 2, perMinute: 2, now: () => clock } });
    const write = () => review(limited, "no-such-claim", { by: "tester" });
    assert.equal((await write()).status, 404);
    assert.equal((await write()).status, 404);
    const refused = await write();
    assert.equal(refused.status, 429);
    assert.equal(await codeOf(refused), "rate_limited");
    assert.equal(refused.headers.get("retry-after"), "30");
    assert.equal((await limited.request("/api/claims")).status, 200, "reads are not limited");
    clock += 30_000;
    assert.equal((await write()).status, 404);
  });

  test("CORS is closed by default and opens only to the origins allowed", async () => {
    const preflight = (target: Hono, origin: string) =>
      target.request("/api/claims", {
        method: "OPTIONS",
        headers: { Origin: origin, "Access-Control-Request-Method": "POST" },
      });
    const closed = await preflight(createApp({ store }), "https://ok.example");
    assert.equal(closed.headers.get("access-control-allow-origin"), null);
    const configured = createApp({ store, corsOrigins: ["https://ok.example"] });
    assert.equal(
      (await preflight(configured, "https://ok.example")).headers.get("access-control-allow-origin"),
      "https://ok.example",
    );
    assert.equal(
      (await preflight(configured, "https://evil.example")).headers.get("access-control-allow-origin"),
      null,
    );
  });

  test("the ledger port answers only with its key", async () => {
    const served = createApp({ store, ledgerKey: "k".repeat(32) });
    const call = (key: string, method = "listUsers") =>
      served.request(`/internal/ledger/${method}`, {
        method: "POST",
        headers: { "Content-Type": "application/json", "X-Ledger-Key": key },
        body: "[]",
      });
    assert.equal((await call("")).status, 401);
    assert.equal((await call("k".repeat(31))).status, 401);
    assert.equal((await call("k".repeat(32), "close")).status, 404);
    const users = (await (await call("k".repeat(32))).json()) as { value: { name: string }[] };
    assert.deepEqual(
      users.value.map((u) => u.name),
      ["ana", "old", "rita"],
    );
    assert.equal(
      (await createApp({ store }).request("/internal/ledger/listUsers", { method: "POST" })).status,
      404,
    );
  });
});
