import assert from "node:assert/strict";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { DOMParser } from "linkedom";
import { makeClaim, makeDocument } from "../../../test/support/ledger-fixtures.js";
import { projectRoot } from "../../../test/support/paths.js";
import { openLedger } from "../../ledger/index.js";
import { DEFAULT_FONT_FILES } from "../../report/render.js";
import { splitTarget } from "../../use-cases/charts.js";
import { memoryIo } from "../io.js";
import { program } from "../program.js";

/**
 * The scenario charts and the report, end to end through the CLI, on the repository's scenarios
 * with few samples. The ledger holds invented figures: OpenAI's 2025 revenue (bound by the
 * scenario's revenue_2025 input and drawn on the revenue fan), a first-half revenue (not a yearly
 * figure: not drawn), and a compute commitment later replaced by a spending target.
 */

const REVISED = join(projectRoot(), "scenarios", "openai-2026-revised.yaml");
const COMMITMENTS = join(projectRoot(), "scenarios", "openai-2025-commitments.yaml");
const FAST = ["--samples", "20000", "--workers", "1"];
const fonts = DEFAULT_FONT_FILES.every(existsSync);

const TEXT_A =
  "Invented report A. Revenue reached 13.1 billion dollars in 2025. First-half revenue was 4.3 billion dollars. The company has commitments of 1.4 trillion dollars over eight years.";
const TEXT_B =
  "Invented report B. The company now targets about 600 billion dollars of compute spending by 2030.";

let dir = "";
let db = "";

