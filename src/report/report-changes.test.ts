import assert from "node:assert/strict";
import { test } from "node:test";
import { HOSTILE, sampleReport } from "../../test/fixtures/report-inputs.js";
import { renderReportData } from "./build-report.js";
import { renderHtmlReport } from "./report-html.js";

test("the report's 'What changed' section lists the changes, escaped, and is absent when not asked", async () => {
  const data = await renderReportData({
    ...sampleReport(),
    changes: {
      label: "since 2026-02-01",
      lines: ["Figures revised (1)", `OpenAI compute_commitment: 1.4 tn $ → ~600 bn $ ${HOSTILE}`],
    },
  });
  const html = renderHtmlReport(data);
  assert.match(
    html,
    /<h2>What changed<\/h2><p class="meta">since 2026-02-01<\/p><ul>\s*<li>Figures revised \(1\)<\/li>/,
  );
  assert.match(html, /1\.4 tn \$ → ~600 bn \$ &lt;script&gt;/);
  assert.ok(!html.includes('<script>alert("x")'));
  const without = renderHtmlReport(await renderReportData(sampleReport()));
  assert.ok(!without.includes("What changed"));
});
