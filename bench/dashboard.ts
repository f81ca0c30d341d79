/**
 * The dashboard over 100,000 claims. Generates an embedded (PGlite) ledger of 10,000 documents ×
 * 10 claims, serves it in this process on loopback, and measures (medians):
 *  - the claims page's first screen in Chromium: navigation to /app/ until the table is drawn;
 *  - the requests behind it (page, facets, documents, the first 50 claims), one after another;
 *  - a search (a different word each time, so no cached page answers it), and a search with a filter;
 * each beside the plain first page of /api/claims measured the same way, as a ratio.
 *
 *   npm run bench:dashboard [-- --documents 10000 --runs 15]
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { openLedger } from "../src/ledger/index.js";
import { startServer } from "../src/server/index.js";
import { browserSkip, launchChromium } from "../test/support/browser.js";
import { generator } from "./random.js";
import { COMPANIES, syntheticDocument } from "./synthetic-ledger.js";

const { values } = parseArgs({
  options: {
    documents: { type: "string", default: "10000" },
    runs: { type: "string", default: "15" },
    /** Serve this ledger folder (a copy: it is migrated) instead of building one. */
    db: { type: "string" },
  },
});
const documents = Number(values.documents);
const runs = Number(values.runs);

function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

async function timed(body: (run: number) => Promise<void>): Promise<number> {
  const samples: number[] = [];
  await body(-1); // warm-up
  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    await body(run);
    samples.push(performance.now() - started);
  }
  return median(samples);
}

async function get(url: string): Promise<void> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${response.status} ${url}`);
  await response.arrayBuffer();
}

const dir = mkdtempSync(join(tmpdir(), "fl-bench-dashboard-"));
const store = await openLedger({ dataDir: values.db ?? join(dir, "db") });
try {
  await store.migrate();
  const random = generator(11);
  const building = performance.now();
  for (let i = 0; i < (values.db === undefined ? documents : 0); i++) {
    const { document, claims } = syntheticDocument(i, random);
    await store.insertDocument(document, claims);
  }
  const total = (await store.listClaims()).length;
  console.log(
    `ledger: ${(await store.listDocuments()).length} documents, ${total} claims (PGlite, ${values.db === undefined ? "built" : "opened"} in ${((performance.now() - building) / 1000).toFixed(0)} s)`,
  );
  const server = await startServer({ store, port: 0, log: (text) => process.stderr.write(text) });
  try {
    const u = server.url;
    const baseline = await timed(() => get(`${u}/api/claims?limit=50`));
    const firstData = await timed(async () => {
      await get(`${u}/app/`);
      await get(`${u}/api/claim-search/facets`);
      await get(`${u}/api/documents?limit=500`);
      await get(`${u}/api/claim-search?limit=50`);
    });
    const search = await timed((run) =>
      get(`${u}/api/claim-search?limit=50&q=${encodeURIComponent(`report ${4000 + run + 1}.`)}`),
    );
    const filtered = await timed((run) =>
      get(
        `${u}/api/claim-search?limit=50&metric=revenue&entity=${COMPANIES[(run + 8) % COMPANIES.length]}&q=item%20${(run + 10) % 10}`,
      ),
    );
    let firstScreen: number | null = null;
    if (!browserSkip) {
      const browser = await launchChromium();
      try {
        const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
        firstScreen = await timed(async () => {
          await page.goto(`${u}/app/?page=claims`, { waitUntil: "commit" });
          await page
            .locator("body[data-ready='true'] #claims-table tbody tr")
            .first()
            .waitFor({ timeout: 60_000 });
        });
      } finally {
        await browser.close();
      }
    }
    const row = (name: string, ms: number) =>
      console.log(`${name.padEnd(52)} ${ms.toFixed(1).padStart(8)} ms   ×${(ms / baseline).toFixed(2)}`);
    console.log(`medians of ${runs} runs on loopback (ratio: against GET /api/claims?limit=50)`);
    row("GET /api/claims?limit=50 (baseline)", baseline);
    row("claims page requests (html, facets, documents, claims)", firstData);
    row("search, a new word each run", search);
    row("search + entity + metric filters", filtered);
    if (firstScreen !== null) row("claims page first screen in Chromium", firstScreen);
    else console.log(`first screen in Chromium: ${browserSkip}`);
  } finally {
    await server.close();
  }
} finally {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
}
