import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, test } from "node:test";
import { memoryIo } from "../src/cli/io.js";
import { program } from "../src/cli/program.js";
import { fixturePath, projectRoot } from "./support/paths.js";

/**
 * `import`: a table laid out like Epoch AI's data on AI companies, read with the shipped mapping.
 * A first snapshot adds a claim per row; a newer snapshot with one figure changed records that
 * revision (visible in `changes`) and its new rows, nothing twice; the same file again changes
 * nothing; a table with bad rows stores nothing and names each bad cell.
 */

const MAPPING = join(projectRoot(), "mappings", "epoch-ai-companies.yaml");
const FIRST = fixturePath("tables", "ai-companies-2025-09.csv");
const SECOND = fixturePath("tables", "ai-companies-2025-11.csv");
const BAD = fixturePath("tables", "ai-companies-bad-rows.csv");
const folders: string[] = [];

after(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

function freshLedger(): string {
  const folder = mkdtempSync(join(tmpdir(), "fl-import-"));
  folders.push(folder);
  return join(folder, "db");
}

async function cli(db: string, ...argv: string[]) {
  const session = memoryIo({ env: { USER: "tester" }, cwd: projectRoot() });
  const code = await program([...argv, "--db", db], session.io);
  return { code, stdout: session.stdout(), stderr: session.stderr() };
}

async function importTable(db: string, file: string, published: string) {
  const run = await cli(db, "import", file, "--mapping", MAPPING, "--published", published, "--json");
  assert.equal(run.code, 0, run.stderr);
  return JSON.parse(run.stdout);
}

interface ListedClaim {
  id: string;
  entity: string;
  metric: string;
  value: { low: number | null; high: number | null; bound: string };
  unit: string;
  period: unknown;
  quote: string;
  confidence?: number;
  documentId: string;
}

async function claims(db: string): Promise<ListedClaim[]> {
  const run = await cli(db, "claims", "list", "--json");
  assert.equal(run.code, 0, run.stderr);
  return JSON.parse(run.stdout);
}

test("import: each row a claim, its quote the row, ids the same in any ledger", async () => {
  const db = freshLedger();
  const report = await importTable(db, FIRST, "2025-09-15");
  assert.deepEqual([report.status, report.rows, report.added, report.revised], ["stored", 11, 11, 0]);
  const listed = await claims(db);
  assert.equal(listed.length, 11);
  const round = listed.find(
    (c) => c.entity === "Anthropic" && c.metric === "valuation" && c.value.low === 1.83e11,
  );
  assert.ok(round, "Anthropic's 183 bn $ valuation");
  assert.deepEqual(round.period, { asOf: "2025-09-02" });
  assert.equal(round.unit, "USD");
  assert.equal(round.confidence, 0.9);
  assert.match(round.quote, /^Anthropic,2025-09-02,As of,Valuation \(post-money\),183,USD billions,/);
  const runRate = listed.find((c) => c.entity === "Anthropic" && c.metric === "revenue_run_rate");
  assert.deepEqual(runRate?.value, { low: 5e9, high: null, bound: "at_least" });
  const mistral = listed.find((c) => c.entity === "Mistral AI" && c.metric === "valuation");
  assert.deepEqual([mistral?.unit, mistral?.value.low], ["EUR", 1.17e10]);
  const revenue = listed.find((c) => c.entity === "OpenAI" && c.metric === "revenue");
  assert.deepEqual(revenue?.period, { start: "2024-01-01", end: "2024-12-31" });
  const table = (await cli(db, "claims", "list")).stdout;
  assert.match(table, /status +reviewed +v +conf +quote/);
  assert.match(table, / 0\.90 +Anthropic,2025-09-02,As of,Valuation/);
  const again = freshLedger();
  await importTable(again, FIRST, "2025-09-15");
  assert.deepEqual((await claims(again)).map((c) => c.id).sort(), listed.map((c) => c.id).sort());
});

test("re-import of a newer snapshot: one revision visible in changes, new rows added, nothing twice", async () => {
  const db = freshLedger();
  await importTable(db, FIRST, "2025-09-15");
  const report = await importTable(db, SECOND, "2025-11-15");
  assert.deepEqual([report.rows, report.added, report.revised, report.unchanged], [13, 2, 1, 10]);
  assert.equal(report.claimIds.length, 3);
  assert.equal(report.changes.revisions.length, 1);
  assert.equal((await claims(db)).length, 11 + 3);
  const changes = await cli(db, "changes", "--from", report.documentId, "--no-scenarios", "--json");
  assert.equal(changes.code, 0, changes.stderr);
  const revisions = JSON.parse(changes.stdout).ledger.revisions as {
    from: { entity: string; metric: string; value: { low: number } };
    to: { value: { low: number } };
    direction: string;
  }[];
  assert.equal(revisions.length, 1);
  const [revision] = revisions;
  assert.deepEqual(
    [revision!.from.entity, revision!.from.metric, revision!.from.value.low, revision!.to.value.low],
    ["OpenAI", "revenue", 3.7e9, 4e9],
  );
  assert.equal(revision!.direction, "up");
  const conflicts = JSON.parse((await cli(db, "conflicts", "--json")).stdout);
  assert.deepEqual(conflicts.conflicts, [], "a revised figure is no conflict");
});

test("an identical re-import is a no-op; an older-dated snapshot that changes figures is refused", async () => {
  const db = freshLedger();
  const first = await importTable(db, FIRST, "2025-09-15");
  const same = await importTable(db, FIRST, "2025-10-01");
  assert.deepEqual([same.status, same.documentId, same.claimIds], ["present", first.documentId, []]);
  assert.equal((await claims(db)).length, 11);
  const stale = await cli(db, "import", SECOND, "--mapping", MAPPING, "--published", "2025-09-01");
  assert.equal(stale.code, 2);
  assert.match(
    stale.stderr,
    /dated 2025-09-01\) changes figures of a snapshot .* dated 2025-09-15; give --published/,
  );
  assert.equal((await claims(db)).length, 11);
  const documents = JSON.parse((await cli(db, "documents", "list", "--json")).stdout);
  assert.equal(documents.length, 1);
});

