import type { Fact } from "../../reconcile/index.js";
import { yearOfMonth } from "../../reconcile/period.js";
import type { Interval } from "../../reconcile/value.js";
import { showAmount, sumOf } from "../amounts.js";
import type { GraphMetric, ProjectedRevenue } from "../types.js";
import {
  claimsOf,
  factInterval,
  type GraphMetricRule,
  groupBy,
  type MetricContext,
  revenueByYear,
} from "./context.js";

/**
 * Commitment coverage: a company's contracted compute spending over a horizon ÷ its revenue over the
 * same years. Revenue between two known years grows at the constant rate that joins them (each end of
 * a range on its own); years outside the known ones are not invented: the commitment is then taken
 * pro rata over the years that have revenue, and the arithmetic says so.
 */

function horizonOf(fact: Fact): [number, number] | null {
  const { startMonth, endMonth } = fact.periodSpan;
  if (fact.periodSpan.kind !== "flow" || endMonth === null) return null;
  const start = startMonth ?? (fact.firstReported ? Number(fact.firstReported.slice(0, 4)) * 12 : null);
  if (start === null || endMonth - start < 23) return null;
  return [yearOfMonth(start), yearOfMonth(endMonth)];
}

function commitmentOf(facts: readonly Fact[], entity: string): [Fact, [number, number]] | null {
  const candidates = facts
    .filter(
      (f) =>
        f.entity === entity &&
        f.metric === "compute_commitment" &&
        f.unit === "USD" &&
        f.counterparty === null &&
        (f.qualifier === "commitment" || f.qualifier === "reported"),
    )
    .map((f) => [f, horizonOf(f)] as const)
    .filter((p): p is [Fact, [number, number]] => p[1] !== null)
    .sort((a, b) => ((b[0].firstReported ?? "") > (a[0].firstReported ?? "") ? 1 : -1));
  return candidates[0] ?? null;
}

function between(a: number | null, b: number | null, t: number): number | null {
  if (a === null || b === null) return null;
  return a > 0 && b > 0 ? a * (b / a) ** t : a + (b - a) * t;
}

/** Revenue of each year of the horizon, known or joined at a constant growth rate. */
function revenueOver(years: Map<number, Fact>, first: number, last: number): Map<number, Interval> {
  const known = [...years.keys()].sort((a, b) => a - b);
  const out = new Map<number, Interval>();
  for (let year = first; year <= last; year++) {
    const fact = years.get(year);
    if (fact) {
      out.set(year, factInterval(fact));
      continue;
    }
    const before = known.filter((y) => y < year).at(-1);
    const after = known.find((y) => y > year);
    if (before === undefined || after === undefined) continue;
    const [a, b] = [factInterval(years.get(before)!), factInterval(years.get(after)!)];
    const t = (year - before) / (after - before);
    out.set(year, { low: between(a.low, b.low, t) ?? 0, high: between(a.high, b.high, t) });
  }
  return out;
}

function ratioText(value: Interval): string {
  const low = (value.low ?? 0).toFixed(2);
  if (value.high === null) return `≥ ${low}×`;
  const high = value.high.toFixed(2);
  if (value.low === 0) return `≤ ${high}×`;
  return low === high ? `${low}×` : `${low}–${high}×`;
}

interface RevenueUsed {
  /** Revenue of each year of the horizon that has one. */
  years: Map<number, Interval>;
  /** Where it comes from, for the arithmetic. */
  from: string;
  facts: Fact[];
  /** The claims the scenario was bound to, when its projection is used. */
  claimIds: string[];
}

/**
 * The revenue over a horizon: the scenario's projection for the years it covers (each year's p5–p95),
 * the reported revenue (and years between at constant growth) for the others.
 */
function revenueUsed(
  own: readonly Fact[],
  entity: string,
  first: number,
  last: number,
  projection?: ProjectedRevenue,
): RevenueUsed {
  const reported = revenueByYear(own, entity);
  const ledger = revenueOver(reported, first, last);
  const years = new Map<number, Interval>();
  const projected: number[] = [];
  for (let year = first; year <= last; year++) {
    const modelled = projection?.entity === entity ? projection.years[year] : undefined;
    if (modelled) projected.push(year);
    const revenue = modelled ?? ledger.get(year);
    if (revenue) years.set(year, revenue);
  }
  const fromLedger = [...years.keys()].filter((y) => !projected.includes(y));
  const known = [...reported.keys()].sort((a, b) => a - b);
  const anchors =
    fromLedger.length === 0
      ? []
      : known.filter(
          (y) =>
            (y >= first && y <= last) ||
            (y < first && known.some((z) => z >= first)) ||
            (y > last && known.some((z) => z <= last)),
        );
  const facts = anchors.map((y) => reported.get(y)!);
  const parts = [
    projected.length > 0 && projection
      ? `scenario ${projection.scenario}, model revenue p5–p95 ${Math.min(...projected)}–${Math.max(...projected)}`
      : "",
    facts.length > 0
      ? `${facts.map((f) => `${f.periodLabel} ${f.display} (${f.qualifier})`).join(", ")}; years between at constant growth`
      : "",
  ];
  const claimIds = projected.length > 0 && projection ? projection.claimIds : [];
  return { years, from: parts.filter(Boolean).join("; "), facts, claimIds };
}

function run(context: MetricContext): GraphMetric[] {
  const factsOf = groupBy(context.facts, (f) => f.entity);
  const results: GraphMetric[] = [];
  for (const entity of [...factsOf.keys()].sort()) {
    const own = factsOf.get(entity) ?? [];
    const found = commitmentOf(own, entity);
    if (!found) continue;
    const [commitment, [first, last]] = found;
    const revenue = revenueUsed(own, entity, first, last, context.projectedRevenue);
    const spend = factInterval(commitment);
    const base = `${showAmount(spend, "USD")} committed over ${first}–${last}`;
    if (revenue.years.size === 0) {
      results.push({
        metric: "commitment_coverage",
        entity,
        subject: `${entity}: contracted compute ÷ revenue ${first}–${last}`,
        value: null,
        display: "n/a",
        arithmetic: `${base}; no full-year revenue of ${entity} in those years`,
        edgeIds: [],
        claimIds: claimsOf([], [commitment]),
      });
      continue;
    }
    const covered = [...revenue.years.keys()];
    const fraction = covered.length / (last - first + 1);
    const prorated = {
      low: (spend.low ?? 0) * fraction,
      high: spend.high === null ? null : spend.high * fraction,
    };
    const total = sumOf([...revenue.years.values()]);
    const value = {
      low: total.high === null ? 0 : (prorated.low ?? 0) / total.high,
      high: prorated.high === null || !total.low ? null : prorated.high / total.low,
    };
    const display = ratioText(value);
    const span = `${Math.min(...covered)}–${Math.max(...covered)}`;
    results.push({
      metric: "commitment_coverage",
      entity,
      subject: `${entity}: contracted compute ÷ revenue ${span}`,
      value,
      display,
      arithmetic: `${base}${fraction < 1 ? `, × ${covered.length}/${last - first + 1} years with revenue = ${showAmount(prorated, "USD")}` : ""} ÷ revenue ${span} ${showAmount(total, "USD")} (from ${revenue.from}) = ${display}`,
      edgeIds: [],
      claimIds: [...new Set([...claimsOf([], [commitment, ...revenue.facts]), ...revenue.claimIds])],
    });
  }
  return results;
}

export const commitmentCoverage: GraphMetricRule = {
  id: "commitment_coverage",
  title: "Commitment coverage",
  description: "contracted compute spending ÷ reported or projected revenue over the same years",
  run,
};
