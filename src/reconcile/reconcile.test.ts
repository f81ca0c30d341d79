import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { reconcile } from "./reconcile.js";
import { asOf, BN, half, linkEvent, makeClaim, TN, year } from "./testing.js";
import type { DifferenceReason, Reconciliation } from "./types.js";

const DOCUMENTS = [
  { id: "d1", title: "First report", source: "one.txt", published: "2025-11-06" },
  { id: "d2", title: "Second report", source: "two.txt", published: "2026-02-20" },
];

function reasons(result: Reconciliation): DifferenceReason[] {
  return result.explained.map((e) => e.reason).sort();
}

function factOf(result: Reconciliation, claimId: string) {
  const fact = result.facts.find((f) => f.claimIds.includes(claimId));
  assert.ok(fact, `no fact holds ${claimId}`);
  return fact;
}

describe("facts", () => {
  test("one figure reported by two documents is one fact with two sources, titles and dates", () => {
    const result = reconcile(
      [
        makeClaim({
          id: "c1",
          metric: "revenue",
          value: 13.1 * BN,
          period: year(2025),
          document: "d1",
          reported: null,
        }),
        makeClaim({
          id: "c2",
          metric: "revenue",
          value: 13.15 * BN,
          bound: "approx",
          period: year(2025),
          document: "d2",
          reported: null,
        }),
      ],
      [],
      { documents: DOCUMENTS },
    );
    assert.equal(result.facts.length, 1);
    const fact = result.facts[0]!;
    assert.deepEqual(fact.claimIds, ["c1", "c2"]);
    assert.deepEqual(
      fact.sources.map((s) => [s.title, s.reported]),
      [
        ["First report", "2025-11-06"],
        ["Second report", "2026-02-20"],
      ],
    );
    assert.equal(fact.display, "13.1 bn $");
    assert.equal(fact.firstReported, "2025-11-06");
    assert.equal(fact.periodLabel, "2025");
    assert.deepEqual(result.conflicts, []);
  });

  test("values beyond the tolerance, other periods, entities or items stay apart", () => {
    const result = reconcile([
      makeClaim({ id: "c1", metric: "revenue", value: 13.1 * BN, period: year(2025) }),
      makeClaim({ id: "c2", metric: "revenue", value: 13.1 * BN, period: year(2024) }),
      makeClaim({ id: "c3", metric: "revenue", value: 13.1 * BN, period: year(2025), entity: "Anthropic" }),
      makeClaim({ id: "c4", metric: "revenue", value: 13.1 * BN, period: year(2025), item: "consumer" }),
    ]);
    assert.equal(result.facts.length, 4);
  });

  test("levels a month apart and year-only dates match; an undated claim joins the dated fact of its figure", () => {
    const result = reconcile([
      makeClaim({
        id: "c1",
        metric: "revenue_run_rate",
        value: 20 * BN,
        period: asOf("2025-12-31"),
        document: "d1",
      }),
      makeClaim({
        id: "c2",
        metric: "revenue_run_rate",
        value: 20 * BN,
        period: asOf("2025-11"),
        document: "d2",
        reported: "2026-02-20",
      }),
      makeClaim({
        id: "c3",
        metric: "revenue_run_rate",
        value: 20 * BN,
        period: null,
        document: "d2",
        reported: "2026-02-20",
      }),
      makeClaim({ id: "c4", metric: "revenue_run_rate", value: 20 * BN, period: asOf("2025-08") }),
    ]);
    assert.deepEqual(factOf(result, "c1").claimIds, ["c1", "c2", "c3"]);
    assert.deepEqual(factOf(result, "c4").claimIds, ["c4"]);
  });

  test("rejected claims are left out; entity spellings fold", () => {
    const rejected = {
      ...makeClaim({ id: "c2", metric: "valuation", value: 500 * BN, period: asOf("2025-10") }),
      status: "rejected" as const,
    };
    const result = reconcile([
      makeClaim({
        id: "c1",
        metric: "valuation",
        value: 500 * BN,
        period: asOf("2025-10"),
        entity: "OpenAI Inc.",
      }),
      makeClaim({
        id: "c3",
        metric: "valuation",
        value: 500 * BN,
        period: asOf("2025-10"),
        entity: "openai",
      }),
      rejected,
    ]);
    assert.equal(result.facts.length, 1);
    assert.deepEqual(result.facts[0]!.claimIds, ["c1", "c3"]);
  });

  test("a letter of intent never merges with a deal, nor a target with a reported figure", () => {
    const result = reconcile([
      makeClaim({
        id: "c1",
        metric: "investment",
        entity: "Nvidia",
        counterparty: "OpenAI",
        value: 100 * BN,
        qualifier: "letter_of_intent",
        period: asOf("2025-09"),
      }),
      makeClaim({
        id: "c2",
        metric: "investment",
        entity: "Nvidia",
        counterparty: "OpenAI",
        value: 100 * BN,
        qualifier: "commitment",
        period: asOf("2025-09"),
      }),
      makeClaim({ id: "c3", metric: "revenue", value: 10 * BN, qualifier: "target", period: year(2025) }),
      makeClaim({ id: "c4", metric: "revenue", value: 10 * BN, qualifier: "reported", period: year(2025) }),
    ]);
    assert.equal(result.facts.length, 4);
  });
});

