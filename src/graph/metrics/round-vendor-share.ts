import type { Fact } from "../../reconcile/index.js";
import { ratioOf, showAmount, showShare, sumOf } from "../amounts.js";
import { isLive } from "../edges.js";
import type { DealEdge, DealGraph, GraphMetric } from "../types.js";
import {
  BUYING,
  claimsOf,
  dollars,
  factInterval,
  type GraphMetricRule,
  groupBy,
  INVESTING,
  liveEdges,
  type MetricContext,
} from "./context.js";

/**
 * The share of a company's latest funding round that comes from its own vendors: investors in the
 * round (live investment edges into the company of the round's year or reported with it) to whom the
 * company has a live purchase edge, in dollars, ÷ the round. Shares the press reports for classes of
 * investors ("about 90 % from strategic investors") are quoted beside it.
 */

const year = (date: string | null) => (date ? date.slice(0, 4) : null);

/** Whether an investment edge belongs to the round: reported with it, or effective in its year. */
function inRound(round: Fact): (edge: DealEdge) => boolean {
  const documents = new Set(round.sources.map((s) => s.documentId));
  const roundYear = round.periodLabel.slice(0, 4);
  return (edge) =>
    edge.sources.some((s) => documents.has(s.documentId)) || year(edge.dates.effective) === roundYear;
}

/** The company's vendors: the parties it has a live purchase edge to. */
function vendorsOf(edges: readonly DealEdge[], company: string): Set<string> {
  return new Set(
    edges.filter((e) => e.from === company && isLive(e) && BUYING.has(e.instrument)).map((e) => e.to),
  );
}

/**
 * The investment edges of a company's latest round (as round_vendor_share counts them) whose
 * investor is one of the company's own vendors: the new money that comes from its suppliers.
 */
export function roundVendorInvestments(
  graph: Pick<DealGraph, "edges" | "metrics">,
  company: string,
): DealEdge[] {
  const share = graph.metrics.find((m) => m.metric === "round_vendor_share" && m.entity === company);
  if (!share) return [];
  const vendors = vendorsOf(graph.edges, company);
  const inRound = new Set(share.edgeIds);
  return graph.edges.filter((e) => inRound.has(e.id) && vendors.has(e.from));
}

function run(context: MetricContext): GraphMetric[] {
  const investingIn = groupBy(liveEdges(context, INVESTING), (e) => e.to);
  const buyingFrom = groupBy(liveEdges(context, BUYING), (e) => e.from);
  const rounds = context.facts.filter((f) => f.metric === "funding_round" && f.unit === "USD");
  const results: GraphMetric[] = [];
  for (const company of [...new Set(rounds.map((f) => f.entity))].sort()) {
    const round = rounds
      .filter((f) => f.entity === company)
      .sort((a, b) => ((b.firstReported ?? "") > (a.firstReported ?? "") ? 1 : -1))[0]!;
    const vendors = vendorsOf(buyingFrom.get(company) ?? [], company);
    const investors = dollars((investingIn.get(company) ?? []).filter(inRound(round)));
    const fromVendors = investors.filter(([e]) => vendors.has(e.from));
    if (investors.length === 0) continue;
    const size = factInterval(round);
    const vendorSum = sumOf(fromVendors.map(([, a]) => a));
    const value = ratioOf(vendorSum, size, true);
    const reported = context.facts.filter(
      (f) =>
        f.entity === company &&
        f.metric === "funding_share" &&
        (f.firstReported ?? "") >= (round.firstReported ?? ""),
    );
    const quoted = reported
      .map((f) => `reported: ${f.display} from ${f.item ?? f.counterparty ?? "?"}`)
      .join("; ");
    const terms = fromVendors.map(([e, a]) => `${showAmount(a, "USD")} ${e.from}`).join(" + ") || "0";
    const others = investors.filter(([e]) => !vendors.has(e.from)).map(([e]) => e.from);
    const edges = investors.map(([e]) => e);
    results.push({
      metric: "round_vendor_share",
      entity: company,
      subject: `${company}: share of the ${round.display} round (${round.periodLabel}) from its vendors`,
      value,
      display: showShare(value),
      arithmetic: `(${terms}) ÷ ${round.display} round = ${showShare(value)}${others.length > 0 ? `; other investors: ${others.join(", ")}` : ""}${quoted ? `; ${quoted}` : ""}`,
      edgeIds: edges.map((e) => e.id),
      claimIds: claimsOf(edges, [round, ...reported]),
    });
  }
  return results;
}

export const roundVendorShare: GraphMetricRule = {
  id: "round_vendor_share",
  title: "Round share from vendors",
  description: "the part of a company's latest funding round invested by its own suppliers",
  run,
};
