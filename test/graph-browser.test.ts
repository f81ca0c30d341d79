import assert from "node:assert/strict";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import type { Page } from "playwright-core";
import { openLedger } from "../src/ledger/index.js";
import { ingestPaths } from "../src/pipeline.js";
import { startServer } from "../src/server/index.js";
import { browserSkip, launchChromium } from "./support/browser.js";
import { projectRoot } from "./support/paths.js";

/**
 * The deal-graph page in Debian's Chromium over the demo corpus: nodes and edges drawn, a click on
 * the Nvidia → OpenAI investment shows its sentence, the filters and the date slider redraw, no
 * console error, no request off the server's origin. Saves artifacts/deal-graph.png.
 */

test("the deal-graph page draws the graph and shows an edge's sentence on click", {
  skip: browserSkip,
  timeout: 300_000,
}, async () => {
  const artifacts = join(projectRoot(), "artifacts");
  mkdirSync(artifacts, { recursive: true });
  const store = await openLedger({ dataDir: "memory://" });
  await store.migrate();
  assert.equal((await ingestPaths(store, [join(projectRoot(), "corpus", "demo")])).failed, 0);
  const server = await startServer({ store, port: 0, log: () => {} });
  const browser = await launchChromium();
  try {
    const page = await (await browser.newContext({ viewport: { width: 1400, height: 1000 } })).newPage();
    const problems: string[] = [];
    const foreign: string[] = [];
    page.on("request", (r) => {
      if (!r.url().startsWith(`${server.url}/`)) foreign.push(r.url());
    });
    page.on("console", (m) => {
      if (m.type() === "error") problems.push(m.text());
    });
    page.on("pageerror", (e) => problems.push(e.message));
    page.on("response", (r) => {
      if (r.status() >= 400) problems.push(`${r.status()} ${r.url()}`);
    });

    await page.goto(`${server.url}/`, { waitUntil: "load" });
    await page.locator("#graph-link").click();
    await page.locator("body[data-ready='true']").waitFor({ timeout: 20_000 });
    const parties = await page.$$eval("#graph .node", (nodes) =>
      nodes.map((n) => n.getAttribute("data-party")),
    );
    assert.ok(parties.includes("Nvidia") && parties.includes("OpenAI"), parties.join(", "));
    const edges = await page.locator("#graph line.edge").count();
    assert.ok(edges >= 5, `${edges} edges drawn`);
    assert.ok(
      (await page.locator("#graph line.edge[stroke-dasharray]").count()) >= 1,
      "a dashed letter of intent",
    );

    // The Nvidia → OpenAI investment of ~30 bn $: its sentence, its figure marked.
    const id = await page.evaluate(async () => {
      type Edge = { id: string; from: string; to: string; amount: { high: number } };
      const graph = (await (await fetch("/api/graph")).json()) as { edges: Edge[] };
      return graph.edges.find((e) => e.from === "Nvidia" && e.to === "OpenAI" && e.amount.high === 3e10)?.id;
    });
    assert.ok(id, "the 30 bn $ investment edge");
    await page.locator(`#graph line.edge-hit[data-edge="${id}"]`).click({ force: true });
    await page.locator("#detail blockquote").first().waitFor();
    assert.match((await page.locator("#detail-heading").textContent()) ?? "", /Nvidia → OpenAI: equity/);
    assert.match(
      (await page.locator("#detail blockquote").first().textContent()) ?? "",
      /30 milliards de dollars/,
    );
    assert.match((await page.locator("#detail blockquote mark").first().textContent()) ?? "", /^30/);
    assert.equal(await page.locator(`#graph line.edge.selected[data-edge="${id}"]`).count(), 1);

    // A loop is listed; a party shows its metrics.
    assert.match((await page.locator("#loops li").first().textContent()) ?? "", /Nvidia → OpenAI → Nvidia/);
    await page.locator('#graph .node[data-party="Oracle"] circle').click();
    assert.match((await page.locator("#detail").textContent()) ?? "", /customer concentration: 100 %/);

    // Filters and the date slider redraw.
    await page.selectOption("#instrument", "equity");
    const equity = await page.$$eval("#graph line.edge", (lines) => lines.length);
    assert.ok(equity >= 2 && equity < edges);
    await page.selectOption("#instrument", "");
    await page.locator("#as-of").fill("0");
    await page
      .locator("#as-of-label")
      .filter({ hasText: /^\d{4}-\d{2}$/ })
      .waitFor();
    await edgeCountUntil(page, (n) => n < edges);

    await page.locator("#as-of").fill(String(await page.locator("#as-of").getAttribute("max")));
    await edgeCountUntil(page, (n) => n === edges);
    await page.screenshot({ path: join(artifacts, "deal-graph.png"), fullPage: true });
    assert.deepEqual(foreign, [], "no request leaves the server's origin");
    assert.deepEqual(problems, [], "no console error or CSP violation");
  } finally {
    await browser.close();
    await server.close();
    await store.close();
  }
});

/**
 * Polls the number of drawn edges from the test side (the page's CSP forbids the string evaluation
 * that waitForFunction uses) until it satisfies the condition, or fails after about 10 s.
 */
async function edgeCountUntil(page: Page, ok: (count: number) => boolean): Promise<void> {
  let count = -1;
  for (let attempt = 0; attempt < 100; attempt++) {
    count = await page.$$eval("#graph line.edge", (lines) => lines.length);
    if (ok(count)) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  assert.fail(`the graph kept ${count} edges`);
}
