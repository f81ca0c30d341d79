import assert from "node:assert/strict";
import { join } from "node:path";
import { after, before, test } from "node:test";
import type { Hono } from "hono";
import { projectRoot } from "../../../test/support/paths.js";
import { type LedgerStore, openLedger, type StoredClaim } from "../../ledger/index.js";
import { ingestPaths } from "../../pipeline.js";
import { createApp } from "../app.js";

/**
 * `asOf` on every reading route of the API, over the demo reports: a ledger holding all six, read
 * as of 2025-12-31, answers exactly like a ledger that never received the two reports of February
 * 2026, and differently from itself read now. A rejection recorded today is not part of what was
 * known then. A date that is not one is a 400 naming the field.
 */

const CUTOFF = "2025-12-31";
const DEMO = join(projectRoot(), "corpus", "demo");
const EARLY_FILES = [
  "2024-02-openai-growth.txt",
  "2025-10-contrats-geants.html",
  "2025-10-five-year-plan.md",
  "2025-11-altman-revenus.txt",
];
const LATER_FILE = "2026-02-compute-reset.html";

let whole: LedgerStore;
let early: LedgerStore;
let wholeApp: Hono;
let earlyApp: Hono;
let rejected: StoredClaim;
let later: StoredClaim;

const appFor = (store: LedgerStore) =>
  createApp({
    store,
    scenariosDir: join(projectRoot(), "scenarios"),
    log: (text) => assert.fail(`nothing should reach the error log: ${text}`),
  });

before(async () => {
  whole = await openLedger({ dataDir: "memory://" });
  early = await openLedger({ dataDir: "memory://" });
  await Promise.all([whole.migrate(), early.migrate()]);
  assert.equal((await ingestPaths(whole, [DEMO])).failed, 0);
  assert.equal(
    (
      await ingestPaths(
        early,
        EARLY_FILES.map((file) => join(DEMO, file)),
      )
    ).failed,
    0,
  );
  const claims = await whole.listClaims();
  const laterDocument = (await whole.listDocuments()).find((d) => d.source === LATER_FILE)!;
  later = claims.find((c) => c.documentId === laterDocument.id)!;
  rejected = claims.find((c) => c.entity === "OpenAI" && c.metric === "revenue" && c.reported! < CUTOFF)!;
  await whole.appendReviewEvent(
    { claimId: rejected.id, action: "reject", actor: "tester", reason: "checked today", payload: {} },
    rejected.version,
  );
  wholeApp = appFor(whole);
  earlyApp = appFor(early);
});

after(async () => {
  await Promise.all([whole.close(), early.close()]);
});

/** A body without what differs between two ledgers by construction (when each was written, the date asked). */
async function comparable(response: Response, what: string): Promise<unknown> {
  assert.equal(response.status, 200, `${what}: ${await response.clone().text()}`);
  const text = await response.text();
  const type = response.headers.get("content-type") ?? "";
  const parse = (json: string) =>
    JSON.parse(json, (key, value) => (key === "ingestedAt" ? undefined : value));
  if (type.includes("ndjson")) return text.split("\n").filter(Boolean).map(parse);
  if (!type.includes("json")) return text;
  // The deal graph says which date it was drawn for.
  const { asOf: _shown, ...body } = parse(text);
  return body;
}

const withAsOf = (path: string, asOf: string) => `${path}${path.includes("?") ? "&" : "?"}asOf=${asOf}`;

const post = (app: Hono, path: string, body: unknown) =>
  app.request(path, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(body),
  });

const READINGS = () => [
  "/api/claims",
  "/api/claim-search?limit=500",
  "/api/claim-search?limit=500&sort=reported-desc&status=rejected",
  "/api/claim-search?q=openai&metric=revenue&limit=500",
  "/api/claim-search?sort=entity&limit=500&language=fr",
  "/api/claim-search?sort=confidence&confidence=high&period=2025&limit=500",
  "/api/claim-search/export?format=jsonl",
  `/api/claims/${rejected.id}`,
  `/api/documents/${rejected.documentId}`,
  "/api/documents",
  "/api/timeline/OpenAI",
  "/api/conflicts",
  "/api/checks",
  "/api/dashboard/timelines",
  "/api/dashboard/revisions",
  "/api/dashboard/timeline-spec?entity=OpenAI&metric=revenue",
  "/api/charts/timeline?entity=OpenAI&metric=revenue",
  "/api/graph",
];

