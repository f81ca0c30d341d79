import assert from "node:assert/strict";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import type { Browser, Page } from "playwright-core";
import { type LedgerStore, openLedger, readSnapshot } from "../src/ledger/index.js";
import { ingestPaths } from "../src/pipeline.js";
import { readDealGraph } from "../src/report/deal-graph-data.js";
import { type RunningServer, startServer } from "../src/server/index.js";
import { browserSkip, launchChromium } from "./support/browser.js";
import { openWatched, visit, type WatchedPage, waitReady } from "./support/dashboard-page.js";
import { projectRoot } from "./support/paths.js";

/**
 * The dashboard in Debian's Chromium over the demo reports: the "as of" control on the claims page
 * (a later report's claims disappear, the date lives in the URL and goes with every request and
 * link), the deal graph's slider sharing that date, the scenario editor's claim picker offering
 * the claims known then, and the publication date form on a document's page (a new date with its
 * reason and its review event; a bad date refused where it was typed).
 */

const CUTOFF = "2025-12-31";

let store: LedgerStore;
let server: RunningServer;
let browser: Browser;
const logged: string[] = [];

function clean(watched: WatchedPage, expected?: RegExp): void {
  assert.deepEqual(watched.foreign, [], "no request leaves the server's origin");
  const problems = watched.problems.filter((p) => !expected?.test(p));
  assert.deepEqual(problems, [], "no console error, failed request or CSP violation");
}

