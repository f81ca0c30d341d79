import assert from "node:assert/strict";
import { test } from "node:test";
import { DOMParser } from "linkedom";
import { sampleReport } from "../../test/fixtures/report-inputs.js";
import { renderReportData } from "../report/build-report.js";
import { reportPartFromRun } from "../report/from-model.js";
import { renderHtmlReport } from "../report/report-html.js";
import { escapeMarkdown, renderMarkdownReport } from "../report/report-md.js";
import { citedDocument, claimListResolver } from "./bind.js";
import type { BindableClaim } from "./choose-claim.js";
import { prepareScenarioText } from "./load-scenario-file.js";
import { runScenario } from "./runner.js";
import { renderBindingLines } from "./text.js";

const CLAIM: BindableClaim = {
  id: "clm_rev",
  entity: "OpenAI",
  counterparty: null,
  metric: "revenue",
  value: { low: 13.1e9, high: 13.1e9, bound: "approx" },
  unit: "USD",
  period: { start: "2025-01-01", end: "2025-12-31" },
  qualifier: "reported",
  status: "accepted",
  reported: "2026-02-20",
  quote: "Revenue reached 13.1 billion dollars in 2025.",
  document: "doc_a",
};

const SCENARIO = `name: cited
periods: {start: 2025, end: 2026}
inputs:
  revenue_2025:
    unit: USD/yr
    from: {entity: OpenAI, metric: revenue, period: 2025}
variables:
  revenue: {unit: USD/yr, formula: revenue_2025}
`;

const URL = "https://news.example/openai-2025-revenue";

async function boundRun(documents: Map<string, ReturnType<typeof citedDocument>>) {
  const prepared = await prepareScenarioText(SCENARIO, "cited.yaml", claimListResolver([CLAIM], documents));
  assert.ok(prepared.bundle, prepared.issues.map((i) => i.message).join("; "));
  const { result } = await runScenario(prepared.bundle, { samples: 100, seed: 1, workers: 1 });
  assert.ok(result);
  return result;
}

test("an input bound to a claim carries its document's address and sentence into the run", async () => {
  const documents = new Map([
    ["doc_a", citedDocument({ title: "OpenAI's year", outlet: "CNBC", source: URL })],
  ]);
  const result = await boundRun(documents);
  const origin = result.inputs.find((i) => i.name === "revenue_2025")!.origin;
  assert.equal(origin.kind, "ledger");
  if (origin.kind !== "ledger") return;
  assert.deepEqual(origin.cited, { title: "OpenAI's year", outlet: "CNBC", address: URL, url: URL });
  // Run output JSON is the result as is.
  const json = JSON.parse(JSON.stringify(result));
  assert.equal(json.inputs[0].origin.cited.url, URL);
  assert.equal(json.inputs[0].origin.quote, CLAIM.quote);
  // `model run` text: the sentence, then title · outlet · address · document id.
  const lines = renderBindingLines(result).join("\n");
  assert.ok(
    lines.includes(`revenue_2025: “${CLAIM.quote}” (OpenAI's year · CNBC · ${URL} · document doc_a)`),
    lines,
  );
});

test("a document read from a file is cited by its file name, without a URL", () => {
  assert.deepEqual(citedDocument({ title: "Memo", outlet: null, source: "seeds/memo.txt" }), {
    title: "Memo",
    outlet: null,
    address: "seeds/memo.txt",
    url: null,
  });
});

test("without documents from the resolver the run still names the document id", async () => {
  const result = await boundRun(new Map());
  assert.match(renderBindingLines(result).join("\n"), /\(document doc_a\)/);
});

test("the report's inputs table shows the bound claim's sentence and its document's address", async () => {
  const documents = new Map([
    ["doc_a", citedDocument({ title: "OpenAI's year", outlet: "CNBC", source: URL })],
  ]);
  const result = await boundRun(documents);
  const part = reportPartFromRun(result, {
    lang: "en",
    file: "cited.yaml",
    sensitivity: null,
    sources: [],
    generated: null,
  });
  const binding = part.inputs.find((row) => row.name === "revenue_2025")!.binding!;
  assert.equal(binding.documentSource, URL);
  assert.equal(binding.documentTitle, "OpenAI's year");
  const report = { ...sampleReport(), inputs: part.inputs };
  const data = await renderReportData(report);
  const doc = new DOMParser().parseFromString(renderHtmlReport(data), "text/html");
  const cell = [...doc.querySelectorAll("td")].find((td) => (td.textContent ?? "").includes(CLAIM.quote));
  assert.ok(cell, "the sentence is in the inputs table");
  assert.match(cell.textContent ?? "", /news\.example\/openai-2025-revenue/);
  assert.ok(
    renderMarkdownReport(data, {}).includes(escapeMarkdown(URL)),
    "the address in the Markdown report",
  );
});