describe("series", () => {
  test("facts of one entity and metric ordered by the period measured, then by report date", () => {
    const result = reconcile([
      makeClaim({
        id: "c1",
        metric: "revenue",
        value: 13.1 * BN,
        period: year(2025),
        reported: "2026-02-20",
      }),
      makeClaim({ id: "c2", metric: "revenue", value: 3.7 * BN, period: year(2024), reported: "2025-01-10" }),
      makeClaim({
        id: "c3",
        metric: "revenue",
        value: 4.3 * BN,
        period: half(2025, 1),
        reported: "2025-10-01",
      }),
      makeClaim({
        id: "c4",
        metric: "revenue",
        value: 280 * BN,
        period: year(2030),
        qualifier: "target",
        reported: "2026-02-20",
      }),
      makeClaim({ id: "c5", metric: "net_loss", value: 13.5 * BN, period: half(2025, 1) }),
    ]);
    const revenue = result.series.find((s) => s.metric === "revenue");
    assert.ok(revenue);
    assert.deepEqual(
      revenue.facts.map((f) => f.periodLabel),
      ["2024", "H1 2025", "2025", "2030"],
    );
    assert.equal(result.series.length, 2);
  });
});

describe("revisions", () => {
  test("a later report of the same figure with another value revises the earlier one, as a chain", () => {
    const result = reconcile([
      makeClaim({
        id: "c1",
        metric: "revenue",
        value: 12 * BN,
        period: year(2025),
        qualifier: "estimated",
        reported: "2025-06-01",
      }),
      makeClaim({
        id: "c2",
        metric: "revenue",
        value: 12.7 * BN,
        period: year(2025),
        qualifier: "estimated",
        reported: "2025-09-01",
      }),
      makeClaim({
        id: "c3",
        metric: "revenue",
        value: 13.1 * BN,
        period: year(2025),
        reported: "2026-02-20",
      }),
    ]);
    assert.deepEqual(
      result.revisions.map((r) => [r.from.claimIds[0], r.to.claimIds[0], r.rule, r.direction]),
      [
        ["c1", "c2", "same_figure", "up"],
        ["c2", "c3", "same_figure", "up"],
      ],
    );
    assert.deepEqual(result.conflicts, []);
    const last = result.revisions[1]!;
    assert.equal(last.delta?.absolute, 0.4 * BN);
    assert.match(last.reason, /revised upward: 12\.7 bn \$ → 13\.1 bn \$ \(\+400 M \$, \+3\.1 %\)/);
  });

  test("a spending target replacing a commitment is a downward revision and a commitment vs target difference", () => {
    const result = reconcile(
      [
        makeClaim({
          id: "c1",
          metric: "compute_commitment",
          value: 1.4 * TN,
          bound: "approx",
          qualifier: "commitment",
          period: { start: "2025-11", end: "2033-11" },
          document: "d1",
          reported: "2025-11-06",
        }),
        makeClaim({
          id: "c2",
          metric: "compute_spending_target",
          value: 600 * BN,
          bound: "approx",
          qualifier: "target",
          period: { start: null, end: "2030-12-31" },
          document: "d2",
          reported: "2026-02-20",
        }),
        makeClaim({
          id: "c3",
          metric: "compute_commitment",
          value: 300 * BN,
          counterparty: "Oracle",
          qualifier: "commitment",
          period: null,
          document: "d1",
        }),
      ],
      [],
      { documents: DOCUMENTS },
    );
    assert.equal(result.revisions.length, 1);
    const revision = result.revisions[0]!;
    assert.deepEqual([revision.from.claimIds, revision.to.claimIds], [["c1"], ["c2"]]);
    assert.equal(revision.rule, "plan_replaced");
    assert.equal(revision.direction, "down");
    assert.deepEqual(revision.labels, ["commitment_vs_target"]);
    assert.match(
      revision.reason,
      /commitment replaced by a spending target, revised downward: ~1\.4 tn \$ → ~600 bn \$ \(−800 bn \$, −57 %\)/,
    );
    assert.deepEqual(reasons(result), ["commitment_vs_target"]);
    assert.deepEqual(result.conflicts, []);
  });

  test("on one report date the commitment comes first; the latest earlier commitment is the one revised", () => {
    const result = reconcile([
      makeClaim({
        id: "c0",
        metric: "compute_commitment",
        value: [1 * TN, null],
        period: { start: "2025-10", end: "2035-10" },
        reported: "2025-10-01",
      }),
      makeClaim({
        id: "c1",
        metric: "compute_spending_target",
        value: 600 * BN,
        qualifier: "target",
        period: { start: null, end: "2030-12-31" },
        reported: "2026-02-20",
      }),
      makeClaim({
        id: "c2",
        metric: "compute_commitment",
        value: 1.4 * TN,
        period: null,
        reported: "2026-02-20",
      }),
    ]);
    assert.deepEqual(
      result.revisions.map((r) => [r.from.claimIds[0], r.to.claimIds[0]]),
      [["c2", "c1"]],
    );
  });

  test("a letter of intent followed by an investment of the same parties is a revision of the deal", () => {
    const result = reconcile([
      makeClaim({
        id: "c1",
        metric: "investment",
        entity: "Nvidia",
        counterparty: "OpenAI",
        value: 100 * BN,
        qualifier: "letter_of_intent",
        period: asOf("2025-09"),
        reported: "2026-02-20",
      }),
      makeClaim({
        id: "c2",
        metric: "investment",
        entity: "Nvidia",
        counterparty: "OpenAI",
        value: 30 * BN,
        bound: "approx",
        qualifier: "rumoured",
        period: asOf("2026-02"),
        reported: "2026-02-20",
      }),
      makeClaim({
        id: "c3",
        metric: "investment",
        entity: "Nvidia",
        counterparty: "OpenAI",
        value: [null, 30 * BN],
        qualifier: "rumoured",
        period: asOf("2026-02"),
        reported: "2026-02-20",
      }),
      makeClaim({
        id: "c4",
        metric: "investment",
        entity: "Nvidia",
        counterparty: "xAI",
        value: 2 * BN,
        qualifier: "reported",
        period: asOf("2026-01"),
        reported: "2026-02-20",
      }),
    ]);
    assert.equal(result.revisions.length, 1);
    const revision = result.revisions[0]!;
    assert.equal(revision.rule, "letter_of_intent_replaced");
    assert.deepEqual(revision.to.claimIds, ["c2", "c3"]);
    assert.deepEqual(revision.labels, ["letter_of_intent_vs_deal"]);
    assert.equal(revision.delta?.relative, -0.7);
    assert.deepEqual(reasons(result), ["letter_of_intent_vs_deal"]);
  });

  test("a deal dated before the letter of intent is not its revision", () => {
    const result = reconcile([
      makeClaim({
        id: "c1",
        metric: "investment",
        entity: "Nvidia",
        counterparty: "OpenAI",
        value: 100 * BN,
        qualifier: "letter_of_intent",
        period: asOf("2025-09"),
      }),
      makeClaim({
        id: "c2",
        metric: "investment",
        entity: "Nvidia",
        counterparty: "OpenAI",
        value: 5 * BN,
        qualifier: "reported",
        period: asOf("2024-10"),
      }),
    ]);
    assert.deepEqual(result.revisions, []);
  });
});

