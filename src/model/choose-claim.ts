import { type ClaimValue, type Period, periodYear, type Qualifier } from "../core/index.js";
import { claimMisfit } from "./claim-fit.js";
import type { LedgerRef } from "./types.js";

/**
 * Which ledger claim an input written `from: {entity, metric, period}` is bound to. Claims of the
 * entity and metric whose period falls in the year (and counterparty / qualifier when given),
 * never rejected ones, are candidates; a candidate whose unit or period does not fit the input
 * (claim-fit.ts) is refused, never converted. Among those that fit, by rule:
 * - default: reviewed (accepted or corrected) first, then the whole year before a part of it,
 *   then the most recently reported, then actual figures before plans, then the id;
 * - latest_reported: the most recently reported, then reviewed first, actual before plans, the id;
 * - latest_accepted: reviewed claims only, the most recently reported first.
 */

export type ClaimStatus = "unreviewed" | "accepted" | "rejected" | "corrected";

/** A claim as a binding sees it (a ledger StoredClaim has these fields). */
export interface BindableClaim {
  id: string;
  entity: string;
  counterparty: string | null;
  metric: string;
  value: ClaimValue;
  unit: string;
  period: Period | null;
  qualifier: Qualifier;
  status: ClaimStatus;
  /** Publication date of the claim's document, ISO, or null. */
  reported: string | null;
  quote: string;
  /** Ledger document id. */
  document: string;
}

export interface ClaimRefusal {
  claim: BindableClaim;
  reason: string;
}

export interface ClaimChoice {
  claim: BindableClaim | null;
  /** Why this claim: the rule and what set it apart, for people reading the run. */
  why: string;
  /** Candidates whose unit or period does not fit the input. */
  refused: ClaimRefusal[];
}

const STATUS_RANK: Record<ClaimStatus, number> = { accepted: 0, corrected: 0, unreviewed: 1, rejected: 2 };

/** Actual figures before estimates, hearsay and plans when several claims fit one input. */
const QUALIFIER_RANK: Record<Qualifier, number> = {
  reported: 0,
  estimated: 1,
  rumoured: 2,
  commitment: 3,
  target: 4,
  letter_of_intent: 5,
};

const reviewed = (claim: BindableClaim) => claim.status === "accepted" || claim.status === "corrected";

/** 0 when the claim's period is the whole year asked for (or a level), 1 for a part of it. */
function periodFit(claim: BindableClaim, year: number): number {
  const period = claim.period;
  if (period === null || "asOf" in period) return 0;
  const whole = period.start?.startsWith(`${year}-01`) && period.end?.startsWith(`${year}-12`);
  return whole || period.start === null ? 0 : 1;
}

type Order = (a: BindableClaim, b: BindableClaim) => number;

const byStatus: Order = (a, b) => STATUS_RANK[a.status] - STATUS_RANK[b.status];
const byReported: Order = (a, b) => (b.reported ?? "").localeCompare(a.reported ?? "");
const byQualifier: Order = (a, b) => QUALIFIER_RANK[a.qualifier] - QUALIFIER_RANK[b.qualifier];
const byId: Order = (a, b) => a.id.localeCompare(b.id);

function orderFor(ref: LedgerRef): Order {
  const year = ref.period ?? 0;
  const byPeriod: Order = (a, b) => periodFit(a, year) - periodFit(b, year);
  const chain =
    ref.rule === undefined
      ? [byStatus, byPeriod, byReported, byQualifier, byId]
      : [byReported, byStatus, byPeriod, byQualifier, byId];
  return (a, b) => {
    for (const order of chain) {
      const d = order(a, b);
      if (d !== 0) return d;
    }
    return 0;
  };
}

const eq = (a: string | null | undefined, b: string) => (a ?? "").toLowerCase() === b.toLowerCase();

/** The claims the reference names (entity, metric, year, counterparty, qualifier, rule), unranked. */
export function candidateClaims(claims: readonly BindableClaim[], ref: LedgerRef): BindableClaim[] {
  return claims.filter(
    (c) =>
      c.status !== "rejected" &&
      (ref.entity === undefined || eq(c.entity, ref.entity)) &&
      (ref.metric === undefined || eq(c.metric, ref.metric)) &&
      (ref.period === undefined || periodYear(c.period) === ref.period) &&
      (ref.counterparty === undefined || eq(c.counterparty, ref.counterparty)) &&
      (ref.qualifier === undefined || eq(c.qualifier, ref.qualifier)) &&
      (ref.rule !== "latest_accepted" || reviewed(c)),
  );
}

function ruleText(ref: LedgerRef): string {
  if (ref.rule === "latest_reported") return "latest_reported (newest published first)";
  if (ref.rule === "latest_accepted") return "latest_accepted (reviewed only, newest published first)";
  return "the default rule (reviewed first, whole year, newest published, actual before plan)";
}

function describe(claim: BindableClaim): string {
  const status = reviewed(claim) ? claim.status : "unreviewed";
  return `${status}, ${claim.qualifier}, published ${claim.reported ?? "undated"}`;
}

/**
 * The claim bound to an input declared in `unit`: the first that fits by the reference's rule,
 * with the reason, and the candidates refused for their unit or period.
 */
export function chooseClaim(claims: readonly BindableClaim[], ref: LedgerRef, unit: string): ClaimChoice {
  const refused: ClaimRefusal[] = [];
  const fitting: BindableClaim[] = [];
  for (const claim of candidateClaims(claims, ref)) {
    const reason = claimMisfit(unit, claim.unit, claim.period);
    if (reason === null) fitting.push(claim);
    else refused.push({ claim, reason });
  }
  fitting.sort(orderFor(ref));
  const claim = fitting[0] ?? null;
  if (!claim) return { claim, why: "", refused };
  const others = fitting.length - 1;
  const why = `${describe(claim)}; ${others === 0 ? "the only claim that fits" : `first of ${fitting.length} that fit by ${ruleText(ref)}`}${refused.length > 0 ? `; ${refused.length} refused for unit or period` : ""}`;
  return { claim, why, refused };
}
