import { readSnapshot } from "../ledger/as-of.js";
import type { LedgerStore } from "../ledger/port.js";
import { reconcile } from "../reconcile/reconcile.js";
import type { Reconciliation, SourceDocument } from "../reconcile/types.js";

/** The ledger, reconciled: what the timeline, commitments and the report's evidence are drawn from. */
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
