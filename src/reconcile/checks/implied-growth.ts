import { formatPercent, type Metric } from "../../core/index.js";
import { itemKey } from "../names.js";
import { lengthInMonths, yearOfMonth } from "../period.js";
import type { CheckResult, Fact } from "../types.js";
import type { Interval } from "../value.js";
import { bare, sharedScale } from "./numbers.js";
import { byEntity, type CheckRule, finding, intervalOfFact, isPlan, latest } from "./rule.js";

/**
 * Stated growth vs the growth implied by two figures: a revenue_growth (capex_growth) fact for year Y
 * against revenue (capex) of Y over Y − 1. Pass when the two differ by at most 2 percentage points
 * plus 5 % of the implied growth; warn when the growth factors (1 + g) are within 25 % of each other;
 * fail otherwise. Reported figures are preferred to targets as bases.
 */

const BASE: Partial<Record<Metric, Metric>> = { revenue_growth: "revenue", capex_growth: "capex" };
const PASS_POINTS = 0.02;
const PASS_SHARE = 0.05;
const WARN_FACTOR = 1.25;

function yearOf(fact: Fact): number | null {
  const span = fact.periodSpan;
  if (span.kind === "level") return span.endMonth === null ? null : yearOfMonth(span.endMonth);
  if (
    span.kind !== "flow" ||
    span.startMonth === null ||
    lengthInMonths(span) !== 12 ||
    span.startMonth % 12 !== 0
  )
    return null;
  return yearOfMonth(span.startMonth);
}

function pick(candidates: Fact[]): Fact | undefined {
  const actual = candidates.filter((f) => !isPlan(f));
  return latest(actual.length > 0 ? actual : candidates);
}

function growthBetween(current: Interval, previous: Interval): Interval {
  return {
    low:
      current.low === null || previous.high === null || previous.high === 0
        ? null
        : current.low / previous.high - 1,
    high:
      current.high === null || previous.low === null || previous.low === 0
        ? null
        : current.high / previous.low - 1,
  };
}

function distance(a: Interval, b: Interval): number {
  if (a.high !== null && b.low !== null && a.high < b.low) return b.low - a.high;
  if (b.high !== null && a.low !== null && b.high < a.low) return a.low - b.high;
  return 0;
}

export const impliedGrowth: CheckRule = {
  id: "implied_growth",
  title: "Stated vs implied growth",
  description: "a stated growth rate against the growth implied by the two years' figures",
  run(facts) {
    const results: CheckResult[] = [];
    for (const group of byEntity(facts).values()) {
      for (const growth of group.filter((f) => BASE[f.metric] !== undefined && f.unit === "fraction")) {
        const year = yearOf(growth);
        if (year === null) continue;
        const base = group.filter(
          (f) =>
            f.metric === BASE[growth.metric] &&
            itemKey(f.item) === itemKey(growth.item) &&
            f.counterparty === growth.counterparty,
        );
        const current = pick(base.filter((f) => yearOf(f) === year));
        const previous = pick(
          base.filter((f) => yearOf(f) === year - 1 && (!current || f.unit === current.unit)),
        );
        if (!current || !previous) continue;
        const now = intervalOfFact(current);
        const before = intervalOfFact(previous);
        const implied = growthBetween(now, before);
        const stated = intervalOfFact(growth);
        const gap = distance(implied, stated);
        const centre = implied.low ?? implied.high ?? 0;
        const factorGap =
          gap === 0
            ? 1
            : (1 + Math.max(stated.low ?? centre, centre)) / (1 + Math.min(stated.high ?? centre, centre));
        const status =
          gap <= PASS_POINTS + PASS_SHARE * Math.abs(centre)
            ? "pass"
            : Math.abs(factorGap) < WARN_FACTOR
              ? "warn"
              : "fail";
        const scale = sharedScale([now, before], current.unit);
        const impliedText =
          implied.low !== null && implied.high !== null && Math.abs(implied.low - implied.high) < 1e-9
            ? formatPercent(implied.low, true)
            : `${implied.low === null ? "?" : formatPercent(implied.low, true)} to ${implied.high === null ? "?" : formatPercent(implied.high, true)}`;
        const verdict =
          status === "pass" ? "consistent" : status === "warn" ? "close, not equal" : "inconsistent";
        results.push(
          finding(
            "implied_growth",
            status,
            `${growth.entity} ${growth.metric} ${year}: stated vs implied`,
            `${bare(now, scale.factor)} / ${bare(before, scale.factor)} ${scale.suffix} − 1 = ${impliedText} (${year} over ${year - 1}) vs stated ${growth.display}: ${verdict}`,
            [growth, current, previous],
            {
              impliedLow: implied.low,
              impliedHigh: implied.high,
              statedLow: stated.low,
              statedHigh: stated.high,
            },
          ),
        );
      }
    }
    return results;
  },
};
