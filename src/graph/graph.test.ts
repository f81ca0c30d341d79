import assert from "node:assert/strict";
import { test } from "node:test";
import type { StoredClaim } from "../ledger/port.js";
import { makeClaim, year } from "../reconcile/testing.js";
import { buildDealGraph } from "./index.js";

/** The graph builder on sketched claims: directions, statuses, loops, round trips and metrics. */

const deals: StoredClaim[] = [
  makeClaim({
    id: "inv",
    entity: "Nvidia",
    counterparty: "OpenAI",
    metric: "investment",
    value: 3e10,
    qualifier: "commitment",
    reported: "2026-02-10",
    period: { asOf: "2026-02" },
    quote: "Nvidia will invest $30 billion in OpenAI",
  }),
  makeClaim({
    id: "loi",
    entity: "Nvidia",
    counterparty: "OpenAI",
    metric: "investment",
    value: 1e11,
    qualifier: "letter_of_intent",
    reported: "2025-09-22",
    period: { asOf: "2025-09" },
    quote: "a letter of intent to invest up to $100 billion",
  }),
  makeClaim({
    id: "tranche",
    entity: "Nvidia",
    counterparty: "OpenAI",
    metric: "investment",
    value: 1e10,
    qualifier: "letter_of_intent",
    item: "per tranche",
    reported: "2025-09-22",
    period: { asOf: "2025-09" },
    quote: "$10 billion at each step",
  }),
  makeClaim({
    id: "buy",
    entity: "OpenAI",
    counterparty: "Nvidia",
    metric: "compute_commitment",
    value: 5e10,
    qualifier: "commitment",
    reported: "2025-10-01",
    quote: "OpenAI signed a $50 billion contract for Nvidia systems",
  }),
  makeClaim({
    id: "warrant",
    entity: "OpenAI",
    counterparty: "AMD",
    metric: "warrant_shares",
    value: 1.6e8,
    unit: "shares",
    qualifier: "commitment",
    reported: "2025-10-06",
    quote: "warrants for 160 million AMD shares",
  }),
  makeClaim({
    id: "gw",
    entity: "OpenAI",
    counterparty: "AMD",
    metric: "datacenter_capacity",
    value: 6,
    unit: "GW",
    qualifier: "commitment",
    reported: "2025-10-06",
    quote: "deploy 6 GW of AMD GPUs",
  }),
  makeClaim({
    id: "oracle",
    entity: "OpenAI",
    counterparty: "Oracle",
    metric: "compute_commitment",
    value: 3e11,
    qualifier: "commitment",
    reported: "2025-09-10",
    quote: "a $300 billion cloud contract with Oracle",
  }),
  makeClaim({
    id: "oracle-meta",
    entity: "Meta",
    counterparty: "Oracle",
    metric: "compute_commitment",
    value: 2e10,
    qualifier: "commitment",
    reported: "2025-11-01",
    quote: "a $20 billion cloud contract",
  }),
  makeClaim({
    id: "nv-rev",
    entity: "Nvidia",
    metric: "revenue",
    value: 1.3e11,
    period: year(2025),
    reported: "2026-02-25",
    quote: "revenue of $130 billion",
  }),
  makeClaim({
    id: "round",
    entity: "OpenAI",
    metric: "funding_round",
    value: [1e11, null],
    qualifier: "rumoured",
    reported: "2026-02-10",
    period: { asOf: "2026-02" },
    quote: "a round of more than $100 billion",
  }),
  makeClaim({
    id: "rejected",
    entity: "Amazon",
    counterparty: "OpenAI",
    metric: "investment",
    value: 5e10,
    reported: "2026-02-10",
    quote: "x",
  }),
];
deals.at(-1)!.status = "rejected";

const graph = buildDealGraph({ claims: deals });
const edge = (claim: string) => graph.edges.find((e) => e.claimIds.includes(claim));

test("investor → investee, issuer → holder, buyer → supplier", () => {
  assert.deepEqual(
    [edge("inv")!.from, edge("inv")!.to, edge("inv")!.instrument],
    ["Nvidia", "OpenAI", "equity"],
  );
  assert.deepEqual(
    [edge("warrant")!.from, edge("warrant")!.to, edge("warrant")!.instrument],
    ["AMD", "OpenAI", "warrant"],
  );
  assert.deepEqual(edge("warrant")!.roles, ["issuer", "holder"]);
  assert.deepEqual(
    [edge("gw")!.from, edge("gw")!.to, edge("gw")!.instrument],
    ["OpenAI", "AMD", "chip_purchase"],
  );
  assert.equal(edge("oracle")!.instrument, "cloud_commitment");
  assert.equal(edge("rejected"), undefined, "rejected claims make no edge");
});

test("the letter of intent is superseded by the later investment; its tranche is a term, not a deal", () => {
  const loi = edge("loi")!;
  assert.equal(loi.status, "superseded");
  assert.equal(loi.supersededBy?.edgeId, edge("inv")!.id);
  assert.deepEqual(loi.terms.tranches, ["10 bn $ per tranche"]);
  assert.equal(loi.terms.milestoneTied, true);
  assert.equal(loi.terms.binding, false);
  assert.ok(loi.claimIds.includes("tranche"));
  assert.equal(edge("inv")!.status, "definitive");
  assert.deepEqual(edge("inv")!.supersedes, [loi.id]);
});

