#!/usr/bin/env node
/**
 * Extraction over every annotated set, after `npm run build`:
 *
 *   node scripts/extract-eval.mjs score                 main, strict and value F1 per set
 *   node scripts/extract-eval.mjs score --values        and each value (unit + value) missed or extra
 *   node scripts/extract-eval.mjs score --strict-fields which field (qualifier, period year,
 *                                                       counterparty) each strict-only miss gets wrong
 *   node scripts/extract-eval.mjs snapshot > out.jsonl  every claim and issue, one document a line
 *
 * Sets: the seeds (../shared/seeds, skipped when absent), the demo corpus, the news set, and the
 * train and dev documents of test/fixtures/reports/{fr,en} (the test split is never read here).
 * `--reports DIR` reads the reports corpus from another checkout. Two snapshots compared with
 * `diff` show whether a change left the output byte-identical.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const { readDocumentFile } = await import(join(root, "dist/src/documents/index.js"));
const { extractClaims, scoreClaims, combineScores } = await import(join(root, "dist/src/extract/index.js"));
const { strictMisses, countStrictFields } = await import(join(root, "dist/src/extract/strict-fields.js"));

const args = process.argv.slice(2);
const mode = args[0] ?? "score";
const reportsAt = (() => {
  const i = args.indexOf("--reports");
  return i >= 0
    ? args.slice(i + 1).filter((a) => !a.startsWith("--"))
    : [join(root, "test/fixtures/reports")];
})();
const json = (path) => JSON.parse(readFileSync(path, "utf8"));

/** Each set: its documents as { name, path, gold, published, language? }. */
function sets() {
  const out = [];
  const seeds = join(root, "..", "shared", "seeds");
  if (existsSync(seeds)) {
    const published = json(join(root, "test/fixtures/gold/published.json"));
    out.push({
      name: "seeds",
      docs: readdirSync(seeds)
        .filter(
          (f) =>
            f.endsWith(".txt") && existsSync(join(root, "test/fixtures/gold", f.replace(/\.txt$/, ".json"))),
        )
        .sort()
        .map((f) => ({
          name: f,
          path: join(seeds, f),
          gold: join(root, "test/fixtures/gold", f.replace(/\.txt$/, ".json")),
          published: published[f] ?? null,
        })),
    });
  }
  const demoPublished = json(join(root, "test/fixtures/gold-demo/published.json"));
  out.push({
    name: "demo",
    docs: readdirSync(join(root, "corpus/demo"))
      .filter((f) => /\.(?:txt|md|html)$/u.test(f) && f !== "README.md")
      .sort()
      .map((f) => ({
        name: f,
        path: join(root, "corpus/demo", f),
        gold: join(root, "test/fixtures/gold-demo", f.replace(/\.(?:txt|md|html)$/u, ".json")),
        published: demoPublished[f],
      })),
  });
  const news = json(join(root, "test/fixtures/news/published.json"));
  out.push({
    name: "news",
    docs: readdirSync(join(root, "test/fixtures/news"))
      .filter((f) => f.endsWith(".txt"))
      .sort()
      .map((f) => ({
        name: f,
        path: join(root, "test/fixtures/news", f),
        gold: join(root, "test/fixtures/gold-news", f.replace(/\.txt$/u, ".json")),
        published: news[f].published,
        language: news[f].language,
      })),
  });
  for (const base of reportsAt)
    for (const language of ["fr", "en"]) {
      const dir = join(base, language);
      if (!existsSync(join(dir, "index.json"))) continue;
      const bySplit = { train: [], dev: [] };
      for (const entry of reportEntries(json(join(dir, "index.json")))) {
        if (entry.split !== "train" && entry.split !== "dev") continue;
        bySplit[entry.split].push({
          name: entry.file,
          path: join(dir, entry.file),
          gold: join(dir, "gold", entry.file.replace(/\.(?:txt|md|html)$/u, ".json")),
          published: entry.published ?? null,
          language,
        });
      }
      for (const split of ["train", "dev"])
        if (bySplit[split].length) out.push({ name: `reports-${language}-${split}`, docs: bySplit[split] });
    }
  return out;
}

