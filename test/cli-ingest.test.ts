import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { type CliIo, memoryIo } from "../src/cli/io.js";
import { program } from "../src/cli/program.js";

/** `ingest` in-process over a temp PGlite folder: per-file lines, the summary, re-ingestion, failures, the progress bar. */

let dir: string;
let corpus: string;

const FRENCH = [
  "OpenAI vise 600 milliards de dollars de dépenses de calcul",
  "",
  "Selon le Financial Times, OpenAI a réalisé un chiffre d'affaires de 13,1 milliards de dollars en 2025.",
  "La société a enregistré des pertes de 13,5 milliards de dollars au premier semestre.",
].join("\n");
const ENGLISH = [
  "# Oracle and the 300 billion dollar contract",
  "",
  "OpenAI signed a $300 billion cloud contract with Oracle, according to The Wall Street Journal.",
  "Each gigawatt would cost between $50 billion and $60 billion.",
].join("\n");

function session(options: { tty?: boolean } = {}) {
  const memory = memoryIo({ env: { USER: "tester" }, cwd: dir });
  const io: CliIo = { ...memory.io, isTTY: options.tty ?? false };
  return { io, stdout: memory.stdout, stderr: memory.stderr };
}

async function run(argv: string[], options: { tty?: boolean; db?: string } = {}) {
  const s = session(options);
  const code = await program([...argv, "--db", options.db ?? join(dir, "db")], s.io);
  return { code, stdout: s.stdout(), stderr: s.stderr() };
}

before(() => {
  dir = mkdtempSync(join(tmpdir(), "fl-cli-ingest-"));
  corpus = join(dir, "corpus");
  mkdirSync(join(corpus, "nested"), { recursive: true });
  writeFileSync(join(corpus, "openai-fr.txt"), FRENCH);
  writeFileSync(join(corpus, "nested", "oracle-en.md"), ENGLISH);
});
after(() => rmSync(dir, { recursive: true, force: true }));

test("ingest stores each file once, prints one line per file and the summary; re-ingesting is a no-op", async () => {
  const first = await run(["ingest", corpus, "--published", "2025-11-04"]);
  assert.equal(first.code, 0, first.stderr);
  const lines = first.stdout.trimEnd().split("\n");
  // Per-file lines, the summary, then what the new documents changed in the ledger.
  assert.equal(lines.length, 4, first.stdout);
  const perFile = lines.slice(0, 2).sort();
  assert.match(perFile[0]!, /nested\/oracle-en\.md: stored \d+ claims? as document [0-9a-f]{12}$/);
  assert.match(perFile[1]!, /openai-fr\.txt: stored \d+ claims? as document [0-9a-f]{12}$/);
  const claimsPerFile = lines.slice(0, 2).map((line) => Number(/stored (\d+)/.exec(line)![1]));
  const total = claimsPerFile[0]! + claimsPerFile[1]!;
  assert.equal(
    lines[2],
    `stored 2 documents (${total} claim${total === 1 ? "" : "s"}), 0 already present, 0 failed`,
  );
  assert.match(lines[3]!, new RegExp(`^changes: ${total} new claims, 0 figures revised, 0 conflicts opened`));
  assert.equal(first.stderr, "");

  const listed = JSON.parse((await run(["documents", "list", "--json"])).stdout);
  assert.equal(listed.length, 2);
  assert.deepEqual(
    listed.map((d: { published: string }) => d.published),
    ["2025-11-04", "2025-11-04"],
  );
  assert.equal(
    listed.reduce((sum: number, d: { claimCount: number }) => sum + d.claimCount, 0),
    total,
  );

  const again = await run(["ingest", join(corpus, "openai-fr.txt"), join(corpus, "nested")]);
  assert.equal(again.code, 0, again.stderr);
  assert.match(again.stdout, /openai-fr\.txt: already in the ledger as document [0-9a-f]{12}\n/);
  assert.match(again.stdout, /stored 0 documents \(0 claims\), 2 already present, 0 failed\n$/);
  assert.equal(JSON.parse((await run(["documents", "list", "--json"])).stdout).length, 2);
});

test("a failing input is reported with its file and the exit code is 1; the others are still stored", async () => {
  const db = "memory://";
  const big = join(dir, "big.txt");
  writeFileSync(big, `${"Nvidia investira 100 milliards de dollars. ".repeat(50)}`);
  const missing = join(dir, "absent.txt");
  const result = await run(["ingest", big, missing, join(corpus, "openai-fr.txt"), "--max-bytes", "1000"], {
    db,
  });
  assert.equal(result.code, 1);
  assert.match(result.stderr, /absent\.txt/);
  assert.match(result.stderr, /big\.txt/);
  assert.equal(result.stderr.trimEnd().split("\n").length, 2, result.stderr);
  assert.match(result.stdout, /openai-fr\.txt: stored/);
  assert.match(
    result.stdout,
    /stored 1 document \(\d+ claims?\), 0 already present, 2 failed\nchanges: \d+ new claims?/,
  );
});

test("--json prints the per-file report; usage errors exit 2", async () => {
  const db = join(dir, "db-json");
  const result = await run(
    ["ingest", corpus, "--json", "--lang", "fr", "--source", "https://example.test/a"],
    { db },
  );
  assert.equal(result.code, 0, result.stderr);
  const report = JSON.parse(result.stdout);
  assert.equal(report.stored, 2);
  assert.equal(report.failed, 0);
  assert.deepEqual(
    report.files.map((f: { status: string }) => f.status),
    ["stored", "stored"],
  );
  const documents = JSON.parse((await run(["documents", "list", "--json"], { db })).stdout);
  assert.ok(
    documents.every(
      (d: { source: string; language: string }) =>
        d.source === "https://example.test/a" && d.language === "fr",
    ),
  );
  assert.equal((await run(["ingest"], { db })).code, 2);
  assert.equal((await run(["ingest", corpus, "--lang", "de"], { db })).code, 2);
  assert.equal((await run(["ingest", corpus, "--published", "4 novembre"], { db })).code, 2);
  assert.equal((await run(["ingest", corpus, "--max-bytes", "-3"], { db })).code, 2);
});

test("a progress bar goes to stderr on a terminal for more than a few files, never with --json", async () => {
  const many = join(dir, "many");
  mkdirSync(many);
  for (let i = 0; i < 8; i++)
    writeFileSync(join(many, `note-${i}.txt`), `Note ${i}\n\nOpenAI a levé ${i + 1} milliards de dollars.`);
  const tty = await run(["ingest", many], { tty: true, db: "memory://" });
  assert.equal(tty.code, 0, tty.stderr);
  assert.match(tty.stderr, /ingesting \[/);
  assert.equal(tty.stdout.trimEnd().split("\n").length, 10);
  const json = await run(["ingest", many, "--json"], { tty: true, db: "memory://" });
  assert.equal(json.stderr, "");
  assert.equal(JSON.parse(json.stdout).stored, 8);
  assert.equal(JSON.parse(json.stdout).changes.newClaims.length, 8);
});