test("loops: Nvidia ↔ OpenAI with its round trip, AMD ↔ OpenAI in shares and gigawatts", () => {
  const ids = graph.loops.map((l) => l.parties.join(">")).sort();
  assert.deepEqual(ids, ["AMD>OpenAI", "Nvidia>OpenAI"]);
  const nvidia = graph.loops.find((l) => l.parties.includes("Nvidia"))!;
  assert.deepEqual(nvidia.usd, { low: 3e10, high: 3e10 });
  const trip = nvidia.roundTrips.find((r) => r.investor === "Nvidia")!;
  assert.deepEqual(trip.share, { low: 1, high: 1 });
  assert.match(
    trip.arithmetic,
    /min\(50 bn \$ back along OpenAI → Nvidia, 30 bn \$\) ÷ 30 bn \$ invested = 100 %/,
  );
  assert.deepEqual(nvidia.history, [edge("loi")!.id]);
  assert.ok(nvidia.claimIds.includes("loi") && nvidia.claimIds.includes("buy"));
  const amd = graph.loops.find((l) => l.parties.includes("AMD"))!;
  assert.equal(amd.usd, null);
  assert.match(
    amd.arithmetic,
    /AMD → OpenAI: 160 M shares \(warrant\); OpenAI → AMD: 6 GW \(chip_purchase\)/,
  );
  assert.deepEqual(graph.components.map((c) => c.join(",")).sort(), ["AMD,Nvidia,OpenAI"]);
});

test("metrics print their arithmetic and claims", () => {
  const metric = (id: string, entity: string) =>
    graph.metrics.find((m) => m.metric === id && m.entity === entity)!;
  const intensity = metric("vendor_financing_intensity", "Nvidia");
  assert.equal(intensity.display, "23 %");
  assert.match(
    intensity.arithmetic,
    /\(30 bn \$ equity in OpenAI\) ÷ 130 bn \$ revenue 2025 \(reported\) = 23 %/,
  );
  assert.deepEqual(intensity.claimIds.sort(), ["inv", "nv-rev"]);
  const concentration = metric("customer_concentration", "Oracle");
  assert.match(concentration.arithmetic, /300 bn \$ OpenAI ÷ \(300 bn \$ OpenAI \+ 20 bn \$ Meta\) = 94 %/);
  const round = metric("round_vendor_share", "OpenAI");
  assert.deepEqual(round.value, { low: 0, high: 0.3 });
  assert.match(round.arithmetic, /\(30 bn \$ Nvidia\) ÷ > 100 bn \$ round = 0–30 %/);
});

test("as of a date: only what was published by then; the letter of intent still stands", () => {
  const before = buildDealGraph({ claims: deals }, { asOf: "2025-12-31" });
  assert.equal(before.asOf, "2025-12-31");
  assert.equal(
    before.edges.find((e) => e.claimIds.includes("inv")),
    undefined,
  );
  const loi = before.edges.find((e) => e.claimIds.includes("loi"))!;
  assert.equal(loi.status, "letter_of_intent");
  assert.deepEqual(before.loops.map((l) => l.parties.join(">")).sort(), ["AMD>OpenAI", "Nvidia>OpenAI"]);
  const early = buildDealGraph({ claims: deals }, { asOf: "2025-09-30" });
  assert.deepEqual(early.loops, []);
});

test("an entity filter keeps the edges and loops that touch it", () => {
  const amd = buildDealGraph({ claims: deals }, { entity: "AMD" });
  assert.ok(amd.edges.every((e) => e.from === "AMD" || e.to === "AMD"));
  assert.deepEqual(
    amd.loops.map((l) => l.id),
    ["loop:AMD>OpenAI"],
  );
});

test("three-party cycles are found once, with the money round the loop the smallest step", () => {
  const claims = [
    makeClaim({ id: "a", entity: "A", counterparty: "B", metric: "investment", value: 10 }),
    makeClaim({
      id: "b",
      entity: "B",
      counterparty: "C",
      metric: "compute_commitment",
      value: 7,
      qualifier: "commitment",
    }),
    makeClaim({
      id: "c",
      entity: "C",
      counterparty: "A",
      metric: "compute_commitment",
      value: [4, 6],
      qualifier: "commitment",
    }),
  ];
  const g = buildDealGraph({ claims });
  assert.equal(g.loops.length, 1);
  assert.deepEqual(g.loops[0]!.parties, ["A", "B", "C"]);
  assert.deepEqual(g.loops[0]!.usd, { low: 4, high: 6 });
  assert.deepEqual(g.loops[0]!.roundTrips[0]!.share, { low: 0.4, high: 0.6 });
  assert.deepEqual(buildDealGraph({ claims }, { maxLoopLength: 2 }).loops, []);
});