/** index.json as an array of entries or an object keyed by file name. */
function reportEntries(index) {
  const list = Array.isArray(index)
    ? index
    : (index.documents ?? Object.entries(index).map(([file, v]) => ({ file, ...v })));
  return list.map((e) => ({ ...e, file: e.file ?? e.name ?? e.path }));
}

async function extract(doc) {
  const read = await readDocumentFile(doc.path);
  if (!read.ok) throw new Error(`${doc.path}: ${read.error.message}`);
  const { text } = read.value;
  const language = doc.language ?? read.value.language;
  return extractClaims({
    text,
    language,
    published: doc.published ?? read.value.published,
    document: doc.name,
  });
}

const showValue = (c) => `${c.value.bound} ${c.value.low}..${c.value.high} ${c.unit}`;
const pct = (x) => `${(100 * x).toFixed(1)}`;
for (const set of sets()) {
  const byMode = { main: [], strict: [], value_only: [] };
  const strictOff = [];
  for (const doc of set.docs) {
    const result = await extract(doc);
    if (mode === "snapshot") {
      console.log(JSON.stringify({ set: set.name, doc: doc.name, ...result }));
      continue;
    }
    if (!existsSync(doc.gold)) continue;
    const gold = json(doc.gold);
    const score = scoreClaims(result.claims, Array.isArray(gold) ? gold : gold.claims);
    for (const m of Object.keys(byMode)) byMode[m].push(score[m]);
    if (args.includes("--strict-fields")) {
      const misses = strictMisses(
        score.strict.unmatchedReference,
        score.strict.unmatchedPredicted,
        result.claims,
      );
      strictOff.push(...misses);
      if (args.includes("--verbose"))
        for (const { reference: c, predicted: p, fields } of misses)
          console.log(
            `  ${doc.name} strict ${fields.join("+")}: ${c.entity} ${c.metric} ${c.value.low} ${c.unit}` +
              ` gold ${c.qualifier} ${JSON.stringify(c.period)} cp=${c.counterparty}` +
              ` got ${p.qualifier} ${JSON.stringify(p.period)} cp=${p.counterparty}`,
          );
    }
    if (args.includes("--verbose"))
      for (const c of score.main.unmatchedReference)
        console.log(
          `  ${doc.name} missed: ${c.entity} ${c.metric} ${c.value.low}..${c.value.high} ${c.unit}`,
        );
    if (args.includes("--values")) {
      for (const c of score.value_only.unmatchedReference)
        console.log(`  ${doc.name} value missed: ${showValue(c)}  «${c.quote ?? ""}»`);
      for (const c of score.value_only.unmatchedPredicted)
        console.log(`  ${doc.name} value extra:  ${showValue(c)}  «${c.quote ?? ""}»`);
    }
    if (args.includes("--verbose"))
      for (const c of score.main.unmatchedPredicted)
        console.log(
          `  ${doc.name} extra:  ${c.entity} ${c.metric} ${c.value.low}..${c.value.high} ${c.unit}`,
        );
  }
  if (mode === "snapshot") continue;
  const line = Object.entries(byMode)
    .map(([m, scores]) => {
      const s = combineScores(scores);
      return `${m === "value_only" ? "value" : m} F1 ${pct(s.f1)} (P ${pct(s.precision)} R ${pct(s.recall)})`;
    })
    .join("  ");
  console.log(`${set.name.padEnd(18)} ${String(set.docs.length).padStart(3)} docs  ${line}`);
  if (args.includes("--strict-fields")) {
    const counts = Object.entries(countStrictFields(strictOff)).map(([f, n]) => `${f} ${n}`);
    console.log(`${"".padEnd(28)}strict-only misses ${strictOff.length}: ${counts.join(", ")}`);
  }
}
