import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import type { Hono } from "hono";
import { DEFAULT_WORK_ALLOWANCE } from "../src/extract/index.js";
import { type LedgerStore, openLedger } from "../src/ledger/index.js";
import { ingestPaths } from "../src/pipeline.js";
import { createApp } from "../src/server/app.js";
import { DOCUMENT_CASES, REQUEST_CASES, SCENARIO_CASES } from "./support/hostile.js";
import { projectRoot } from "./support/paths.js";
import { extractionWork, HOSTILE_TEXT_SHAPES } from "./support/text-shapes.js";

/**
 * Every case of the hostile corpus gets its expected outcome (stored cleanly, or refused with a
 * message and a status), never an internal error; and what the ledger held before is all still
 * there, unchanged, after all of them.
 */

let dir: string;
let store: LedgerStore;
let app: Hono;
let claimId: string;
let before_: { documents: string[]; claims: string[] };
const logged: string[] = [];

async function snapshot() {
  const documents = (await store.listDocuments()).map((d) => d.id);
  const claims = (await store.listClaims({ includeRejected: true })).map(
    (c) => `${c.id}@${c.version}:${c.status}`,
  );
  return { documents, claims };
}

before(async () => {
  dir = mkdtempSync(join(tmpdir(), "fl-hostile-"));
  store = await openLedger({ dataDir: "memory://" });
  await store.migrate();
  const demo = await ingestPaths(store, [join(projectRoot(), "corpus", "demo")]);
  assert.equal(demo.failed, 0);
  claimId = (await store.listClaims())[0]!.id;
  app = createApp({ store, log: (text) => logged.push(text) });
  before_ = await snapshot();
});

after(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe(`hostile documents (${DOCUMENT_CASES.length})`, () => {
  for (const [index, hostile] of DOCUMENT_CASES.entries()) {
    test(hostile.name, async () => {
      const caseDir = join(dir, `doc-${index}`);
      const { mkdirSync } = await import("node:fs");
      mkdirSync(caseDir, { recursive: true });
      const path = hostile.make(caseDir);
      const report = await ingestPaths(store, [path], hostile.maxBytes ? { maxBytes: hostile.maxBytes } : {});
      if (hostile.expect === "nothing") {
        assert.equal(report.files.length, 0, JSON.stringify(report.files));
        return;
      }
      const outcome = report.files[0];
      assert.ok(outcome, "one outcome");
      const detail = outcome.status === "failed" ? outcome.issue.message : outcome.status;
      assert.doesNotMatch(detail, /internal error/);
      if (hostile.expect === "failed") {
        assert.equal(outcome.status, "failed", detail);
        if (outcome.status === "failed") assert.match(outcome.issue.message, hostile.message ?? /./);
        return;
      }
      assert.ok(outcome.status === "stored" || outcome.status === "present", detail);
      if (outcome.status === "stored" || outcome.status === "present") {
        const stored = await store.getDocument(outcome.documentId);
        assert.doesNotMatch(stored!.text, /<script|onerror=|javascript:|<iframe/i);
      }
    });
  }
});

describe(`hostile texts at 4× their size (${HOSTILE_TEXT_SHAPES.length})`, () => {
  // Counted in the work budget's steps, not timed: 4× the text costs at most 4× the 1× budget.
  const SIZE = 16 * 1024;
  const budgetOf = (size: number) => DEFAULT_WORK_ALLOWANCE.base + DEFAULT_WORK_ALLOWANCE.perCharacter * size;
  for (const shape of HOSTILE_TEXT_SHAPES)
    test(shape.name, () => {
      const one = extractionWork(shape, SIZE);
      const four = extractionWork(shape, 4 * SIZE);
      assert.ok(one <= budgetOf(SIZE), `${shape.name}: ${one} steps over the 1× budget`);
      assert.ok(four <= 4 * budgetOf(SIZE), `${shape.name}: ${four} steps at 4×, over 4× the 1× budget`);
      assert.ok(four <= 4.4 * one, `${shape.name}: ${one} steps at 1×, ${four} at 4×: more than linear`);
    });
});

async function post(path: string, body: string, headers: Record<string, string>) {
  return app.request(path, { method: "POST", headers, body });
}

describe(`hostile scenarios (${SCENARIO_CASES.length})`, () => {
  for (const hostile of SCENARIO_CASES) {
    test(hostile.name, async () => {
      const response = await post("/api/model/run", JSON.stringify({ scenario: hostile.yaml }), {
        "Content-Type": "application/json",
      });
      const body = (await response.json()) as { error?: { message: string } };
      assert.equal(response.status, hostile.status, JSON.stringify(body).slice(0, 300));
      assert.match(body.error?.message ?? "", hostile.message);
    });
  }
  test("the size check counts values, not shapes: the wide scenario runs with few samples", async () => {
    // 100 inputs and 100 outputs over 50 years: refused at 20,000 samples, run at 10.
    const names = Array.from({ length: 100 }, (_, i) => `x${i}`);
    const wide = `name: wide\nperiods: {start: 2001, end: 2050}\ninputs:\n${names.map((n) => `  ${n}: {unit: USD, uniform: {low: 1, high: 2}}`).join("\n")}\noutputs: [${names.join(", ")}]\n`;
    const run = (samples: number) =>
      post("/api/model/run", JSON.stringify({ scenario: wide, samples }), {
        "Content-Type": "application/json",
      });
    assert.equal((await run(20000)).status, 413);
    assert.equal((await run(10)).status, 200);
  });
});

describe(`hostile requests (${REQUEST_CASES.length})`, () => {
  for (const hostile of REQUEST_CASES) {
    test(hostile.name, async () => {
      const path = hostile.path.replace("CLAIM", claimId);
      const body = hostile.body?.replace("CLAIM", claimId);
      const response = await app.request(path, {
        method: hostile.method,
        headers: hostile.headers ?? {},
        ...(body !== undefined ? { body } : {}),
      });
      const text = await response.text();
      assert.equal(response.status, hostile.status, text.slice(0, 300));
      if (hostile.message) assert.match(text, hostile.message);
      assert.doesNotMatch(text, /internal error|at .*\.js:\d+/);
    });
  }
});

test("after every hostile case the ledger holds what it held, unchanged, and nothing was logged as internal", async () => {
  const now = await snapshot();
  for (const id of before_.documents) assert.ok(now.documents.includes(id), `document ${id} kept`);
  for (const claim of before_.claims) assert.ok(now.claims.includes(claim), `claim ${claim} unchanged`);
  assert.deepEqual(
    logged.filter((line) => line.includes("internal error")),
    [],
  );
});
