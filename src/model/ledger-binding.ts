import { periodYear } from "../core/index.js";
import type { LedgerStore, StoredClaim } from "../ledger/port.js";
import type { ClaimInput, ClaimResolver } from "./bind.js";
import type { LedgerRefSpec } from "./schema.js";

/**
 * The ledger as a claim resolver (edge): claims of the entity and metric whose period falls in the
 * requested year (and counterparty / qualifier when given); reviewed-accepted or corrected claims
 * first, then the most recently reported, then the claim id for a stable choice.
 */

const STATUS_RANK: Record<StoredClaim["status"], number> = {
  accepted: 0,
  corrected: 0,
  unreviewed: 1,
  rejected: 2,
};

export function pickClaim(claims: StoredClaim[], ref: LedgerRefSpec): StoredClaim | null {
  const eq = (a: string | null | undefined, b: string) => (a ?? "").toLowerCase() === b.toLowerCase();
  const candidates = claims.filter(
    (c) =>
      c.status !== "rejected" &&
      periodYear(c.period) === ref.period &&
      (ref.counterparty === undefined || eq(c.counterparty, ref.counterparty)) &&
      (ref.qualifier === undefined || eq(c.qualifier, ref.qualifier)),
  );
  candidates.sort(
    (a, b) =>
      STATUS_RANK[a.status] - STATUS_RANK[b.status] ||
      (b.reported ?? "").localeCompare(a.reported ?? "") ||
      a.id.localeCompare(b.id),
  );
  return candidates[0] ?? null;
}

export function ledgerResolver(store: LedgerStore): ClaimResolver {
  return async (ref): Promise<ClaimInput | null> => {
    const claims = await store.listClaims({ entity: ref.entity, metric: ref.metric });
    const claim = pickClaim(claims, ref);
    if (!claim) return null;
    return {
      value: claim.value,
      unit: claim.unit,
      claimIds: [claim.id],
      quote: claim.quote,
      document: claim.documentId,
    };
  };
}
