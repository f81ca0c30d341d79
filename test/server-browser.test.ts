import assert from "node:assert/strict";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { openLedger } from "../src/ledger/index.js";
import { ingestPaths } from "../src/pipeline.js";
import { startServer } from "../src/server/index.js";
import { browserSkip, launchChromium } from "./support/browser.js";
import { projectRoot } from "./support/paths.js";

/**
 * Starts the server on a free loopback port over an in-memory ledger holding the demo corpus and
 * drives the dashboard in Debian's Chromium (never a downloaded browser): open a document and see
 * its claims highlighted, accept a claim and see its status change, see the timeline chart. Every
 * request stays on the server's origin and the page logs no CSP violation. Saves
 * artifacts/dashboard.png.
 */
const skip = browserSkip;

test("the dashboard shows highlighted claims and records a review in Chromium", {
  skip,
  timeout: 300_000,
}, async () => {
  const artifacts = join(projectRoot(), "artifacts");
  mkdirSync(artifacts, { recursive: true });
  const store = await openLedger({ dataDir: "memory://" });
  await store.migrate();
  const ingested = await ingestPaths(store, [join(projectRoot(), "corpus", "demo")]);
  assert.equal(ingested.failed, 0);
  const logged: string[] = [];
  const server = await startServer({ store, port: 0, log: (text) => logged.push(text) });
  const browser = await launchChromium();
  try {
    const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
    const page = await context.newPage();
    const foreign: string[] = [];
    const problems: string[] = [];
    page.on("request", (request) => {
      if (!request.url().startsWith(`${server.url}/`)) foreign.push(request.url());
    });
    page.on("console", (message) => {
      if (message.type() === "error") problems.push(message.text());
    });
    page.on("response", (response) => {
      if (response.status() >= 400) problems.push(`${response.status()} ${response.url()}`);
    });
    page.on("pageerror", (error) => {
      problems.push(error.message);
    });

    await page.goto(`${server.url}/`, { waitUntil: "load" });
    await page.locator("body[data-ready='true']").waitFor({ timeout: 20_000 });
    assert.equal(await page.locator("#documents li").count(), 6);

    // Open the document with the most claims: every claim's span becomes a <mark>.
    const documents = await store.listDocuments();
    const richest = documents.reduce((a, b) => (b.claimCount > a.claimCount ? b : a));
    await page.locator(`#documents button[data-document="${richest.id}"]`).click();
    await page.locator("#document-text mark.claim").first().waitFor();
    const marked = await page.$$eval("#document-text mark.claim", (marks) =>
      marks.flatMap((m) => (m.getAttribute("data-claims") ?? "").split(" ")),
    );
    const claims = await store.listClaims({ documentId: richest.id, includeRejected: true });
    assert.deepEqual([...new Set(marked)].sort(), claims.map((c) => c.id).sort());
    const shown = await store.getDocument(richest.id);
    assert.equal(await page.locator("#document-text").textContent(), shown!.text);

    // Accept the first claim in the table through the UI, with a reason.
    const row = page.locator("#claims tbody tr").first();
    const claimId = await row.getAttribute("data-claim");
    assert.ok(claimId);
    assert.equal(await row.locator("td.status").textContent(), "unreviewed");
    await page.locator("#review-reason").fill("checked against the source in the browser test");
    await row.locator("button[data-action='accept']").click();
    const updated = page.locator(`#claims tbody tr[data-claim="${claimId}"] td.status`);
    await updated.filter({ hasText: "accepted" }).waitFor();
    assert.equal(
      await page.locator(`#claims tbody tr[data-claim="${claimId}"] td.version`).textContent(),
      "1",
    );
    const stored = await store.getClaim(claimId);
    assert.equal(stored!.status, "accepted");
    const [event] = await store.listReviewEvents(claimId);
    assert.equal(event!.reason, "checked against the source in the browser test");
    assert.equal(event!.actor, "dashboard");

    // The timeline panel shows the server-drawn SVG chart.
    const chart = page.locator("#timeline-chart img");
    await chart.waitFor();
    await page.waitForFunction(
      "(() => { const i = document.querySelector('#timeline-chart img'); return !!i && i.complete && i.naturalWidth > 0; })()",
    );
    assert.match((await chart.getAttribute("src")) ?? "", /^\/api\/charts\/timeline\?/);
    assert.ok((await page.locator("#checks li").count()) > 0);
    assert.ok((await page.locator("#conflicts li").count()) > 0);

    await page.locator(`#documents button[data-document="${richest.id}"]`).scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(artifacts, "dashboard.png"), fullPage: true });
    assert.deepEqual(foreign, [], "no request leaves the server's origin");
    assert.deepEqual(problems, [], "no console error or CSP violation");
    assert.deepEqual(logged, []);
  } finally {
    await browser.close();
    await server.close();
    await store.close();
  }
});
