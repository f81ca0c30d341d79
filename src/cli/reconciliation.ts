import type { LedgerStore } from "../ledger/index.js";
import { type Reconciliation, reconcile } from "../reconcile/index.js";

/** Everything the ledger holds, reconciled: the shared first step of timeline, conflicts and check. */
export async function reconcileLedger(store: LedgerStore): Promise<Reconciliation> {
  const [claims, events, documents] = await Promise.all([
    store.listClaims(),
    store.listReviewEvents(),
    store.listDocuments(),
  ]);
  return reconcile(claims, events, { documents });
}
