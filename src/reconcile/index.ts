/**
 * Reconcile: claims as the ledger holds them (StoredClaim[], with review events) in; facts, series,
 * revisions, explained differences and conflicts out, and arithmetic checks over the facts. A fact is
 * one figure reported by one or several documents; a series is every fact of one (entity, metric) in
 * the order of the period measured; a revision is a later report replacing an earlier figure (by rule,
 * or linked by a reviewer); an explained difference is a pair that only looks contradictory (run-rate
 * vs recognised revenue, commitment vs spending target, letter of intent vs deal, …); a conflict is
 * everything else that disagrees. Pure: no I/O, no clock.
 */

export {
  type CheckChange,
  type ClaimAdded,
  type ConflictSettled,
  isUnchanged,
  type LedgerChanges,
  type LedgerSide,
  ledgerChanges,
} from "./changes.js";
export { CHECK_RULES, type CheckRule, runChecks } from "./checks/index.js";
export { describeFact, describeSources } from "./pairs.js";
export {
  ASOF_MONTH_TOLERANCE,
  HORIZON_START_TOLERANCE,
  periodLabel,
  samePeriod,
  toPeriodSpan,
} from "./period.js";
export { reconcile } from "./reconcile.js";
export { selectTimeline } from "./select.js";
export type * from "./types.js";