describe("review events override the rules", () => {
  const claims = [
    makeClaim({
      id: "c1",
      metric: "valuation",
      value: 300 * BN,
      period: asOf("2025-03"),
      reported: "2025-03-31",
    }),
    makeClaim({
      id: "c2",
      metric: "valuation",
      value: 500 * BN,
      period: asOf("2025-10"),
      reported: "2025-10-02",
    }),
    makeClaim({ id: "c3", metric: "revenue", value: 12 * BN, period: year(2025), reported: "2025-06-01" }),
    makeClaim({ id: "c4", metric: "revenue", value: 13.1 * BN, period: year(2025), reported: "2026-02-20" }),
  ];

  test("link_revision makes a manual revision; the last event on a pair wins", () => {
    const linked = reconcile(claims, [linkEvent(1, "c2", "c1")]);
    const manual = linked.revisions.find((r) => r.kind === "manual");
    assert.ok(manual);
    assert.deepEqual(
      [manual.from.claimIds, manual.to.claimIds, manual.rule, manual.actor],
      [["c1"], ["c2"], "manual", "reviewer@example.org"],
    );
    assert.match(
      manual.reason,
      /linked by a reviewer, revised upward: 300 bn \$ → 500 bn \$.*the later deal replaces/,
    );
    const undone = reconcile(claims, [linkEvent(1, "c2", "c1"), linkEvent(2, "c2", "c1", "unlink_revision")]);
    assert.equal(undone.revisions.filter((r) => r.kind === "manual").length, 0);
  });

  test("unlink_revision removes an automatic revision, which then shows as a conflict", () => {
    const auto = reconcile(claims);
    assert.equal(auto.revisions.length, 1);
    assert.deepEqual(auto.conflicts, []);
    const unlinked = reconcile(claims, [linkEvent(3, "c4", "c3", "unlink_revision")]);
    assert.deepEqual(unlinked.revisions, []);
    assert.equal(unlinked.conflicts.length, 1);
    assert.match(unlinked.conflicts[0]!.text, /OpenAI revenue 2025: 12 bn \$ .* vs 13\.1 bn \$/);
  });

  test("a manual link replaces the automatic revision of the same pair", () => {
    const result = reconcile(claims, [linkEvent(4, "c4", "c3")]);
    assert.deepEqual(
      result.revisions.map((r) => [r.kind, r.from.claimIds[0], r.to.claimIds[0]]),
      [["manual", "c3", "c4"]],
    );
  });

  test("events naming unknown claims, no target or one fact twice are issues, not errors", () => {
    const noTarget = { ...linkEvent(5, "c1", "c2"), payload: {} };
    const result = reconcile(claims, [linkEvent(6, "zz", "c1"), noTarget, linkEvent(7, "c1", "c1")]);
    assert.deepEqual(
      result.issues.map((i) => i.code),
      ["revision_target_missing", "revision_claim_unknown", "revision_same_fact"],
    );
  });
});

