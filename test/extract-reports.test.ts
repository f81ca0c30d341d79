import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { type ClaimValue, isBound, isMetric, isQualifier, type Language } from "../src/core/index.js";
import { readDocumentFile } from "../src/documents/index.js";
import {
  type ComparableClaim,
  combineScores,
  extractClaims,
  type ModeScore,
  type Score,
  scoreClaims,
} from "../src/extract/index.js";
import { fixturePath } from "./support/paths.js";
import { pct, scoreLine } from "./support/scores.js";

/**
 * The report corpus (test/fixtures/reports/<language>): reports in the styles users bring (wire,
 * business daily, trade press, analyst note, blog with year lists, transcript, table), about many
 * kinds of company, each with its gold annotation and a train / dev / test split decided by
 * document. The test split is never tuned on. Scores are printed per language and split in the
 * three CLAIMS.md §10 modes; floors sit a few points under what was measured, so a regression fails.
 */

const LANGUAGES: readonly Language[] = ["fr", "en"];
const SPLITS = ["train", "dev", "test"] as const;
type Split = (typeof SPLITS)[number];
type Mode = keyof Score<ComparableClaim>;
const MODES: readonly Mode[] = ["main", "strict", "value_only"];
const STYLES = new Set(["wire", "daily", "trade", "analyst", "blog", "transcript", "table"]);

interface ReportEntry {
  published: string;
  language: Language;
  split: Split;
  style: string;
  source: string;
}

interface GoldClaim extends ComparableClaim {
  span: { start: number; end: number };
  quote: string;
  document: string;
}

interface Report {
  file: string;
  entry: ReportEntry;
  text: string;
  gold: GoldClaim[];
}

/**
 * F1 floors per language and split, a few points under the scores measured on the current
 * extractor (fr: 34 reports; en: measured on the English corpus as it stood when these were set,
 * with a wider margin while it grows). Raise them when the extractor improves.
 */
const FLOORS: Record<Language, Record<Split, Record<Mode, number>>> = {
  fr: {
    train: { main: 0.92, strict: 0.73, value_only: 0.95 },
    dev: { main: 0.94, strict: 0.86, value_only: 0.96 },
    test: { main: 0.75, strict: 0.62, value_only: 0.92 },
  },
  en: {
    train: { main: 0.91, strict: 0.72, value_only: 0.95 },
    dev: { main: 0.88, strict: 0.78, value_only: 0.95 },
    test: { main: 0.77, strict: 0.54, value_only: 0.93 },
  },
};

function corpusDir(language: Language): string {
  return fixturePath("reports", language);
}

function readIndex(language: Language): Record<string, ReportEntry> {
  return JSON.parse(readFileSync(join(corpusDir(language), "index.json"), "utf8")) as Record<
    string,
    ReportEntry
  >;
}

async function loadReports(language: Language): Promise<Report[]> {
  const dir = corpusDir(language);
  const reports: Report[] = [];
  for (const [file, entry] of Object.entries(readIndex(language)).sort(([a], [b]) => a.localeCompare(b))) {
    const read = await readDocumentFile(join(dir, file));
    assert.ok(read.ok, `${language}/${file}: the documents stage reads it`);
    const goldPath = join(dir, "gold", file.replace(/\.(?:txt|md|html)$/u, ".json"));
    assert.ok(existsSync(goldPath), `${language}/${file}: gold annotation ${goldPath} is missing`);
    const gold = JSON.parse(readFileSync(goldPath, "utf8")) as GoldClaim[];
    reports.push({ file, entry, text: read.value.text, gold });
  }
  return reports;
}

function presentLanguages(t: { diagnostic(message: string): void }): Language[] {
  return LANGUAGES.filter((language) => {
    const present = existsSync(join(corpusDir(language), "index.json"));
    if (!present)
      t.diagnostic(`test/fixtures/reports/${language}/index.json is absent: ${language} reports skipped`);
    return present;
  });
}

function boundProblem(value: ClaimValue): string | null {
  if (!isBound(value.bound)) return `unknown bound ${String(value.bound)}`;
  const { low, high, bound } = value;
  if ((bound === "exact" || bound === "approx") && (low === null || low !== high))
    return `${bound} needs low = high`;
  if (bound === "at_least" && (low === null || high !== null)) return "at_least needs high = null";
  if ((bound === "at_most" || bound === "up_to") && (high === null || low !== null))
    return `${bound} needs low = null`;
  if (bound === "range" && (low === null || high === null || !(low < high))) return "range needs low < high";
  return null;
}

