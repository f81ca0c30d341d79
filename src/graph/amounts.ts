import { formatInterval, formatPercent, scalesOf, type Unit } from "../core/index.js";
import type { Interval } from "../reconcile/value.js";
import type { DealEdge } from "./types.js";

/**
 * Amounts are never negative, so an interval's open low end is 0 and its open high end is unbounded
 * (null). Sums, minima and ratios keep both ends, so that a range in the sources stays a range.
 */

export function amountOf(edge: DealEdge): Interval {
  const { low, high, bound, sharedWith } = edge.amount;
  const known = bound === "exact" || bound === "approx" ? (low ?? high) : null;
  const lower = sharedWith.length > 0 ? 0 : (known ?? low ?? 0);
  return { low: lower, high: known ?? high };
}

export function sumOf(intervals: readonly Interval[]): Interval {
  let low = 0;
  let high: number | null = 0;
  for (const i of intervals) {
    low += i.low ?? 0;
    high = high === null || i.high === null ? null : high + i.high;
  }
  return { low, high };
}

export function minOf(intervals: readonly Interval[]): Interval {
  let low = Number.POSITIVE_INFINITY;
  let high: number | null = null;
  for (const i of intervals) {
    low = Math.min(low, i.low ?? 0);
    if (i.high !== null) high = high === null ? i.high : Math.min(high, i.high);
  }
  return { low: Number.isFinite(low) ? low : 0, high };
}

/** part ÷ whole for non-negative intervals; `capAtOne` when the part cannot exceed the whole. */
export function ratioOf(part: Interval, whole: Interval, capAtOne = false): Interval | null {
  const partLow = part.low ?? 0;
  const low = whole.high === null ? 0 : whole.high === 0 ? null : partLow / whole.high;
  const wholeLow = whole.low ?? 0;
  const high = part.high === null || wholeLow === 0 ? null : part.high / wholeLow;
  if (low === null) return null;
  if (!capAtOne) return { low, high };
  return { low: Math.min(low, 1), high: high === null ? 1 : Math.min(high, 1) };
}

export function showAmount(interval: Interval, unit: Unit): string {
  if (interval.low === 0 && interval.high === null) return `0–? ${scalesOf(unit).plain}`;
  return formatInterval(interval, unit);
}

export function showShare(interval: Interval | null): string {
  if (interval === null) return "n/a";
  const low = formatPercent(interval.low ?? 0);
  if (interval.high === null) return `≥ ${low}`;
  const high = formatPercent(interval.high);
  return low === high ? low : `${low.replace(/\s*%$/, "")}–${high}`;
}
