import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { ownerMetricValue } from "../../../test/support/claims.js";

describe("a measure named by a short form in a table's column header", () => {
  it("reads 'val.' as valuation and keeps the other columns' measures (EN)", () => {
    const text =
      "At a $100 m ARR, Novacorp is priced richly.\n\nCompany | Latest val. | 2025 ARR | EV/ARR\nNovacorp | $14 bn | $100 m | 140×\nAnthropic | $18 bn | $1.4 bn | 13×\n";
    assert.deepEqual(ownerMetricValue(text, "en"), [
      ["Novacorp", "valuation", 14e9],
      ["Novacorp", "revenue_run_rate", 1e8],
      ["Novacorp", "valuation_multiple", 140],
      ["Anthropic", "valuation", 18e9],
      ["Anthropic", "revenue_run_rate", 1.4e9],
      ["Anthropic", "valuation_multiple", 13],
    ]);
  });

  it("reads « Valo. » and « CA » (FR)", () => {
    const text =
      "| Société | Valo. | CA 2024 |\n|---|---|---|\n| Mistral AI | 11,7 Md€ | 0,1 Md€ |\n| Anthropic | 170 Md$ | 1 Md$ |\n";
    assert.deepEqual(ownerMetricValue(text, "fr"), [
      ["Mistral AI", "valuation", 11.7e9],
      ["Mistral AI", "revenue", 1e8],
      ["Anthropic", "valuation", 170e9],
      ["Anthropic", "revenue", 1e9],
    ]);
  });

  it("reads 'Mkt cap' and 'Rev.' (EN)", () => {
    const text = "| Company | Mkt cap | Rev. FY25 |\n|---|---|---|\n| Nvidia | $4.5tn | $130bn |\n";
    assert.deepEqual(ownerMetricValue(text, "en"), [
      ["Nvidia", "market_cap", 4.5e12],
      ["Nvidia", "revenue", 130e9],
    ]);
  });

  it("does not read a short form in prose, nor in a row label", () => {
    const prose = ownerMetricValue("Novacorp, based in Val d'Isère, spent $14 bn on data centres.\n", "en");
    assert.ok(!prose.some((c) => c[1] === "valuation"));
    const row = ownerMetricValue("| Company | 2025 |\n|---|---|\n| Val Systems | $2bn |\n", "en");
    assert.ok(!row.some((c) => c[1] === "valuation"));
  });
});
