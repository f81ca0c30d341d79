import assert from "node:assert/strict";
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { memoryIo } from "../src/cli/io.js";
import { program } from "../src/cli/program.js";
import { dayBefore } from "../src/use-cases/changes.js";
import { projectRoot, SEEDS_MISSING, seedsDir } from "./support/paths.js";

/**
 * "What changed", measured on the seeds ingested one by one in publication order (the manifest's
 * dates): the oldest report alone revises nothing; the February 2026 report revises the 1.4 tn $
 * commitment to the ~600 bn $ target, with both sources, and moves the scenarios' answers, driven
 * by the input bound to that figure.
 */

const ORDER = ["004", "003", "000", "001", "002"];
let folder: string;
let db: string;
let skip: string | null = null;
const ingested: Record<string, { changes: { revisions: unknown[]; conflictsOpened: unknown[] } }> = {};

async function cli(...argv: string[]) {
  const session = memoryIo({ env: { USER: "tester" }, cwd: projectRoot() });
  const code = await program([...argv, "--db", db], session.io);
  assert.equal(code, 0, `${argv.join(" ")}: ${session.stderr()}`);
  return session.stdout();
}

before(async () => {
  const seeds = seedsDir();
  if (seeds === null) {
    skip = SEEDS_MISSING;
    return;
  }
  folder = mkdtempSync(join(tmpdir(), "fl-changes-"));
  db = join(folder, "db");
  const manifest = join(projectRoot(), "corpus", "seeds-manifest.json");
  for (const prefix of ORDER) {
    const file = readdirSync(seeds).find((f) => f.startsWith(`${prefix}_`))!;
    ingested[prefix] = JSON.parse(await cli("ingest", join(seeds, file), "--manifest", manifest, "--json"));
  }
});

after(() => {
  if (folder) rmSync(folder, { recursive: true, force: true });
});

test("the oldest report alone revises nothing and opens no conflict", async (t) => {
  if (skip) return t.skip(skip);
  assert.deepEqual(ingested["004"]!.changes.revisions, []);
  assert.deepEqual(ingested["004"]!.changes.conflictsOpened, []);
  const alone = JSON.parse(
    await cli("changes", "--from", "004_fc5d5a8806574546.txt", "--no-scenarios", "--json"),
  );
  assert.equal(alone.ledger.newClaims.length, 6);
  assert.deepEqual(alone.ledger.revisions, []);
});

test("changes --from the February 2026 report: 1.4 tn $ → ~600 bn $ with both sources, and the scenarios move", async (t) => {
  if (skip) return t.skip(skip);
  const argv = ["changes", "--from", "002_1423c8237e1798e9.txt", "--samples", "4000", "--workers", "1"];
  const report = JSON.parse(await cli(...argv, "--json"));
  const revision = report.ledger.revisions.find(
    (r: { from: { metric: string; point: number }; to: { metric: string; point: number } }) =>
      r.from.metric === "compute_commitment" && r.from.point === 1.4e12 && r.to.point === 6e11,
  );
  assert.ok(revision, "no 1.4 tn → 600 bn revision");
  assert.equal(revision.direction, "down");
  assert.ok(revision.from.sources.some((s: { reported: string }) => s.reported === "2025-11"));
  assert.ok(revision.to.sources.every((s: { reported: string }) => s.reported === "2026-02-21"));
  assert.deepEqual(ingested["002"]!.changes.conflictsOpened, []);

  const revised = report.scenarios.find((s: { file: string }) => s.file.endsWith("openai-2026-revised.yaml"));
  const compute = revised.moved.find((m: { name: string }) => m.name === "compute_by_2030");
  assert.ok(compute, `moved: ${revised.moved.map((m: { name: string }) => m.name)}`);
  assert.ok(Math.abs(compute.after.summary.p50 - 6e11) < 0.02 * 6e11);
  assert.ok(compute.before.summary.p50 > 9e11);
  const positive = revised.answers.find((a: { name: string }) => a.name === "cash_flow_positive_by_2030");
  assert.ok(positive.after.probability > positive.before.probability + 0.1);
  const gap = revised.answers.find((a: { name: string }) => a.name === "funding_gap");
  assert.ok(gap.after.p50 < gap.before.p50 / 2);
  assert.equal(revised.drivers[0].input, "compute_by_2030");
  assert.ok(revised.drivers[0].effect > 0.1);

  const text = await cli(...argv);
  assert.match(
    text,
    /Figures revised \(\d+\)\n {2}OpenAI compute_commitment → compute_spending_target: .*1\.4 tn \$ → ~600 bn \$ \(−800 bn \$, −57 %\)/,
  );
  assert.match(
    text,
    /input compute_by_2030: .* → (59\d|60\d) bn \$ .*\(claim 07e1402f1519, Annonce de dernière minute.*, 2026-02-21\)/,
  );
  assert.match(text, /P\(cash_flow_positive_by_2030\) \d+\.\d % → \d+\.\d %/);
  assert.match(
    text,
    /driven by \(effect on P\(cash_flow_positive_by_2030\)\): compute_by_2030 \(\+\d+\.\d pts\)/,
  );
});

test("changes --since the report's week finds the same revisions as --from it", async (t) => {
  if (skip) return t.skip(skip);
  const ids = (text: string) =>
    (JSON.parse(text).ledger.revisions as { id: string }[]).map((r) => r.id).sort();
  const since = await cli("changes", "--since", "2026-02-15", "--no-scenarios", "--json");
  const from = await cli("changes", "--from", "002_1423c8237e1798e9.txt", "--no-scenarios", "--json");
  assert.deepEqual(ids(since), ids(from));
  assert.ok(ids(since).length >= 1);
});

test("the day before a date keeps the date's precision", () => {
  assert.deepEqual(["2026-03-01", "2026-01-01", "2026-02", "2026-01", "2026"].map(dayBefore), [
    "2026-02-28",
    "2025-12-31",
    "2026-01",
    "2025-12",
    "2025",
  ]);
});