describe("explained differences and conflicts", () => {
  function explainedOnly(claimsArg: Parameters<typeof reconcile>[0]): DifferenceReason[] {
    const result = reconcile(claimsArg);
    assert.deepEqual(result.conflicts, [], "expected no conflict");
    return reasons(result);
  }

  test("run-rate at year end vs the year's recognised revenue", () => {
    const result = reconcile([
      makeClaim({
        id: "c1",
        metric: "revenue_run_rate",
        value: [20 * BN, null],
        qualifier: "target",
        period: asOf("2025-12-31"),
      }),
      makeClaim({
        id: "c2",
        metric: "revenue",
        value: 13.1 * BN,
        period: year(2025),
        reported: "2026-02-20",
      }),
    ]);
    assert.deepEqual(reasons(result), ["run_rate_vs_revenue"]);
    assert.match(
      result.explained[0]!.text,
      /> 20 bn \$ is an annualised run-rate at Dec 2025; 13\.1 bn \$ is revenue recognised over 2025/,
    );
    assert.deepEqual(result.conflicts, []);
  });

  test("commitment vs spending target without a revision (same report, undated)", () => {
    assert.deepEqual(
      explainedOnly([
        makeClaim({ id: "c1", metric: "compute_spending_target", value: 600 * BN, qualifier: "target" }),
        makeClaim({ id: "c2", metric: "compute_commitment", value: 1.4 * TN, qualifier: "commitment" }),
      ]),
      ["commitment_vs_target"],
    );
  });

  test("letter of intent vs signed investment", () => {
    assert.deepEqual(
      explainedOnly([
        makeClaim({
          id: "c1",
          metric: "investment",
          entity: "Nvidia",
          counterparty: "OpenAI",
          value: 100 * BN,
          qualifier: "letter_of_intent",
          period: asOf("2025-09"),
        }),
        makeClaim({
          id: "c2",
          metric: "investment",
          entity: "Nvidia",
          counterparty: "OpenAI",
          value: 30 * BN,
          qualifier: "commitment",
          period: asOf("2025-09"),
        }),
      ]),
      ["letter_of_intent_vs_deal"],
    );
  });

  test("cumulative over years vs one year, and a half inside its year", () => {
    assert.deepEqual(
      explainedOnly([
        makeClaim({
          id: "c1",
          metric: "capex",
          value: 500 * BN,
          qualifier: "commitment",
          period: { start: "2025-01-01", end: "2029-12-31" },
        }),
        makeClaim({ id: "c2", metric: "capex", value: 40 * BN, qualifier: "commitment", period: year(2026) }),
        makeClaim({
          id: "c3",
          metric: "capex",
          value: 15 * BN,
          qualifier: "commitment",
          period: half(2026, 1),
        }),
      ]),
      ["period_length", "period_length", "period_length"],
    );
  });

  test("a range and a point inside it", () => {
    assert.deepEqual(
      explainedOnly([
        makeClaim({
          id: "c1",
          metric: "cost_per_gw",
          unit: "USD_per_GW",
          value: [50 * BN, 60 * BN],
          qualifier: "estimated",
          period: asOf("2025-10"),
        }),
        makeClaim({
          id: "c2",
          metric: "cost_per_gw",
          unit: "USD_per_GW",
          value: 55 * BN,
          qualifier: "estimated",
          period: asOf("2025-10"),
        }),
      ]),
      ["range_vs_point"],
    );
  });

  test("different currencies", () => {
    assert.deepEqual(
      explainedOnly([
        makeClaim({ id: "c1", metric: "funding_round", value: 7 * BN, period: asOf("2025-10") }),
        makeClaim({
          id: "c2",
          metric: "funding_round",
          unit: "EUR",
          value: 6.4 * BN,
          period: asOf("2025-10"),
        }),
      ]),
      ["different_currency"],
    );
  });

  test("a target beside the figure reported against it", () => {
    assert.deepEqual(
      explainedOnly([
        makeClaim({
          id: "c1",
          metric: "revenue",
          value: 10 * BN,
          qualifier: "target",
          period: year(2025),
          reported: "2025-01-15",
        }),
        makeClaim({
          id: "c2",
          metric: "revenue",
          value: 13.1 * BN,
          qualifier: "reported",
          period: year(2025),
          reported: "2026-02-20",
        }),
      ]),
      ["different_qualifier"],
    );
  });

  test("an open bound compatible with a point", () => {
    assert.deepEqual(
      explainedOnly([
        makeClaim({
          id: "c1",
          metric: "valuation",
          value: [100 * BN, null],
          qualifier: "rumoured",
          period: asOf("2024-02"),
        }),
        makeClaim({
          id: "c2",
          metric: "valuation",
          value: 120 * BN,
          qualifier: "rumoured",
          period: asOf("2024-02"),
        }),
      ]),
      ["bound_compatible"],
    );
  });

  test("same entity, metric, period and unit with incompatible values on one report date is a conflict", () => {
    const result = reconcile([
      makeClaim({
        id: "c1",
        metric: "weekly_active_users",
        unit: "users",
        value: 900e6,
        period: asOf("2026-02"),
        document: "d1",
      }),
      makeClaim({
        id: "c2",
        metric: "weekly_active_users",
        unit: "users",
        value: 700e6,
        period: asOf("2026-02"),
        document: "d2",
      }),
      makeClaim({
        id: "c3",
        metric: "weekly_active_users",
        unit: "users",
        value: 800e6,
        period: asOf("2025-10"),
        document: "d2",
      }),
      makeClaim({ id: "c4", metric: "valuation", value: [null, 100 * BN], period: asOf("2026-02") }),
      makeClaim({ id: "c5", metric: "valuation", value: [150 * BN, null], period: asOf("2026-02") }),
    ]);
    assert.equal(result.conflicts.length, 2);
    assert.match(
      result.conflicts.find((c) => c.a.metric === "weekly_active_users")!.text,
      /900 M users .* vs 700 M users .*, 22 % apart/,
    );
    assert.deepEqual(result.explained, []);
  });
});

