import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { memoryIo } from "../src/cli/io.js";
import { program } from "../src/cli/program.js";
import { documentIdFromHash } from "../src/core/index.js";
import { openLedger } from "../src/ledger/index.js";
import { makeClaim, makeDocument } from "./support/ledger-fixtures.js";

/** The ledger-reading commands and review, in-process, over a PGlite folder seeded through the store. */

const TEXT = [
  "Les comptes, en bref",
  'OpenAI a réalisé 13,1 milliards de dollars de revenus en 2025, selon "The Information".',
  "Chaque gigawatt coûterait entre 50 et 60 milliards de dollars.",
].join("\n");

let dir: string;
let db: string;
let documentId: string;
let revenueId: string;
let costId: string;

async function run(...argv: string[]) {
  const session = memoryIo({ env: { USER: "tester" } });
  const code = await program([...argv, "--db", db], session.io);
  return { code, stdout: session.stdout(), stderr: session.stderr() };
}

before(async () => {
  dir = mkdtempSync(join(tmpdir(), "fl-cli-ledger-"));
  db = join(dir, "db");
  const store = await openLedger({ dataDir: db });
  await store.migrate();
  const revenueAt = TEXT.indexOf("OpenAI a réalisé");
  const costAt = TEXT.indexOf("Chaque gigawatt");
  const document = makeDocument(TEXT, {
    title: "Les comptes, en bref",
    furniture: [{ kind: "share", text: "Partagez cet article" }],
  });
  const outcome = await store.insertDocument(document, [
    makeClaim(TEXT, revenueAt, TEXT.indexOf("\n", revenueAt), { attribution: "The Information" }),
    makeClaim(TEXT, costAt, TEXT.length, {
      metric: "cost_per_gw",
      unit: "USD_per_GW",
      value: { low: 5e10, high: 6e10, bound: "range" },
      period: { asOf: "2025-11" },
      qualifier: "estimated",
    }),
  ]);
  await store.close();
  documentId = documentIdFromHash(document.contentHash);
  [revenueId, costId] = outcome.claimIds as [string, string];
});

after(() => rmSync(dir, { recursive: true, force: true }));

test("documents list prints an aligned table, and JSON with --json", async () => {
  const table = await run("documents", "list");
  assert.equal(table.code, 0, table.stderr);
  const lines = table.stdout.trimEnd().split("\n");
  assert.match(lines[0]!, /^id\s+title\s+source\s+language\s+published\s+claims$/);
  assert.match(
    lines[1]!,
    new RegExp(
      `^${documentId}\\s+Les comptes, en bref\\s+test\\.txt\\s+fr \\(0\\.97\\)\\s+2025-11-04 \\(given\\)\\s+2$`,
    ),
  );
  assert.equal(lines[0]!.indexOf("title"), lines[1]!.indexOf("Les comptes"));
  const json = JSON.parse((await run("documents", "list", "--json")).stdout);
  assert.equal(json[0].id, documentId);
  assert.equal(json[0].claimCount, 2);
});

test("documents show prints the text and the removed furniture; an unknown id fails", async () => {
  const shown = await run("documents", "show", documentId);
  assert.equal(shown.code, 0, shown.stderr);
  assert.ok(shown.stdout.includes(TEXT));
  assert.match(shown.stdout, /removed furniture \(1 block\) ---\n\[share\] Partagez cet article/);
  const json = JSON.parse((await run("documents", "show", documentId, "--json")).stdout);
  assert.equal(json.text, TEXT);
  const missing = await run("documents", "show", "nope");
  assert.equal(missing.code, 1);
  assert.match(missing.stderr, /no document with id nope/);
  assert.equal((await run("documents", "show")).code, 2);
});

test("claims list filters, and --csv quotes fields holding commas and quotes", async () => {
  const table = await run("claims", "list", "--metric", "cost_per_gw");
  assert.equal(table.code, 0, table.stderr);
  assert.match(table.stdout, new RegExp(`${costId}.*cost_per_gw.*–.*as of 2025-11.*estimated`));
  assert.ok(!table.stdout.includes(revenueId));
  const csv = (await run("claims", "list", "--csv", "--entity", "openai")).stdout.split("\r\n");
  assert.ok(csv[0]!.startsWith("id,document,reported,entity,counterparty,metric,low,high,bound,unit"));
  const revenueLine = csv.find((line) => line.startsWith(revenueId));
  assert.ok(revenueLine);
  assert.ok(
    revenueLine.includes(
      ',"OpenAI a réalisé 13,1 milliards de dollars de revenus en 2025, selon ""The Information""."',
    ),
  );
  assert.ok(
    revenueLine.includes(
      ",13100000000,13100000000,exact,USD,2025-01-01,2025-12-31,,reported,The Information,",
    ),
  );
  assert.equal((await run("claims", "list", "--since", "2026-01-01")).stdout, "no claims match\n");
  assert.equal((await run("claims", "list", "--since", "demain")).code, 2);
  assert.equal((await run("claims", "list", "--json", "--csv")).code, 2);
});