before(async () => {
  dir = mkdtempSync(join(tmpdir(), "chart-model-"));
  db = join(dir, "db");
  const store = await openLedger({ dataDir: db });
  await store.migrate();
  const r = TEXT_A.indexOf("Revenue reached");
  const h = TEXT_A.indexOf("First-half");
  const c = TEXT_A.indexOf("The company has");
  await store.insertDocument(
    makeDocument(TEXT_A, { title: "Report A", published: "2026-02-10", language: "en" }),
    [
      makeClaim(TEXT_A, r, h - 1),
      makeClaim(TEXT_A, h, c - 1, {
        value: { low: 4.3e9, high: 4.3e9, bound: "exact" },
        period: { start: "2025-01-01", end: "2025-06-30" },
      }),
      makeClaim(TEXT_A, c, TEXT_A.length, {
        metric: "compute_commitment",
        value: { low: 1.4e12, high: 1.4e12, bound: "exact" },
        period: { start: "2025-11", end: "2033-11" },
        qualifier: "commitment",
      }),
    ],
  );
  const t = TEXT_B.indexOf("The company");
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

/** The number of marks Vega drew in one named layer of an SVG (over every group of that layer). */
function marks(svg: string, layer: string): number {
  const groups = svg.matchAll(
    new RegExp(`<g class="mark-[a-z]+ role-mark ${layer}_marks"[^>]*>([\\s\\S]*?)</g>`, "g"),
  );
  return [...groups].reduce((n, group) => n + (group[1]?.match(/<path /g)?.length ?? 0), 0);
}

async function cli(argv: string[], cwd = dir) {
  const run = memoryIo({ cwd });
  const code = await program(argv, run.io);
  return { code, stdout: run.stdout(), stderr: run.stderr() };
}

test("splitTarget reads output@YEAR, output[YEAR] and bare names", () => {
  assert.deepEqual(splitTarget("cash@2030"), { name: "cash", period: 2030 });
  assert.deepEqual(splitTarget("cash[2029]"), { name: "cash", period: 2029 });
  assert.deepEqual(splitTarget("funding_gap"), { name: "funding_gap", period: undefined });
  assert.throws(() => splitTarget("cash 2030"), /expected output/);
});

test("chart fan draws the bands, the median per year and the ledger's yearly revenue", async () => {
  const out = join(dir, "fan.svg");
  const r = await cli(["chart", "fan", REVISED, "--variable", "revenue", "--db", db, "--out", out, ...FAST]);
  assert.equal(r.code, 0, r.stderr);
  const svg = readFileSync(out, "utf8");
  assert.equal(marks(svg, "median"), 1);
  assert.equal(marks(svg, "periods"), 8, "one median point per year 2025–2032");
  assert.equal(marks(svg, "facts"), 1, "the 2025 revenue; the first-half figure is not a yearly one");
  assert.doesNotMatch(svg, /NaN/);

  const bare = join(dir, "fan-bare.svg");
  assert.equal(
    (await cli(["chart", "fan", REVISED, "--variable", "revenue", "--out", bare, ...FAST])).code,
    0,
  );
  assert.equal(marks(readFileSync(bare, "utf8"), "facts"), 0, "no ledger, no facts");
});

test("chart fan --out x.png writes a PNG", { skip: !fonts && "DejaVu fonts absent" }, async () => {
  const out = join(dir, "fan.png");
  const r = await cli(["chart", "fan", REVISED, "--variable", "cash", "--out", out, "--scale", "1", ...FAST]);
  assert.equal(r.code, 0, r.stderr);
  assert.deepEqual([...readFileSync(out).subarray(1, 4)], [0x50, 0x4e, 0x47]);
});

test("chart tornado draws two bars per sampled input", async () => {
  const spec = await cli([
    "chart",
    "tornado",
    REVISED,
    "--target",
    "funding_gap",
    "--format",
    "vl.json",
    "--samples",
    "2000",
  ]);
  assert.equal(spec.code, 0, spec.stderr);
  const rows = new Set(
    (JSON.parse(spec.stdout).data.values as Array<{ input: string }>).map((row) => row.input),
  );
  assert.ok(rows.has("revenue_2030") && rows.has("compute_by_2030"));
  assert.ok(!rows.has("revenue_share_2025"), "a point value does not swing");
  const out = join(dir, "tornado.svg");
  const r = await cli([
    "chart",
    "tornado",
    REVISED,
    "--target",
    "cash@2030",
    "--out",
    out,
    "--samples",
    "2000",
  ]);
  assert.equal(r.code, 0, r.stderr);
  assert.equal(marks(readFileSync(out, "utf8"), "swings"), 2 * rows.size);
});

test("chart histogram draws the bins of an output in a year, or of a scalar", async () => {
  const out = join(dir, "histogram.svg");
  const r = await cli(["chart", "histogram", REVISED, "--output", "cash@2030", "--out", out, ...FAST]);
  assert.equal(r.code, 0, r.stderr);
  const svg = readFileSync(out, "utf8");
  assert.ok(marks(svg, "bins") >= 10, `${marks(svg, "bins")} bins`);
  assert.match(svg, /cash 2030/);
  const scalar = await cli([
    "chart",
    "histogram",
    REVISED,
    "--output",
    "funding_gap",
    "--format",
    "vl.json",
    ...FAST,
  ]);
  assert.equal(scalar.code, 0, scalar.stderr);
  assert.doesNotMatch(scalar.stdout, /funding_gap \d{4}/, "a scalar has no year");
});

test("chart compare draws both scenarios' medians", async () => {
  const out = join(dir, "compare.svg");
  const r = await cli([
    "chart",
    "compare",
    COMMITMENTS,
    REVISED,
    "--variable",
    "revenue",
    "--out",
    out,
    ...FAST,
  ]);
  assert.equal(r.code, 0, r.stderr);
  const svg = readFileSync(out, "utf8");
  assert.equal(marks(svg, "median"), 2);
  assert.match(svg, /openai-2025-commitments/);
  assert.match(svg, /openai-2026-revised/);
});

test("scenario chart errors: missing option (2), unknown output (1), bad scenario (1)", async () => {
  assert.equal((await cli(["chart", "fan", REVISED, ...FAST])).code, 2);
  assert.equal((await cli(["chart", "compare", REVISED, "--variable", "revenue"])).code, 2);
  const unknown = await cli(["chart", "fan", REVISED, "--variable", "nope", ...FAST]);
  assert.equal(unknown.code, 1);
  assert.match(unknown.stderr, /no output 'nope'.*revenue/);
  const missing = await cli(["chart", "fan", join(dir, "absent.yaml"), "--variable", "revenue"]);
  assert.equal(missing.code, 1);
});

function parse(html: string) {
  return new DOMParser().parseFromString(html, "text/html");
}

test("report .html from a ledger: answers, charts, bound inputs, checks and sources", async () => {
  const out = join(dir, "r", "report.html");
  const r = await cli(["report", REVISED, "--db", db, "--out", out, ...FAST]);
  assert.equal(r.code, 0, r.stderr);
  const html = readFileSync(out, "utf8");
  const doc = parse(html);
  assert.match(doc.querySelector("#answer-positive")?.textContent ?? "", /by 2030[\s\S]*\d+%/);
  assert.match(
    doc.querySelector("#answer-funding")?.textContent ?? "",
    /until 2030[\s\S]*\d+ bn \$[\s\S]*\d+–\d+ bn \$/,
  );
  assert.ok(doc.querySelectorAll("figure svg").length >= 4);
  assert.ok(doc.querySelector("#chart-tornado"), "a tornado on the funding gap");
  assert.ok(doc.querySelector("#chart-histogram-cash"), "the cash histogram");
  assert.ok(doc.querySelector("#chart-commitments-openai"), "the ledger's commitments");
  assert.match(doc.querySelector("#chart-fan-revenue")?.innerHTML ?? "", /facts_marks/);
  assert.match(doc.querySelector("blockquote")?.textContent ?? "", /13\.1 billion/, "revenue_2025 is bound");
  assert.equal(doc.querySelectorAll("ol.sources li").length, 2);
  assert.doesNotMatch(html, /NaN|undefined/);
});

test("report .html without a ledger still answers and says the ledger was not read", async () => {
  const empty = mkdtempSync(join(dir, "cwd-"));
  const out = join(empty, "report.html");
  const r = await cli(["report", REVISED, "--out", out, ...FAST], empty);
  assert.equal(r.code, 0, r.stderr);
  assert.ok(!existsSync(join(empty, ".frontier-ledger")), "no ledger created");
  const doc = parse(readFileSync(out, "utf8"));
  assert.ok(doc.querySelector("#answer-positive") && doc.querySelector("#answer-funding"));
  assert.ok(doc.querySelectorAll("figure svg").length >= 4);
  assert.match(doc.body.textContent ?? "", /No ledger was read/);
  assert.match(doc.body.textContent ?? "", /revenue_2025: no ledger claim/);

  const memory = join(empty, "memory.html");
  assert.equal(
    (await cli(["report", REVISED, "--db", "memory://", "--out", memory, ...FAST], empty)).code,
    0,
  );
  assert.match(readFileSync(memory, "utf8"), /The ledger holds no facts/);
});

test("report .md writes one PNG per chart beside it", { skip: !fonts && "DejaVu fonts absent" }, async () => {
  const folder = join(dir, "md");
  const r = await cli([
    "report",
    REVISED,
    "--db",
    db,
    "--out",
    join(folder, "report.md"),
    "--scale",
    "1",
    ...FAST,
  ]);
  assert.equal(r.code, 0, r.stderr);
  const md = readFileSync(join(folder, "report.md"), "utf8");
  const pngs = readdirSync(folder).filter((f) => f.endsWith(".png"));
  assert.ok(pngs.length >= 4, pngs.join(", "));
  for (const png of pngs) assert.ok(md.includes(`(${png})`), `${png} is linked`);
  assert.match(md, /2030/);
});
