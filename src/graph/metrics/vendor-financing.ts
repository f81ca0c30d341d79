import { amountOf, ratioOf, showAmount, showShare, sumOf } from "../amounts.js";
import type { GraphMetric } from "../types.js";
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
  revenueByYear,
} from "./context.js";

/**
 * Vendor-financing intensity: what a supplier invests in its own customers (parties with a live
 * purchase edge to it), in dollars, over its latest full-year revenue.
 */
function run(context: MetricContext): GraphMetric[] {
  const buying = liveEdges(context, BUYING);
  const investing = liveEdges(context, INVESTING);
  const buyersOf = groupBy(buying, (e) => e.to);
  const investmentsBy = groupBy(investing, (e) => e.from);
  const factsOf = groupBy(context.facts, (f) => f.entity);
  const results: GraphMetric[] = [];
  for (const vendor of [...investmentsBy.keys()].sort()) {
    const customers = new Set((buyersOf.get(vendor) ?? []).map((e) => e.from));
    const inCustomers = dollars((investmentsBy.get(vendor) ?? []).filter((e) => customers.has(e.to)));
    if (inCustomers.length === 0) continue;
    const invested = sumOf(inCustomers.map(([, a]) => a));
    const parts = inCustomers
      .map(([e]) => `${showAmount(amountOf(e), "USD")} ${e.instrument} in ${e.to}`)
      .join(" + ");
    const years = [...revenueByYear(factsOf.get(vendor) ?? [], vendor).entries()].sort((a, b) => b[0] - a[0]);
    const latest = years[0];
    const edges = inCustomers.map(([e]) => e);
    if (!latest) {
      results.push({
        metric: "vendor_financing_intensity",
        entity: vendor,
        subject: `${vendor}: investments in its customers ÷ revenue`,
        value: null,
        display: "n/a",
        arithmetic: `${parts} = ${showAmount(invested, "USD")} in customers; no full-year revenue of ${vendor} in the ledger`,
        edgeIds: edges.map((e) => e.id),
        claimIds: claimsOf(edges),
      });
      continue;
    }
    const [year, fact] = latest;
    const revenue = factInterval(fact);
    const value = ratioOf(invested, revenue);
    results.push({
      metric: "vendor_financing_intensity",
      entity: vendor,
      subject: `${vendor}: investments in its customers ÷ revenue ${year}`,
      value,
      display: showShare(value),
      arithmetic: `(${parts}) ÷ ${showAmount(revenue, "USD")} revenue ${year} (${fact.qualifier}) = ${showShare(value)}`,
      edgeIds: edges.map((e) => e.id),
      claimIds: claimsOf(edges, [fact]),
    });
  }
  return results;
}

export const vendorFinancingIntensity: GraphMetricRule = {
  id: "vendor_financing_intensity",
  title: "Vendor-financing intensity",
  description: "a supplier's investments in its own customers ÷ its latest full-year revenue",
  run,
};
