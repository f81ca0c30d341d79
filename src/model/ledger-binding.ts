import { type DealGraph, roundVendorInvestments } from "../graph/index.js";
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
  const read = () => {
    graph ??= readDealGraph(store, asOf === null ? {} : { asOf });
    return graph;
  };
  const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();
  const edges = async (from: string, to: string) =>
    (await read()).edges.filter((e) => same(e.from, from) && same(e.to, to));
  const vendorFunding = async (company: string) => {
    const deals = await read();
    const named = deals.parties.find((p) => same(p, company)) ?? company;
    return roundVendorInvestments(deals, named);
  };
  if (asOf === null)
    return {
      byId: (id) => store.getClaim(id),
      find: (entity, metric) => store.listClaims({ entity, metric }),
      document,
      edges,
      vendorFunding,
    };
  return {
    document,
    edges,
    vendorFunding,
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
