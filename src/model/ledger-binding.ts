import type { LedgerStore } from "../ledger/port.js";
import type { ClaimResolver } from "./bind.js";

/** The ledger as a claim resolver (edge): claims by id, or by entity and metric (bind.ts chooses). */
export function ledgerResolver(store: LedgerStore): ClaimResolver {
  return {
    byId: (id) => store.getClaim(id),
    find: (entity, metric) => store.listClaims({ entity, metric }),
  };
}
