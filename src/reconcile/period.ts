import type { Period } from "../core/index.js";
import { isAsOf } from "../core/index.js";
import type { PeriodSpan } from "./types.js";

/**
 * Period arithmetic on months (year × 12 + month − 1). The tolerance rule:
 * - levels (`{asOf}`) are the same when their months differ by at most ASOF_MONTH_TOLERANCE; a level
 *   dated by its year only matches any month of that year;
 * - flows of up to 13 months (a year, a half, a quarter) are the same when both their first and last
 *   months differ by at most ASOF_MONTH_TOLERANCE ("2025" = 2025-01-01 → 2025-12-31);
 * - longer or open flows ("by 2030", "over the next eight years") are horizons: the same when they end
 *   in the same year and their starts, when both known, are within HORIZON_START_TOLERANCE months;
 * - a claim without a period matches only another claim without a period (facts.ts lets an undated
 *   claim join a dated fact of the same value).
 */
export const ASOF_MONTH_TOLERANCE = 1;
export const HORIZON_START_TOLERANCE = 12;
const SHORT_FLOW_MONTHS = 13;

const MONTH_NAMES = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** Year and month of an ISO date ("2025", "2025-10", "2025-10-31"); month null for a bare year. */
export function parseDate(date: string | null | undefined): { year: number; month: number | null } | null {
  if (!date) return null;
  const match = /^(\d{4})(?:-(\d{1,2}))?/.exec(date.trim());
  if (!match) return null;
  const year = Number(match[1]);
  const month = match[2] === undefined ? null : Number(match[2]);
  if (month !== null && (month < 1 || month > 12)) return null;
  return { year, month };
}

export function monthOf(date: string | null | undefined, fallbackMonth: number): number | null {
  const parsed = parseDate(date);
  if (!parsed) return null;
  return parsed.year * 12 + (parsed.month ?? fallbackMonth) - 1;
}

export function yearOfMonth(month: number): number {
  return Math.floor(month / 12);
}

export function toPeriodSpan(period: Period | null): PeriodSpan {
  if (!period) return { kind: "none", startMonth: null, endMonth: null, yearOnly: false };
  if (isAsOf(period)) {
    const parsed = parseDate(period.asOf);
    if (!parsed) return { kind: "none", startMonth: null, endMonth: null, yearOnly: false };
    if (parsed.month === null) {
      return { kind: "level", startMonth: parsed.year * 12, endMonth: parsed.year * 12 + 11, yearOnly: true };
    }
    const month = parsed.year * 12 + parsed.month - 1;
    return { kind: "level", startMonth: month, endMonth: month, yearOnly: false };
  }
  const startMonth = monthOf(period.start, 1);
  const endMonth = monthOf(period.end, 12);
  if (startMonth === null && endMonth === null) {
    return { kind: "none", startMonth: null, endMonth: null, yearOnly: false };
  }
  return { kind: "flow", startMonth, endMonth, yearOnly: false };
}

/** Months covered by a flow, or null when open at either end. */
export function lengthInMonths(span: PeriodSpan): number | null {
  if (span.kind !== "flow" || span.startMonth === null || span.endMonth === null) return null;
  return span.endMonth - span.startMonth + 1;
}

/** A flow longer than a year, or open at its start: a horizon rather than a reporting period. */
export function isHorizon(span: PeriodSpan): boolean {
  if (span.kind !== "flow") return false;
  const length = lengthInMonths(span);
  return length === null || length > SHORT_FLOW_MONTHS;
}

function near(a: number | null, b: number | null, tolerance: number): boolean {
  if (a === null || b === null) return a === b;
  return Math.abs(a - b) <= tolerance;
}