test(`every reading route with asOf=${CUTOFF}: what was known then, as a ledger without the later reports says it`, async () => {
  for (const path of READINGS()) {
    const then = await comparable(await wholeApp.request(withAsOf(path, CUTOFF)), `${path} as of`);
    const never = await comparable(await earlyApp.request(path), `${path} on the early ledger`);
    assert.deepEqual(then, never, path);
    const now = await comparable(await wholeApp.request(path), `${path} now`);
    assert.notDeepEqual(now, then, `${path}: the ledger read now answers differently`);
  }
});

test("model run, backtest and sensitivity with asOf bind to what was known then", async () => {
  const run = { scenario: "openai-2026-revised.yaml", samples: 2000, seed: 7 };
  const tornado = { scenario: "openai-2026-revised.yaml", target: "funding_gap", samples: 500, seed: 7 };
  for (const [path, body] of [
    ["/api/model/run", run],
    ["/api/model/sensitivity", tornado],
  ] as const) {
    const then = await comparable(await post(wholeApp, path, { ...body, asOf: CUTOFF }), `${path} as of`);
    const never = await comparable(await post(earlyApp, path, body), `${path} on the early ledger`);
    assert.deepEqual(then, never, path);
    const now = await comparable(await post(wholeApp, path, body), `${path} now`);
    assert.notDeepEqual(now, then, `${path}: the ledger read now answers differently`);
  }
});

test("a claim or document the ledger did not hold then is not found as of that date", async () => {
  for (const path of [`/api/claims/${later.id}`, `/api/documents/${later.documentId}`]) {
    assert.equal((await wholeApp.request(path)).status, 200, path);
    const response = await wholeApp.request(withAsOf(path, CUTOFF));
    assert.equal(response.status, 404, path);
    assert.match(
      ((await response.json()) as { error: { message: string } }).error.message,
      /as of 2025-12-31/,
    );
  }
});

test("a claim-search walked page by page as of a date gives its whole listing once", async () => {
  const all = (await (await wholeApp.request(`/api/claim-search?limit=500&asOf=${CUTOFF}`)).json()) as {
    claims: { id: string }[];
  };
  for (const sort of ["reported", "reported-desc", "confidence", "entity"]) {
    const walked: string[] = [];
    let after: string | null = null;
    for (let pages = 0; pages < 100; pages++) {
      const query = `/api/claim-search?limit=4&sort=${sort}&asOf=${CUTOFF}${after ? `&after=${after}` : ""}`;
      const page = (await (await wholeApp.request(query)).json()) as {
        claims: { id: string }[];
        next: string | null;
      };
      walked.push(...page.claims.map((c) => c.id));
      after = page.next;
      if (after === null) break;
    }
    assert.deepEqual([...walked].sort(), all.claims.map((c) => c.id).sort(), sort);
    assert.equal(new Set(walked).size, walked.length, `${sort}: each claim once`);
  }
});

test("a date that is not one is refused with the field named, on every route", async () => {
  for (const bad of ["2025-13-01", "2025-12-32", "yesterday", "2025-1"]) {
    for (const path of READINGS()) {
      const response = await wholeApp.request(withAsOf(path, encodeURIComponent(bad)));
      assert.equal(response.status, 400, `${path} asOf=${bad}`);
      const { error } = (await response.json()) as { error: { message: string } };
      assert.match(error.message, /asOf: expected a date YYYY-MM-DD/, path);
    }
    for (const path of ["/api/model/run", "/api/model/sensitivity"]) {
      const body = { scenario: "openai-2026-revised.yaml", target: "funding_gap", asOf: bad };
      const response = await post(
        wholeApp,
        path,
        path.endsWith("run") ? { ...body, target: undefined } : body,
      );
      assert.equal(response.status, 400, `${path} asOf=${bad}`);
      const { error } = (await response.json()) as { error: { message: string } };
      assert.match(error.message, /asOf: expected a date YYYY-MM-DD/, path);
    }
  }
});
