// `npm run screenshots`: one PNG per dashboard page in docs/screenshots/, for the README. The demo
// corpus in an in-memory ledger, a copy of the shipped scenarios, Debian's Chromium (never a
// downloaded browser). Run after `npm run build` (the npm script does).
import { cpSync, mkdirSync, mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openLedger } from "../dist/src/ledger/index.js";
import { ingestPaths } from "../dist/src/pipeline.js";
import { startServer } from "../dist/src/server/index.js";
import { browserSkip, launchChromium } from "../dist/test/support/browser.js";

if (browserSkip) {
  console.error(browserSkip);
  process.exit(1);
}
const out = join("docs", "screenshots");
mkdirSync(out, { recursive: true });
const scratch = mkdtempSync(join(tmpdir(), "fl-screenshots-"));
const scenariosDir = join(scratch, "scenarios");
cpSync("scenarios", scenariosDir, { recursive: true });

const store = await openLedger({ dataDir: "memory://" });
await store.migrate();
const ingested = await ingestPaths(store, [join("corpus", "demo")]);
if (ingested.failed > 0) throw new Error(`${ingested.failed} demo documents failed to ingest`);
const claims = await store.listClaims();
const revenue = claims.find((c) => c.metric === "revenue") ?? claims[0];
const server = await startServer({ store, port: 0, scenariosDir, log: (text) => process.stderr.write(text) });
const browser = await launchChromium();

/** [file, app query, what to wait for besides the page being drawn, viewport] */
const DESKTOP = { width: 1280, height: 860 };
const pages = [
  ["claims.png", `?page=claims&claim=${revenue.id}`, null, DESKTOP],
  ["document.png", `?page=document&doc=${revenue.documentId}&claim=${revenue.id}`, null, DESKTOP],
  ["evidence.png", "?page=evidence", "#timeline-chart[data-ready='true']", DESKTOP],
  ["changes.png", "?page=changes&since=2026-01-01", null, DESKTOP],
  [
    "scenarios.png",
    "?page=scenarios&a=openai-2025-commitments.yaml&samples=2000",
    "#tornado-chart[data-ready='true']",
    { width: 1280, height: 1400 },
  ],
  ["graph.png", "?page=graph", null, DESKTOP],
  ["import.png", "?page=import", null, DESKTOP],
  ["phone-claims.png", "?page=claims", null, { width: 375, height: 760 }],
];

try {
  for (const [file, query, extra, viewport] of pages) {
    const context = await browser.newContext({ viewport });
    const page = await context.newPage();
    await page.goto(`${server.url}/app/${query}`, { waitUntil: "load" });
    await page.locator("body[data-ready='true']").waitFor({ timeout: 120_000 });
    if (extra) await page.locator(extra).waitFor({ timeout: 120_000 });
    if (file === "graph.png") {
      const edge = page.locator("#graph line.edge-hit").first();
      await edge.click({ force: true });
      await page.locator("#detail blockquote").first().waitFor();
    }
    const path = join(out, file);
    await page.screenshot({ path, fullPage: false });
    console.log(`${path} (${Math.round(statSync(path).size / 1024)} KiB)`);
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
  await store.close();
  rmSync(scratch, { recursive: true, force: true });
}
