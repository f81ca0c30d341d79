import type { Reconciliation } from "../reconcile/types.js";
import {
  commitmentsFromReconciliation,
  reportSources,
  timelineFromReconciliation,
} from "./from-reconcile.js";
import type { CommitmentsInput, TimelineInput } from "./inputs.js";
import type { ReportSource } from "./report-types.js";

/** Metrics whose series a report draws as timelines, when the ledger has them. */
const TIMELINE_METRICS = ["compute_commitment", "revenue", "revenue_run_rate", "cash_burn"];

/**
 * The report's evidence part from a reconciled ledger (pure): timelines of the entity's key
 * metrics (those with at least two figures), its commitments by counterparty, and the sources.
 * `entity` defaults to the entity with the most facts.
 */
export function ledgerReportParts(
  reconciliation: Reconciliation,
  documents: readonly { id: string; title: string; source: string; published: string | null }[],
  entity?: string,
): {
  entity: string | null;
  timelines: TimelineInput[];
  commitments: CommitmentsInput | null;
  sources: ReportSource[];
} {
  const counts = new Map<string, number>();
  for (const fact of reconciliation.facts) counts.set(fact.entity, (counts.get(fact.entity) ?? 0) + 1);
  const main =
    entity ?? [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? null;
  if (main === null)
    return { entity: null, timelines: [], commitments: null, sources: reportSources(documents) };
  const timelines = TIMELINE_METRICS.map((metric) =>
    timelineFromReconciliation(reconciliation, main, metric),
  ).filter((t): t is TimelineInput => t !== null && t.facts.length >= 2);
  const commitments = commitmentsFromReconciliation(reconciliation, main);
  return {
    entity: main,
    timelines,
    commitments: commitments.rows.length > 0 ? commitments : null,
    sources: reportSources(documents),
  };
}
