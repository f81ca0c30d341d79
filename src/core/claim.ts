import type { Bound, Metric, Qualifier, Unit } from "./vocabulary.js";

/** A half-open range of UTF-16 code units into a document's analysed text. */
export interface Span {
  start: number;
  end: number;
}

/** Low/high in base units (1.4e12 dollars is 1400000000000). CLAIMS.md §4. */
export interface ClaimValue {
  low: number | null;
  high: number | null;
  bound: Bound;
}

/** ISO dates, partial allowed ("2025", "2025-10", "2025-10-31"). CLAIMS.md §5. */
export type Period = { start: string | null; end: string | null } | { asOf: string };

export function isAsOf(period: Period): period is { asOf: string } {
  return "asOf" in period;
}

/** The year a checker reads from a period: asOf, else end, else start. */
export function periodYear(period: Period | null): number | null {
  if (!period) return null;
  const date = isAsOf(period) ? period.asOf : (period.end ?? period.start);
  if (!date) return null;
  const year = Number.parseInt(date.slice(0, 4), 10);
  return Number.isFinite(year) ? year : null;
}

/** One figure in one document, exactly as CLAIMS.md §1 shapes it. */
export interface Claim {
  entity: string;
  counterparty: string | null;
  metric: Metric;
  value: ClaimValue;
  unit: Unit;
  period: Period | null;
  qualifier: Qualifier;
  attribution: string | null;
  item: string | null;
  span: Span;
  quote: string;
  document: string;
  confidence?: number;
  explanation?: string;
}
