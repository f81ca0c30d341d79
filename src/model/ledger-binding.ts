import { periodYear } from "../core/index.js";
import { readSnapshot } from "../ledger/as-of.js";
import type { LedgerStore, StoredClaim } from "../ledger/port.js";
import type { ClaimInput, ClaimResolver } from "./bind.js";
import type { LedgerRefSpec } from "./schema.js";

/**
 * The ledger as a claim resolver (edge): claims of the entity and metric whose period falls in the
 * requested year (and counterparty / qualifier when given); reviewed-accepted or corrected claims
 * first, then whole-year periods before parts of the year, then the most recently reported, then
 * actual figures before plans, then the claim id for a stable choice.
 */

const STATUS_RANK: Record<StoredClaim["status"], number> = {
  accepted: 0,
  corrected: 0,
  unreviewed: 1,
  rejected: 2,
};

/** Actual figures before estimates, hearsay and plans when several claims fit one input. */
const QUALIFIER_RANK: Record<StoredClaim["qualifier"], number> = {
  reported: 0,
  estimated: 1,
  rumoured: 2,
  commitment: 3,
  target: 4,
  letter_of_intent: 5,
};

/** 0 when the claim's period is the whole year asked for (or a level), 1 for a part of it (a half, a quarter). */
function periodFit(claim: StoredClaim, year: number): number {
  const period = claim.period;
  if (period === null || "asOf" in period) return 0;
  const whole = period.start?.startsWith(`${year}-01`) && period.end?.startsWith(`${year}-12`);
  return whole || period.start === null ? 0 : 1;
}

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
      periodFit(a, ref.period) - periodFit(b, ref.period) ||
      (b.reported ?? "").localeCompare(a.reported ?? "") ||
      QUALIFIER_RANK[a.qualifier] - QUALIFIER_RANK[b.qualifier] ||
      a.id.localeCompare(b.id),
  );
  return candidates[0] ?? null;
}

/** Binds to the ledger whole, or as it was known on `asOf` (ledger/as-of.ts). */
export function ledgerResolver(store: LedgerStore, asOf: string | null = null): ClaimResolver {
  return async (ref): Promise<ClaimInput | null> => {
    const { claims } = await readSnapshot(store, asOf, { entity: ref.entity, metric: ref.metric });
    return claimInput(pickClaim(claims, ref));
  };
}

/** Binds to claims already read (a snapshot of the ledger, before or after a change). */
export function claimsResolver(claims: readonly StoredClaim[]): ClaimResolver {
  return (ref) =>
    claimInput(
      pickClaim(
        claims.filter((c) => c.entity.toLowerCase() === ref.entity.toLowerCase() && c.metric === ref.metric),
        ref,
      ),
    );
}

function claimInput(claim: StoredClaim | null): ClaimInput | null {
  if (!claim) return null;
  return {
    value: claim.value,
    unit: claim.unit,
    claimIds: [claim.id],
    quote: claim.quote,
    document: claim.documentId,
  };
}
