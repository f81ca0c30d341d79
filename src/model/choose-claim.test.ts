import assert from "node:assert/strict";
import { test } from "node:test";
import { claimListResolver } from "./bind.js";
import { type BindableClaim, chooseClaim } from "./choose-claim.js";
import { claimMisfit, periodKind } from "./claim-fit.js";
import { prepareScenarioText } from "./load-scenario-file.js";

function claim(id: string, fields: Partial<BindableClaim> = {}): BindableClaim {
  return {
    id,
    document: "d1",
    reported: "2026-02",
    status: "unreviewed",
    entity: "OpenAI",
    counterparty: null,
    metric: "revenue",
    value: { low: 13.1e9, high: 13.1e9, bound: "exact" },
    unit: "USD",
    period: { start: "2025-01-01", end: "2025-12-31" },
    qualifier: "reported",
    quote: "x",
    ...fields,
  };
}

const REVENUE_2025 = { entity: "OpenAI", metric: "revenue", period: 2025 };

test("a yearly input refuses a half-year figure and binds the whole year", () => {
  const half = claim("a", { period: { start: "2025-01-01", end: "2025-06-30" } });
  const choice = chooseClaim([half, claim("b")], REVENUE_2025, "USD/yr");
  assert.equal(choice.claim?.id, "b");
  assert.deepEqual(
    choice.refused.map((r) => [r.claim.id, r.reason]),
    [["a", "a flow over 6 months (2025-01-01 – 2025-06-30), not a whole year"]],
  );
  assert.match(choice.why, /the only claim that fits; 1 refused for unit or period/);
});

