import assert from "node:assert/strict";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { makeClaim, makeDocument } from "../../../test/support/ledger-fixtures.js";
import { openLedger } from "../../ledger/index.js";
import { DEFAULT_FONT_FILES } from "../../report/render.js";
import { memoryIo } from "../io.js";
import { program } from "../program.js";

// Invented documents: a commitment later replaced by a smaller spending target, and a cloud contract.
const TEXT_A =
  "Invented report A. The company has commitments of 1.4 trillion dollars over eight years. A cloud deal with Oracle is worth 300 billion dollars.";
const TEXT_B =
  "Invented report B. The company now targets about 600 billion dollars of compute spending by 2030.";

let dir = "";
let db = "";

before(async () => {
  dir = mkdtempSync(join(tmpdir(), "chart-cli-"));
  db = join(dir, "db");
  const store = await openLedger({ dataDir: db });
  await store.migrate();
  const a = TEXT_A.indexOf("commitments");
  const o = TEXT_A.indexOf("A cloud");
  await store.insertDocument(
    makeDocument(TEXT_A, { title: "Report <A>", published: "2025-11-06", language: "en" }),
    [
      makeClaim(TEXT_A, a, a + 60, {
        metric: "compute_commitment",
        value: { low: 1.4e12, high: 1.4e12, bound: "exact" },
        period: { start: "2025-11", end: "2033-11" },
        qualifier: "commitment",
      }),
      makeClaim(TEXT_A, o, TEXT_A.length, {
        metric: "compute_commitment",
        counterparty: "Oracle",
        value: { low: 300e9, high: 300e9, bound: "exact" },
        period: { start: "2027-01-01", end: "2031-12-31" },
        qualifier: "commitment",
      }),
    ],
  );
  const t = TEXT_B.indexOf("targets");
  await store.insertDocument(
    makeDocument(TEXT_B, { title: "Report B", published: "2026-02-20", language: "en" }),
    [
      makeClaim(TEXT_B, t, TEXT_B.length, {
        metric: "compute_spending_target",
        value: { low: 600e9, high: 600e9, bound: "approx" },
        period: { start: null, end: "2030-12-31" },
        qualifier: "target",
      }),
    ],
  );
  await store.close();
});

after(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

test("chart timeline writes an SVG with one mark per fact from the ledger", async () => {
  const out = join(dir, "timeline.svg");
  const run = memoryIo();
  const code = await program(
    ["chart", "timeline", "OpenAI", "compute_commitment", "--db", db, "--out", out],
    run.io,
  );
  assert.equal(code, 0, run.stderr());
  const svg = readFileSync(out, "utf8");
  const facts = svg.match(/<g class="mark-symbol role-mark facts_marks"[\s\S]*?<\/g>/)?.[0] ?? "";
  assert.ok((facts.match(/<path /g)?.length ?? 0) >= 2, "the ledger's commitment figures are drawn");
  assert.match(svg, /Report &lt;A&gt;/, "source titles are escaped in tooltips");
});

test("chart commitments --format vl.json prints the spec, stacked by counterparty", async () => {
  const run = memoryIo();
  const code = await program(["chart", "commitments", "OpenAI", "--db", db, "--format", "vl.json"], run.io);
  assert.equal(code, 0, run.stderr());
  const spec = JSON.parse(run.stdout());
  const rows = spec.data.values as Array<{ counterparty: string; year: string }>;
  assert.ok(rows.some((row) => row.counterparty === "Oracle" && row.year === "2027"));
});

test("chart … --out x.png writes a PNG", {
  skip: !DEFAULT_FONT_FILES.every(existsSync) && "DejaVu fonts absent",
}, async () => {
  const out = join(dir, "c.png");
  const run = memoryIo();
  assert.equal(
    await program(["chart", "commitments", "OpenAI", "--db", db, "--out", out, "--scale", "1"], run.io),
    0,
    run.stderr(),
  );
  assert.deepEqual([...readFileSync(out).subarray(1, 4)], [0x50, 0x4e, 0x47]);
});

test("chart usage errors exit 2", async () => {
  for (const argv of [
    ["chart"],
    ["chart", "pie"],
    ["chart", "timeline", "OpenAI"],
    ["chart", "commitments", "OpenAI", "--format", "gif"],
    ["chart", "commitments", "OpenAI", "--format", "png"],
    ["report", "s.yaml", "--out", "r.pdf"],
    ["report", "s.yaml"],
  ]) {
    const run = memoryIo();
    assert.equal(await program(argv, run.io), 2, `${argv.join(" ")}: ${run.stderr()}`);
  }
});

test("an entity with no figures is not found (exit 1)", async () => {
  const run = memoryIo();
  assert.equal(
    await program(["chart", "timeline", "Nobody", "revenue", "--db", db, "--format", "svg"], run.io),
    1,
  );
  assert.match(run.stderr(), /no revenue figures for Nobody/);
});
