import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { test } from "node:test";
import { projectRoot } from "./support/paths.js";

/**
 * Dependencies point one way: the pure stages (core, extract, reconcile, the model core and the
 * chart specs) import no I/O, read no environment and no clock; nothing outside the CLI imports it.
 */

const root = projectRoot();
const src = join(root, "src");

function sourceFiles(dir: string): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) found.push(...sourceFiles(path));
    else if (entry.name.endsWith(".ts") && !entry.name.endsWith(".test.ts") && !entry.name.endsWith(".d.ts"))
      found.push(path);
  }
  return found;
}

interface ImportLine {
  specifier: string;
  typeOnly: boolean;
}

function importsOf(text: string): ImportLine[] {
  const found: ImportLine[] = [];
  const pattern = /^\s*(import|export)\s+(type\s+)?[^'"]*?from\s+["']([^"']+)["']/gm;
  for (const match of text.matchAll(pattern)) {
    found.push({ specifier: match[3]!, typeOnly: Boolean(match[2]) });
  }
  for (const match of text.matchAll(/import\(\s*["']([^"']+)["']\s*\)/g)) {
    found.push({ specifier: match[1]!, typeOnly: false });
  }
  return found;
}

/** Files inside a pure folder that are its edge (runners, file readers), by path relative to src/. */
const EDGE_FILES = [
  /^model\/(worker|runner|run-|ledger-binding|load-scenario-file|parallel|pool)/,
  /^report\/(render|report-data|build-report)/,
];

const PURE_FOLDERS = ["core", "extract", "reconcile", "model", "report/specs", "tables"];
const STAGES = [
  "core",
  "documents",
  "extract",
  "ledger",
  "reconcile",
  "model",
  "report",
  "use-cases",
  "server",
  "queue",
  "cli",
];

function stageOf(path: string): string {
  return relative(src, path).split("/")[0]!.replace(/\.ts$/, "");
}

test("pure stages import no I/O, environment or clock", () => {
  const offences: string[] = [];
  for (const file of sourceFiles(src)) {
    const rel = relative(src, file);
    if (!PURE_FOLDERS.some((folder) => rel.startsWith(`${folder}/`))) continue;
    if (EDGE_FILES.some((pattern) => pattern.test(rel))) continue;
    const text = readFileSync(file, "utf8");
    for (const { specifier, typeOnly } of importsOf(text)) {
      if (typeOnly) continue;
      if (specifier.startsWith("node:") && specifier !== "node:crypto")
        offences.push(`${rel} imports ${specifier}`);
      if (["pg", "@electric-sql/pglite", "playwright-core"].includes(specifier))
        offences.push(`${rel} imports ${specifier}`);
      if (specifier.startsWith(".")) {
        const target = resolve(dirname(file), specifier);
        const stage = stageOf(target);
        if (["ledger", "documents", "cli", "server"].includes(stage))
          offences.push(`${rel} imports the ${stage} stage at run time (${specifier})`);
      }
    }
    if (/\bprocess\.(env|argv|cwd|exit)/.test(text)) offences.push(`${rel} reads the process`);
    if (/\bDate\.now\(\)|new Date\(\)/.test(text)) offences.push(`${rel} reads the clock`);
  }
  assert.deepEqual(offences, []);
});

test("core imports nothing of ours and nothing imports the CLI", () => {
  const offences: string[] = [];
  for (const file of sourceFiles(src)) {
    const rel = relative(src, file);
    const stage = stageOf(file);
    for (const { specifier } of importsOf(readFileSync(file, "utf8"))) {
      if (!specifier.startsWith(".")) continue;
      const target = stageOf(resolve(dirname(file), specifier));
      if (stage === "core" && target !== "core") offences.push(`${rel} imports ${specifier}`);
      if (target === "cli" && stage !== "cli") offences.push(`${rel} imports the CLI (${specifier})`);
    }
  }
  assert.deepEqual(offences, []);
});

test("every stage folder of the pipeline exists", () => {
  const present = new Set(readdirSync(src));
  for (const stage of STAGES) assert.ok(present.has(stage), `src/${stage} missing`);
});

/**
 * The use-cases are the one composition root the CLI, the server and the queue workers call: they
 * may compose every stage, and import none of those three (which parse input and format output).
 */
const USE_CASE_IMPORTS = new Set([
  "core",
  "documents",
  "extract",
  "ledger",
  "reconcile",
  "model",
  "report",
  "tables",
  "graph",
  "pipeline",
  "use-cases",
]);

test("use-cases import the stages and no front end (cli, server, queue)", () => {
  const offences: string[] = [];
  for (const file of sourceFiles(join(src, "use-cases"))) {
    for (const { specifier } of importsOf(readFileSync(file, "utf8"))) {
      if (!specifier.startsWith(".")) continue;
      const target = stageOf(resolve(dirname(file), specifier)).replace(/\.js$/, "");
      if (!USE_CASE_IMPORTS.has(target)) offences.push(`${relative(src, file)} imports ${specifier}`);
    }
  }
  assert.deepEqual(offences, []);
});

/**
 * The explanation a claim carries (its `rules`, a quantity's `notes`, the joined `explanation`) is
 * written for people and never read back as state: a fact a later step needs travels as a typed field.
 * The scorer is apart: CLAIMS.md §10 has it read the vague and conversion marks of any claim's explanation.
 */
const SCORER = join(src, "extract", "score.ts");
const READS_EXPLANATION =
  /\b(?:rules|notes)\s*\.\s*(?:some|find|findIndex|findLast|includes|indexOf|every)\s*\(|\bexplanation\s*\??\.\s*(?:includes|startsWith|endsWith|match|indexOf|split)\s*\(|\.test\(\s*[\w.]*(?:explanation|\.rules|\.notes)\b/u;

test("extraction reads no explanation text back as state", () => {
  const offences: string[] = [];
  for (const file of sourceFiles(join(src, "extract")).filter((path) => path !== SCORER)) {
    readFileSync(file, "utf8")
      .split("\n")
      .forEach((line, i) => {
        if (READS_EXPLANATION.test(line)) offences.push(`${relative(src, file)}:${i + 1}: ${line.trim()}`);
      });
  }
  assert.deepEqual(offences, []);
});