/** The same period under the tolerance rule above. */
export function samePeriod(a: PeriodSpan, b: PeriodSpan): boolean {
  if (a.kind !== b.kind) return false;
  if (a.kind === "none") return true;
  if (a.kind === "level") {
    if (a.yearOnly || b.yearOnly) return yearOfMonth(a.endMonth!) === yearOfMonth(b.endMonth!);
    return near(a.endMonth, b.endMonth, ASOF_MONTH_TOLERANCE);
  }
  const horizonA = isHorizon(a);
  if (horizonA !== isHorizon(b)) return false;
  if (horizonA) {
    if (a.endMonth === null || b.endMonth === null)
      return a.endMonth === b.endMonth && near(a.startMonth, b.startMonth, HORIZON_START_TOLERANCE);
    if (yearOfMonth(a.endMonth) !== yearOfMonth(b.endMonth)) return false;
    return (
      a.startMonth === null ||
      b.startMonth === null ||
      near(a.startMonth, b.startMonth, HORIZON_START_TOLERANCE)
    );
  }
  return (
    near(a.startMonth, b.startMonth, ASOF_MONTH_TOLERANCE) &&
    near(a.endMonth, b.endMonth, ASOF_MONTH_TOLERANCE)
  );
}

/** Flows whose months intersect (open ends reach forever); levels in the same period. */
export function periodsOverlap(a: PeriodSpan, b: PeriodSpan): boolean {
  if (a.kind === "level" && b.kind === "level") return samePeriod(a, b);
  if (a.kind !== "flow" || b.kind !== "flow") return false;
  const aStart = a.startMonth ?? Number.NEGATIVE_INFINITY;
  const bStart = b.startMonth ?? Number.NEGATIVE_INFINITY;
  const aEnd = a.endMonth ?? Number.POSITIVE_INFINITY;
  const bEnd = b.endMonth ?? Number.POSITIVE_INFINITY;
  return aStart <= bEnd && bStart <= aEnd;
}

/** `inner` lies within `outer` (both flows with known ends). */
export function periodContains(outer: PeriodSpan, inner: PeriodSpan): boolean {
  if (outer.kind !== "flow" || inner.kind !== "flow") return false;
  const outerStart = outer.startMonth ?? Number.NEGATIVE_INFINITY;
  const outerEnd = outer.endMonth ?? Number.POSITIVE_INFINITY;
  if (inner.startMonth === null || inner.endMonth === null) return false;
  return outerStart <= inner.startMonth && inner.endMonth <= outerEnd;
}

/** Plans over horizons that may be one plan restated: either undated, or flows that overlap. */
export function horizonsCompatible(a: PeriodSpan, b: PeriodSpan): boolean {
  if (a.kind === "none" || b.kind === "none") return true;
  return periodsOverlap(a, b);
}

function monthLabel(month: number): string {
  return `${MONTH_NAMES[month % 12]} ${yearOfMonth(month)}`;
}

function isoMonth(month: number): string {
  return `${yearOfMonth(month)}-${String((month % 12) + 1).padStart(2, "0")}`;
}

/** The period as people read it. */
export function periodLabel(span: PeriodSpan): string {
  if (span.kind === "none") return "undated";
  if (span.kind === "level")
    return span.yearOnly ? String(yearOfMonth(span.endMonth!)) : monthLabel(span.endMonth!);
  const { startMonth, endMonth } = span;
  if (startMonth === null) {
    if (endMonth === null) return "undated";
    return endMonth % 12 === 11 ? `by ${yearOfMonth(endMonth)}` : `by ${monthLabel(endMonth)}`;
  }
  if (endMonth === null) return `from ${monthLabel(startMonth)}`;
  const length = endMonth - startMonth + 1;
  const year = yearOfMonth(startMonth);
  const first = startMonth % 12;
  if (length === 12 && first === 0) return String(year);
  if (length === 6 && (first === 0 || first === 6)) return `H${first === 0 ? 1 : 2} ${year}`;
  if (length === 3 && first % 3 === 0) return `Q${first / 3 + 1} ${year}`;
  if (first === 0 && endMonth % 12 === 11) return `${year}–${yearOfMonth(endMonth)}`;
  return `${isoMonth(startMonth)} → ${isoMonth(endMonth)}`;
}

/** A decimal year for a time axis: the middle of a short period, the end of a horizon, the month of a level. */
export function periodAt(span: PeriodSpan): number | null {
  if (span.kind === "none" || span.endMonth === null) return null;
  if (span.kind === "flow" && !isHorizon(span) && span.startMonth !== null) {
    return Math.round(((span.startMonth + span.endMonth + 1) / 2 / 12) * 100) / 100;
  }
  if (span.kind === "level" && span.yearOnly) return yearOfMonth(span.endMonth) + 0.5;
  return Math.round(((span.endMonth + 0.5) / 12) * 100) / 100;
}
