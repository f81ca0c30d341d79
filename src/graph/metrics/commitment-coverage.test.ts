import assert from "node:assert/strict";
import { test } from "node:test";
import { makeClaim, year } from "../../reconcile/testing.js";
import { buildDealGraph } from "../build.js";
import type { ProjectedRevenue } from "../types.js";

/** Commitment coverage from reported revenue, and from a scenario's projected revenue when one is given. */

const claims = [
  makeClaim({
    id: "commit",
    entity: "OpenAI",
    metric: "compute_commitment",
    value: 1.2e12,
    qualifier: "commitment",
    period: { start: "2026-01-01", end: "2030-12-31" },
    reported: "2025-11-01",
    quote: "about $1.2 trillion of compute commitments through 2030",
  }),
  makeClaim({
    id: "rev-2025",
    entity: "OpenAI",
    metric: "revenue",
    value: 1e10,
    period: year(2025),
    reported: "2026-01-15",
    quote: "revenue of $10 billion in 2025",
  }),
  makeClaim({
    id: "rev-2030",
    entity: "OpenAI",
    metric: "revenue",
    value: 3.2e11,
    qualifier: "target",
    period: year(2030),
    reported: "2026-01-15",
    quote: "a target of $320 billion in 2030",
  }),
];

const coverage = (projectedRevenue?: ProjectedRevenue) =>
  buildDealGraph({ claims }, projectedRevenue ? { projectedRevenue } : {}).metrics.find(
    (m) => m.metric === "commitment_coverage" && m.entity === "OpenAI",
  )!;

const projection = (entity: string, years: number[]): ProjectedRevenue => ({
  entity,
  scenario: "plan",
  years: Object.fromEntries(years.map((y) => [y, { low: 5e10, high: 1e11 }])),
  claimIds: ["bound-by-plan"],
});

test("without a scenario: the reported revenue, years between at constant growth", () => {
  const reported = coverage();
  // 20, 40, 80, 160, 320 bn $ from 2026 to 2030: 620 bn $.
  assert.equal(reported.display, "1.94×");
  assert.match(
    reported.arithmetic,
    /÷ revenue 2026–2030 620 bn \$ \(from 2025 10 bn \$ \(reported\), 2030 320 bn \$ \(target\); years between at constant growth\)/,
  );
  assert.deepEqual(reported.claimIds.sort(), ["commit", "rev-2025", "rev-2030"]);
});

test("with a scenario: its revenue (p5–p95 per year) for the years it covers, with the claims it was bound to", () => {
  const modelled = coverage(projection("OpenAI", [2025, 2026, 2027, 2028, 2029, 2030, 2031]));
  // 5 years at 50–100 bn $: 250–500 bn $; 1.2 tn $ ÷ that = 2.40–4.80×.
  assert.equal(modelled.display, "2.40–4.80×");
  assert.match(
    modelled.arithmetic,
    /÷ revenue 2026–2030 250–500 bn \$ \(from scenario plan, model revenue p5–p95 2026–2030\) = 2\.40–4\.80×/,
  );
  assert.deepEqual(modelled.claimIds.sort(), ["bound-by-plan", "commit"]);
});

test("a scenario that covers part of the horizon: the reported revenue for the rest; another company's scenario changes nothing", () => {
  const partly = coverage(projection("OpenAI", [2026, 2027]));
  // 2026–2027 from the model (100–200 bn $), 2028–2030 reported and joined (80 + 160 + 320 bn $): 660–760 bn $.
  assert.equal(partly.display, "1.58–1.82×");
  assert.match(
    partly.arithmetic,
    /from scenario plan, model revenue p5–p95 2026–2027; 2025 10 bn \$ \(reported\), 2030 320 bn \$ \(target\); years between at constant growth/,
  );
  assert.equal(coverage(projection("Anthropic", [2026, 2027])).display, coverage().display);
});
