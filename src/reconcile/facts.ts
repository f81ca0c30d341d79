import { formatClaimValue, type Qualifier } from "../core/index.js";
import type { StoredClaim } from "../ledger/port.js";
import { compareDates } from "./dates.js";
import { itemKey, nameKey } from "./names.js";
import { periodAt, periodLabel, samePeriod, toPeriodSpan } from "./period.js";
import type { Fact, FactSource, PeriodSpan, SourceDocument } from "./types.js";
import { intervalOf, pointOf, precisionRank, sameFigure } from "./value.js";

/** Most authoritative first: the qualifier a fact shows when its sources differ. */
const AUTHORITY: Qualifier[] = [
  "reported",
  "commitment",
  "estimated",
  "target",
  "letter_of_intent",
  "rumoured",
];

const ACTUAL: ReadonlySet<Qualifier> = new Set<Qualifier>(["reported", "estimated"]);

/**
 * Qualifiers that may describe one figure. A letter of intent is not the signed deal, and a target is
 * not the figure reported against it, even when the numbers agree.
 */
export function qualifiersCompatible(a: Qualifier, b: Qualifier): boolean {
  if ((a === "letter_of_intent") !== (b === "letter_of_intent")) return false;
  if ((a === "target" && ACTUAL.has(b)) || (b === "target" && ACTUAL.has(a))) return false;
  return true;
}

export function isActual(qualifier: Qualifier): boolean {
  return ACTUAL.has(qualifier);
}

/** Entity, counterparty, metric, unit and item: the figures a fact may gather. */
export function seriesKey(
  claim: Pick<StoredClaim, "entity" | "counterparty" | "metric" | "unit" | "item">,
): string {
  return [
    nameKey(claim.entity),
    nameKey(claim.counterparty),
    claim.metric,
    claim.unit,
    itemKey(claim.item),
  ].join("|");
}

interface Draft {
  anchor: StoredClaim;
  span: PeriodSpan;
  claims: StoredClaim[];
}

function accepts(draft: Draft, claim: StoredClaim, tolerance: number): boolean {
  return (
    sameFigure(draft.anchor.value, claim.value, tolerance) &&
    draft.claims.every((member) => qualifiersCompatible(member.qualifier, claim.qualifier))
  );
}

function toSource(claim: StoredClaim, documents: ReadonlyMap<string, SourceDocument>): FactSource {
  const document = documents.get(claim.documentId);
  return {
    claimId: claim.id,
    documentId: claim.documentId,
    title: document?.title ?? null,
    source: document?.source ?? null,
    reported: claim.reported,
    dateConfidence: document?.publishedConfidence ?? null,
    quote: claim.quote,
    span: claim.span,
    attribution: claim.attribution,
    qualifier: claim.qualifier,
    value: claim.value,
    ...(claim.confidence === undefined ? {} : { confidence: claim.confidence }),
  };
}

function byReport(a: StoredClaim, b: StoredClaim): number {
  return compareDates(a.reported, b.reported) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

function toFact(draft: Draft, documents: ReadonlyMap<string, SourceDocument>): Fact {
  const claims = [...draft.claims].sort(byReport);
  const first = claims[0]!;
  const precise = claims.reduce((best, claim) =>
    precisionRank(claim.value.bound) < precisionRank(best.value.bound) ? claim : best,
  );
  const qualifiers = AUTHORITY.filter((q) => claims.some((claim) => claim.qualifier === q));
  const dated =
    draft.anchor.period === null ? (claims.find((c) => c.period !== null) ?? first) : draft.anchor;
  const interval = intervalOf(precise.value);
  const reportedDates = claims
    .map((c) => c.reported)
    .filter((d): d is string => d !== null)
    .sort();
  return {
    id: `fact:${first.id}`,
    entity: first.entity,
    counterparty: first.counterparty,
    metric: first.metric,
    unit: first.unit,
    item: first.item,
    period: dated.period,
    periodSpan: draft.span,
    periodLabel: periodLabel(draft.span),
    at: periodAt(draft.span),
    value: precise.value,
    bound: precise.value.bound,
    point: pointOf(precise.value),
    low: interval.low,
    high: interval.high,
    display: formatClaimValue(precise.value, first.unit),
    qualifier: qualifiers[0] ?? first.qualifier,
    qualifiers,
    firstReported: reportedDates[0] ?? null,
    lastReported: reportedDates[reportedDates.length - 1] ?? null,
    datesUncertain: claims.some((claim) => documents.get(claim.documentId)?.publishedConfidence === "low"),
    sources: claims.map((claim) => toSource(claim, documents)),
    claimIds: claims.map((claim) => claim.id),
  };
}

/**
 * Claims → facts. Claims of one series key join when their periods are the same (period.ts), their
 * values one figure (value.ts) and their qualifiers compatible. An undated claim joins the
 * earliest-reported dated fact of the same figure, else the other undated claims of that figure.
 * Rejected claims are left out.
 */
export function buildFacts(
  claims: readonly StoredClaim[],
  documents: ReadonlyMap<string, SourceDocument>,
  tolerance: number,
): Fact[] {
  const groups = new Map<string, StoredClaim[]>();
  for (const claim of claims) {
    if (claim.status === "rejected") continue;
    const withDate =
      claim.reported === null && documents.get(claim.documentId)?.published
        ? { ...claim, reported: documents.get(claim.documentId)!.published }
        : claim;
    const key = seriesKey(withDate);
    const group = groups.get(key);
    if (group) group.push(withDate);
    else groups.set(key, [withDate]);
  }
  const facts: Fact[] = [];
  for (const group of groups.values()) {
    group.sort(byReport);
    const drafts: Draft[] = [];
    const undated: StoredClaim[] = [];
    for (const claim of group) {
      const span = toPeriodSpan(claim.period);
      if (span.kind === "none") {
        undated.push(claim);
        continue;
      }
      const draft = drafts.find((d) => samePeriod(d.span, span) && accepts(d, claim, tolerance));
      if (draft) draft.claims.push(claim);
      else drafts.push({ anchor: claim, span, claims: [claim] });
    }
    const undatedDrafts: Draft[] = [];
    for (const claim of undated) {
      const draft =
        drafts.find((d) => accepts(d, claim, tolerance)) ??
        undatedDrafts.find((d) => accepts(d, claim, tolerance));
      if (draft) draft.claims.push(claim);
      else undatedDrafts.push({ anchor: claim, span: toPeriodSpan(null), claims: [claim] });
    }
    for (const draft of [...drafts, ...undatedDrafts]) facts.push(toFact(draft, documents));
  }
  return facts;
}
