import { DEFAULT_VALUE_TOLERANCE } from "../core/index.js";
import type { ReviewEvent, StoredClaim } from "../ledger/port.js";
import { classifyPairs } from "./differences.js";
import { buildFacts } from "./facts.js";
import { comparableBuckets } from "./pairs.js";
import { applyReviewEvents, autoRevisions } from "./revisions.js";
import { buildSeries, compareFacts } from "./series.js";
import type { ReconcileOptions, Reconciliation, SourceDocument } from "./types.js";
import { setAsideUncertainDates } from "./uncertain-dates.js";

const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * Claims and review events → facts, series, revisions, explained differences and conflicts.
 *
 * @example
 * const { facts, revisions, conflicts } = reconcile(await store.listClaims(), await store.listReviewEvents(), {
 *   documents: await store.listDocuments(),
 * });
 */
export function reconcile(
  claims: readonly StoredClaim[],
  events: readonly ReviewEvent[] = [],
  options: ReconcileOptions = {},
): Reconciliation {
  const tolerance = options.tolerance ?? DEFAULT_VALUE_TOLERANCE;
  const documents = new Map<string, SourceDocument>((options.documents ?? []).map((d) => [d.id, d]));
  const facts = buildFacts(claims, documents, tolerance).sort(compareFacts);
  const buckets = comparableBuckets(facts);
  const applied = applyReviewEvents(autoRevisions(facts, tolerance, buckets), facts, events);
  const classified = classifyPairs(facts, applied.revisions, tolerance, buckets);
  const { revisions, conflicts, datesUncertain } = setAsideUncertainDates(
    applied.revisions,
    classified.conflicts,
  );
  return {
    facts,
    series: buildSeries(facts),
    revisions: revisions.sort(byId),
    explained: classified.explained.sort(byId),
    conflicts: conflicts.sort(byId),
    datesUncertain: datesUncertain.sort(byId),
    issues: applied.issues,
  };
}
