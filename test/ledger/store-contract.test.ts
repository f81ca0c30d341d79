import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import { after, before, describe, test } from "node:test";
import pg from "pg";
import { type Claim, documentIdFromHash, isFrontierError } from "../../src/core/index.js";
import {
  CLAIM_SORTS,
  type ClaimSearch,
  claimIdFor,
  issueToken,
  type LedgerStore,
  openLedger,
  openRemoteLedger,
  type Page,
  type StoredClaim,
  verifyBearer,
} from "../../src/ledger/index.js";
import { MIGRATIONS } from "../../src/ledger/migrations/index.js";
import { startServer } from "../../src/server/index.js";
import { makeClaim, makeDocument } from "../support/ledger-fixtures.js";

/**
 * One contract, every backend: PGlite in memory always; PostgreSQL when TEST_DATABASE_URL names a
 * server (each run in a schema it creates and drops). On CI the server is required.
 */

interface Backend {
  name: string;
  /** Two stores over one database (the same object on PGlite, two connection pools on PostgreSQL). */
  open: () => Promise<{ first: LedgerStore; second: LedgerStore; dispose: () => Promise<void> }>;
  /** Why chunked model runs are not part of this store's contract, when they are not. */
  noRuns?: string;
}

const backends: Backend[] = [
  {
    name: "pglite",
    open: async () => {
      const store = await openLedger({ dataDir: "memory://" });
      return { first: store, second: store, dispose: () => store.close() };
    },
  },
];

backends.push({
  // A PGlite folder held by `serve`: CLI commands reach its store through the server's ledger port.
  name: "pglite through serve",
  noRuns: "chunked runs go through the job queue, which needs PostgreSQL",
  open: async () => {
    const served = await openLedger({ dataDir: "memory://" });
    const key = randomBytes(16).toString("hex");
    const server = await startServer({ store: served, port: 0, ledgerKey: key, log: () => undefined });
    return {
      first: openRemoteLedger({ url: server.url, key }),
      second: served,
      dispose: async () => {
        await server.close();
        await served.close();
      },
    };
  },
});

const serverUrl = process.env.TEST_DATABASE_URL;
if (serverUrl) {
  backends.push({
    name: "postgres",
    open: async () => {
      const schema = `fl_contract_${randomBytes(6).toString("hex")}`;
      const admin = new pg.Client({ connectionString: serverUrl });
      await admin.connect();
      await admin.query(`CREATE SCHEMA ${schema}`);
      const first = await openLedger({ databaseUrl: serverUrl, dataDir: "", schema });
      const second = await openLedger({ databaseUrl: serverUrl, dataDir: "", schema });
      return {
        first,
        second,
        dispose: async () => {
          await Promise.all([first.close(), second.close()]);
          await admin.query(`DROP SCHEMA ${schema} CASCADE`);
          await admin.end();
        },
      };
    },
  });
} else if (process.env.CI === "true") {
  test("the ledger contract runs against PostgreSQL on CI", () => {
    assert.fail(
      "CI=true but TEST_DATABASE_URL is not set: the PostgreSQL half of the ledger contract cannot run",
    );
  });
}

const REPORT = [
  "OpenAI : des revenus de 13,1 milliards de dollars en 2025",
  "Selon le Financial Times, OpenAI a enregistré des pertes de 13,5 milliards de dollars au premier semestre.",
  "Chaque gigawatt coûterait entre 50 et 60 milliards de dollars, selon Jensen Huang.",
  "La société s'est engagée à dépenser plus de 1 400 milliards de dollars — « un pari » — d'ici 2033.",
].join("\n");

function at(text: string, needle: string): [number, number] {
  const start = text.indexOf(needle);
  assert.ok(start >= 0, `fixture text holds "${needle}"`);
  return [start, start + needle.length];
}

