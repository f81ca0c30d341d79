import { FrontierError } from "../core/index.js";
import { readSnapshot } from "../ledger/as-of.js";
import type { LedgerStore } from "../ledger/port.js";
import {
  CHECK_RULES,
  type CheckResult,
  type CheckRule,
  type Reconciliation,
  reconcile,
  runChecks,
  type SourceDocument,
  selectTimeline,
} from "../reconcile/index.js";

/** The ledger, reconciled: what timelines, conflicts, checks, charts and the report are drawn from. */
export interface LedgerView {
  reconciliation: Reconciliation;
  documents: SourceDocument[];
}

/**
 * Reads every claim (rejected ones left out), the review events and the documents, whole or as
 * known on `asOf`, and reconciles them.
 */
export async function readLedgerView(store: LedgerStore, asOf: string | null = null): Promise<LedgerView> {
  const { claims, events, documents: summaries } = await readSnapshot(store, asOf);
  const documents = summaries.map((d) => ({
    id: d.id,
    title: d.title,
    source: d.source,
    published: d.published,
    publishedConfidence: d.publishedConfidence,
  }));
  return { reconciliation: reconcile(claims, events, { documents }), documents };
}

/** An entity's series (of one metric, or all) with the revisions touching them; not found when it has none. */
export async function readTimeline(
  store: LedgerStore,
  request: { entity: string; metric?: string | undefined; asOf: string | null },
) {
  const { entity, metric, asOf } = request;
  const { reconciliation } = await readLedgerView(store, asOf);
  const { series, revisions } = selectTimeline(reconciliation, entity, metric);
  if (series.length === 0)
    throw new FrontierError(
      "not_found",
      `no facts about ${entity}${metric ? ` for ${metric}` : ""} in the ledger`,
    );
  return { entity, metric: metric ?? null, series, revisions };
}

/** Unexplained conflicts, explained differences, and the differences that rest on uncertain dates. */
export async function readConflicts(store: LedgerStore, asOf: string | null) {
  const { conflicts, explained, datesUncertain } = (await readLedgerView(store, asOf)).reconciliation;
  return { conflicts, explained, datesUncertain };
}

/** The check rules `id` names (all of them when absent); an empty list for an unknown id. */
export function checkRulesNamed(id: string | undefined): readonly CheckRule[] {
  return id === undefined ? CHECK_RULES : CHECK_RULES.filter((rule) => rule.id === id);
}

export function unknownRuleMessage(id: string | undefined): string {
  return `unknown rule '${id}' (rules: ${CHECK_RULES.map((r) => r.id).join(", ")})`;
}

/** The arithmetic checks over the ledger's facts, whole or as known on `asOf`. */
export async function readChecks(
  store: LedgerStore,
  rules: readonly CheckRule[],
  asOf: string | null,
): Promise<CheckResult[]> {
  return runChecks((await readLedgerView(store, asOf)).reconciliation.facts, rules);
}
