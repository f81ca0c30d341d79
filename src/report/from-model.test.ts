import assert from "node:assert/strict";
import { test } from "node:test";
import type { RunResult, SensitivityResult } from "../model/types.js";
import { fanFromRun, histogramFromRun, reportPartFromRun, tornadoFromSensitivity } from "./from-model.js";

const q = (p50: number) => ({
  mean: p50,
  p5: p50 * 0.5,
  p25: p50 * 0.8,
  p50,
  p75: p50 * 1.2,
  p95: p50 * 1.6,
});

const RUN: RunResult = {
  scenario: "plan",
  description: "a plan",
  periods: [2025, 2026],
  samples: 1000,
  seed: 7,
  workers: 1,
  blockSize: 1000,
  outputs: [
    {
      name: "revenue",
      unit: "USD",
      formula: "x",
      periods: [
        { period: 2025, ...q(13e9) },
        { period: 2026, ...q(30e9) },
      ],
    },
  ],
  scalars: [{ name: "funding_gap", unit: "USD", formula: "-min(cumulative_cash)", ...q(150e9) }],
  events: [
    { name: "cash_flow_positive_by_2030", formula: "…", probability: 0.2, standardError: 0.01 },
    { name: "gap_above_200bn", formula: "…", probability: 0.3, standardError: 0.01 },
  ],
  histograms: [
    {
      output: "cumulative_cash",
      period: 2026,
      unit: "USD",
      bins: [
        { x0: -1, x1: 0, count: 3 },
        { x0: 0, x1: 1, count: 1 },
      ],
      total: 4,
      probabilityBelowZero: 0.75,
    },
  ],
  inputs: [
    {
      name: "margin",
      unit: "fraction",
      distribution: "uniform(0.3, 0.4)",
      origin: { kind: "explicit", source: "analyst", assumption: true },
      summary: null,
    },
    {
      name: "capex",
      unit: "USD",
      distribution: "uniform(5e10, 6e10)",
      origin: {
        kind: "ledger",
        ref: { entity: "OpenAI", metric: "cost_per_gw", period: 2025 },
        claimIds: ["c1"],
        quote: "50 to 60 billion",
        document: "d1",
        value: { low: 5e10, high: 6e10, bound: "range" },
        unit: "USD",
        rule: "range → uniform",
        why: "the only claim that fits",
        claimPeriod: "as of 2025-11",
        reported: "2025-11-04",
      },
      summary: null,
    },
  ],
  claimIds: ["c1"],
  timing: { compileMs: 1, simulateMs: 1, totalMs: 2 },
};

test("a run becomes the report's answers, fans, histogram and inputs", () => {
  const part = reportPartFromRun(RUN, {
    lang: "en",
    file: "plan.yaml",
    sensitivity: null,
    sources: [{ id: "d1", title: "Doc one", source: "one.html", published: "2025-10-01" }],
    generated: null,
  });
  assert.deepEqual(part.positiveBy, { year: 2030, probability: 0.2 });
  assert.deepEqual(part.fundingNeeded, { until: 2026, unit: "USD", p5: 75e9, p50: 150e9, p95: 240e9 });
  assert.deepEqual(part.events, [{ label: "gap above 200bn", probability: 0.3 }]);
  assert.equal(part.inputs[1]?.distribution, "uniform(50 bn $, 60 bn $) (50–60 bn $)");
  assert.equal(part.fans.length, 1);
  assert.equal(part.histogram?.probabilityBelow, 0.75);
  assert.equal(part.inputs[1]?.binding?.documentTitle, "Doc one");
  assert.equal(part.inputs[0]?.binding, null);
});

test("fans, histograms and tornado rows map field by field", () => {
  assert.equal(fanFromRun(RUN, "missing"), null);
  assert.deepEqual(fanFromRun(RUN, "revenue")?.rows[1], {
    period: 2026,
    p5: 15e9,
    p25: 24e9,
    p50: 30e9,
    p75: 36e9,
    p95: 48e9,
  });
  assert.equal(histogramFromRun(RUN, "cumulative_cash")?.period, 2026);
  const sensitivity: SensitivityResult = {
    scenario: "plan",
    target: "cash[2030]",
    unit: "USD",
    base: -1,
    samples: 10,
    seed: 1,
    rows: [
      {
        input: "margin",
        unit: "fraction",
        inputLow: 0.3,
        inputHigh: 0.4,
        low: -2,
        high: 1,
        swing: 3,
        spearman: 0.9,
      },
    ],
    skipped: [],
  };
  assert.deepEqual(tornadoFromSensitivity(sensitivity), {
    target: "cash[2030]",
    unit: "USD",
    base: -1,
    rows: [{ input: "margin", low: -2, high: 1, rankCorrelation: 0.9 }],
  });
});

test("new funding split into the company's own vendors and others, when the scenario computes both", () => {
  const options = { lang: "en" as const, file: null, sensitivity: null, sources: [], generated: null };
  assert.equal(reportPartFromRun(RUN, options).newFunding, null);
  const split: RunResult = {
    ...RUN,
    scalars: [
      ...RUN.scalars,
      { name: "new_funding_from_vendors", unit: "USD", formula: "v", ...q(30e9) },
      { name: "new_funding_from_others", unit: "USD", formula: "r - v", ...q(80e9) },
      { name: "vendor_share_of_new_funding", unit: "fraction", formula: "v / r", ...q(0.25) },
    ],
  };
  const part = reportPartFromRun(split, options);
  assert.deepEqual(part.newFunding, {
    unit: "USD",
    fromVendors: { p5: 15e9, p50: 30e9, p95: 48e9 },
    fromOthers: { p5: 40e9, p50: 80e9, p95: 128e9 },
    vendorShare: { p5: 0.125, p50: 0.25, p95: 0.4 },
  });
  assert.equal(part.fundingNeeded?.p50, 150e9, "funding_gap stays the funding needed");
});
