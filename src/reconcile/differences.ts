import { formatPercent, isCurrencyCode } from "../core/index.js";
import { isActual } from "./facts.js";
import { itemKey } from "./names.js";
import { comparableBuckets, describeSources, inReportOrder, pairKey } from "./pairs.js";
import {
  horizonsCompatible,
  isHorizon,
  lengthInMonths,
  monthOf,
  periodContains,
  periodsOverlap,
  samePeriod,
  yearOfMonth,
} from "./period.js";
import type { Conflict, DifferenceReason, ExplainedDifference, Fact, Revision } from "./types.js";
import { intervalOf, intervalsOverlap, isOpenBound, sameFigure } from "./value.js";

/**
 * A figure for what happened: reported or estimated, or rumoured about a period that had ended
 * when it was first reported ("revenue for 2025 came in at 13.1 bn, people familiar said").
 */
function isOutcome(fact: Fact): boolean {
  if (fact.qualifiers.some(isActual)) return true;
  const reported = monthOf(fact.firstReported, 12);
  return (
    fact.qualifiers.includes("rumoured") &&
    fact.periodSpan.endMonth !== null &&
    reported !== null &&
    fact.periodSpan.endMonth < reported
  );
}

/**
 * Pairs of facts of one entity, counterparty and metric family that do not say the same thing:
 * explained when they measure different things (the reasons below), conflicts when they measure the
 * same thing (same metric, unit, item and period) with incompatible values and no revision links them.
 * Undated facts are compared with nothing: without a period there is no "same thing".
 */

interface Explanation {
  reason: DifferenceReason;
  text: string;
}

function isTarget(fact: Fact): boolean {
  return fact.qualifiers.includes("target");
}

function runRateVsRevenue(runRate: Fact, revenue: Fact): Explanation | null {
  const rr = runRate.periodSpan;
  const rev = revenue.periodSpan;
  const months = lengthInMonths(rev);
  if (rr.kind !== "level" || rev.endMonth === null || months === null || months < 12 || months > 13)
    return null;
  if (yearOfMonth(rr.endMonth!) !== yearOfMonth(rev.endMonth)) return null;
  return {
    reason: "run_rate_vs_revenue",
    text: `${runRate.display} is an annualised run-rate at ${runRate.periodLabel}; ${revenue.display} is revenue recognised over ${revenue.periodLabel}: a rate at a date is not the year's total`,
  };
}

function explainAcrossMetrics(a: Fact, b: Fact, tolerance: number): Explanation | null {
  if (sameFigure(a.value, b.value, tolerance) && a.unit === b.unit) return null;
  if (a.metric === "revenue_run_rate" && b.metric === "revenue") return runRateVsRevenue(a, b);
  if (b.metric === "revenue_run_rate" && a.metric === "revenue") return runRateVsRevenue(b, a);
  const commitment = a.metric === "compute_commitment" ? a : b.metric === "compute_commitment" ? b : null;
  const target =
    a.metric === "compute_spending_target" ? a : b.metric === "compute_spending_target" ? b : null;
  if (!commitment || !target || itemKey(a.item) !== itemKey(b.item)) return null;
  if (!horizonsCompatible(commitment.periodSpan, target.periodSpan)) return null;
  return {
    reason: "commitment_vs_target",
    text: `${commitment.display} is a commitment (${commitment.periodLabel}); ${target.display} is a spending target (${target.periodLabel}): a contracted amount is not a plan`,
  };
}