test("bad rows: one line per bad cell naming file:line and column; nothing stored", async () => {
  const db = freshLedger();
  await importTable(db, FIRST, "2025-09-15");
  const run = await cli(db, "import", BAD, "--mapping", MAPPING, "--published", "2025-12-01");
  assert.equal(run.code, 1);
  const lines = run.stderr.trim().split("\n");
  assert.match(lines[0]!, /ai-companies-bad-rows\.csv:7: column 'Value': 'three and a half' is not a number/);
  assert.match(lines[1]!, /ai-companies-bad-rows\.csv:11: column 'Date': '2025-13-09' is not a real date/);
  assert.match(lines[2]!, /2 bad rows; nothing was imported/);
  const json = await cli(db, "import", BAD, "--mapping", MAPPING, "--published", "2025-12-01", "--json");
  assert.equal(json.code, 1);
  const report = JSON.parse(json.stdout);
  assert.equal(report.status, "invalid");
  assert.equal(report.errors.length, 2);
  assert.equal((await claims(db)).length, 11);
});

test("a mapping or header that does not fit is named in one line", async () => {
  const db = freshLedger();
  const folder = mkdtempSync(join(tmpdir(), "fl-import-map-"));
  folders.push(folder);
  const mapping = join(folder, "m.yaml");
  writeFileSync(mapping, "title: T\ncolumns: {entity: Company, value: Value, metric: Metric}\n");
  const noUnit = await cli(db, "import", FIRST, "--mapping", mapping);
  assert.equal(noUnit.code, 2);
  assert.match(noUnit.stderr, /m\.yaml: columns\.unit: needs a column or a constant/);
  writeFileSync(
    mapping,
    "title: T\ncolumns: {entity: Firm, value: Value, metric: Metric}\nconstants: {unit: USD}\n",
  );
  const header = await cli(db, "import", FIRST, "--mapping", mapping);
  assert.equal(header.code, 1);
  assert.match(
    header.stderr,
    /ai-companies-2025-09\.csv:1: column 'Firm' \(the mapping's entity\) is not in the header/,
  );
  writeFileSync(
    mapping,
    "title: T\ncolumns: {entity: Company, value: Value, metric: Metric}\nconstants: {unit: USD}\n",
  );
  const unit = join(folder, "t.csv");
  writeFileSync(unit, "Company,Metric,Value\nOpenAI,valuation,3\nOpenAI,weekly_active_users,800\n");
  const fit = await cli(db, "import", unit, "--mapping", mapping);
  assert.equal(fit.code, 1);
  assert.match(fit.stderr, /t\.csv:3: column 'unit': 'USD' does not fit weekly_active_users/);
});