function reportClaims(text: string): Claim[] {
  return [
    makeClaim(text, ...at(text, "des revenus de 13,1 milliards de dollars en 2025"), {
      confidence: 0.9,
      explanation: "revenus → revenue",
    }),
    makeClaim(text, ...at(text, "des pertes de 13,5 milliards de dollars au premier semestre"), {
      metric: "net_loss",
      value: { low: 13.5e9, high: 13.5e9, bound: "exact" },
      period: { start: "2025-01-01", end: "2025-06-30" },
      attribution: "Financial Times",
    }),
    makeClaim(text, ...at(text, "Chaque gigawatt coûterait entre 50 et 60 milliards de dollars"), {
      metric: "cost_per_gw",
      unit: "USD_per_GW",
      value: { low: 5e10, high: 6e10, bound: "range" },
      period: { asOf: "2025-11" },
      qualifier: "estimated",
      attribution: "Jensen Huang",
      item: "all-in",
      confidence: 0.33,
    }),
    makeClaim(
      text,
      ...at(text, "s'est engagée à dépenser plus de 1 400 milliards de dollars — « un pari » — d'ici 2033"),
      {
        metric: "compute_commitment",
        counterparty: "Oracle+Nvidia",
        value: { low: 1.4e12, high: null, bound: "at_least" },
        period: { start: null, end: "2033-12-31" },
        qualifier: "commitment",
      },
    ),
    makeClaim(text, 0, 6, {
      metric: "paid_conversion",
      unit: "fraction",
      value: { low: null, high: 0.05, bound: "up_to" },
      period: null,
      qualifier: "rumoured",
    }),
  ];
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  assert.fail("expected the promise to reject");
}

