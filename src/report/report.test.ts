import assert from "node:assert/strict";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { DOMParser } from "linkedom";
import { HOSTILE, sampleReport } from "../../test/fixtures/report-inputs.js";
import { renderReportData, writeReport } from "./build-report.js";
import { DEFAULT_FONT_FILES } from "./render.js";
import { buildReportCharts, slug } from "./report-charts.js";
import { escapeHtml, figureRange, highlightQuote, renderHtmlReport } from "./report-html.js";
import { escapeMarkdown } from "./report-md.js";

function parse(html: string) {
  return new DOMParser().parseFromString(html, "text/html");
}

test("the HTML report escapes hostile text from documents and scenarios", async () => {
  const html = renderHtmlReport(await renderReportData(sampleReport()));
  const doc = parse(html);
  assert.equal(doc.querySelectorAll("script").length, 0, "no <script> element");
  assert.equal(doc.querySelectorAll("img").length, 0, "no <img> element");
  assert.doesNotMatch(html, /<script/i);
  assert.doesNotMatch(html, /<img/i);
  assert.doesNotMatch(html, /href=/i);
  // The hostile text is shown as text, intact.
  assert.ok((doc.querySelector("h1")?.textContent ?? "").includes(HOSTILE));
  assert.ok((doc.querySelector("#source-d1")?.textContent ?? "").includes(HOSTILE));
  assert.ok((doc.querySelector("blockquote")?.textContent ?? "").includes(HOSTILE));
});

test("the HTML report has the answers, at least four charts, inputs, checks and sources", async () => {
  const data = await renderReportData(sampleReport());
  const doc = parse(renderHtmlReport(data));
  assert.match(doc.querySelector("#answer-positive")?.textContent ?? "", /23%/);
  assert.match(doc.querySelector("#answer-funding")?.textContent ?? "", /150 bn \$[\s\S]*80–310 bn \$/);
  assert.ok(doc.querySelectorAll("figure svg").length >= 4);
  assert.equal(doc.querySelectorAll("figure svg").length, buildReportCharts(sampleReport()).length);
  assert.equal(doc.querySelector("blockquote mark")?.textContent, "33 %");
  assert.equal(doc.querySelectorAll(".status-fail").length, 1);
  assert.equal(doc.querySelectorAll("ol.sources li").length, 2);
  assert.match(doc.querySelector("meta[http-equiv]")?.getAttribute("content") ?? "", /default-src 'none'/);
});

test("the answers split new funding between the company's own vendors and others, in both languages", async () => {
  const newFunding = {
    unit: "USD" as const,
    fromVendors: { p5: 20e9, p50: 25e9, p95: 30e9 },
    fromOthers: { p5: 75e9, p50: 90e9, p95: 105e9 },
    vendorShare: { p5: 0.17, p50: 0.22, p95: 0.27 },
  };
  const en = parse(renderHtmlReport(await renderReportData({ ...sampleReport(), newFunding })));
  assert.match(
    en.querySelector("#answer-funding-vendors")?.textContent ?? "",
    /own vendors\s*25 bn \$, vendors' share 22 %[\s\S]*20–30 bn \$/,
  );
  assert.match(en.querySelector("#answer-funding-others")?.textContent ?? "", /others\s*90 bn \$/);
  const fr = parse(renderHtmlReport(await renderReportData({ ...sampleReport("fr"), newFunding })));
  assert.match(fr.querySelector("#answer-funding-vendors")?.textContent ?? "", /fournisseurs[\s\S]*25 Md \$/);
  const none = parse(renderHtmlReport(await renderReportData(sampleReport())));
  assert.equal(none.querySelector("#answer-funding-vendors"), null);
});

test("the French report speaks French and formats numbers the French way", async () => {
  const doc = parse(renderHtmlReport(await renderReportData(sampleReport("fr"))));
  assert.equal(doc.querySelector("html")?.getAttribute("lang"), "fr");
  assert.match(doc.querySelector("#answer-funding")?.textContent ?? "", /150 Md \$/);
  assert.match(doc.querySelector("#answer-positive")?.textContent ?? "", /23\s%/);
  assert.match(doc.querySelector("h2")?.textContent ?? "", /Réponses/);
});

test("figureRange finds the figure with its scale and unit", () => {
  const cases: Array<[string, string]> = [
    ["des engagements de 1,4 trillion de dollars sur huit ans", "1,4 trillion de dollars"],
    ["a plan of $600 billion by 2030", "$600 billion"],
    ["une marge brute de 33 % en 2025", "33 %"],
    ["plus de 26 gigawatts", "26"],
    ["1 000 milliards de dollars", "1 000 milliards de dollars"],
  ];
  for (const [quote, figure] of cases) {
    const range = figureRange(quote);
    assert.ok(range, quote);
    assert.equal(quote.slice(range.start, range.end), figure);
  }
  assert.equal(figureRange("no figure here"), null);
  assert.equal(highlightQuote({ quote: "a <b> 5 %", figure: null }), "a &lt;b&gt; <mark>5 %</mark>");
  assert.equal(highlightQuote({ quote: "x", figure: { start: 0, end: 9 } }), "x");
});

test("escapers", () => {
  assert.equal(escapeHtml(`<a href="x">'&'</a>`), "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
  assert.equal(escapeMarkdown("[x](javascript:1)\n# h"), "\\[x\\]\\(javascript:1\\) \\# h");
  assert.equal(escapeMarkdown("<b> & |"), "&lt;b&gt; &amp; \\|");
  assert.equal(slug("Dépenses / 2030"), "depenses-2030");
});

test("a Markdown report links one PNG per chart written beside it", {
  skip: !DEFAULT_FONT_FILES.every(existsSync) && "DejaVu fonts absent",
}, async () => {
  const dir = mkdtempSync(join(tmpdir(), "report-md-"));
  try {
    const out = join(dir, "report.md");
    const written = await writeReport(sampleReport(), out, { scale: 1 });
    const pngs = readdirSync(dir).filter((f) => f.endsWith(".png"));
    assert.equal(pngs.length, buildReportCharts(sampleReport()).length);
    assert.equal(written.length, pngs.length + 1);
    const md = readFileSync(out, "utf8");
    for (const png of pngs) assert.ok(md.includes(`](${png})`), `${png} linked`);
    assert.doesNotMatch(md, /<script/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