test("by default a reviewed claim wins; latest_reported takes the newest; latest_accepted only reviewed ones", () => {
  const older = claim("a", {
    status: "accepted",
    reported: "2025-10-01",
    value: { low: 1, high: 1, bound: "exact" },
  });
  const newer = claim("b", { reported: "2026-02-20" });
  const target = claim("c", { reported: "2026-02-20", qualifier: "target" });
  assert.equal(chooseClaim([older, newer, target], REVENUE_2025, "USD/yr").claim?.id, "a");
  const latest = chooseClaim([older, newer, target], { ...REVENUE_2025, rule: "latest_reported" }, "USD/yr");
  assert.equal(latest.claim?.id, "b");
  assert.match(
    latest.why,
    /^unreviewed, reported, published 2026-02-20; first of 3 that fit by latest_reported \(newest/,
  );
  const accepted = chooseClaim([newer, target], { ...REVENUE_2025, rule: "latest_accepted" }, "USD/yr");
  assert.equal(accepted.claim, null);
  assert.equal(chooseClaim([{ ...newer, status: "rejected" }], REVENUE_2025, "USD/yr").claim, null);
});

test("unit and period kinds that do not fit are refused, with the reason", () => {
  const runRate = { asOf: "2025-12" };
  assert.match(claimMisfit("USD/yr", "USD", runRate)!, /a level as of 2025-12 .*not a flow over one year/);
  assert.match(
    claimMisfit("USD", "USD", { start: "2025-01-01", end: "2025-12-31" })!,
    /declare the input in USD\/yr/,
  );
  assert.equal(claimMisfit("USD", "USD", { start: null, end: "2030-12-31" }), null);
  assert.equal(claimMisfit("USD", "USD", { start: "2025-11", end: "2033-11" }), null);
  assert.equal(claimMisfit("USD", "USD", runRate), null);
  assert.equal(claimMisfit("GW", "USD", runRate), "its unit USD is not GW");
  assert.equal(claimMisfit("USD/yr", "EUR", { start: "2025", end: "2025" }), "its unit EUR is not USD/yr");
  assert.equal(claimMisfit("USD/GW", "USD_per_GW", runRate), null);
  assert.equal(claimMisfit("fraction", "fraction", { start: "2025-01-01", end: "2025-12-31" }), null);
  assert.equal(claimMisfit("USD/yr", "USD", { start: "2025-02-01", end: "2026-01-31" }), null);
  assert.equal(periodKind({ start: "2025", end: "2025" }), "year");
  assert.equal(periodKind(null), "none");
});

const SCENARIO = (from: string, fallback = "") => `
name: t
periods: {start: 2025, end: 2026}
inputs:
  revenue_2025:
    unit: USD/yr
    from: ${from}
${fallback ? `    fallback: ${fallback}\n` : ""}variables:
  revenue: {unit: USD/yr, formula: revenue_2025}
outputs: [revenue]
`;

test("a named claim that does not fit is an error naming the input and the claim", async () => {
  const resolver = claimListResolver([
    claim("rr1", { metric: "revenue_run_rate", period: { asOf: "2025-12" } }),
  ]);
  const prepared = await prepareScenarioText(SCENARIO("{claim: rr1}", "{point: 1}"), "t.yaml", resolver);
  assert.equal(prepared.bundle, null);
  const errors = prepared.issues.filter((i) => i.severity === "error").map((i) => i.message);
  assert.deepEqual(errors, [
    "input 'revenue_2025' (USD/yr) refuses claim rr1 (OpenAI revenue_run_rate 13100000000 USD, as of 2025-12): a level as of 2025-12 (a run-rate, a balance, a deal size), not a flow over one year",
  ]);
  assert.equal(prepared.issues[0]?.location.kind === "file" && prepared.issues[0].location.line, 7);
});

test("a search that finds only misfits warns and uses the fallback; without one it is an error", async () => {
  const resolver = claimListResolver([claim("h1", { period: { start: "2025-01-01", end: "2025-06-30" } })]);
  const ref = "{entity: OpenAI, metric: revenue, period: 2025}";
  const withFallback = await prepareScenarioText(SCENARIO(ref, "{point: 5}"), "t.yaml", resolver);
  assert.ok(withFallback.bundle);
  assert.deepEqual(
    withFallback.issues.map((i) => [i.severity, i.code]),
    [["warning", "ledger_refused"]],
  );
  assert.match(withFallback.issues[0]!.message, /refuses claim h1 .*not a whole year; using its fallback$/);
  const without = await prepareScenarioText(SCENARIO(ref), "t.yaml", resolver);
  assert.equal(without.bundle, null);
  assert.equal(without.issues[0]?.severity, "error");
});

test("a claim named by id binds, and the run records the claim, its sentence and why", async () => {
  const resolver = claimListResolver([
    claim("c13", { quote: "13,1 milliards de dollars de revenus en 2025" }),
  ]);
  const prepared = await prepareScenarioText(SCENARIO("{claim: c13}"), "t.yaml", resolver);
  assert.deepEqual(prepared.issues, []);
  const origin = prepared.bundle!.bindings.revenue_2025!.origin;
  assert.equal(origin.kind, "ledger");
  if (origin.kind !== "ledger") return;
  assert.deepEqual(origin.claimIds, ["c13"]);
  assert.equal(origin.quote, "13,1 milliards de dollars de revenus en 2025");
  assert.equal(origin.why, "named by its id");
  assert.deepEqual(origin.ref, { claim: "c13", entity: "OpenAI", metric: "revenue", period: 2025 });
  const other = await prepareScenarioText(SCENARIO("{claim: c13, metric: cash_burn}"), "t.yaml", resolver);
  assert.match(other.issues[0]!.message, /refuses claim c13 .*: its metric is revenue, not cash_burn$/);
});

test("a binding without a claim id or entity, metric and period says what is missing", async () => {
  const prepared = await prepareScenarioText(SCENARIO("{entity: OpenAI, metric: revenue}"), "t.yaml", null);
  assert.match(
    prepared.issues[0]!.message,
    /missing 'period': name a claim \(claim: clm_…\) or give entity, metric and period/,
  );
});
