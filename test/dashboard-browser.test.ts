import assert from "node:assert/strict";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import type { Browser, Page } from "playwright-core";
import { parse } from "yaml";
import { type LedgerStore, openLedger } from "../src/ledger/index.js";
import { ingestPaths } from "../src/pipeline.js";
import { type RunningServer, startServer } from "../src/server/index.js";
import { browserSkip, launchChromium } from "./support/browser.js";
import {
  checkAndShoot,
  horizontalOverflow,
  openWatched,
  visit,
  type WatchedPage,
  waitReady,
} from "./support/dashboard-page.js";
import { fixturePath, projectRoot } from "./support/paths.js";

/**
 * The dashboard app (/app/) in Debian's Chromium over the demo corpus: each page and its main
 * action, each with a screenshot in artifacts/dashboard-*.png, no console error or CSP violation,
 * no request off the server's origin, no serious or critical axe-core violation.
 */

let store: LedgerStore;
let server: RunningServer;
let browser: Browser;
let scenariosDir: string;
const logged: string[] = [];

/** `expected`: failed requests the test provoked on purpose (a refused correction). */
function clean(watched: WatchedPage, expected?: RegExp): void {
  assert.deepEqual(watched.foreign, [], "no request leaves the server's origin");
  const problems = watched.problems.filter((p) => !expected?.test(p));
  assert.deepEqual(problems, [], "no console error, failed request or CSP violation");
}