test("claims list and documents list page with --limit and --after; a bad limit or cursor is refused", async () => {
  const first = await run("claims", "list", "--limit", "1", "--json");
  assert.equal(first.code, 0);
  const page = JSON.parse(first.stdout) as { claims: { id: string }[]; next: string | null };
  assert.equal(page.claims.length, 1);
  assert.ok(page.next);
  const table = await run("claims", "list", "--limit", "1");
  assert.match(table.stdout, new RegExp(`next page: --after ${page.next}`));
  const second = JSON.parse(
    (await run("claims", "list", "--limit", "1", "--after", page.next, "--json")).stdout,
  );
  assert.equal(second.claims.length, 1);
  assert.notEqual(second.claims[0].id, page.claims[0]!.id);
  assert.equal(second.next, null);
  const documents = JSON.parse((await run("documents", "list", "--limit", "5", "--json")).stdout);
  assert.deepEqual([documents.documents.length, documents.next], [1, null]);
  const badLimit = await run("claims", "list", "--limit", "9999");
  assert.equal(badLimit.code, 2);
  assert.match(badLimit.stderr, /--limit expects a whole number from 1 to 500/);
  const badCursor = await run("documents", "list", "--after", "not-a-cursor");
  assert.equal(badCursor.code, 1);
  assert.equal(
    badCursor.stderr,
    "frontier-ledger documents list: invalid page cursor: pass the 'next' value of the previous page as it was given\n",
  );
});

test("review: accept, correct with --set, conflict on a stale version, reject hides, export shows the view", async () => {
  const accepted = await run("review", "accept", revenueId, "--reason", "checked the filing");
  assert.equal(accepted.code, 0, accepted.stderr);
  assert.equal(accepted.stdout, `claim ${revenueId}: accept recorded by tester; version 1\n`);

  const corrected = await run(
    "review",
    "correct",
    revenueId,
    "--reason",
    "rounded",
    "--by",
    "ana",
    "--set",
    "value=13e9",
    "--set",
    "bound=approx",
    "--set",
    "period=asOf:2025-12",
    "--expect-version",
    "1",
    "--json",
  );
  assert.equal(corrected.code, 0, corrected.stderr);
  const event = JSON.parse(corrected.stdout);
  assert.equal(event.version, 2);
  assert.equal(event.actor, "ana");
  assert.deepEqual(event.payload, {
    period: { asOf: "2025-12" },
    value: { low: 13e9, high: 13e9, bound: "approx" },
  });

  const stale = await run("review", "reject", revenueId, "--reason", "dup", "--expect-version", "1");
  assert.equal(stale.code, 1);
  assert.match(stale.stderr, new RegExp(`claim ${revenueId} is at version 2, not 1`));

  const link = await run("review", "link-revision", costId, revenueId, "--reason", "same figure, revised");
  assert.equal(link.code, 0, link.stderr);
  const badSet = await run("review", "correct", costId, "--reason", "x", "--set", "metric=revenues");
  assert.equal(badSet.code, 1);
  assert.match(badSet.stderr, /not a metric/);
  assert.equal((await run("review", "approve", costId, "--reason", "x")).code, 2);
  assert.equal((await run("review", "accept", costId)).code, 2);

  const exported = (await run("claims", "export", "--format", "jsonl")).stdout
    .trim()
    .split("\n")
    .map((l) => JSON.parse(l));
  const revenue = exported.find((claim) => claim.id === revenueId);
  assert.deepEqual(Object.keys(revenue), [
    "id",
    "entity",
    "counterparty",
    "metric",
    "value",
    "unit",
    "period",
    "qualifier",
    "attribution",
    "item",
    "span",
    "quote",
    "document",
  ]);
  assert.deepEqual(revenue.value, { low: 13e9, high: 13e9, bound: "approx" });
  assert.equal(revenue.document, documentId);

  assert.equal((await run("review", "reject", costId, "--reason", "not a figure")).code, 0);
  assert.ok(!(await run("claims", "list")).stdout.includes(costId));
  assert.ok((await run("claims", "list", "--include-rejected")).stdout.includes(costId));
  assert.equal((await run("claims", "export", "--format", "csv")).code, 2);
});
