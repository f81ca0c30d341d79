import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { memoryIo } from "../src/cli/io.js";
import { program } from "../src/cli/program.js";
import { projectRoot, SEEDS_MISSING, seedsDir } from "./support/paths.js";

/**
 * --as-of on every reading command, over the seeds with the manifest's dates: a ledger holding all
 * five reports, read as of 2025-12-31, answers exactly like a ledger that never received the
 * February 2026 report, and differently from itself read whole. A review recorded today is not
 * part of what was known then.
 */

const CUTOFF = "2025-12-31";
const LATER_REPORT = "002_1423c8237e1798e9.txt";
let folder: string;
let skip: string | null = null;

async function cli(db: string, ...argv: string[]) {
  const session = memoryIo({ env: { USER: "tester" }, cwd: projectRoot() });
  const code = await program([...argv, "--db", db], session.io);
  assert.equal(code, 0, `${argv.join(" ")}: ${session.stderr()}`);
  return session.stdout();
}

/** JSON output without what differs between two ledgers by construction (when each was written, where, run timings). */
function comparable(text: string): unknown {
  return JSON.parse(text, (key, value) =>
    key === "ingestedAt" || key === "timing" || key === "ledger" ? undefined : value,
  );
}

const whole = () => join(folder, "whole");
const early = () => join(folder, "early");
const manifest = () => join(projectRoot(), "corpus", "seeds-manifest.json");

before(async () => {
  const seeds = seedsDir();
  if (seeds === null) {
    skip = SEEDS_MISSING;
    return;
  }
  folder = mkdtempSync(join(tmpdir(), "fl-as-of-"));
  await cli(whole(), "ingest", seeds, "--manifest", manifest());
  // In the same order as the whole folder (by name), so that listings in ingestion order compare.
  for (const file of [
    "000_873b51850c584b86.txt",
    "001_ae882f577257ef18.txt",
    "003_8755ac057b50385e.txt",
    "004_fc5d5a8806574546.txt",
  ])
    await cli(early(), "ingest", join(seeds, file), "--manifest", manifest());
  const claims = JSON.parse(
    await cli(whole(), "claims", "list", "--entity", "OpenAI", "--metric", "revenue", "--json"),
  );
  const h1 = claims.find((c: { value: { low: number } }) => c.value.low === 4.3e9);
  await cli(whole(), "review", "reject", h1.id, "--reason", "a half-year, not the year");
});

after(() => {
  if (folder) rmSync(folder, { recursive: true, force: true });
});

const READINGS: string[][] = [
  ["documents", "list", "--json"],
  ["claims", "list", "--json"],
  ["timeline", "OpenAI", "--json"],
  ["conflicts", "--json"],
  ["check", "--json"],
  ["model", "run", "scenarios/openai-2026-revised.yaml", "--samples", "2000", "--workers", "1", "--json"],
  ["chart", "timeline", "OpenAI", "compute_spending_target", "--format", "vl.json"],
  ["chart", "commitments", "OpenAI", "--format", "vl.json"],
  [
    "chart",
    "fan",
    "scenarios/openai-2026-revised.yaml",
    "--variable",
    "compute_cost",
    "--samples",
    "2000",
    "--workers",
    "1",
    "--format",
    "vl.json",
  ],
];

for (const reading of READINGS) {
  test(`${reading.slice(0, reading[0] === "chart" ? 3 : 2).join(" ")} --as-of ${CUTOFF}: what was known then, as a ledger without the later report says it`, async (t) => {
    if (skip) return t.skip(skip);
    const then = comparable(await cli(whole(), ...reading, "--as-of", CUTOFF));
    const never = comparable(await cli(early(), ...reading));
    assert.deepEqual(then, never);
    const now = comparable(await cli(whole(), ...reading));
    assert.notDeepEqual(now, then);
  });
}

test("a review recorded today counts from today; a document counts from its publication date", async (t) => {
  if (skip) return t.skip(skip);
  const revenue = (text: string) =>
    (JSON.parse(text) as { value: { low: number }; status: string; reviewedAt: string | null }[]).find(
      (c) => c.value.low === 4.3e9,
    );
  const today = new Date().toISOString().slice(0, 10);
  const then = revenue(
    await cli(whole(), "claims", "list", "--include-rejected", "--json", "--as-of", CUTOFF),
  );
  const now = revenue(await cli(whole(), "claims", "list", "--include-rejected", "--json", "--as-of", today));
  assert.deepEqual([then?.status, then?.reviewedAt], ["unreviewed", null]);
  assert.equal(now?.status, "rejected");
  assert.equal(now?.reviewedAt?.slice(0, 10), today);
  const documents = JSON.parse(await cli(whole(), "documents", "list", "--json", "--as-of", "2026-02-20"));
  assert.ok(!documents.some((d: { source: string }) => d.source === LATER_REPORT));
  const onTheDay = JSON.parse(await cli(whole(), "documents", "list", "--json", "--as-of", "2026-02-21"));
  assert.ok(onTheDay.some((d: { source: string }) => d.source === LATER_REPORT));
  const table = await cli(whole(), "claims", "list", "--include-rejected", "--as-of", today);
  assert.match(table, /period +reported +qualifier +status +reviewed/);
  assert.match(table, new RegExp(`2025-01-01\\.\\.2025-06-30 +2025-10 +estimated +rejected +${today}`));
});

test("--as-of with --limit: the pages of what was known then add up to its whole listing", async (t) => {
  if (skip) return t.skip(skip);
  for (const listing of [
    ["claims", "list"],
    ["documents", "list"],
  ]) {
    const key = listing[0] as "claims" | "documents";
    const whole_ = JSON.parse(await cli(whole(), ...listing, "--json", "--as-of", CUTOFF)) as {
      id: string;
    }[];
    const walked: string[] = [];
    let after: string | null = null;
    for (let pages = 0; pages < 200; pages++) {
      const argv = [
        ...listing,
        "--json",
        "--as-of",
        CUTOFF,
        "--limit",
        "3",
        ...(after ? ["--after", after] : []),
      ];
      const page = JSON.parse(await cli(whole(), ...argv)) as Record<string, { id: string }[]> & {
        next: string | null;
      };
      assert.ok(page[key]!.length <= 3);
      walked.push(...page[key]!.map((item) => item.id));
      after = page.next;
      if (after === null) break;
    }
    assert.deepEqual([...walked].sort(), whole_.map((item) => item.id).sort(), listing.join(" "));
    assert.equal(new Set(walked).size, walked.length, `${listing.join(" ")}: each item once`);
  }
});
