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
import { generator } from "./random.js";

const { values } = parseArgs({
  options: { documents: { type: "string", default: "2000" }, runs: { type: "string", default: "3" } },
});
const DOCUMENTS = Number(values.documents);
const RUNS = Number(values.runs);

const COMPANIES = [
  "OpenAI",
  "Anthropic",
  "xAI",
  "Nvidia",
  "Oracle",
  "Microsoft",
  "SoftBank",
  "AMD",
  "Broadcom",
  "CoreWeave",
];
const OUTLETS = ["Reuters", "the Financial Times", "The Information", "Bloomberg", "Les Echos"];

const FR = {
  title: (c: string, n: number) => `${c} : le pari à ${n} milliards de dollars`,
  sentences: [
    (c: string, n: string, y: number, o: string) =>
      `Selon ${o}, ${c} a réalisé un chiffre d'affaires de ${n} milliards de dollars en ${y}.`,
    (c: string, n: string, y: number) =>
      `${c} prévoit de dépenser environ ${n} milliards de dollars en puissance de calcul d'ici ${y}.`,
    (c: string, n: string, y: number) =>
      `${c} a enregistré des pertes de ${n} milliards de dollars au premier semestre ${y}.`,
    (c: string, n: string) => `${c} compte plus de ${n} millions d'utilisateurs actifs par semaine.`,
    (c: string, n: string, y: number) =>
      `Le contrat avec ${c} porterait sur ${n} gigawatts de capacité d'ici ${y}.`,
  ],
  filler: [
    "Les analystes restent partagés sur la rentabilité de ces investissements, qui engagent l'entreprise sur plusieurs années.",
    "Cette stratégie repose sur la conviction que la demande de calcul continuera de croître plus vite que l'offre disponible.",
    "Plusieurs observateurs s'interrogent sur la capacité du secteur à financer de tels montants sans recourir massivement à la dette.",
    "Le calendrier de mise en service des centres de données reste soumis aux raccordements électriques et aux autorisations locales.",
  ],
  number: (n: number) => n.toFixed(1).replace(".", ","),
};
const EN = {
  title: (c: string, n: number) => `${c} and the ${n} billion dollar bet`,
  sentences: [
    (c: string, n: string, y: number, o: string) =>
      `According to ${o}, ${c} recorded revenue of $${n} billion in ${y}.`,
    (c: string, n: string, y: number) => `${c} plans to spend about $${n} billion on compute by ${y}.`,
    (c: string, n: string, y: number) =>
      `${c} reported a net loss of $${n} billion in the first half of ${y}.`,
    (c: string, n: string) => `${c} now counts more than ${n} million weekly active users.`,
    (c: string, n: string, y: number) =>
      `The agreement with ${c} would cover ${n} gigawatts of capacity by ${y}.`,
  ],
  filler: [
    "Analysts remain divided on whether these investments will pay off over the life of the contracts.",
    "The strategy rests on the belief that demand for compute will keep outpacing the supply that can be brought online.",
    "Several observers question whether the sector can fund such sums without leaning heavily on debt markets.",
    "The schedule for bringing the data centres online still depends on grid connections and local permits.",
  ],
  number: (n: number) => n.toFixed(1),
};

function generateDocument(index: number): { name: string; text: string; published: string } {
  const random = generator(index * 7919 + 17);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const lang = random() < 0.6 ? FR : EN;
  const company = pick(COMPANIES);
  const target = 2000 + Math.floor(random() * 6000);
  const year = 2023 + Math.floor(random() * 4);
  const paragraphs: string[] = [lang.title(company, 10 + Math.floor(random() * 990)), ""];
  let size = 0;
  while (size < target) {
    const paragraph: string[] = [];
    for (let s = 0; s < 4; s++) {
      if (random() < 0.45)
        paragraph.push(
          pick(lang.sentences)(
            pick(COMPANIES),
            lang.number(1 + random() * 500),
            year + Math.floor(random() * 5),
            pick(OUTLETS),
          ),
        );
      else paragraph.push(pick(lang.filler));
    }
    const text = paragraph.join(" ");
    paragraphs.push(text, "");
    size += text.length + 2;
  }
  const month = String(1 + Math.floor(random() * 12)).padStart(2, "0");
  return {
    name: `doc-${String(index).padStart(5, "0")}.${random() < 0.5 ? "txt" : "md"}`,
    text: paragraphs.join("\n"),
    published: `${year}-${month}-15`,
  };
}

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
