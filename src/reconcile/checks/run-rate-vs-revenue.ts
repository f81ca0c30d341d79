import { formatNumber } from "../../core/index.js";
import { itemKey } from "../names.js";
import { lengthInMonths, yearOfMonth } from "../period.js";
import type { CheckResult, Fact } from "../types.js";
import { byEntity, type CheckRule, finding, intervalOfFact, isPlan } from "./rule.js";

/**
 * Run-rate at year end vs the year's recognised revenue: for a growing company the annualised
 * run-rate reached in the last quarter (or dated by the year only) is at least the revenue recognised
 * over that year. Pass when it can be; warn otherwise (a shrinking business, or figures that do not
 * belong together). Reported revenue is preferred to a revenue target of the same year.
 */

const YEAR_END_FROM_MONTH = 9;

function yearEnd(fact: Fact): number | null {
  const span = fact.periodSpan;
  if (span.kind !== "level" || span.endMonth === null) return null;
  if (!span.yearOnly && span.endMonth % 12 < YEAR_END_FROM_MONTH) return null;
  return yearOfMonth(span.endMonth);
}

function fullYear(fact: Fact): number | null {
  const span = fact.periodSpan;
  if (
    span.kind !== "flow" ||
    span.startMonth === null ||
    lengthInMonths(span) !== 12 ||
    span.startMonth % 12 !== 0
  )
    return null;
  return yearOfMonth(span.startMonth);
}

function compare(runRate: Fact, revenue: Fact): CheckResult {
  const rr = intervalOfFact(runRate);
  const rev = intervalOfFact(revenue);
  const possible = rr.high === null || rev.low === null || rr.high >= rev.low;
  const ratio = runRate.point !== null && revenue.point ? runRate.point / revenue.point : null;
  const ratioText = ratio === null ? "" : ` (${formatNumber(ratio)}×)`;
  const arithmetic = `run-rate ${runRate.display} at ${runRate.periodLabel} ${possible ? "≥" : "<"} revenue ${revenue.display} over ${revenue.periodLabel}${ratioText}: ${possible ? "consistent with growth through the year" : "a run-rate below the year's revenue: shrinking, or not the same business"}`;
  return finding(
    "run_rate_vs_revenue",
    possible ? "pass" : "warn",
    `${runRate.entity}${runRate.item ? ` [${runRate.item}]` : ""}: year-end run-rate vs ${revenue.periodLabel} revenue`,
    arithmetic,
    [runRate, revenue],
    { runRateLow: rr.low, runRateHigh: rr.high, revenueLow: rev.low, revenueHigh: rev.high, ratio },
  );
}

export const runRateVsRevenue: CheckRule = {
  id: "run_rate_vs_revenue",
  title: "Run-rate vs the year's revenue",
  description:
    "the annualised run-rate at year end should be at least the revenue recognised that year (warn otherwise)",
  run(facts) {
    const results: CheckResult[] = [];
    for (const group of byEntity(facts).values()) {
      const revenues = group.filter((f) => f.metric === "revenue" && fullYear(f) !== null);
      for (const runRate of group.filter((f) => f.metric === "revenue_run_rate")) {
        const year = yearEnd(runRate);
        if (year === null) continue;
        const sameYear = revenues.filter(
          (r) =>
            fullYear(r) === year &&
            r.unit === runRate.unit &&
            itemKey(r.item) === itemKey(runRate.item) &&
            r.counterparty === runRate.counterparty,
        );
        const actual = sameYear.filter((r) => !isPlan(r));
        for (const revenue of actual.length > 0 ? actual : sameYear) results.push(compare(runRate, revenue));
      }
    }
    return results;
  },
};
