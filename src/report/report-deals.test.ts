import assert from "node:assert/strict";
import { test } from "node:test";
import { DOMParser } from "linkedom";
import { HOSTILE, sampleReport } from "../../test/fixtures/report-inputs.js";
import { buildDealGraph } from "../graph/index.js";
import { makeClaim } from "../reconcile/testing.js";
import { renderReportData } from "./build-report.js";
import { dealsReportPart } from "./report-deals.js";
import { renderHtmlReport } from "./report-html.js";
import { renderMarkdownReport } from "./report-md.js";

const claims = [
  makeClaim({
    id: "inv",
    entity: "Nvidia",
    counterparty: "OpenAI",
    metric: "investment",
    value: 3e10,
    qualifier: "commitment",
  }),
  makeClaim({
    id: "buy",
    entity: "OpenAI",
    counterparty: "Nvidia",
    metric: "compute_commitment",
    value: 5e10,
    qualifier: "commitment",
  }),
  makeClaim({
    id: "odd",
    entity: HOSTILE,
    counterparty: "OpenAI",
    metric: "investment",
    value: 1e9,
    qualifier: "commitment",
  }),
];

test("the report's deal-graph section: the loops table with its claims, the metrics, the drawing", async () => {
  const deals = dealsReportPart(buildDealGraph({ claims }), "en");
  const data = await renderReportData({ ...sampleReport(), deals });
  const doc = new DOMParser().parseFromString(renderHtmlReport(data), "text/html");
  const rows = doc.querySelectorAll("#loops tbody tr");
  assert.equal(rows.length, 1);
  assert.match(rows[0]!.textContent ?? "", /Nvidia → OpenAI → Nvidia/);
  assert.match(rows[0]!.textContent ?? "", /Nvidia: 100 %/);
  assert.match(rows[0]!.textContent ?? "", /inv, buy/);
  assert.ok(doc.querySelector("#chart-deal-graph svg"), "the drawing is a chart of the report");
  assert.ok(
    (doc.querySelector("#deal-graph")?.nextElementSibling?.textContent ?? "").includes(
      "3 deals among 3 parties",
    ),
  );
  assert.ok(
    [...doc.querySelectorAll("#chart-deal-graph text")].some((t) => (t.textContent ?? "").includes(HOSTILE)),
  );
  assert.doesNotMatch(renderHtmlReport(data), /<script/i);
  const markdown = renderMarkdownReport(data, {});
  assert.match(markdown, /## Deal graph/);
  assert.match(markdown, /\| Nvidia → OpenAI → Nvidia \|/);
});

test("in French", () => {
  const deals = dealsReportPart(buildDealGraph({ claims: claims.slice(0, 1) }), "fr");
  assert.deepEqual(deals.loops, []);
  assert.equal(deals.chart?.title, "Qui paie qui");
});