/** Every way one gold claim can disagree with CLAIMS.md §1 and with its document. */
function goldProblems(claim: GoldClaim, report: Report): string[] {
  const problems: string[] = [];
  if (!isMetric(claim.metric)) problems.push(`unknown metric ${claim.metric}`);
  if (!isQualifier(claim.qualifier)) problems.push(`unknown qualifier ${claim.qualifier}`);
  if (!claim.entity) problems.push("no entity");
  if (!claim.unit) problems.push("no unit");
  const bound = boundProblem(claim.value);
  if (bound) problems.push(bound);
  if (claim.document !== report.file) problems.push(`document is ${claim.document}`);
  if (report.text.slice(claim.span.start, claim.span.end) !== claim.quote)
    problems.push(`quote is not text.slice(${claim.span.start}, ${claim.span.end})`);
  return problems;
}

test("report corpus: every indexed report has a well-formed gold annotation", async (t) => {
  for (const language of presentLanguages(t)) {
    const dir = corpusDir(language);
    const index = readIndex(language);
    const onDisk = readdirSync(dir).filter((f) => /\.(?:txt|md|html)$/u.test(f));
    assert.deepEqual(onDisk.sort(), Object.keys(index).sort(), `${language}: every report is indexed, once`);
    for (const [file, entry] of Object.entries(index)) {
      assert.equal(entry.language, language, `${language}/${file}: language`);
      assert.ok(SPLITS.includes(entry.split), `${language}/${file}: split ${entry.split}`);
      assert.ok(STYLES.has(entry.style), `${language}/${file}: style ${entry.style}`);
      assert.match(entry.published, /^\d{4}-\d{2}-\d{2}$/u, `${language}/${file}: published date`);
      assert.ok(entry.source.length > 0, `${language}/${file}: source of the facts`);
    }
    for (const split of SPLITS)
      assert.ok(
        Object.values(index).some((entry) => entry.split === split),
        `${language}: the ${split} split has reports`,
      );
    let facts = 0;
    for (const report of await loadReports(language)) {
      for (const claim of report.gold) {
        const problems = goldProblems(claim, report);
        assert.deepEqual(
          problems,
          [],
          `${language}/${report.file}: "${claim.quote}": ${problems.join("; ")}`,
        );
      }
      facts += report.gold.length;
    }
    t.diagnostic(`${language}: ${Object.keys(index).length} reports, ${facts} annotated facts`);
  }
});

function scoreReport(report: Report): Score<ComparableClaim> {
  const { claims } = extractClaims({
    text: report.text,
    language: report.entry.language,
    published: report.entry.published,
    document: report.file,
  });
  for (const claim of claims)
    assert.equal(
      claim.quote,
      report.text.slice(claim.span.start, claim.span.end),
      `${report.file}: quote is the span's text`,
    );
  return scoreClaims(claims as ComparableClaim[], report.gold);
}

test("report corpus: extraction scores per language and split stay above their floors", async (t) => {
  const failures: string[] = [];
  for (const language of presentLanguages(t)) {
    const bySplit = new Map<Split, Record<Mode, ModeScore<ComparableClaim>[]>>(
      SPLITS.map((split) => [split, { main: [], strict: [], value_only: [] }]),
    );
    for (const report of await loadReports(language)) {
      const score = scoreReport(report);
      const modes = bySplit.get(report.entry.split)!;
      for (const mode of MODES) modes[mode].push(score[mode]);
      t.diagnostic(
        `${language}/${report.file} (${report.entry.split}, ${report.entry.style}): main F1 ${pct(score.main.f1)}, strict F1 ${pct(score.strict.f1)}, value F1 ${pct(score.value_only.f1)}`,
      );
    }
    for (const split of SPLITS) {
      const modes = bySplit.get(split)!;
      for (const mode of MODES) {
        const overall = combineScores(modes[mode]);
        const line = `${language} ${split.padEnd(5)} ${scoreLine(mode, overall)}`;
        t.diagnostic(line);
        console.log(`report extraction: ${line}`);
        const floor = FLOORS[language][split][mode];
        if (overall.f1 < floor)
          failures.push(
            `${language} ${split} ${mode} F1 ${pct(overall.f1)} is under the floor ${pct(floor)}`,
          );
      }
    }
  }
  assert.deepEqual(failures, [], failures.join("\n"));
});
