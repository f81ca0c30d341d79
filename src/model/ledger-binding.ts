import type { DealGraph } from "../graph/index.js";
import { readSnapshot } from "../ledger/as-of.js";
import type { LedgerStore, StoredClaim } from "../ledger/port.js";
import { readDealGraph } from "../report/deal-graph-data.js";
import { type ClaimResolver, citedDocument, claimListResolver } from "./bind.js";
import type { CitedDocument } from "./types.js";

/**
 * The ledger as a claim resolver (edge): claims by id, or by entity and metric (bind.ts chooses);
 * the ledger whole, or as it was known on `asOf` (ledger/as-of.ts).
 */
export function ledgerResolver(store: LedgerStore, asOf: string | null = null): ClaimResolver {
  const document = async (id: string): Promise<CitedDocument | null> => {
    const found = await store.getDocument(id);
    return found ? citedDocument(found) : null;
  };
  let graph: Promise<DealGraph> | null = null;
  const edges = async (from: string, to: string) => {
    graph ??= readDealGraph(store, asOf === null ? {} : { asOf });
    const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();
    return (await graph).edges.filter((e) => same(e.from, from) && same(e.to, to));
  };
  if (asOf === null)
    return {
      byId: (id) => store.getClaim(id),
      find: (entity, metric) => store.listClaims({ entity, metric }),
      document,
      edges,
    };
  return {
    document,
    edges,
    byId: async (id) => {
      const claim = await store.getClaim(id);
      if (!claim) return null;
      const filter = { documentId: claim.documentId, includeRejected: true };
      return (await readSnapshot(store, asOf, filter)).claims.find((c) => c.id === id) ?? null;
    },
    find: async (entity, metric) => (await readSnapshot(store, asOf, { entity, metric })).claims,
  };
}

/** Binds to claims already read (a snapshot of the ledger, before or after a change). */
export function claimsResolver(claims: readonly StoredClaim[]): ClaimResolver {
  return claimListResolver(claims);
}
