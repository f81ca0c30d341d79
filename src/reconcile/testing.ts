import type { Bound, Metric, Period, Qualifier, Unit } from "../core/index.js";
import type { ReviewEvent, StoredClaim } from "../ledger/port.js";

/** Builders for tests of reconcile and its consumers: claims shaped as CLAIMS.md says, as the ledger stores them. */

export interface ClaimSketch {
  id: string;
  metric: Metric;
  value: number | [number | null, number | null];
  entity?: string;
  counterparty?: string | null;
  bound?: Bound;
  unit?: Unit;
  period?: Period | null;
  qualifier?: Qualifier;
  item?: string | null;
  document?: string;
  reported?: string | null;
  attribution?: string | null;
  quote?: string;
}

function sketchValue(sketch: ClaimSketch): StoredClaim["value"] {
  if (typeof sketch.value === "number")
    return { low: sketch.value, high: sketch.value, bound: sketch.bound ?? "exact" };
  const [low, high] = sketch.value;
  const bound: Bound = sketch.bound ?? (low === null ? "up_to" : high === null ? "at_least" : "range");
  return { low, high, bound };
}

export function makeClaim(sketch: ClaimSketch): StoredClaim {
  const document = sketch.document ?? "doc-a";
  return {
    id: sketch.id,
    entity: sketch.entity ?? "OpenAI",
    counterparty: sketch.counterparty ?? null,
    metric: sketch.metric,
    value: sketchValue(sketch),
    unit: sketch.unit ?? "USD",
    period: sketch.period === undefined ? null : sketch.period,
    qualifier: sketch.qualifier ?? "reported",
    attribution: sketch.attribution ?? null,
    item: sketch.item ?? null,
    span: { start: 0, end: 10 },
    quote: sketch.quote ?? `${sketch.metric} ${JSON.stringify(sketch.value)}`,
    document,
    documentId: document,
    reported: sketch.reported === undefined ? "2025-11-06" : sketch.reported,
    status: "unreviewed",
    version: 0,
    original: null,
  };
}

export const year = (y: number): Period => ({ start: `${y}-01-01`, end: `${y}-12-31` });
export const half = (y: number, h: 1 | 2): Period =>
  h === 1 ? { start: `${y}-01-01`, end: `${y}-06-30` } : { start: `${y}-07-01`, end: `${y}-12-31` };
export const quarter = (y: number, q: 1 | 2 | 3 | 4): Period => {
  const first = (q - 1) * 3 + 1;
  const last = first + 2;
  const days = [31, 30, 30, 31][q - 1];
  return {
    start: `${y}-${String(first).padStart(2, "0")}-01`,
    end: `${y}-${String(last).padStart(2, "0")}-${days}`,
  };
};
export const asOf = (date: string): Period => ({ asOf: date });

export function linkEvent(
  id: number,
  claimId: string,
  target: string,
  action: "link_revision" | "unlink_revision" = "link_revision",
): ReviewEvent {
  return {
    id,
    claimId,
    action,
    actor: "reviewer@example.org",
    reason: action === "link_revision" ? "the later deal replaces the earlier one" : "not the same deal",
    payload: { target },
    version: id,
    previous: {},
    at: `2026-03-0${id % 9}T10:00:00Z`,
  };
}

/** A minimal fact list for check tests: reconcile the sketches and keep the facts. */
export const BN = 1e9;
export const TN = 1e12;
