import type { LedgerStore } from "../ledger/index.js";
import type { Reconciliation } from "../reconcile/index.js";
import { readLedgerView } from "../report/chart-data.js";

/** The ledger reconciled, whole or as known on `asOf`: the shared first step of timeline, conflicts and check. */
export async function reconcileLedger(
  store: LedgerStore,
  asOf: string | null = null,
): Promise<Reconciliation> {
  return (await readLedgerView(store, asOf)).reconciliation;
}