test("a vague amount (an order-of-magnitude range) is never part of a revision", () => {
  const result = reconcile(
    [
      makeClaim({
        id: "v1",
        metric: "compute_commitment",
        value: [1 * BN, 10 * BN],
        qualifier: "commitment",
        period: null,
        document: "d1",
      }),
      makeClaim({
        id: "t1",
        metric: "compute_spending_target",
        value: 600 * BN,
        bound: "approx",
        qualifier: "target",
        period: { start: null, end: "2030-12-31" },
        document: "d2",
        reported: "2026-02-20",
      }),
    ],
    [],
    { documents: DOCUMENTS },
  );
  assert.deepEqual(result.revisions, []);
});

test("a target beside a rumoured figure for a period already over is explained, not a conflict", () => {
  const result = reconcile(
    [
      makeClaim({
        id: "r1",
        metric: "revenue",
        value: 13.1 * BN,
        qualifier: "rumoured",
        period: year(2025),
        document: "d2",
        reported: "2026-02-20",
      }),
      makeClaim({
        id: "t1",
        metric: "revenue",
        value: 10 * BN,
        qualifier: "target",
        period: year(2025),
        document: "d2",
        reported: "2026-02-20",
      }),
    ],
    [],
    { documents: DOCUMENTS },
  );
  assert.deepEqual(result.conflicts, []);
  assert.deepEqual(reasons(result), ["different_qualifier"]);
});
