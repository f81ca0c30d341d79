import { formatNumber, type Scaled, scaleFor, type Unit } from "../../core/index.js";
import type { Interval } from "../value.js";

/** Operands written on the scale of the result, so that a sum reads "13.1 − 4.3 = 8.8 bn $". */

function magnitude(intervals: readonly Interval[]): number {
  let max = 0;
  for (const i of intervals)
    for (const v of [i.low, i.high]) if (v !== null) max = Math.max(max, Math.abs(v));
  return max;
}

/** The scale and suffix shared by a line of arithmetic in one unit. */
export function sharedScale(intervals: readonly Interval[], unit: Unit): Scaled {
  return scaleFor(unit, magnitude(intervals));
}

/** An interval on a given scale, without the unit: "4.3", "50–60", "≥ 90", "?". */
export function bare(interval: Interval, factor: number): string {
  const { low, high } = interval;
  if (low === null && high === null) return "?";
  if (low === null) return `≤ ${formatNumber(high! / factor)}`;
  if (high === null) return `≥ ${formatNumber(low / factor)}`;
  const a = formatNumber(low / factor);
  const b = formatNumber(high / factor);
  return a === b ? a : `${a}–${b}`;
}
