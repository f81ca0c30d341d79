import type {
  Bound,
  ClaimValue,
  DateConfidence,
  Issue,
  Metric,
  Period,
  Qualifier,
  Span,
  Unit,
} from "../core/index.js";

/** What reconcile needs to know of a document to name a source: the ledger's DocumentSummary fits. */
export interface SourceDocument {
  id: string;
  title: string;
  source: string;
  published: string | null;
  /** How far `published` can be trusted to order reports; absent or null counts as trusted. */
  publishedConfidence?: DateConfidence | null;
}

/** One report of a figure: the claim it came from and the document that carried it. */
export interface FactSource {
  claimId: string;
  documentId: string;
  /** Document title, or null when the document was not given to reconcile. */
  title: string | null;
  /** Document source (file name or URL), or null. */
  source: string | null;
  /** Publication date of the document (ISO, partial allowed), or null. */
  reported: string | null;
  /** How far `reported` can be trusted to order reports, or null when not known. */
  dateConfidence: DateConfidence | null;
  quote: string;
  span: Span;
  attribution: string | null;
  qualifier: Qualifier;
  value: ClaimValue;
  /** The extraction's (or the table's) confidence in the claim, in [0, 1], when it gave one. */
  confidence?: number;
}

/** The calendar reading of a claim's period that reconcile compares (months are year × 12 + month − 1). */
export interface PeriodSpan {
  kind: "flow" | "level" | "none";
  /** First month covered (flows), or null when open ("by 2030"). */
  startMonth: number | null;
  /** Last month covered (flows), or the month of a level. */
  endMonth: number | null;
  /** A level dated by its year only ("2025"): matches any month of that year. */
  yearOnly: boolean;
}

/**
 * One figure, reported by one or several documents: same entity, counterparty, metric, unit, item,
 * period (see period.ts for the tolerance) and value (within DEFAULT_VALUE_TOLERANCE), with
 * qualifiers that do not contradict (a letter of intent never merges with a signed deal, a target
 * never with a reported figure).
 */
export interface Fact {
  /** "fact:" + the id of its first-reported claim: stable while that claim stays in the ledger. */
  id: string;
  entity: string;
  counterparty: string | null;
  metric: Metric;
  unit: Unit;
  item: string | null;
  period: Period | null;
  periodSpan: PeriodSpan;
  /** The period as people read it: "2025", "H1 2025", "Q3 2025", "by 2030", "2025-11 → 2033-11", "Oct 2025". */
  periodLabel: string;
  /** Position on a time axis as a decimal year (the month measured, or the horizon's end), or null. */
  at: number | null;
  /** The value of the most precise source (exact before approx before range before open bounds). */
  value: ClaimValue;
  bound: Bound;
  /** The value as one number: the point, the finite end of an open bound, or a range's midpoint. */
  point: number | null;
  low: number | null;
  high: number | null;
  /** The value for humans: "~600 bn $", "> 1 tn $", "50–60 bn $/GW". */
  display: string;
  /** The most authoritative qualifier of its sources (reported, commitment, estimated, target, letter_of_intent, rumoured). */
  qualifier: Qualifier;
  qualifiers: Qualifier[];
  /** Earliest and latest publication dates among its sources. */
  firstReported: string | null;
  lastReported: string | null;
  /** Some source's publication date has low confidence: the fact's place in report order is uncertain. */
  datesUncertain: boolean;
  /** Ordered by publication date, then claim id. */
  sources: FactSource[];
  claimIds: string[];
}

/** Every fact of one (entity, metric), ordered by the period measured, then by first report. */
export interface Series {
  key: string;
  entity: string;
  metric: Metric;
  facts: Fact[];
}

/** Why two facts that look contradictory measure different things. */
export type DifferenceReason =
  | "run_rate_vs_revenue"
  | "commitment_vs_target"
  | "letter_of_intent_vs_deal"
  | "period_length"
  | "range_vs_point"
  | "different_currency"
  | "different_qualifier"
  | "bound_compatible";

export type RevisionRule = "same_figure" | "plan_replaced" | "letter_of_intent_replaced" | "manual";

/** A later report that replaces an earlier figure. */
export interface Revision {
  id: string;
  from: Fact;
  to: Fact;
  kind: "auto" | "manual";
  rule: RevisionRule;
  direction: "up" | "down" | "unchanged" | "unknown";
  /** to.point − from.point, and that over from.point; null when a point is missing. */
  delta: { absolute: number; relative: number | null } | null;
  /** For humans: "revised downward: 1.4 tn $ → ~600 bn $ (−800 bn $, −57 %); commitment vs spending target". */
  reason: string;
  /** Explained-difference labels that also hold for the pair (commitment vs spending target…). */
  labels: DifferenceReason[];
  /** Manual links: the reviewer and the event id. */
  actor?: string;
  eventId?: number;
}

/** A pair that looks like a conflict but measures different things. */
export interface ExplainedDifference {
  id: string;
  a: Fact;
  b: Fact;
  reason: DifferenceReason;
  text: string;
}

/** Same entity, counterparty, metric, unit, item and period; incompatible values; no revision, no explanation. */
export interface Conflict {
  id: string;
  a: Fact;
  b: Fact;
  /** |a.point − b.point| over the larger of the two, or null. */
  gap: number | null;
  text: string;
}

export type CheckStatus = "pass" | "warn" | "fail";

/** One finding of one arithmetic rule, with the arithmetic written out. */
export interface CheckResult {
  rule: string;
  status: CheckStatus;
  /** What was checked, for humans: "OpenAI revenue 2025: H1 + H2 = year". */
  subject: string;
  /** "26 GW × 50–60 bn $/GW = 1.3–1.56 tn $ vs > 1 tn $ (compute_commitment, 2025-10 → 2035-10): consistent" */
  arithmetic: string;
  factIds: string[];
  claimIds: string[];
  /** The operands and results in base units, by name (null for an open end). */
  numbers: Record<string, number | null>;
}

/**
 * A revision or a conflict that rests on a low-confidence publication date: listed, never counted as
 * a revision or a conflict until the date is given or reviewed.
 */
export interface UncertainDates {
  id: string;
  /** What the pair would be with the dates taken at their word. */
  would: "revision" | "conflict";
  a: Fact;
  b: Fact;
  /** The documents whose dates are uncertain, with the date and how it was found. */
  documents: { documentId: string; title: string | null; reported: string | null }[];
  text: string;
}

export interface ReconcileOptions {
  /** Documents, for source titles and publication dates (claims carry `reported` already). */
  documents?: readonly SourceDocument[];
  /** Relative tolerance under which two values are one figure; DEFAULT_VALUE_TOLERANCE by default. */
  tolerance?: number;
}

export interface Reconciliation {
  facts: Fact[];
  series: Series[];
  revisions: Revision[];
  explained: ExplainedDifference[];
  conflicts: Conflict[];
  /** Revisions and conflicts that would rest on a low-confidence date. */
  datesUncertain: UncertainDates[];
  /** Review events that could not be applied (unknown claim, self-link…). */
  issues: Issue[];
}
