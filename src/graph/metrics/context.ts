import type { Fact } from "../../reconcile/index.js";
import { lengthInMonths, yearOfMonth } from "../../reconcile/period.js";
import { type Interval, intervalOf } from "../../reconcile/value.js";
import { amountOf } from "../amounts.js";
import { isLive } from "../edges.js";
import type { DealEdge, GraphMetric, GraphMetricId, ProjectedRevenue } from "../types.js";

/** What every graph metric reads: the edges and the reconciled facts they came from. */
export interface MetricContext {
  edges: readonly DealEdge[];
  facts: readonly Fact[];
  projectedRevenue?: ProjectedRevenue | undefined;
}

/** One metric: the graph in, findings per company out, with the arithmetic and the claims. */
export interface GraphMetricRule {
  id: GraphMetricId;
  title: string;
  description: string;
  run: (context: MetricContext) => GraphMetric[];
}

export const INVESTING = new Set(["equity", "convertible", "round_participation", "loan", "warrant"]);
export const BUYING = new Set(["compute_commitment", "cloud_commitment", "chip_purchase", "backstop"]);

export function liveEdges(context: MetricContext, instruments: ReadonlySet<string>): DealEdge[] {
  return context.edges.filter((e) => isLive(e) && instruments.has(e.instrument));
}

export function dollars(edges: readonly DealEdge[]): Array<[DealEdge, Interval]> {
  return edges.filter((e) => e.amount.unit === "USD").map((e) => [e, amountOf(e)]);
}

export function claimsOf(edges: readonly DealEdge[], facts: readonly Fact[] = []): string[] {
  return [...new Set([...edges.flatMap((e) => e.claimIds), ...facts.flatMap((f) => f.claimIds)])];
}

export function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

const RELIABILITY = ["reported", "estimated", "commitment", "rumoured", "target", "letter_of_intent"];

/**
 * A company's revenue by calendar year, from its full-year facts (all facts, or the company's own):
 * the most reliable, then the latest report.
 */
export function revenueByYear(facts: readonly Fact[], entity: string): Map<number, Fact> {
  const years = new Map<number, Fact>();
  for (const fact of facts) {
    const span = fact.periodSpan;
    if (fact.entity !== entity || fact.metric !== "revenue" || fact.unit !== "USD") continue;
    if (
      span.kind !== "flow" ||
      span.startMonth === null ||
      lengthInMonths(span) !== 12 ||
      span.startMonth % 12 !== 0
    )
      continue;
    const year = yearOfMonth(span.startMonth);
    const held = years.get(year);
    const rank = (f: Fact) => RELIABILITY.indexOf(f.qualifier);
    if (
      !held ||
      rank(fact) < rank(held) ||
      (rank(fact) === rank(held) && (fact.firstReported ?? "") > (held.firstReported ?? ""))
    )
      years.set(year, fact);
  }
  return years;
}

export function factInterval(fact: Fact): Interval {
  const i = intervalOf(fact.value);
  return { low: i.low ?? 0, high: i.high };
}