for (const backend of backends) {
  describe(`ledger store contract (${backend.name})`, () => {
    let first: LedgerStore;
    let second: LedgerStore;
    let dispose: () => Promise<void>;
    let firstMigrations: string[][];

    before(async () => {
      ({ first, second, dispose } = await backend.open());
      firstMigrations = await Promise.all([first.migrate(), second.migrate()]);
    });
    after(async () => {
      await dispose?.();
    });

    test("migrations apply once, even when two migrators race, and re-running is a no-op", async () => {
      // The two migrators interleave migration by migration: each version is applied by exactly one.
      assert.deepEqual(
        firstMigrations.flat().sort(),
        MIGRATIONS.map((migration) => migration.version).sort(),
      );
      assert.ok(firstMigrations.flat().includes("005_users_tokens"));
      assert.ok(firstMigrations.flat().includes("006_claim_search"));
      assert.deepEqual(await first.migrate(), []);
      assert.deepEqual(await second.migrate(), []);
      assert.deepEqual(await first.pendingMigrations(), []);
    });

    test("a queued model run: chunks stored once each, merged once into a result, from either store", {
      skip: backend.noRuns,
    }, async () => {
      const id = `run-${backend.name}-${Date.now()}`;
      await first.createModelRun({ id, spec: "{}", chunkCount: 2 });
      await second.createModelRun({ id, spec: "other", chunkCount: 5 });
      assert.equal((await first.getModelRun(id))?.spec, "{}", "a known run id is left as it is");
      const merges: string[][] = [];
      const merge = (states: string[]) => {
        merges.push(states);
        return { status: "done" as const, result: { sum: states.join("+") }, issues: [] };
      };
      await first.storeModelRunChunk(id, 1, "b");
      assert.equal((await first.settleModelRun(id, merge)).status, "running", "not every chunk is in");
      await second.storeModelRunChunk(id, 1, "b-again");
      await second.storeModelRunChunk(id, 0, "a");
      const [one, other] = await Promise.all([
        first.settleModelRun(id, merge),
        second.settleModelRun(id, merge),
      ]);
      assert.deepEqual(merges, [["a", "b"]], "merged once, chunks in order, the first copy of a chunk kept");
      for (const run of [one, other]) {
        assert.equal(run.status, "done");
        assert.deepEqual(run.result, { sum: "a+b" });
        assert.equal(run.chunksStored, 0);
        assert.ok(run.finishedAt);
      }
      const unknown = await rejection(first.storeModelRunChunk("no-such-run", 0, "x"));
      assert.ok(isFrontierError(unknown) && unknown.code === "not_found");
      const outside = await rejection(first.storeModelRunChunk(id, 2, "x"));
      assert.ok(isFrontierError(outside) && outside.code === "invalid_input");
    });

    test("a run whose merge throws keeps its chunks and no result", { skip: backend.noRuns }, async () => {
      const id = `run-broken-${backend.name}-${Date.now()}`;
      await first.createModelRun({ id, spec: "{}", chunkCount: 1 });
      await first.storeModelRunChunk(id, 0, "a");
      const failure = await rejection(
        first.settleModelRun(id, () => {
          throw new Error("merge failed");
        }),
      );
      assert.match((failure as Error).message, /merge failed/);
      const run = await first.getModelRun(id);
      assert.equal(run?.status, "running");
      assert.equal(run?.result, null);
      assert.equal(run?.chunksStored, 1);
    });

    test("a document and every claim field round-trip", async () => {
      const text = `${REPORT}\nround-trip`;
      const document = makeDocument(text, {
        furniture: [{ kind: "read_also", text: "Lire aussi : ChatGPT Go à 4,50 $" }],
        published: "2025-11",
        publishedHow: "inferred",
        language: "fr",
        languageConfidence: 0.88,
        title: "Les comptes d'OpenAI",
        source: "https://example.test/openai",
        format: "html",
        raw: new Uint8Array([0, 1, 2, 250, 255]),
      });
      const claims = reportClaims(text);
      const outcome = await first.insertDocument(document, claims);
      const documentId = documentIdFromHash(document.contentHash);
      assert.equal(outcome.inserted, true);
      assert.equal(outcome.documentId, documentId);
      assert.deepEqual(
        outcome.claimIds,
        claims.map((claim) => claimIdFor(documentId, claim)),
      );

      const stored = await second.getDocument(documentId);
      assert.ok(stored);
      assert.equal(stored.text, text);
      assert.deepEqual(stored.furniture, document.furniture);
      assert.equal(stored.format, "html");
      assert.equal(stored.title, document.title);
      assert.equal(stored.source, document.source);
      assert.equal(stored.language, "fr");
      assert.equal(stored.languageConfidence, 0.88);
      assert.equal(stored.published, "2025-11");
      assert.equal(stored.publishedHow, "inferred");
      assert.equal(stored.publishedConfidence, "medium");
      assert.equal(stored.contentHash, document.contentHash);
      assert.equal(stored.claimCount, claims.length);
      assert.ok(!Number.isNaN(Date.parse(stored.ingestedAt)));
      assert.deepEqual(await second.getDocumentRaw(documentId), new Uint8Array([0, 1, 2, 250, 255]));
      assert.deepEqual(await second.getDocumentTexts([documentId, "no-such-document"]), [
        { id: documentId, title: document.title, text },
      ]);
      assert.equal((await second.findDocumentByHash(document.contentHash))?.id, documentId);
      assert.ok((await second.listDocuments()).some((summary) => summary.id === documentId));

      const back = await second.listClaims({ documentId });
      const byId = new Map(back.map((claim) => [claim.id, claim]));
      for (const claim of claims) {
        const id = claimIdFor(documentId, claim);
        const read = byId.get(id);
        assert.ok(read, `claim ${id} read back`);
        const {
          id: _id,
          documentId: docId,
          reported,
          status,
          version,
          original,
          reviewedAt,
          ...fields
        } = read;
        assert.deepEqual(fields, { ...claim, document: documentId });
        assert.equal(reviewedAt, null);
        assert.equal(docId, documentId);
        assert.equal(reported, "2025-11");
        assert.equal(status, "unreviewed");
        assert.equal(version, 0);
        assert.equal(original, null);
        assert.equal(text.slice(read.span.start, read.span.end), read.quote);
      }
    });

    test("re-ingesting a known document is a no-op; a claim listed twice is stored once", async () => {
      const text = `${REPORT}\nduplicates`;
      const claims = reportClaims(text);
      const document = makeDocument(text);
      const once = await first.insertDocument(document, [...claims, claims[0]!]);
      assert.equal(once.claimIds.length, claims.length);
      const again = await second.insertDocument(document, claims.slice(0, 1));
      assert.equal(again.inserted, false);
      assert.equal(again.documentId, once.documentId);
      assert.deepEqual([...again.claimIds].sort(), [...once.claimIds].sort());
      assert.equal((await first.getDocument(once.documentId))?.claimCount, claims.length);
    });

    test("two concurrent inserts of one document store it once", async () => {
      const text = `${REPORT}\nconcurrent insert`;
      const document = makeDocument(text);
      const outcomes = await Promise.all([
        first.insertDocument(document, reportClaims(text)),
        second.insertDocument(document, reportClaims(text)),
      ]);
      assert.deepEqual(outcomes.map((o) => o.inserted).sort(), [false, true]);
      const documents = await first.listDocuments();
      assert.equal(documents.filter((d) => d.contentHash === document.contentHash).length, 1);
    });

    test("a failure mid-insert leaves nothing behind", async () => {
      const text = `${REPORT}\nrollback`;
      const document = makeDocument(text);
      const claims = reportClaims(text);
      const broken = { ...claims[1]!, span: { start: 40, end: 10 } };
      const error = await rejection(first.insertDocument(document, [claims[0]!, broken, claims[2]!]));
      assert.ok(isFrontierError(error));
      assert.equal(error.code, "storage");
      const documentId = documentIdFromHash(document.contentHash);
      assert.equal(await first.findDocumentByHash(document.contentHash), null);
      assert.equal(await first.getDocument(documentId), null);
      assert.deepEqual(await first.listClaims({ documentId, includeRejected: true }), []);
      const retried = await first.insertDocument(document, claims);
      assert.equal(retried.inserted, true);
    });

    test("review events round-trip and the derived view applies them", async () => {
      const text = `${REPORT}\nreview`;
      const { claimIds, documentId } = await first.insertDocument(makeDocument(text), reportClaims(text));
      const [revenueId, lossId, costId] = claimIds as [string, string, string];

      const accepted = await first.appendReviewEvent(
        { claimId: revenueId, action: "accept", actor: "ana", reason: "matches the filing", payload: {} },
        0,
      );
      assert.equal(accepted.version, 1);
      assert.deepEqual(accepted.previous, { status: "unreviewed" });

      const correction = { value: { low: 13e9, high: 13e9, bound: "approx" }, entity: "OpenAI Group" };
      const corrected = await second.appendReviewEvent(
        {
          claimId: revenueId,
          action: "correct",
          actor: "bo",
          reason: "rounded in the text",
          payload: correction,
        },
        1,
      );
      assert.equal(corrected.version, 2);
      assert.deepEqual(corrected.payload, correction);
      assert.deepEqual(corrected.previous, {
        value: { low: 13.1e9, high: 13.1e9, bound: "exact" },
        entity: "OpenAI",
      });

      await first.appendReviewEvent(
        {
          claimId: costId,
          action: "link_revision",
          actor: "ana",
          reason: "newer estimate",
          payload: { target: lossId },
        },
        0,
      );
      await first.appendReviewEvent(
        {
          claimId: costId,
          action: "unlink_revision",
          actor: "ana",
          reason: "wrong pair",
          payload: { target: lossId },
        },
        1,
      );
      await first.appendReviewEvent(
        { claimId: lossId, action: "reject", actor: "bo", reason: "duplicate", payload: {} },
        0,
      );

      const events = await second.listReviewEvents(revenueId);
      assert.deepEqual(
        events.map(({ id: _id, at, ...rest }) => {
          assert.ok(!Number.isNaN(Date.parse(at)));
          return rest;
        }),
        [
          {
            claimId: revenueId,
            version: 1,
            action: "accept",
            actor: "ana",
            reason: "matches the filing",
            payload: {},
            previous: { status: "unreviewed" },
          },
          {
            claimId: revenueId,
            version: 2,
            action: "correct",
            actor: "bo",
            reason: "rounded in the text",
            payload: correction,
            previous: corrected.previous,
          },
        ],
      );
      assert.equal((await second.listReviewEvents(costId)).length, 2);
      assert.ok((await second.listReviewEvents()).length >= 5);

      const revenue = await second.getClaim(revenueId);
      assert.ok(revenue);
      assert.equal(revenue.status, "corrected");
      assert.equal(revenue.version, 2);
      assert.deepEqual(revenue.value, { low: 13e9, high: 13e9, bound: "approx" });
      assert.equal(revenue.entity, "OpenAI Group");
      assert.equal(revenue.original?.entity, "OpenAI");
      assert.deepEqual(revenue.original?.value, { low: 13.1e9, high: 13.1e9, bound: "exact" });

      const visible = await second.listClaims({ documentId });
      assert.ok(!visible.some((claim) => claim.id === lossId), "rejected claims are hidden by default");
      const all = await second.listClaims({ documentId, includeRejected: true });
      assert.equal(all.find((claim) => claim.id === lossId)?.status, "rejected");
      assert.deepEqual(
        (await second.listClaims({ entity: "openai group", documentId })).map((claim) => claim.id),
        [revenueId],
      );
      assert.equal(
        (await second.listClaims({ entity: "OpenAI", documentId })).some((c) => c.id === revenueId),
        false,
      );
    });

    test("filters: metric and publication date", async () => {
      const text = `${REPORT}\nfilters`;
      const { documentId } = await first.insertDocument(
        makeDocument(text, { published: "2024-03-02" }),
        reportClaims(text),
      );
      const costs = await first.listClaims({ metric: "cost_per_gw", documentId });
      assert.deepEqual(
        costs.map((claim) => claim.metric),
        ["cost_per_gw"],
      );
      assert.equal((await first.listClaims({ since: "2024-03-01", documentId })).length, 5);
      assert.equal((await first.listClaims({ since: "2024-03-03", documentId })).length, 0);
      assert.equal((await first.listClaims({ since: "2024", documentId })).length, 5);
    });

    test("search: word starts over sentence, entity and counterparty; every filter; corrections searched as now", async () => {
      const text = `${REPORT}\nsearch`;
      const { documentId, claimIds } = await first.insertDocument(makeDocument(text), reportClaims(text));
      const metrics = async (search: ClaimSearch) =>
        (await first.searchClaims({ documentId, ...search }, { limit: 50 })).items
          .map((c) => c.metric)
          .sort();
      assert.deepEqual(await metrics({ text: "GIGAWATT  coûterait" }), ["cost_per_gw"]);
      assert.deepEqual(await metrics({ text: "oracle" }), ["compute_commitment"]);
      assert.deepEqual(await metrics({ text: "gigawatt oracle" }), []);
      assert.deepEqual(await metrics({ text: "gigaw" }), ["cost_per_gw"], "a word may be the start of one");
      assert.deepEqual(
        await metrics({ text: "'& | !:* ( gigawatt" }),
        ["cost_per_gw"],
        "punctuation is ignored",
      );
      assert.deepEqual(await metrics({ text: "igawatt" }), [], "words are matched from their start");
      assert.equal((await metrics({ text: "openai" })).length, 5, "the entity is searched");
      assert.deepEqual(await metrics({ period: "2025-06" }), ["net_loss"]);
      assert.deepEqual(await metrics({ period: "2033" }), ["compute_commitment"]);
      assert.deepEqual(await metrics({ qualifier: "estimated" }), ["cost_per_gw"]);
      assert.deepEqual(await metrics({ confidence: "low" }), ["cost_per_gw"]);
      assert.equal((await metrics({ confidence: "high" })).length, 4);
      assert.deepEqual(await metrics({ metric: "net_loss", language: "fr" }), ["net_loss"]);
      assert.deepEqual(await metrics({ language: "en" }), []);

      const target = claimIds[1]!;
      await first.appendReviewEvent(
        { claimId: target, action: "correct", actor: "a", reason: "r", payload: { entity: "Anthropic" } },
        0,
      );
      assert.deepEqual(await metrics({ entity: "anthropic" }), ["net_loss"]);
      assert.deepEqual(await metrics({ text: "anthropic pertes" }), ["net_loss"]);
      assert.deepEqual(await metrics({ status: "corrected" }), ["net_loss"]);
      await first.appendReviewEvent(
        { claimId: target, action: "reject", actor: "a", reason: "r", payload: {} },
        1,
      );
      assert.equal((await metrics({})).length, 4, "rejected claims are left out unless asked for");
      assert.deepEqual(await metrics({ status: "rejected" }), ["net_loss"]);
    });

    test("search pages walk each sort in its order, each claim once", async () => {
      const text = `${REPORT}\nsearch pages`;
      const { documentId } = await first.insertDocument(makeDocument(text), reportClaims(text));
      const whole = (await first.searchClaims({ documentId }, { limit: 50 })).items;
      for (const sort of CLAIM_SORTS) {
        for (const limit of [1, 2, 4]) {
          const seen: StoredClaim[] = [];
          let after: string | null = null;
          do {
            const page: Page<StoredClaim> = await second.searchClaims(
              { documentId, sort },
              { limit, ...(after ? { after } : {}) },
            );
            seen.push(...page.items);
            after = page.next;
          } while (after);
          assert.deepEqual(
            seen.map((c) => c.id).sort(),
            whole.map((c) => c.id).sort(),
            `${sort} by ${limit}`,
          );
          if (sort === "confidence") {
            const confidences = seen.map((c) => c.confidence ?? 1);
            assert.deepEqual(
              confidences,
              [...confidences].sort((a, b) => a - b),
            );
          }
        }
      }
      await assert.rejects(first.searchClaims({ documentId }, { limit: 1, after: "!!" }), /cursor/);
    });

    test("pages walk the whole listing in its order, each once; bad cursors and limits are refused", async () => {
      const texts = ["2023-05-01", "2023-05-01", null, "2022-01-09"].map((published, i) => ({
        text: `${REPORT}\npages ${i}`,
        published,
      }));
      for (const { text, published } of texts)
        await first.insertDocument(makeDocument(text, { published }), reportClaims(text));
      const filter = { entity: "OpenAI", includeRejected: true };
      const all = await first.listClaims(filter);
      assert.ok(all.length >= 16, `claims in the ledger: ${all.length}`);
      for (const limit of [1, 3, 7]) {
        const walked: string[] = [];
        let after: string | undefined;
        for (let pages = 0; pages < 100; pages++) {
          const page = await first.pageClaims(filter, { limit, ...(after ? { after } : {}) });
          assert.ok(page.items.length <= limit);
          walked.push(...page.items.map((claim) => claim.id));
          if (page.next === null) break;
          after = page.next;
        }
        assert.deepEqual(
          walked,
          all.map((claim) => claim.id),
          `claims in pages of ${limit}`,
        );
      }
      const documents = await first.listDocuments();
      const walked: string[] = [];
      let page = await first.pageDocuments({ limit: 2 });
      walked.push(...page.items.map((d) => d.id));
      while (page.next !== null) {
        page = await first.pageDocuments({ limit: 2, after: page.next });
        walked.push(...page.items.map((d) => d.id));
      }
      assert.deepEqual(
        walked,
        documents.map((d) => d.id),
      );
      for (const bad of ["!!", "bm90IGpzb24", Buffer.from('["a"]').toString("base64url"), "x".repeat(2000)]) {
        const error = await rejection(first.pageClaims({}, { limit: 5, after: bad }));
        assert.ok(isFrontierError(error) && error.code === "invalid_input", `cursor ${bad.slice(0, 20)}`);
        assert.match(error.message, /invalid page cursor/);
      }
      for (const limit of [0, -1, 501, 1.5]) {
        const error = await rejection(first.pageDocuments({ limit }));
        assert.ok(isFrontierError(error) && error.code === "invalid_input", `limit ${limit}`);
      }
    });

    test("accepting an accepted claim is a no-op: no event, no new version", async () => {
      const text = `${REPORT}\nagain`;
      const { claimIds } = await first.insertDocument(makeDocument(text), reportClaims(text));
      const claimId = claimIds[0]!;
      const accept = { claimId, action: "accept" as const, actor: "ana", reason: "ok", payload: {} };
      const once = await first.appendReviewEvent(accept, 0);
      const twice = await second.appendReviewEvent({ ...accept, actor: "bo", reason: "looks right" }, 1);
      assert.equal(twice.unchanged, true);
      assert.deepEqual([twice.id, twice.version, twice.actor], [once.id, 1, "ana"]);
      assert.equal((await first.getClaim(claimId))?.version, 1);
      assert.equal((await first.listReviewEvents(claimId)).length, 1);
      const rejected = await first.appendReviewEvent({ ...accept, action: "reject", reason: "no" }, 1);
      assert.deepEqual([rejected.version, rejected.unchanged], [2, undefined]);
      const again = await first.appendReviewEvent({ ...accept, action: "reject", reason: "still no" }, 2);
      assert.deepEqual([again.version, again.unchanged], [2, true]);
      assert.equal((await first.getClaim(claimId))?.status, "rejected");
    });

    test("two reviewers racing at one version: exactly one wins, the other gets a conflict", async () => {
      const text = `${REPORT}\nrace`;
      const { claimIds } = await first.insertDocument(makeDocument(text), reportClaims(text));
      const claimId = claimIds[0]!;
      const results = await Promise.allSettled([
        first.appendReviewEvent({ claimId, action: "accept", actor: "ana", reason: "ok", payload: {} }, 0),
        second.appendReviewEvent({ claimId, action: "reject", actor: "bo", reason: "no", payload: {} }, 0),
      ]);
      const won = results.filter((r) => r.status === "fulfilled");
      const lost = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
      assert.equal(won.length, 1);
      assert.equal(lost.length, 1);
      const error = lost[0]!.reason;
      assert.ok(isFrontierError(error));
      assert.equal(error.code, "conflict");
      assert.match(error.message, new RegExp(`claim ${claimId} is at version 1, not 0`));
      const claim = await first.getClaim(claimId);
      assert.equal(claim?.version, 1);
      assert.equal((await first.listReviewEvents(claimId)).length, 1);
    });

    test("bad review actions are refused and change nothing", async () => {
      const text = `${REPORT}\nrefusals`;
      const { claimIds } = await first.insertDocument(makeDocument(text), reportClaims(text));
      const claimId = claimIds[0]!;
      const missing = await rejection(
        first.appendReviewEvent(
          { claimId: "000000000000", action: "accept", actor: "a", reason: "r", payload: {} },
          0,
        ),
      );
      assert.ok(isFrontierError(missing) && missing.code === "not_found");
      const badValue = await rejection(
        first.appendReviewEvent(
          {
            claimId,
            action: "correct",
            actor: "a",
            reason: "r",
            payload: { value: { low: 5, high: 1, bound: "range" } },
          },
          0,
        ),
      );
      assert.ok(isFrontierError(badValue) && badValue.code === "invalid_input");
      const badTarget = await rejection(
        first.appendReviewEvent(
          { claimId, action: "link_revision", actor: "a", reason: "r", payload: { target: "ffffffffffff" } },
          0,
        ),
      );
      assert.ok(isFrontierError(badTarget) && badTarget.code === "not_found");
      const wrongUnit = await rejection(
        first.appendReviewEvent(
          { claimId, action: "correct", actor: "a", reason: "r", payload: { unit: "GW" } },
          0,
        ),
      );
      assert.ok(isFrontierError(wrongUnit) && wrongUnit.code === "invalid_input");
      assert.match(wrongUnit.message, /'GW' does not fit/);
      const month13 = await rejection(
        first.appendReviewEvent(
          { claimId, action: "correct", actor: "a", reason: "r", payload: { period: { asOf: "2025-13" } } },
          0,
        ),
      );
      assert.ok(isFrontierError(month13) && month13.code === "invalid_input");
      const huge = await rejection(
        first.appendReviewEvent(
          { claimId, action: "accept", actor: "a", reason: "r", payload: {} },
          99999999999,
        ),
      );
      assert.ok(isFrontierError(huge) && huge.code === "conflict", String(huge));
      const nul = await rejection(
        first.appendReviewEvent({ claimId, action: "accept", actor: "a", reason: "r\u0000", payload: {} }, 0),
      );
      assert.ok(isFrontierError(nul) && nul.code === "invalid_input");
      const self = await rejection(
        first.appendReviewEvent(
          { claimId, action: "link_revision", actor: "a", reason: "r", payload: { target: claimId } },
          0,
        ),
      );
      assert.ok(isFrontierError(self) && self.code === "invalid_input");
      const claim = await first.getClaim(claimId);
      assert.equal(claim?.version, 0);
      assert.equal(claim?.status, "unreviewed");
      assert.deepEqual(await first.listReviewEvents(claimId), []);
    });

    test("a date review sets the document's date, keeps the previous one, and refuses bad input", async () => {
      const text = `${REPORT}\nset-date`;
      const { documentId } = await first.insertDocument(
        makeDocument(text, { published: "2025", publishedHow: "inferred" }),
        reportClaims(text),
      );
      const before = (await first.listDocuments()).find((d) => d.id === documentId);
      assert.equal(before?.publishedConfidence, "low");
      const pageBefore = await first.pageClaims({ documentId }, { limit: 500 });
      assert.equal(pageBefore.items[0]?.reported, "2025");
      const event = await first.setDocumentDate({
        documentId,
        published: "2026-02-21",
        actor: "ana",
        reason: "the report cites the Friday 20 February news",
      });
      assert.deepEqual(event.previous.published, "2025");
      assert.equal(event.previous.publishedConfidence, "low");
      const after = await first.getDocument(documentId);
      assert.deepEqual(
        [after?.published, after?.publishedHow, after?.publishedConfidence],
        ["2026-02-21", "given", "high"],
      );
      assert.match(after?.publishedEvidence ?? "", /set by ana: the report cites/);
      assert.equal((await first.listClaims({ documentId }))[0]?.reported, "2026-02-21");
      // The claims' sort key follows the new date: the date filter and a page read anew see it.
      const claimCount = (await first.listClaims({ documentId })).length;
      assert.equal((await first.listClaims({ since: "2026-02", documentId })).length, claimCount);
      const pageAfter = await first.pageClaims({ documentId }, { limit: 500 });
      assert.deepEqual(new Set(pageAfter.items.map((c) => c.reported)), new Set(["2026-02-21"]));
      assert.deepEqual(
        (await first.listDocumentEvents(documentId)).map((e) => e.payload.published),
        ["2026-02-21"],
      );
      const bad = await rejection(
        first.setDocumentDate({ documentId, published: "2026-13", actor: "a", reason: "r" }),
      );
      assert.ok(isFrontierError(bad) && bad.code === "invalid_input");
      const missing = await rejection(
        first.setDocumentDate({ documentId: "000000000000", published: "2026", actor: "a", reason: "r" }),
      );
      assert.ok(isFrontierError(missing) && missing.code === "not_found");
      assert.equal((await first.listDocumentEvents(documentId)).length, 1);
    });

    test("users and bearer tokens: hashed, checked in constant time, revoked for good", async () => {
      const ana = await first.addUser("ana", "reviewer");
      assert.deepEqual([ana.name, ana.role], ["ana", "reviewer"]);
      await second.addUser("bob", "reader");
      const taken = await rejection(second.addUser("ana", "admin"));
      assert.ok(isFrontierError(taken) && taken.code === "conflict", String(taken));
      const badRole = await rejection(first.addUser("eve", "owner" as "admin"));
      assert.ok(isFrontierError(badRole) && badRole.code === "invalid_input");
      const badName = await rejection(first.addUser(" ", "reader"));
      assert.ok(isFrontierError(badName) && badName.code === "invalid_input");
      assert.deepEqual(
        (await second.listUsers()).map((u) => [u.name, u.role]),
        [
          ["ana", "reviewer"],
          ["bob", "reader"],
        ],
      );
      const unknown = await rejection(first.createToken("nobody", "0".repeat(64)));
      assert.ok(isFrontierError(unknown) && unknown.code === "not_found");

      const { token, bearer } = await issueToken(first, "ana");
      const secret = bearer.split("_").slice(2).join("_");
      assert.equal((await verifyBearer(second, bearer))?.userName, "ana");
      assert.equal((await verifyBearer(second, bearer))?.role, "reviewer");
      const listed = JSON.stringify(await second.listTokens());
      assert.ok(!listed.includes(secret), "the secret is stored nowhere a listing can show");
      const forged = `flt_${token.id}_${"A".repeat(43)}`;
      assert.equal(await verifyBearer(second, forged), null);
      assert.equal(await verifyBearer(second, `flt_999999_${secret}`), null);
      assert.equal(await verifyBearer(second, "not a token"), null);

      const revoked = await second.revokeToken(token.id);
      assert.ok(revoked.revokedAt);
      assert.equal(await verifyBearer(first, bearer), null);
      assert.equal((await first.revokeToken(token.id)).revokedAt, revoked.revokedAt);
      const missing = await rejection(first.revokeToken(987_654));
      assert.ok(isFrontierError(missing) && missing.code === "not_found");
      const other = await issueToken(second, "bob");
      assert.equal((await verifyBearer(first, other.bearer))?.role, "reader");
      assert.deepEqual(
        (await first.listTokens()).map((t) => [t.id, t.userName, t.revokedAt === null]),
        [
          [token.id, "ana", false],
          [other.token.id, "bob", true],
        ],
      );
    });
  });
}
