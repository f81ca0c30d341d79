import type { Bound, Metric, Qualifier, Span, Unit } from "../core/index.js";
import type { ReviewEvent, StoredClaim } from "../ledger/port.js";
import type { SourceDocument } from "../reconcile/index.js";
import type { Interval } from "../reconcile/value.js";

/** How money or capacity moves along an edge (DESIGN.md "Deals"). */
export const INSTRUMENTS = [
  "equity",
  "convertible",
  "round_participation",
  "warrant",
  "loan",
  "backstop",
  "compute_commitment",
  "cloud_commitment",
  "chip_purchase",
  "revenue_share",
  "acquisition",
] as const;
export type Instrument = (typeof INSTRUMENTS)[number];

/**
 * Where a deal stands. `proposed` covers what the press reports as talks, plans or rumours: not yet a
 * letter of intent nor a signed deal.
 */
export const DEAL_STATUSES = [
  "proposed",
  "letter_of_intent",
  "definitive",
  "closed",
  "cancelled",
  "superseded",
] as const;
export type DealStatus = (typeof DEAL_STATUSES)[number];

/** The roles of the two ends, source first: investor → investee, issuer → holder, buyer → supplier… */
export type PartyRoles = readonly [from: string, to: string];

export interface EdgeAmount {
  low: number | null;
  high: number | null;
  bound: Bound;
  unit: Unit;
  /** "≤ 30 bn $", "10 GW". */
  display: string;
  /** The sentence the figure was read from (the shortest quote among its sources). */
  text: string;
  /**
   * The amount belongs to a group of parties ("26 GW from Oracle, Nvidia, AMD and Broadcom"): this
   * pair's part of it is unknown, between nothing and all of it.
   */
  sharedWith: string[];
}

export interface EdgeTerms {
  binding: boolean | null;
  cancellable: boolean | null;
  milestoneTied: boolean | null;
  /** Amounts paid per tranche or milestone ("10 bn $ per tranche"). */
  tranches: string[];
}

export interface EdgeDates {
  /** First publication of a source. */
  announced: string | null;
  /** When the deal takes effect: a level's date or a flow's start. */
  effective: string | null;
  /** A flow's end ("by 2030"). */
  delivery: string | null;
}

export interface EdgeSource {
  claimId: string;
  documentId: string;
  title: string | null;
  reported: string | null;
  quote: string;
  span: Span;
  qualifier: Qualifier;
}

/** One deal between two parties, from the facts (claims gathered by reconcile) that report it. */
export interface DealEdge {
  id: string;
  from: string;
  to: string;
  roles: PartyRoles;
  instrument: Instrument;
  metric: Metric;
  qualifier: Qualifier;
  amount: EdgeAmount;
  status: DealStatus;
  /** The edge that replaced this one, and the reason reconcile gave. */
  supersededBy: { edgeId: string; reason: string } | null;
  supersedes: string[];
  terms: EdgeTerms;
  dates: EdgeDates;
  factIds: string[];
  claimIds: string[];
  sources: EdgeSource[];
}

/** A ledger's deals in, as known on a date. */
export interface DealGraphInput {
  claims: readonly StoredClaim[];
  events?: readonly ReviewEvent[];
  documents?: readonly SourceDocument[];
}

/**
 * A company's revenue by year as a scenario's model projects it (the 5th to 95th percentile of each
 * year), used by commitment coverage instead of the reported revenue for the years it covers.
 */
export interface ProjectedRevenue {
  entity: string;
  scenario: string;
  /** Year → the model's revenue that year, p5–p95, in dollars. */
  years: Record<number, Interval>;
  /** The ledger claims the scenario's inputs were bound to. */
  claimIds: string[];
}

export interface DealGraphOptions {
  /** ISO date: only claims of documents published on or before it, and review events up to it. */
  asOf?: string;
  /** Only accepted or corrected claims. */
  reviewedOnly?: boolean;
  /** Keep only edges touching this company (loops and metrics still use the whole graph). */
  entity?: string;
  /** Longest loop searched, in parties (2 = A → B → A). */
  maxLoopLength?: number;
  /** At most this many loops are listed. */
  maxLoops?: number;
  /** Revenue a scenario projects for one company: commitment coverage uses it where it covers the years. */
  projectedRevenue?: ProjectedRevenue;
}

/** One step of a loop: every live edge from one party to the next. */
export interface LoopStep {
  from: string;
  to: string;
  edgeIds: string[];
  /** Dollars moving along the step (sum of its dollar edges), or null when none is in dollars. */
  usd: Interval | null;
  /** Gigawatts moving along the step, or null. */
  gw: Interval | null;
}

/** The part of one party's investment that comes back to it as purchases along the loop. */
export interface RoundTrip {
  investor: string;
  investment: Interval;
  returned: Interval;
  share: Interval | null;
  arithmetic: string;
}

export interface Loop {
  id: string;
  parties: string[];
  steps: LoopStep[];
  /** The dollars that can go all the way round: the smallest step. */
  usd: Interval | null;
  roundTrips: RoundTrip[];
  /** Edges between the loop's parties that no longer stand (superseded or cancelled), for the history. */
  history: string[];
  claimIds: string[];
  arithmetic: string;
}

export const METRIC_IDS = [
  "vendor_financing_intensity",
  "customer_concentration",
  "commitment_coverage",
  "round_vendor_share",
] as const;
export type GraphMetricId = (typeof METRIC_IDS)[number];

/** One metric for one company, with the arithmetic written out and the claims behind it, like `check`. */
export interface GraphMetric {
  metric: GraphMetricId;
  entity: string;
  subject: string;
  value: Interval | null;
  display: string;
  arithmetic: string;
  edgeIds: string[];
  claimIds: string[];
}

export interface DealGraph {
  asOf: string | null;
  parties: string[];
  edges: DealEdge[];
  /** Strongly connected components of the live edges with more than one party. */
  components: string[][];
  loops: Loop[];
  /** True when the loop search stopped at `maxLoops`. */
  loopsTruncated: boolean;
  metrics: GraphMetric[];
}
