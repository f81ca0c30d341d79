import type { LedgerStore } from "../ledger/port.js";
import { reconcile } from "../reconcile/reconcile.js";
import type { Reconciliation, SourceDocument } from "../reconcile/types.js";

/** The ledger, reconciled: what the timeline, commitments and the report's evidence are drawn from. */
export interface LedgerView {
  reconciliation: Reconciliation;
  documents: SourceDocument[];
}

/** Reads every claim (rejected ones left out), the review events and the documents, and reconciles them. */
export async function readLedgerView(store: LedgerStore): Promise<LedgerView> {
  const [claims, events, summaries] = await Promise.all([
    store.listClaims(),
    store.listReviewEvents(),
    store.listDocuments(),
  ]);
  const documents = summaries.map((d) => ({
    id: d.id,
    title: d.title,
    source: d.source,
    published: d.published,
  }));
  return { reconciliation: reconcile(claims, events, { documents }), documents };
}
