/**
 * Ingestion throughput. Generates 2,000 documents (2–8 KB, French and English, with figures) from
 * a seeded generator, then per run: a fresh PGlite data folder in a temp directory, and
 *   1. end to end: ingestPaths over the folder (read, analyse, extract, one transaction per document);
 *   2. store only: store.insertDocument with documents and claims built in memory beforehand.
 * Prints documents per second (median of the runs) and the spread (min–max).
 *
 *   npx tsc -p . --outDir /tmp/out && node /tmp/out/bench/ingest.js [--documents N] [--runs N]
 */
import { createHash } from "node:crypto";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import type { AnalysedDocument, Claim } from "../src/core/index.js";
import { openLedger } from "../src/ledger/index.js";
import { ingestPaths } from "../src/pipeline.js";
import { generateDocument } from "../test/support/generated-reports.js";

const { values } = parseArgs({
  options: { documents: { type: "string", default: "2000" }, runs: { type: "string", default: "3" } },
});
const DOCUMENTS = Number(values.documents);
const RUNS = Number(values.runs);

function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Store-only input: a few claims per document at real offsets, built before the clock starts. */
function inMemoryDocument(generated: { name: string; text: string; published: string }): {
  document: AnalysedDocument;
  claims: Claim[];
} {
  const contentHash = createHash("sha256").update(generated.text).digest("hex");
  const document: AnalysedDocument = {
    source: generated.name,
    format: "txt",
    title: generated.text.split("\n")[0] ?? "",
    language: generated.text.includes(" de dollars") ? "fr" : "en",
    languageConfidence: 0.9,
    published: generated.published,
    publishedHow: "given",
    text: generated.text,
    furniture: [],
    contentHash,
    raw: new TextEncoder().encode(generated.text),
  };
  const claims: Claim[] = [];
  for (const match of generated.text.matchAll(/\d+[.,]\d/g)) {
    const start = match.index;
    const end = Math.min(generated.text.length, start + 40);
    claims.push({
      entity: "OpenAI",
      counterparty: null,
      metric: "revenue",
      value: {
        low: Number(match[0].replace(",", ".")) * 1e9,
        high: Number(match[0].replace(",", ".")) * 1e9,
        bound: "exact",
      },
      unit: "USD",
      period: { start: "2025-01-01", end: "2025-12-31" },
      qualifier: "reported",
      attribution: null,
      item: null,
      span: { start, end },
      quote: generated.text.slice(start, end),
      document: "",
      confidence: 0.8,
    });
  }
  return { document, claims };
}

const root = mkdtempSync(join(tmpdir(), "fl-bench-ingest-"));
try {
  const corpus = join(root, "corpus");
  mkdirSync(corpus);
  const generated = Array.from({ length: DOCUMENTS }, (_, index) => generateDocument(index));
  let bytes = 0;
  for (const doc of generated) {
    writeFileSync(join(corpus, doc.name), doc.text);
    bytes += Buffer.byteLength(doc.text);
  }
  const french = generated.filter((doc) => doc.text.includes(" de dollars")).length;
  console.log(
    `corpus: ${DOCUMENTS} documents, ${(bytes / DOCUMENTS / 1024).toFixed(1)} KB average, ${french} French / ${DOCUMENTS - french} English; ${RUNS} runs, fresh PGlite folder each`,
  );

  const endToEnd: number[] = [];
  let lastClaims = 0;
  for (let run = 0; run < RUNS; run++) {
    const store = await openLedger({ dataDir: join(root, `e2e-${run}`) });
    await store.migrate();
    const started = performance.now();
    const report = await ingestPaths(store, [corpus], {});
    const seconds = (performance.now() - started) / 1000;
    await store.close();
    if (report.failed > 0)
      throw new Error(
        `${report.failed} documents failed: ${JSON.stringify(report.files.find((f) => f.status === "failed"))}`,
      );
    lastClaims = report.claims;
    endToEnd.push(report.stored / seconds);
  }

  const prepared = generated.map(inMemoryDocument);
  const preparedClaims = prepared.reduce((sum, p) => sum + p.claims.length, 0);
  const storeOnly: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const store = await openLedger({ dataDir: join(root, `store-${run}`) });
    await store.migrate();
    const started = performance.now();
    for (const { document, claims } of prepared) await store.insertDocument(document, claims);
    storeOnly.push(prepared.length / ((performance.now() - started) / 1000));
    await store.close();
  }

  const line = (label: string, samples: number[]) =>
    `${label}: ${median(samples).toFixed(0)} documents/s median (spread ${Math.min(...samples).toFixed(0)}–${Math.max(...samples).toFixed(0)}; runs ${samples.map((s) => s.toFixed(0)).join(", ")})`;
  console.log(line(`ingestPaths end to end (${lastClaims} claims extracted)`, endToEnd));
  console.log(line(`store.insertDocument only (${preparedClaims} claims)`, storeOnly));
} finally {
  rmSync(root, { recursive: true, force: true });
}