describe("dashboard app in Chromium", { skip: browserSkip, timeout: 300_000 }, () => {
  before(async () => {
    mkdirSync(join(projectRoot(), "artifacts"), { recursive: true });
    store = await openLedger({ dataDir: "memory://" });
    await store.migrate();
    const ingested = await ingestPaths(store, [join(projectRoot(), "corpus", "demo")]);
    assert.equal(ingested.failed, 0);
    // A copy of the shipped scenarios: the input editor saves new files into the served folder.
    scenariosDir = join(mkdtempSync(join(tmpdir(), "fl-dashboard-")), "scenarios");
    cpSync(join(projectRoot(), "scenarios"), scenariosDir, { recursive: true });
    server = await startServer({ store, port: 0, scenariosDir, log: (text) => logged.push(text) });
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
    await store?.close();
    rmSync(join(scenariosDir, ".."), { recursive: true, force: true });
    assert.deepEqual(logged, [], "the server logged no error");
  });

  test("claims: search and filters live in the URL, and the source column marks the figure", async () => {
    const watched = await openWatched(browser, server.url);
    const { page } = watched;
    await visit(page, `${server.url}/app/`);
    const all = await store.listClaims();
    assert.equal(await page.locator("#claims-table tbody tr").count(), Math.min(50, all.length));
    const target = all.find((c) => c.metric === "revenue")!;
    const word = target.quote.split(/\s+/).find((w) => w.length > 5)!;
    await page.getByRole("searchbox", { name: "Search" }).fill(word);
    await page.locator("select[name=metric]").selectOption("revenue");
    await page.getByRole("button", { name: "Apply" }).click();
    await waitReady(page);
    const url = new URL(page.url());
    assert.equal(url.searchParams.get("q"), word);
    assert.equal(url.searchParams.get("metric"), "revenue");
    const rows = page.locator("#claims-table tbody tr");
    const ids = await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute("data-claim")));
    const expected = all.filter(
      (c) =>
        c.metric === "revenue" &&
        `${c.quote} ${c.entity} ${c.counterparty ?? ""}`.toLowerCase().includes(word.toLowerCase()),
    );
    assert.deepEqual(ids.sort(), expected.map((c) => c.id).sort());
    assert.ok(ids.includes(target.id));
    const marked = await rows.first().locator("td.source mark").textContent();
    assert.ok(marked && marked.length > 0, "the figure is marked in its sentence");
    // The same link in a new tab shows the same table.
    const again = await openWatched(browser, server.url);
    await visit(again.page, page.url());
    assert.equal(await again.page.locator("#claims-table tbody tr").count(), ids.length);
    await again.page.context().close();
    await page.getByRole("searchbox", { name: "Search" }).fill("");
    await page.locator("select[name=metric]").selectOption("");
    await page.locator("select[name=confidence]").selectOption("low");
    await page.getByRole("button", { name: "Apply" }).click();
    await waitReady(page);
    const low = all.filter((c) => c.confidence !== undefined && c.confidence < 0.5);
    assert.equal(await rows.count(), Math.min(50, low.length));
    if (low.length > 0)
      assert.equal(await page.locator("td.confidence .badge.low").count(), await rows.count());
    await checkAndShoot(page, "dashboard-claims.png");
    clean(watched);
    await page.context().close();
  });

  test("correct a claim: bad month and unfitting unit refused with a message; the history shows before → after", async () => {
    const watched = await openWatched(browser, server.url);
    const { page } = watched;
    const claim = (await store.listClaims()).find(
      (c) => c.metric === "revenue" && c.status === "unreviewed",
    )!;
    await visit(page, `${server.url}/app/?page=claims&claim=${claim.id}`);
    const form = page.getByRole("form", { name: "Correct the claim" });
    await form.getByLabel("Why").fill("checked against the annual report");
    await form.getByLabel("Period (START..END or as of DATE)").fill("2025-13-01..2025-12-31");
    await form.getByRole("button", { name: "Save correction" }).click();
    await page
      .locator("#correct-error")
      .filter({ hasText: /invalid period: .*month 01-12/ })
      .waitFor();
    await form.getByLabel("Period (START..END or as of DATE)").fill("");
    await form.getByLabel("Unit", { exact: true }).fill("GW");
    await form.getByRole("button", { name: "Save correction" }).click();
    await page.locator("#correct-error").filter({ hasText: "does not fit revenue" }).waitFor();
    assert.equal((await store.getClaim(claim.id))!.version, 0, "refused corrections store nothing");

    await form.getByLabel("Unit", { exact: true }).fill(claim.unit);
    await form.getByLabel("Entity").fill("Acme Research");
    await form.getByRole("button", { name: "Save correction" }).click();
    const history = page.locator(".history li[data-version='1']");
    await history.waitFor();
    const text = (await history.textContent()) ?? "";
    assert.match(text, /correct by dashboard/);
    assert.match(text, /checked against the annual report/);
    assert.ok(text.includes(`entity: ${claim.entity} → Acme Research`), text);
    const stored = (await store.getClaim(claim.id))!;
    assert.equal(stored.entity, "Acme Research");
    assert.equal(stored.status, "corrected");
    await page
      .locator(`#claims-table tr[data-claim="${claim.id}"] td.status`)
      .filter({ hasText: "corrected" })
      .waitFor();
    await checkAndShoot(page, "dashboard-correct.png");
    clean(watched, new RegExp(`^400 .*/api/claims/${claim.id}/review$`));
    await page.context().close();
  });

  test("review one claim from its panel: accept records the event; accepting again is refused as a no-op", async () => {
    const watched = await openWatched(browser, server.url);
    const { page } = watched;
    const claim = (await store.listClaims()).find(
      (c) => c.metric === "valuation" && c.status === "unreviewed",
    )!;
    await visit(page, `${server.url}/app/?page=claims&claim=${claim.id}`);
    const form = page.getByRole("form", { name: "Accept or reject the claim" });
    await form.getByLabel("Why").fill("matches the filing");
    await form.getByRole("button", { name: "Accept" }).click();
    await page.locator(".history li[data-version='1']").waitFor();
    const stored = (await store.getClaim(claim.id))!;
    assert.equal(stored.status, "accepted");
    const [event] = await store.listReviewEvents(claim.id);
    assert.equal(event!.reason, "matches the filing");
    assert.equal(event!.actor, "dashboard");
    await page.getByRole("form", { name: "Accept or reject the claim" }).getByLabel("Why").fill("again");
    await page
      .getByRole("form", { name: "Accept or reject the claim" })
      .getByRole("button", { name: "Accept" })
      .click();
    await page.locator("#review-error").filter({ hasText: "already accepted" }).waitFor();
    assert.equal((await store.getClaim(claim.id))!.version, 1, "no second version");
    clean(watched);
    await page.context().close();
  });

  test("bulk accept: the selected claims are accepted once; exports follow the filters", async () => {
    const watched = await openWatched(browser, server.url);
    const { page } = watched;
    await visit(page, `${server.url}/app/?page=claims&status=unreviewed&metric=revenue`);
    const boxes = page.locator("#claims-table tbody input[type=checkbox]");
    const chosen = await boxes.evaluateAll((inputs) =>
      inputs.slice(0, 2).map((i) => (i as unknown as { value: string }).value),
    );
    assert.equal(chosen.length, 2);
    for (const id of chosen) await page.getByLabel(`Select claim ${id}`).check();
    const bulk = page.getByRole("form", { name: "Accept the selected claims" });
    await bulk.getByLabel("Why").fill("both match the filing");
    await bulk.getByRole("button", { name: "Accept selected" }).click();
    await page.locator("#status").filter({ hasText: "2 accepted" }).waitFor();
    for (const id of chosen) {
      const claim = (await store.getClaim(id))!;
      assert.equal(claim.status, "accepted");
      assert.equal(claim.version, 1);
    }

    await visit(page, `${server.url}/app/?page=claims&metric=revenue`);
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: "CSV" }).click(),
    ]);
    const csv = readFileSync((await download.path())!, "utf8")
      .trim()
      .split("\r\n");
    const revenue = (await store.listClaims()).filter((c) => c.metric === "revenue");
    assert.equal(csv.length, revenue.length + 1);
    assert.match(csv[0]!, /^id,document,reported,entity/);
    const [jsonl] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: "JSON Lines" }).click(),
    ]);
    const lines = readFileSync((await jsonl.path())!, "utf8")
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    assert.deepEqual(
      lines.map((c) => c.metric),
      revenue.map(() => "revenue"),
    );
    clean(watched);
    await page.context().close();
  });

  test("evidence: a timeline point shows its figure on hover and opens its sentence in the document", async () => {
    const watched = await openWatched(browser, server.url);
    const { page } = watched;
    await visit(page, `${server.url}/app/?page=evidence`);
    await page.locator("#timeline-chart[data-ready='true']").waitFor();
    const point = page.locator("#timeline-chart svg g.mark-symbol.facts_marks path").first();
    await point.hover({ force: true });
    await page.locator("#vg-tooltip-element.visible").waitFor();
    assert.ok(((await page.locator("#vg-tooltip-element").textContent()) ?? "").length > 0);
    assert.ok((await page.locator("#checks li").count()) > 0);
    assert.ok((await page.locator("#conflicts .pair, #revisions .pair, #explained .pair").count()) > 0);
    await checkAndShoot(page, "dashboard-evidence.png");
    await point.click({ force: true });
    await page.waitForURL(/page=document/);
    await waitReady(page);
    const url = new URL(page.url());
    const claimId = url.searchParams.get("claim")!;
    const claim = (await store.getClaim(claimId))!;
    assert.equal(url.searchParams.get("doc"), claim.documentId);
    const selected = page.locator("#document-text mark.selected").first();
    assert.ok(((await selected.getAttribute("data-claims")) ?? "").split(" ").includes(claimId));
    // Every claim of the document is marked, and the text is the analysed text.
    const marked = await page.$$eval("#document-text mark.claim", (marks) =>
      marks.flatMap((m) => (m.getAttribute("data-claims") ?? "").split(" ")),
    );
    const claims = await store.listClaims({ documentId: claim.documentId, includeRejected: true });
    assert.deepEqual([...new Set(marked)].sort(), claims.map((c) => c.id).sort());
    assert.equal(
      await page.locator("#document-text").textContent(),
      (await store.getDocument(claim.documentId))!.text,
    );
    // Sentence → claims, by keyboard.
    await page.locator("#document-text mark.claim").first().focus();
    await page.keyboard.press("Enter");
    await page.locator("#span-claims li a").first().waitFor();
    await checkAndShoot(page, "dashboard-document.png");
    clean(watched);
    await page.context().close();
  });

  test("scenarios: run one, then compare two on the same seed, and save the results", async () => {
    const watched = await openWatched(browser, server.url);
    const { page } = watched;
    await visit(page, `${server.url}/app/?page=scenarios`);
    await page.locator("select[name=a]").selectOption("openai-2025-commitments.yaml");
    await page.locator("input[name=samples]").fill("2000");
    await page.getByRole("button", { name: "Run" }).click();
    await page.locator("#run[data-ready='true']").waitFor({ timeout: 120_000 });
    assert.ok((await page.locator("#answers tbody tr").count()) > 0);
    assert.ok((await page.locator("#backtest tbody tr").count()) > 0, "the backtest against the ledger");
    await page.locator("#fan-chart[data-ready='true'] svg").waitFor();
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: /results \(CSV\)/ }).click(),
    ]);
    const csv = readFileSync((await download.path())!, "utf8");
    assert.match(csv, /^output,unit,period,p5,p25,p50,p75,p95\r\n/);
    await checkAndShoot(page, "dashboard-scenario.png");

    await page.locator("select[name=b]").selectOption("openai-2026-revised.yaml");
    await page.getByRole("button", { name: "Run" }).click();
    await page.waitForURL(/b=openai-2026-revised/);
    await page.locator("#run[data-ready='true'] #answers thead th").nth(2).waitFor({ timeout: 120_000 });
    const headers = await page.locator("#answers thead th").allTextContents();
    assert.equal(headers.length, 3, "one column per scenario");
    assert.notEqual(headers[1], headers[2]);
    await page.locator("#fan-chart[data-ready='true'] svg").waitFor();
    await checkAndShoot(page, "dashboard-compare.png");
    clean(watched);
    await page.context().close();
  });

  test("what changed: with a document, its new claims and revisions with both sentences", async () => {
    const watched = await openWatched(browser, server.url);
    const { page } = watched;
    const documents = await store.listDocuments();
    const latest = [...documents].sort((a, b) => (b.published ?? "").localeCompare(a.published ?? ""))[0]!;
    await visit(page, `${server.url}/app/?page=changes`);
    await page.locator("select[name=from]").selectOption(latest.id);
    await page.getByRole("button", { name: "Show changes" }).click();
    await page.locator("#changes-label").waitFor();
    const fresh = (await store.listClaims({ documentId: latest.id })).length;
    assert.match(
      (await page.locator("#new-claims-heading").textContent()) ?? "",
      new RegExp(`\\(${fresh}\\)`),
    );
    await checkAndShoot(page, "dashboard-changes.png");
    clean(watched);
    await page.context().close();
  });

  test("import: a table with bad rows names each one; a good table is stored, then changes nothing again", async () => {
    const watched = await openWatched(browser, server.url);
    const { page } = watched;
    const documentsBefore = (await store.listDocuments()).length;
    await visit(page, `${server.url}/app/?page=import`);
    const form = page.getByRole("form", { name: "Import a CSV table" });
    await form.getByLabel("CSV table").setInputFiles(fixturePath("tables", "ai-companies-bad-rows.csv"));
    await form.getByLabel("Snapshot date").fill("2025-12-01");
    await page.getByRole("button", { name: "Import" }).click();
    await page.locator("#import-errors li").first().waitFor();
    const errors = await page.locator("#import-errors li").allTextContents();
    assert.equal(errors.length, 2);
    assert.match(errors[0]!, /ai-companies-bad-rows\.csv:7: column 'Value'/);
    assert.equal((await store.listDocuments()).length, documentsBefore, "bad rows store nothing");

    await form.getByLabel("CSV table").setInputFiles(fixturePath("tables", "ai-companies-2025-09.csv"));
    await form.getByLabel("Snapshot date").fill("2025-09-15");
    await page.getByRole("button", { name: "Import" }).click();
    await page.locator("#import-result").filter({ hasText: "stored as" }).waitFor();
    assert.match((await page.locator("#import-result").textContent()) ?? "", /11 rows: 11 new/);
    assert.equal((await store.listDocuments()).length, documentsBefore + 1);
    await checkAndShoot(page, "dashboard-import.png");
    await page.getByRole("button", { name: "Import" }).click();
    await page.locator("#import-result").filter({ hasText: "already in the ledger" }).waitFor();
    assert.equal(
      (await store.listDocuments()).length,
      documentsBefore + 1,
      "the same table again is a no-op",
    );
    clean(watched, /^422 .*\/api\/import$/);
    await page.context().close();
  });

  test("phone width: 375 px, nothing overflows sideways", async () => {
    const watched = await openWatched(browser, server.url, { width: 375, height: 800 });
    const { page } = watched;
    for (const path of [
      "",
      "?page=evidence",
      "?page=document",
      "?page=changes",
      "?page=scenarios",
      "?page=import",
      "?page=scenarios&a=hsbc-2025-11-openai.yaml&samples=500",
      "?page=graph",
    ]) {
      await visit(page, `${server.url}/app/${path}`);
      assert.equal(await horizontalOverflow(page), 0, `no horizontal overflow on /app/${path}`);
    }
    const claim = (await store.listClaims())[0]!;
    await visit(page, `${server.url}/app/?page=claims&claim=${claim.id}`);
    assert.equal(await horizontalOverflow(page), 0, "no horizontal overflow with a claim open");
    await checkAndShoot(page, "dashboard-375.png");
    clean(watched);
    await page.context().close();
  });

  test("scenario editor: a bad parameter is refused at its field with the caret; a good one saves a new file that runs", async () => {
    const watched = await openWatched(browser, server.url);
    const { page } = watched;
    await visit(page, `${server.url}/app/?page=scenarios&a=openai-2025-commitments.yaml&samples=1000`);
    await page.locator("#histogram-chart[data-ready='true'] svg").waitFor();
    assert.ok((await page.locator("#histogram-chart svg g.mark-rect path").count()) > 3, "histogram bars");
    await page.locator("#tornado-chart[data-ready='true'] svg").waitFor();
    assert.ok((await page.locator("#tornado-chart svg g.mark-rect path").count()) > 3, "tornado bars");
    assert.equal(await page.locator("#tornado a.button").count(), 2, "SVG and PNG of the tornado");

    const editor = page.locator("#input-editor");
    await editor.getByRole("combobox", { name: "Input", exact: true }).selectOption("user_growth");
    assert.equal(await editor.getByRole("combobox", { name: "Distribution" }).inputValue(), "uniform");
    await editor.getByLabel("high (fraction)").fill("fast");
    await editor.getByLabel("Save as (file name)").fill("faster-growth.yaml");
    await editor.getByRole("button", { name: "Save scenario" }).click();
    const fieldError = page.locator("#err-distribution");
    await fieldError.filter({ hasText: "inputs.user_growth.uniform.high" }).waitFor();
    assert.match(
      (await fieldError.textContent()) ?? "",
      /faster-growth\.yaml:\d+:\d+: error: .*\n.*high: fast\}\n\s+\|\s+\^/,
    );
    assert.equal(existsSync(join(scenariosDir, "faster-growth.yaml")), false, "nothing saved");
    await checkAndShoot(page, "dashboard-editor-error.png");

    await editor.getByLabel("high (fraction)").fill("0.6");
    await editor.getByRole("button", { name: "Save scenario" }).click();
    await page.waitForURL(/a=faster-growth\.yaml/);
    // The previous run's table stays on screen until the new page is drawn: wait for the new one.
    await ranTable(page, "faster-growth").waitFor({ timeout: 120_000 });
    assert.equal(await page.locator("#answers thead th").nth(1).textContent(), "faster-growth");
    const saved = parse(readFileSync(join(scenariosDir, "faster-growth.yaml"), "utf8"));
    assert.deepEqual(saved.inputs.user_growth.uniform, { low: 0.08, high: 0.6 });
    await waitReady(page);
    await checkAndShoot(page, "dashboard-editor.png");
    clean(watched, /^400 .*\/api\/scenarios$/);
    await page.context().close();
  });

  test("scenario editor: bind an input to a claim picked from the claims table, see its sentence, save and run", async () => {
    const watched = await openWatched(browser, server.url);
    const { page } = watched;
    const claim = (await store.listClaims()).find(
      (c) => c.metric === "weekly_active_users" && c.value.bound === "exact",
    )!;
    await visit(page, `${server.url}/app/?page=scenarios&a=openai-2025-commitments.yaml&samples=500`);
    const editor = page.locator("#input-editor");
    await editor.getByRole("combobox", { name: "Input", exact: true }).selectOption("weekly_users_2025");
    await editor.getByRole("button", { name: "Bind to a claim…" }).click();
    const picker = page.getByRole("search", { name: "Find a claim to bind" });
    const word = claim.quote.split(/\s+/).find((w) => w.length > 6)!;
    await picker.getByLabel("Search claims").fill(word);
    await picker.getByRole("button", { name: "Search" }).click();
    await page.locator(`#picker-results tr[data-claim="${claim.id}"]`).waitFor();
    await page.getByRole("button", { name: `Bind to claim ${claim.id}` }).click();
    const sentence = page.locator("#bound-sentence");
    await sentence.waitFor();
    assert.ok(((await sentence.locator("mark").textContent()) ?? "").length > 0, "the figure is marked");
    assert.match(
      (await page.locator("#binding").textContent()) ?? "",
      new RegExp(`Bound to claim ${claim.id}`),
    );
    await checkAndShoot(page, "dashboard-bind.png");
    await editor.getByLabel("Save as (file name)").fill("bound-users.yaml");
    await editor.getByRole("button", { name: "Save scenario" }).click();
    await page.waitForURL(/a=bound-users\.yaml/);
    await ranTable(page, "bound-users").waitFor({ timeout: 120_000 });
    const saved = parse(readFileSync(join(scenariosDir, "bound-users.yaml"), "utf8"));
    assert.deepEqual(saved.inputs.weekly_users_2025.from, { claim: claim.id });
    // The saved file's editor shows the binding with the claim's sentence.
    await waitReady(page);
    await editor.getByRole("combobox", { name: "Input", exact: true }).selectOption("weekly_users_2025");
    await page.locator("#bound-sentence mark").waitFor();
    clean(watched);
    await page.context().close();
  });

  test("deal graph: nodes and edges drawn, a click shows the deal's sentence, filters and the date slider redraw", async () => {
    const watched = await openWatched(browser, server.url);
    const { page } = watched;
    await visit(page, `${server.url}/app/`);
    await page.getByRole("link", { name: "Deal graph" }).click();
    await page.waitForURL(/page=graph/);
    await waitReady(page);
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
    const widths = await page.$$eval("#graph line.edge", (lines) =>
      lines.map((l) => Number(l.getAttribute("stroke-width"))),
    );
    assert.ok(Math.max(...widths) > Math.min(...widths), "widths follow the amounts");

    const id = await page.evaluate(async () => {
      type Edge = { id: string; from: string; to: string; amount: { high: number } };
      const graph = (await (await fetch("/api/graph")).json()) as { edges: Edge[] };
      return graph.edges.find((e) => e.from === "Nvidia" && e.to === "OpenAI" && e.amount.high === 3e10)?.id;
    });
    assert.ok(id, "the 30 bn $ investment edge");
    await page.locator(`#graph line.edge-hit[data-edge="${id}"]`).click({ force: true });
    await page.locator("#detail blockquote mark").first().waitFor();
    assert.match((await page.locator("#detail-heading").textContent()) ?? "", /Nvidia → OpenAI: equity/);
    assert.match(
      (await page.locator("#detail blockquote").first().textContent()) ?? "",
      /30 milliards de dollars/,
    );
    assert.match(
      (await page.locator("#detail blockquote mark").first().textContent()) ?? "",
      /30 milliards de dollars/,
    );
    assert.equal(await page.locator(`#graph line.edge.selected[data-edge="${id}"]`).count(), 1);
    assert.match((await page.locator("#loops li").first().textContent()) ?? "", /Nvidia → OpenAI → Nvidia/);
    await checkAndShoot(page, "dashboard-graph.png");

    await page.locator('#graph .node[data-party="Oracle"] circle').click();
    assert.match((await page.locator("#detail").textContent()) ?? "", /customer concentration: 100 %/);
    await page.locator("#instrument").selectOption("equity");
    const equity = await page.locator("#graph line.edge").count();
    assert.ok(equity >= 2 && equity < edges);
    assert.equal(new URL(page.url()).searchParams.get("instrument"), "equity", "the filter is in the URL");
    await page.locator("#instrument").selectOption("");
    await page.locator("#as-of").fill("0");
    await page
      .locator("#as-of-label")
      .filter({ hasText: /^\d{4}-\d{2}$/ })
      .waitFor();
    await edgeCountUntil(page, (n) => n < edges);
    await page.locator("#as-of").fill(String(await page.locator("#as-of").getAttribute("max")));
    await edgeCountUntil(page, (n) => n === edges);
    clean(watched);
    await page.context().close();
  });
});

/** Polls the number of drawn edges (the page's CSP forbids waitForFunction's string evaluation). */
async function edgeCountUntil(page: Page, ok: (count: number) => boolean): Promise<void> {
  let count = -1;
  for (let attempt = 0; attempt < 100; attempt++) {
    count = await page.locator("#graph line.edge").count();
    if (ok(count)) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  assert.fail(`the graph kept ${count} edges`);
}

/** The answers table of a finished run whose first column is the named scenario. */
function ranTable(page: Page, scenario: string) {
  return page.locator("#run[data-ready='true'] #answers thead th").nth(1).filter({ hasText: scenario });
}
