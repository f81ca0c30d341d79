import type { Bound, ClaimValue } from "../core/index.js";

/** A value as an interval; null is an open end. */
export interface Interval {
  low: number | null;
  high: number | null;
}

export function intervalOf(value: ClaimValue): Interval {
  switch (value.bound) {
    case "exact":
    case "approx":
      return { low: value.low ?? value.high, high: value.high ?? value.low };
    case "at_least":
      return { low: value.low, high: null };
    case "at_most":
    case "up_to":
      return { low: null, high: value.high };
    case "range":
      return { low: value.low, high: value.high };
  }
}

/** The value as one number: the point, the finite end of an open bound, or a range's midpoint. */
export function pointOf(value: ClaimValue): number | null {
  switch (value.bound) {
    case "exact":
    case "approx":
    case "at_least":
      return value.low ?? value.high;
    case "at_most":
    case "up_to":
      return value.high ?? value.low;
    case "range":
      return value.low !== null && value.high !== null
        ? (value.low + value.high) / 2
        : (value.low ?? value.high);
  }
}

export function isPointBound(bound: Bound): boolean {
  return bound === "exact" || bound === "approx";
}

export function isOpenBound(bound: Bound): boolean {
  return bound === "at_least" || bound === "at_most" || bound === "up_to";
}

/** Lower is more precise: the value a fact shows when its sources differ in bound. */
export function precisionRank(bound: Bound): number {
  return { exact: 0, approx: 1, range: 2, at_least: 3, at_most: 3, up_to: 3 }[bound];
}

export function close(a: number, b: number, tolerance: number): boolean {
  return Math.abs(a - b) <= tolerance * Math.max(Math.abs(a), Math.abs(b));
}

function direction(bound: Bound): "up" | "down" | "none" {
  if (bound === "at_least") return "up";
  if (bound === "at_most" || bound === "up_to") return "down";
  return "none";
}

/**
 * One figure (CLAIMS.md §10): points (exact, approx, or the finite end of an open bound) within the
 * tolerance, ranges end by end; a point never matches a range, and bounds opening in opposite
 * directions ("more than 100" and "up to 100") are not one figure.
 */
export function sameFigure(a: ClaimValue, b: ClaimValue, tolerance: number): boolean {
  if ((a.bound === "range") !== (b.bound === "range")) return false;
  if (a.bound === "range") {
    return (
      a.low !== null &&
      b.low !== null &&
      a.high !== null &&
      b.high !== null &&
      close(a.low, b.low, tolerance) &&
      close(a.high, b.high, tolerance)
    );
  }
  const da = direction(a.bound);
  const db = direction(b.bound);
  if (da !== "none" && db !== "none" && da !== db) return false;
  const pa = pointOf(a);
  const pb = pointOf(b);
  return pa !== null && pb !== null && close(pa, pb, tolerance);
}

/** Intervals that intersect once each finite end is widened by the tolerance. */
export function intervalsOverlap(a: Interval, b: Interval, tolerance: number): boolean {
  const below = (x: number | null, y: number | null) =>
    x === null || y === null || x <= y + tolerance * Math.abs(y);
  return below(a.low, b.high) && below(b.low, a.high);
}

export function intervalContains(outer: Interval, inner: Interval): boolean {
  const lowOk = outer.low === null || (inner.low !== null && inner.low >= outer.low);
  const highOk = outer.high === null || (inner.high !== null && inner.high <= outer.high);
  return lowOk && highOk;
}

/** Interval arithmetic; an open end stays open. */
export function addIntervals(a: Interval, b: Interval): Interval {
  return {
    low: a.low === null || b.low === null ? null : a.low + b.low,
    high: a.high === null || b.high === null ? null : a.high + b.high,
  };
}

export function subtractIntervals(a: Interval, b: Interval): Interval {
  return {
    low: a.low === null || b.high === null ? null : a.low - b.high,
    high: a.high === null || b.low === null ? null : a.high - b.low,
  };
}

/** Product of non-negative intervals. */
export function multiplyIntervals(a: Interval, b: Interval): Interval {
  return {
    low: a.low === null || b.low === null ? null : a.low * b.low,
    high: a.high === null || b.high === null ? null : a.high * b.high,
  };
}

/**
 * How far apart two non-negative intervals are, as a factor ≥ 1 (1 when they overlap): the ratio of
 * the nearer ends.
 */
export function gapFactor(a: Interval, b: Interval): number {
  if (intervalsOverlap(a, b, 0)) return 1;
  if (a.high !== null && b.low !== null && a.high < b.low)
    return a.high > 0 ? b.low / a.high : Number.POSITIVE_INFINITY;
  if (b.high !== null && a.low !== null && b.high < a.low)
    return b.high > 0 ? a.low / b.high : Number.POSITIVE_INFINITY;
  return 1;
}

/**
 * A vague amount ("des milliards", "hundreds of billions") as CLAIMS.md writes it: a range from a
 * power of ten to ten times it. Such a range places a figure, it does not state one.
 */
export function isOrderOfMagnitude(value: ClaimValue): boolean {
  if (value.bound !== "range" || value.low === null || value.high === null || value.low <= 0) return false;
  const exponent = Math.log10(value.low);
  return Math.abs(exponent - Math.round(exponent)) < 1e-9 && Math.abs(value.high / value.low - 10) < 1e-9;
}
