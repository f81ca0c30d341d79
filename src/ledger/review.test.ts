import assert from "node:assert/strict";
import { test } from "node:test";
import type { Claim } from "../core/index.js";
import type { ReviewAction } from "./port.js";
import {
  type AppliedEvent,
  checkAgainstView,
  correctedClaimProblem,
  deriveClaimView,
  parseCorrection,
  previousFor,
} from "./review.js";

const claim: Claim = {
  entity: "OpenAI",
  counterparty: "Oracle",
  metric: "compute_commitment",
  value: { low: 3e11, high: 3e11, bound: "exact" },
  unit: "USD",
  period: { start: "2027-01-01", end: "2031-12-31" },
  qualifier: "commitment",
  attribution: null,
  item: null,
  span: { start: 10, end: 40 },
  quote: "un contrat cloud de 300 milliards",
  document: "abc123abc123",
};

let version = 0;
function event(action: ReviewAction, payload: Record<string, unknown> = {}): AppliedEvent {
  version += 1;
  return { action, payload, version };
}

test("no events: unreviewed, the extracted claim, version 0", () => {
  const view = deriveClaimView(claim, []);
  assert.deepEqual(view, {
    status: "unreviewed",
    claim,
    original: null,
    corrections: null,
    revises: [],
    version: 0,
  });
});

test("corrections accumulate, later fields win, the original is kept; status follows the last verdict", () => {
  version = 0;
  const events = [
    event("correct", { value: { low: 2.5e11, high: 3e11, bound: "range" } }),
    event("correct", { counterparty: null, value: { low: 3e11, high: null, bound: "at_least" } }),
    event("accept"),
  ];
  const view = deriveClaimView(claim, events.reverse());
  assert.equal(view.status, "accepted");
  assert.equal(view.version, 3);
  assert.deepEqual(view.claim.value, { low: 3e11, high: null, bound: "at_least" });
  assert.equal(view.claim.counterparty, null);
  assert.equal(view.claim.quote, claim.quote);
  assert.deepEqual(view.original, claim);
  assert.deepEqual(view.corrections, {
    counterparty: null,
    value: { low: 3e11, high: null, bound: "at_least" },
  });
});

test("reject then accept un-rejects; link and unlink maintain the revision list in order", () => {
  version = 0;
  const view = deriveClaimView(claim, [
    event("reject"),
    event("link_revision", { target: "aaa" }),
    event("link_revision", { target: "bbb" }),
    event("unlink_revision", { target: "aaa" }),
    event("accept"),
    event("link_revision", { target: "ccc" }),
  ]);
  assert.equal(view.status, "accepted");
  assert.deepEqual(view.revises, ["bbb", "ccc"]);
  assert.equal(view.original, null);
});

test("previous values: old fields for a correction, status for a verdict, links for link actions", () => {
  version = 0;
  const view = deriveClaimView(claim, [event("correct", { unit: "EUR" })]);
  assert.deepEqual(previousFor(view, "correct", { unit: "USD", metric: "capex" }), {
    unit: "EUR",
    metric: "compute_commitment",
  });
  assert.deepEqual(previousFor(view, "reject", {}), { status: "corrected" });
  assert.deepEqual(previousFor(view, "link_revision", { target: "x" }), { revises: [] });
});

test("link checks: no self revision, no double link, unlink only what is linked", () => {
  version = 0;
  const view = deriveClaimView(claim, [event("link_revision", { target: "bbb" })]);
  assert.match(checkAgainstView("me", view, "link_revision", { target: "me" }) ?? "", /cannot revise itself/);
  assert.match(checkAgainstView("me", view, "link_revision", { target: "bbb" }) ?? "", /already linked/);
  assert.match(checkAgainstView("me", view, "unlink_revision", { target: "ccc" }) ?? "", /not linked/);
  assert.equal(checkAgainstView("me", view, "unlink_revision", { target: "bbb" }), null);
});

test("corrections are checked against the claim contract", () => {
  const refused: [Record<string, unknown>, RegExp][] = [
    [{}, /at least one field/],
    [{ quote: "x" }, /cannot correct 'quote'/],
    [{ metric: "revenues" }, /not a metric/],
    [{ qualifier: "maybe" }, /not a qualifier/],
    [{ value: { low: 1, high: 2, bound: "exact" } }, /exact needs low = high/],
    [{ value: { low: 1, high: 2, bound: "at_least" } }, /at_least needs/],
    [{ value: { low: 1, high: null, bound: "up_to" } }, /up_to needs/],
    [{ value: { low: 3, high: 2, bound: "range" } }, /range needs low < high/],
    [{ value: { low: "1", high: "1", bound: "exact" } }, /finite numbers/],
    [{ period: { asOf: "octobre" } }, /asOf must be a real ISO date/],
    [{ period: { asOf: "2025-13" } }, /asOf must be a real ISO date/],
    [{ period: { start: "2025-02-30", end: null } }, /real ISO dates/],
    [{ period: { start: "2025-00", end: "2025-12" } }, /month 01-12/],
    [{ period: { start: "2026-03", end: "2025-12-31" } }, /start 2026-03 is after end 2025-12-31/],
    [{ period: { start: "2025" } }, /expected/],
    [{ entity: "  " }, /non-empty/],
  ];
  for (const [payload, pattern] of refused) {
    const parsed = parseCorrection(payload);
    assert.equal(parsed.ok, false, JSON.stringify(payload));
    if (!parsed.ok) assert.match(parsed.error, pattern);
  }
  const accepted = parseCorrection({
    value: { low: null, high: 5, bound: "at_most" },
    period: { start: null, end: "2030-12-31" },
    counterparty: null,
    metric: "capex",
  });
  assert.equal(accepted.ok, true);
});

test("a corrected claim's unit must fit its metric, as in extraction", () => {
  const claim = { metric: "revenue", unit: "USD" } as Parameters<typeof correctedClaimProblem>[0];
  assert.equal(correctedClaimProblem(claim), null);
  assert.match(
    correctedClaimProblem({ ...claim, unit: "GW" }) ?? "",
    /'GW' does not fit revenue: expected a currency code/,
  );
  assert.match(correctedClaimProblem({ ...claim, metric: "cost_per_gw" }) ?? "", /expected USD_per_GW/);
  assert.match(correctedClaimProblem({ ...claim, unit: "bananas" }) ?? "", /'bananas' is not a unit/);
  assert.equal(correctedClaimProblem({ ...claim, metric: "unit_price", unit: "USD_per_month" }), null);
});
