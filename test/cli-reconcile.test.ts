import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { memoryIo } from "../src/cli/io.js";
import { program } from "../src/cli/program.js";
import type { Claim } from "../src/core/index.js";
import { openLedger } from "../src/ledger/index.js";
import { makeClaim, makeDocument } from "./support/ledger-fixtures.js";

/** timeline, conflicts and check in-process over a PGlite folder holding two invented reports. */

const EARLY = [
  "Le plan de calcul",
  "La société a pris 1,4 trillion de dollars d'engagements sur huit ans.",
  "Elle a réalisé 4,3 milliards de dollars de revenus au premier semestre 2025.",
  "Ses revenus annualisés dépasseront 20 milliards de dollars fin 2025.",
].join("\n");
const LATE = [
  "Le plan révisé",
  "Son objectif de dépenses en calcul d'ici 2030 est d'environ 600 milliards de dollars.",
  "Elle a réalisé 13,1 milliards de dollars de revenus en 2025.",
  "Elle a réalisé 12 milliards de dollars de revenus en 2025, selon un autre calcul.",
].join("\n");

let dir: string;
let db: string;
let lateIds: string[] = [];

function line(text: string, n: number, fields: Partial<Claim>): Claim {
  const lines = text.split("\n");
  const start = lines.slice(0, n).join("\n").length + 1;
  return makeClaim(text, start, start + lines[n]!.length, fields);
}

async function run(...argv: string[]) {
  const session = memoryIo({ env: { USER: "tester" } });
  const code = await program([...argv, "--db", db], session.io);
  return { code, stdout: session.stdout(), stderr: session.stderr() };
}

before(async () => {
  dir = mkdtempSync(join(tmpdir(), "fl-cli-reconcile-"));
  db = join(dir, "db");
  const store = await openLedger({ dataDir: db });
  await store.migrate();
  await store.insertDocument(makeDocument(EARLY, { source: "early.txt", published: "2025-11-06" }), [
    line(EARLY, 1, {
      metric: "compute_commitment",
      value: { low: 1.4e12, high: 1.4e12, bound: "approx" },
      period: { start: "2025-11", end: "2033-11" },
      qualifier: "commitment",
    }),
    line(EARLY, 2, {
      value: { low: 4.3e9, high: 4.3e9, bound: "approx" },
      period: { start: "2025-01-01", end: "2025-06-30" },
      qualifier: "estimated",
    }),
    line(EARLY, 3, {
      metric: "revenue_run_rate",
      value: { low: 2e10, high: null, bound: "at_least" },
      period: { asOf: "2025-12-31" },
      qualifier: "target",
    }),
  ]);
  const late = await store.insertDocument(
    makeDocument(LATE, { source: "late.txt", published: "2026-02-20" }),
    [
      line(LATE, 1, {
        metric: "compute_spending_target",
        value: { low: 6e11, high: 6e11, bound: "approx" },
        period: { start: null, end: "2030-12-31" },
        qualifier: "target",
      }),
      line(LATE, 2, {}),
      line(LATE, 3, { value: { low: 1.2e10, high: 1.2e10, bound: "exact" } }),
    ],
  );
  lateIds = late.claimIds;
  await store.close();
});

after(() => rmSync(dir, { recursive: true, force: true }));

test("timeline shows the commitment revised downward by the spending target, with both sources", async () => {
  const commitment = await run("timeline", "openai", "compute_commitment");
  assert.equal(commitment.code, 0, commitment.stderr);
  assert.match(commitment.stdout, /OpenAI · compute_commitment/);
  assert.match(commitment.stdout, /~1\.4 tn \$ +commitment .*Le plan de calcul, 2025-11-06/);
  assert.match(
    commitment.stdout,
    /→ revised by ~600 bn \$ compute_spending_target \(by 2030, 2026-02-20; downward, −57 %, commitment vs spending target, auto\)/,
  );
  const target = await run("timeline", "OpenAI", "compute_spending_target", "--json");
  const parsed = JSON.parse(target.stdout);
  assert.equal(parsed.series[0].facts[0].sources[0].title, "Le plan révisé");
  assert.equal(parsed.revisions[0].from.sources[0].title, "Le plan de calcul");
  assert.deepEqual(parsed.revisions[0].labels, ["commitment_vs_target"]);
});

test("timeline refuses an unknown metric (2) and reports an unknown entity (1)", async () => {
  assert.equal((await run("timeline", "OpenAI", "profits")).code, 2);
  const missing = await run("timeline", "Nobody");
  assert.equal(missing.code, 1);
  assert.match(missing.stderr, /no facts about Nobody/);
});

test("conflicts lists the two 2025 revenues from one report, and the explained differences", async () => {
  const result = await run("conflicts");
  assert.equal(result.code, 0, result.stderr);
  assert.match(result.stdout, /Conflicts \(1\)/);
  assert.match(
    result.stdout,
    /OpenAI +revenue +2025 +13\.1 bn \$ +Le plan révisé, 2026-02-20 +12 bn \$ +Le plan révisé, 2026-02-20 +8 %/,
  );
  assert.match(result.stdout, /run_rate_vs_revenue .*> 20 bn \$ is an annualised run-rate at Dec 2025/);
  assert.match(result.stdout, /commitment_vs_target/);
  const json = JSON.parse((await run("conflicts", "--json")).stdout);
  assert.equal(json.conflicts.length, 1);
  assert.ok(json.explained.some((e: { reason: string }) => e.reason === "run_rate_vs_revenue"));
});