function explainSameMetric(a: Fact, b: Fact, tolerance: number): Explanation | null {
  if (a.unit !== b.unit) {
    if (isCurrencyCode(a.unit) && isCurrencyCode(b.unit) && samePeriod(a.periodSpan, b.periodSpan)) {
      return {
        reason: "different_currency",
        text: `${a.display} and ${b.display} are in different currencies (${a.unit}, ${b.unit}); reconcile never converts`,
      };
    }
    return null;
  }
  const loiA = a.qualifiers.includes("letter_of_intent");
  if (loiA !== b.qualifiers.includes("letter_of_intent")) {
    const [loi, deal] = loiA ? [a, b] : [b, a];
    return {
      reason: "letter_of_intent_vs_deal",
      text: `${loi.display} is a letter of intent; ${deal.display} is a ${deal.qualifier} ${deal.metric}: an intention is not a signed deal`,
    };
  }
  if (!samePeriod(a.periodSpan, b.periodSpan)) {
    if (!periodsOverlap(a.periodSpan, b.periodSpan) || a.periodSpan.kind !== "flow") return null;
    if (isHorizon(a.periodSpan) !== isHorizon(b.periodSpan)) {
      const [long, short] = isHorizon(a.periodSpan) ? [a, b] : [b, a];
      return {
        reason: "period_length",
        text: `${long.display} is cumulative over ${long.periodLabel}; ${short.display} covers ${short.periodLabel} only`,
      };
    }
    if (periodContains(a.periodSpan, b.periodSpan) || periodContains(b.periodSpan, a.periodSpan)) {
      const [whole, part] =
        (lengthInMonths(a.periodSpan) ?? 0) >= (lengthInMonths(b.periodSpan) ?? 0) ? [a, b] : [b, a];
      return {
        reason: "period_length",
        text: `${part.display} covers ${part.periodLabel}, part of ${whole.periodLabel} (${whole.display})`,
      };
    }
    return null;
  }
  if (isTarget(a) !== isTarget(b) && (isOutcome(a) || isOutcome(b))) {
    const [target, actual] = isTarget(a) ? [a, b] : [b, a];
    return {
      reason: "different_qualifier",
      text: `${target.display} is a target; ${actual.display} is ${actual.qualifier}: a plan beside the figure reported against it`,
    };
  }
  const ia = intervalOf(a.value);
  const ib = intervalOf(b.value);
  if (!intervalsOverlap(ia, ib, tolerance)) return null;
  if (a.bound === "range" || b.bound === "range") {
    const [range, other] = a.bound === "range" ? [a, b] : [b, a];
    return {
      reason: "range_vs_point",
      text: `${other.display} lies within the range ${range.display}`,
    };
  }
  if (isOpenBound(a.bound) || isOpenBound(b.bound)) {
    return {
      reason: "bound_compatible",
      text: `${a.display} and ${b.display} are compatible: a bound, not a contradiction`,
    };
  }
  return null;
}

function conflictOf(a: Fact, b: Fact, tolerance: number): Conflict | null {
  if (a.metric !== b.metric || a.unit !== b.unit || itemKey(a.item) !== itemKey(b.item)) return null;
  if (a.periodSpan.kind === "none" || !samePeriod(a.periodSpan, b.periodSpan)) return null;
  if (intervalsOverlap(intervalOf(a.value), intervalOf(b.value), tolerance)) return null;
  const gap =
    a.point === null || b.point === null
      ? null
      : Math.abs(a.point - b.point) / Math.max(Math.abs(a.point), Math.abs(b.point));
  return {
    id: `conflict:${pairKey(a, b)}`,
    a,
    b,
    gap,
    text: `${a.entity} ${a.metric} ${a.periodLabel}: ${a.display} (${describeSources(a)}) vs ${b.display} (${describeSources(b)})${gap === null ? "" : `, ${formatPercent(gap)} apart`}`,
  };
}

/** Pairs joined by a chain of revisions (A → B → C joins A and C): superseded, not in conflict. */
function linkedByRevisions(revisions: readonly Revision[]): Set<string> {
  const next = new Map<string, Fact[]>();
  for (const r of revisions) next.set(r.from.id, [...(next.get(r.from.id) ?? []), r.to]);
  const linked = new Set<string>();
  for (const r of revisions) {
    const start = r.from;
    const stack = [...(next.get(start.id) ?? [])];
    const seen = new Set<string>();
    while (stack.length > 0) {
      const fact = stack.pop()!;
      if (seen.has(fact.id)) continue;
      seen.add(fact.id);
      linked.add(pairKey(start, fact));
      stack.push(...(next.get(fact.id) ?? []));
    }
  }
  return linked;
}

export function classifyPairs(
  facts: readonly Fact[],
  revisions: readonly Revision[],
  tolerance: number,
  buckets: readonly (readonly Fact[])[] = comparableBuckets(facts),
): { explained: ExplainedDifference[]; conflicts: Conflict[] } {
  const revised = linkedByRevisions(revisions);
  const explained: ExplainedDifference[] = [];
  const conflicts: Conflict[] = [];
  for (const bucket of buckets) {
    for (let i = 0; i < bucket.length; i++) {
      for (let j = i + 1; j < bucket.length; j++) {
        const [a, b] = inReportOrder(bucket[i]!, bucket[j]!);
        const explanation =
          a.metric === b.metric ? explainSameMetric(a, b, tolerance) : explainAcrossMetrics(a, b, tolerance);
        if (explanation) {
          explained.push({
            id: `diff:${pairKey(a, b)}`,
            a,
            b,
            reason: explanation.reason,
            text: explanation.text,
          });
          continue;
        }
        if (revised.has(pairKey(a, b))) continue;
        const conflict = conflictOf(a, b, tolerance);
        if (conflict) conflicts.push(conflict);
      }
    }
  }
  return { explained, conflicts };
}