describe("dashboard as of a date in Chromium", { skip: browserSkip, timeout: 300_000 }, () => {
  before(async () => {
    store = await openLedger({ dataDir: "memory://" });
    await store.migrate();
    const ingested = await ingestPaths(store, [join(projectRoot(), "corpus", "demo")]);
    assert.equal(ingested.failed, 0);
    server = await startServer({ store, port: 0, log: (text) => logged.push(text) });
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
    await store?.close();
    assert.deepEqual(logged, [], "the server logged no error");
  });

  test("claims as of a date: a later report's claims disappear, and the URL reproduces the view", async () => {
    const watched = await openWatched(browser, server.url);
    const { page } = watched;
    const documents = await store.listDocuments();
    const later = new Set(documents.filter((d) => d.published! > CUTOFF).map((d) => d.id));
    assert.equal(later.size, 2, "the demo's two reports of February 2026");
    const laterClaims = new Set(
      (await store.listClaims()).filter((c) => later.has(c.documentId)).map((c) => c.id),
    );
    const rowIds = () =>
      page
        .locator("#claims-table tbody tr")
        .evaluateAll((trs) => trs.map((tr) => tr.getAttribute("data-claim")!));

    await visit(page, `${server.url}/app/`);
    assert.match(await page.locator("#as-of-shown").innerText(), /as known now/);
    const now = await rowIds();
    assert.ok(
      now.some((id) => laterClaims.has(id)),
      "read now, the table holds the later reports' claims",
    );

    const asked: string[] = [];
    page.on("request", (request) => {
      const url = new URL(request.url());
      if (url.pathname.startsWith("/api/")) asked.push(url.pathname + url.search);
    });
    await page.locator("#as-of-date").fill(CUTOFF);
    await page.getByRole("button", { name: "Show" }).click();
    await waitReady(page);
    assert.equal(new URL(page.url()).searchParams.get("asOf"), CUTOFF);
    assert.match(await page.locator("#as-of-shown").innerText(), new RegExp(`as known on ${CUTOFF}`));
    const then = await rowIds();
    const expected = (await readSnapshot(store, CUTOFF)).claims.map((c) => c.id);
    assert.ok(expected.length > 0);
    assert.deepEqual([...then].sort(), [...expected].sort(), "the claims known then, and only those");
    assert.ok(!then.some((id) => laterClaims.has(id)), "no claim of a later report");
    const reads = asked.filter((path) => /^\/api\/(claim-search|documents)\b/.test(path));
    assert.ok(reads.length > 0);
    for (const path of reads) assert.match(path, new RegExp(`asOf=${CUTOFF}`), path);

    // The claim panel reads the claim as known then, without review forms; links keep the date.
    await page.locator("#claims-table tbody tr a.open").first().click();
    await waitReady(page);
    await page.locator("#claim-heading").waitFor();
    assert.equal(await page.getByRole("button", { name: "Accept" }).count(), 0);
    assert.match(
      (await page.locator("#nav a", { hasText: "Evidence" }).getAttribute("href")) ?? "",
      new RegExp(`asOf=${CUTOFF}`),
    );

    for (const path of asked.filter((p) => p.startsWith("/api/claims/")))
      assert.match(path, new RegExp(`asOf=${CUTOFF}`), path);

    // The same URL in a new tab shows the same view.
    const copy = await openWatched(browser, server.url);
    await visit(copy.page, page.url());
    const reopened = await copy.page
      .locator("#claims-table tbody tr")
      .evaluateAll((trs) => trs.map((tr) => tr.getAttribute("data-claim")!));
    assert.deepEqual(reopened, then);

    // A bad date is refused where it was typed; the view stays.
    const before = page.url();
    await page.locator("#as-of-date").fill("2025-13-40");
    await page.getByRole("button", { name: "Show" }).click();
    assert.match(await page.locator("#as-of-error").innerText(), /'2025-13-40' is not a date/);
    assert.equal(page.url(), before);

    // Evidence, by the menu, as of the same date: every reading carries it.
    asked.length = 0;
    await page.locator("#nav a", { hasText: "Evidence" }).click();
    await waitReady(page);
    assert.match(await page.locator("#as-of-shown").innerText(), new RegExp(`as known on ${CUTOFF}`));
    const evidence = asked.filter((p) =>
      /^\/api\/(conflicts|checks|dashboard\/(timelines|revisions))/.test(p),
    );
    assert.equal(evidence.length, 4);
    for (const path of evidence) assert.match(path, new RegExp(`asOf=${CUTOFF}`), path);
    await page.goBack();
    await waitReady(page);

    await page.getByRole("button", { name: "Now" }).click();
    await waitReady(page);
    assert.equal(new URL(page.url()).searchParams.get("asOf"), null);
    assert.deepEqual(await rowIds(), now);
    clean(watched);
    clean(copy);
  });

  test("deal graph as of a date: the date goes from the claims page to the graph and back; the slider sets it", async () => {
    const watched = await openWatched(browser, server.url);
    const { page } = watched;
    const [now, then] = await Promise.all([readDealGraph(store), readDealGraph(store, { asOf: CUTOFF })]);
    assert.ok(then.edges.length < now.edges.length, "a deal of the later reports");
    const asked: string[] = [];
    page.on("request", (request) => {
      const url = new URL(request.url());
      if (url.pathname.startsWith("/api/")) asked.push(url.pathname + url.search);
    });
    const urlAsOf = () => new URL(page.url()).searchParams.get("asOf");
    const menuHref = async (name: string) =>
      (await page.locator("#nav a", { hasText: name }).getAttribute("href")) ?? "";
    const edgesDrawn = (count: number) => page.locator(`#graph[data-edges="${count}"]`).waitFor();

    await visit(page, `${server.url}/app/?asOf=${CUTOFF}`);
    await page.locator("#nav a", { hasText: "Deal graph" }).click();
    await page.waitForURL(/page=graph/);
    await waitReady(page);
    assert.equal(urlAsOf(), CUTOFF);
    assert.match(await page.locator("#as-of-shown").innerText(), new RegExp(`as known on ${CUTOFF}`));
    assert.equal(await page.locator("#as-of-label").innerText(), CUTOFF);
    await edgesDrawn(then.edges.length);
    assert.ok(asked.includes(`/api/graph?asOf=${CUTOFF}`), asked.join(", "));

    await page.locator("#nav a", { hasText: "Claims" }).click();
    await waitReady(page);
    assert.equal(urlAsOf(), CUTOFF, "back on the claims page by the menu, with the date");
    assert.match(await page.locator("#as-of-shown").innerText(), new RegExp(`as known on ${CUTOFF}`));
    await page.goBack();
    await waitReady(page);
    await edgesDrawn(then.edges.length);

    // The slider at its end reads the ledger now; at its first month, as known then: URL and menu follow.
    await page.locator("#as-of").fill(String(await page.locator("#as-of").getAttribute("max")));
    await edgesDrawn(now.edges.length);
    assert.equal(urlAsOf(), null);
    assert.doesNotMatch(await menuHref("Claims"), /asOf=/);
    assert.match(await page.locator("#as-of-shown").innerText(), /as known now/);
    await page.locator("#as-of").fill("0");
    await page
      .locator("#as-of-label")
      .filter({ hasText: /^\d{4}-\d{2}$/ })
      .waitFor();
    const month = await page.locator("#as-of-label").innerText();
    await edgesDrawn((await readDealGraph(store, { asOf: month })).edges.length);
    assert.equal(urlAsOf(), month);
    assert.match(await menuHref("Claims"), new RegExp(`asOf=${month}`));
    assert.match(await page.locator("#as-of-shown").innerText(), new RegExp(`as known on ${month}`));
    await page.locator("#nav a", { hasText: "Claims" }).click();
    await waitReady(page);
    assert.equal(urlAsOf(), month);
    clean(watched);
  });

  test("scenario editor as of a date: the claim picker offers only the claims known then", async () => {
    const watched = await openWatched(browser, server.url);
    const { page } = watched;
    const documents = await store.listDocuments();
    const later = new Set(documents.filter((d) => d.published! > CUTOFF).map((d) => d.id));
    const known = new Set((await readSnapshot(store, CUTOFF)).claims.map((c) => c.id));
    const laterClaims = (await store.listClaims()).filter((c) => later.has(c.documentId));
    const search = async (word: string, asOf?: string) => {
      const query = new URLSearchParams({ q: word, limit: "20", ...(asOf ? { asOf } : {}) });
      const body = (await (await fetch(`${server.url}/api/claim-search?${query}`)).json()) as {
        claims: { id: string }[];
      };
      return body.claims.map((c) => c.id);
    };
    // An entity whose search, read now, lists a later report's claim and, as of the date, older ones.
    let word = "";
    let laterClaim = "";
    let expected: string[] = [];
    for (const claim of laterClaims) {
      const [now, then] = [await search(claim.entity), await search(claim.entity, CUTOFF)];
      if (!now.includes(claim.id) || then.length === 0) continue;
      [word, laterClaim, expected] = [claim.entity, claim.id, then];
      break;
    }
    assert.ok(word, "an entity of the later reports also named before the date");
    const asked: string[] = [];
    page.on("request", (request) => {
      const url = new URL(request.url());
      if (url.pathname === "/api/claim-search") asked.push(url.search);
    });

    await visit(
      page,
      `${server.url}/app/?page=scenarios&a=openai-2025-commitments.yaml&samples=100&asOf=${CUTOFF}`,
    );
    await page.locator("#input-editor").getByRole("button", { name: "Bind to a claim…" }).click();
    const picker = page.getByRole("search", { name: "Find a claim to bind" });
    await picker.getByLabel("Search claims").fill(word);
    await picker.getByRole("button", { name: "Search" }).click();
    const offered = await pickerRowsUntil(page, expected);
    assert.ok(!offered.includes(laterClaim), "no claim of a later report");
    for (const id of offered) assert.ok(known.has(id), `claim ${id} was known on ${CUTOFF}`);
    assert.ok(asked.some((query) => new URLSearchParams(query).get("q") === word));
    for (const query of asked) assert.match(query, new RegExp(`asOf=${CUTOFF}`), query);
    clean(watched);
  });

  test("document page: a publication date set with a reason shows the new date and its review event; a bad date is refused", async () => {
    const watched = await openWatched(browser, server.url);
    const { page } = watched;
    const document = (await store.listDocuments()).find((d) => d.source === "2024-02-openai-growth.txt")!;
    await visit(page, `${server.url}/app/?page=document&doc=${document.id}`);
    assert.match(await page.locator("#document-meta").innerText(), new RegExp(`^${document.published}`));
    assert.equal(await page.locator("#date-events").count(), 0);
    const form = page.getByRole("form", { name: "Set the publication date" });
    await page.getByText("Set the publication date", { exact: true }).click();

    await form.getByLabel(/^Published/).fill("2024-13-02");
    await form.getByLabel("How it was established").fill("the dateline of the page");
    await form.getByRole("button", { name: "Set the date" }).click();
    await page.locator("#date-error").filter({ hasText: /./ }).waitFor();
    assert.match(await page.locator("#date-error").innerText(), /published: '2024-13-02' is not a date/);
    assert.equal((await store.getDocument(document.id))!.published, document.published);

    await form.getByLabel(/^Published/).fill("2024-02-16");
    await form.getByRole("button", { name: "Set the date" }).click();
    await page.locator("#date-events li").waitFor();
    assert.match(await page.locator("#document-meta").innerText(), /^2024-02-16 /);
    const event = await page.locator("#date-events li").innerText();
    assert.match(
      event,
      new RegExp(`${document.published} → 2024-02-16 by dashboard on .*: the dateline of the page`),
    );
    const stored = await store.listDocumentEvents(document.id);
    assert.deepEqual(
      stored.map((e) => [e.payload.published, e.actor, e.reason]),
      [["2024-02-16", "dashboard", "the dateline of the page"]],
    );
    clean(watched, /^400 .*\/date$/);
  });
});

/** The picker's rows once they are `expected` (the page's CSP forbids waitForFunction's string evaluation). */
async function pickerRowsUntil(page: Page, expected: string[]): Promise<string[]> {
  let rows: string[] = [];
  for (let attempt = 0; attempt < 100; attempt++) {
    rows = await page
      .locator("#picker-results tr[data-claim]")
      .evaluateAll((trs) => trs.map((tr) => tr.getAttribute("data-claim")!));
    if (rows.join() === expected.join()) return rows;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  assert.deepEqual(rows, expected, "the picker shows the search as of the date");
  return rows;
}