test("a reviewer's link turns the conflict into a revision", async () => {
  const [, reported, other] = lateIds;
  const linked = await run(
    "review",
    "link-revision",
    reported!,
    other!,
    "--reason",
    "the later figure corrects the estimate",
  );
  assert.equal(linked.code, 0, linked.stderr);
  const result = await run("conflicts", "--json");
  assert.equal(JSON.parse(result.stdout).conflicts.length, 0);
  const timeline = await run("timeline", "OpenAI", "revenue");
  assert.match(timeline.stdout, /linked by a reviewer|manual/);
});

test("check prints pass/warn/fail with the arithmetic and exits 0", async () => {
  const result = await run("check");
  assert.equal(result.code, 0, result.stderr);
  assert.match(result.stdout, /PASS +parts_of_whole .*13\.1 − 4\.3 = 8\.8 bn \$ \(H2 2025 implied\)/);
  assert.match(result.stdout, /run_rate_vs_revenue/);
  assert.match(result.stdout, /\d+ pass, \d+ warn, \d+ fail/);
  const json = JSON.parse((await run("check", "--rule", "run_rate_vs_revenue", "--json")).stdout);
  assert.ok(json.length > 0 && json.every((r: { rule: string }) => r.rule === "run_rate_vs_revenue"));
  assert.equal((await run("check", "--rule", "nope")).code, 2);
  const help = await run("check", "--help");
  assert.match(help.stdout, /Exit 0 even when checks warn or fail/);
});

test("a year-only inferred date makes 'dates uncertain'; documents set-date settles it and the revision follows the date", async () => {
  const folder = mkdtempSync(join(tmpdir(), "fl-cli-set-date-"));
  const ledger = join(folder, "db");
  const cli = async (...argv: string[]) => {
    const session = memoryIo({ env: { USER: "tester" }, cwd: folder });
    const code = await program([...argv, "--db", ledger], session.io);
    return { code, stdout: session.stdout(), stderr: session.stderr() };
  };
  try {
    writeFileSync(
      join(folder, "first.txt"),
      "Les comptes\nOpenAI a réalisé 12 milliards de dollars de chiffre d'affaires en 2025.\n",
    );
    writeFileSync(
      join(folder, "second.txt"),
      "Les comptes revus\nOpenAI a réalisé 13,1 milliards de dollars de chiffre d'affaires en 2025.\n",
    );
    assert.equal((await cli("ingest", join(folder, "first.txt"))).code, 0);
    assert.equal((await cli("ingest", join(folder, "second.txt"), "--published", "2026-02-20")).code, 0);
    const documents = JSON.parse((await cli("documents", "list", "--json")).stdout) as {
      id: string;
      source: string;
      published: string;
      publishedConfidence: string;
    }[];
    const first = documents.find((d) => d.source === "first.txt")!;
    assert.deepEqual([first.published, first.publishedConfidence], ["2025", "low"]);

    const before = JSON.parse((await cli("conflicts", "--json")).stdout);
    assert.equal(before.conflicts.length, 0);
    assert.equal(before.datesUncertain.length, 1);
    assert.equal(before.datesUncertain[0].would, "revision");
    const text = await cli("conflicts");
    assert.match(text.stdout, /Dates uncertain \(1\)/);
    assert.match(
      text.stdout,
      /revision +OpenAI +revenue 12 bn \$ \(2025\) +revenue 13\.1 bn \$ \(2025\) +Les comptes \(2025\)/,
    );

    const set = await cli(
      "documents",
      "set-date",
      first.id,
      "2025-11-06",
      "--reason",
      "the outlet's archive page",
    );
    assert.equal(set.code, 0, set.stderr);
    assert.match(set.stdout, /published 2025 \(inferred\) → 2025-11-06, set by tester/);
    const after = JSON.parse((await cli("conflicts", "--json")).stdout);
    assert.deepEqual([after.conflicts.length, after.datesUncertain.length], [0, 0]);
    assert.match(
      (await cli("timeline", "OpenAI", "revenue")).stdout,
      /revised upward: 12 bn \$ → 13\.1 bn \$|→ revised by 13\.1 bn \$ revenue/,
    );

    assert.equal(
      (await cli("documents", "set-date", first.id, "2026-03", "--reason", "a later reprint")).code,
      0,
    );
    const reversed = JSON.parse((await cli("timeline", "OpenAI", "revenue", "--json")).stdout);
    assert.equal(reversed.revisions.length, 1);
    assert.equal(reversed.revisions[0].direction, "down");
    assert.equal(reversed.revisions[0].to.sources[0].reported, "2026-03");
    const shown = await cli("documents", "show", first.id);
    assert.match(shown.stdout, /date from: +set by tester: a later reprint/);
    assert.equal((await cli("documents", "set-date", first.id, "2026-13", "--reason", "x")).code, 2);
    assert.equal((await cli("documents", "set-date", first.id, "2026-01")).code, 2);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});
