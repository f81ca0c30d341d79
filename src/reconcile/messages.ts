import type { Issue } from "../core/index.js";

/** The catalog of reconcile's issues: review events that cannot be applied. */

function eventIssue(code: string, message: string): Issue {
  return { code, message, severity: "warning", location: { kind: "none" } };
}

export const messages = {
  eventTargetMissing: (eventId: number, claimId: string): Issue =>
    eventIssue(
      "revision_target_missing",
      `review event ${eventId} on claim ${claimId} names no target claim (payload.target)`,
    ),
  eventClaimUnknown: (eventId: number, claimId: string): Issue =>
    eventIssue(
      "revision_claim_unknown",
      `review event ${eventId} names claim ${claimId}, which is not among the claims reconciled (rejected or absent)`,
    ),
  eventSameFact: (eventId: number, claimId: string, target: string): Issue =>
    eventIssue(
      "revision_same_fact",
      `review event ${eventId} links claims ${claimId} and ${target}, which report one figure: nothing to revise`,
    ),
};
