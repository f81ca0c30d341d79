import { ratioOf, showAmount, showShare, sumOf } from "../amounts.js";
import type { GraphMetric } from "../types.js";
import {
  BUYING,
  claimsOf,
  dollars,
  type GraphMetricRule,
  groupBy,
  liveEdges,
  type MetricContext,
} from "./context.js";

/**
 * Customer and backlog concentration: of a supplier's contracted dollars (live purchase edges naming
 * it alone), the share from its largest customer. Amounts shared with other suppliers ("26 GW from
 * Oracle, Nvidia, AMD and Broadcom") cannot be split and are left out, and the arithmetic says so.
 */
function run(context: MetricContext): GraphMetric[] {
  const buying = liveEdges(context, BUYING);
  const buyersOf = groupBy(buying, (e) => e.to);
  const results: GraphMetric[] = [];
  for (const supplier of [...buyersOf.keys()].sort()) {
    const incoming = buyersOf.get(supplier) ?? [];
    const own = dollars(incoming.filter((e) => e.amount.sharedWith.length === 0));
    if (own.length === 0) continue;
    const byCustomer = new Map<string, ReturnType<typeof sumOf>>();
    for (const [customer, pairs] of groupBy(own, ([e]) => e.from))
      byCustomer.set(customer, sumOf(pairs.map(([, a]) => a)));
    const total = sumOf([...byCustomer.values()]);
    const [top, topAmount] = [...byCustomer.entries()].sort((a, b) => (b[1].low ?? 0) - (a[1].low ?? 0))[0]!;
    const value = ratioOf(topAmount, total, true);
    const shared = incoming.length - own.length;
    const terms = [...byCustomer.entries()].map(([c, a]) => `${showAmount(a, "USD")} ${c}`).join(" + ");
    const edges = own.map(([e]) => e);
    results.push({
      metric: "customer_concentration",
      entity: supplier,
      subject: `${supplier}: share of contracted backlog from ${top}`,
      value,
      display: showShare(value),
      arithmetic: `${showAmount(topAmount, "USD")} ${top} ÷ (${terms}) = ${showShare(value)}${shared > 0 ? `; ${shared} joint commitment${shared > 1 ? "s" : ""} with other suppliers left out` : ""}`,
      edgeIds: edges.map((e) => e.id),
      claimIds: claimsOf(edges),
    });
  }
  return results;
}

export const customerConcentration: GraphMetricRule = {
  id: "customer_concentration",
  title: "Customer and backlog concentration",
  description: "a supplier's contracted dollars from its largest customer ÷ all its contracted dollars",
  run,
};
