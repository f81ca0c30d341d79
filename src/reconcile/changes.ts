import type { StoredClaim } from "../ledger/port.js";
import { runChecks } from "./checks/index.js";
import type {
  CheckResult,
  CheckStatus,
  Conflict,
  ExplainedDifference,
  Reconciliation,
  Revision,
  UncertainDates,
} from "./types.js";

/**
 * What changed between two views of the ledger (before and after a date, or without and with a
 * document): new claims, figures revised, conflicts opened, explained or closed, dates left
 * uncertain, and checks whose status moved. Pure: fed two reconciliations and their claims.
 */

export interface LedgerSide {
  claims: readonly StoredClaim[];
  reconciliation: Reconciliation;
}

export interface ClaimAdded {
  id: string;
  documentId: string;
  reported: string | null;
  entity: string;
  counterparty: string | null;
  metric: string;
  value: StoredClaim["value"];
  unit: string;
  period: StoredClaim["period"];
  qualifier: string;
  quote: string;
}

export interface ConflictSettled {
  conflict: Conflict;
  /** explained: the pair now measures different things; revised: a revision now links it; closed: one side is gone or they agree. */
  how: "explained" | "revised" | "closed";
  /** The explanation or revision text, when there is one. */
  text: string | null;
}

export interface CheckChange {
  rule: string;
  subject: string;
  before: CheckStatus | null;
  after: CheckStatus | null;
  arithmetic: string;
}

export interface LedgerChanges {
  newClaims: ClaimAdded[];
  revisions: Revision[];
  conflictsOpened: Conflict[];
  conflictsSettled: ConflictSettled[];
  explained: ExplainedDifference[];
  datesUncertain: UncertainDates[];
  checks: CheckChange[];
}

export function ledgerChanges(before: LedgerSide, after: LedgerSide): LedgerChanges {
  const known = new Set(before.claims.map((c) => c.id));
  const was = before.reconciliation;
  const now = after.reconciliation;
  return {
    newClaims: after.claims.filter((c) => !known.has(c.id) && c.status !== "rejected").map(claimAdded),
    revisions: added(was.revisions, now.revisions),
    conflictsOpened: added(was.conflicts, now.conflicts),
    conflictsSettled: removed(was.conflicts, now.conflicts).map((c) => settled(c, now)),
    explained: added(was.explained, now.explained),
    datesUncertain: added(was.datesUncertain, now.datesUncertain),
    checks: checkChanges(runChecks(was.facts), runChecks(now.facts)),
  };
}

/** True when nothing moved. */
export function isUnchanged(changes: LedgerChanges): boolean {
  return Object.values(changes).every((list) => (list as unknown[]).length === 0);
}

function added<T extends { id: string }>(before: readonly T[], after: readonly T[]): T[] {
  const ids = new Set(before.map((x) => x.id));
  return after.filter((x) => !ids.has(x.id));
}

function removed<T extends { id: string }>(before: readonly T[], after: readonly T[]): T[] {
  return added(after, before);
}

function samePair(a: { id: string }, b: { id: string }, x: { id: string }, y: { id: string }): boolean {
  return (a.id === x.id && b.id === y.id) || (a.id === y.id && b.id === x.id);
}

function settled(conflict: Conflict, now: Reconciliation): ConflictSettled {
  const explanation = now.explained.find((e) => samePair(e.a, e.b, conflict.a, conflict.b));
  if (explanation) return { conflict, how: "explained", text: explanation.text };
  const revision = now.revisions.find((r) => samePair(r.from, r.to, conflict.a, conflict.b));
  if (revision) return { conflict, how: "revised", text: revision.reason };
  return { conflict, how: "closed", text: null };
}

function checkChanges(before: readonly CheckResult[], after: readonly CheckResult[]): CheckChange[] {
  const key = (c: CheckResult) => `${c.rule}|${c.subject}`;
  const was = new Map(before.map((c) => [key(c), c]));
  const changes: CheckChange[] = [];
  for (const check of after) {
    const previous = was.get(key(check));
    was.delete(key(check));
    if (previous?.status === check.status) continue;
    changes.push({
      rule: check.rule,
      subject: check.subject,
      before: previous?.status ?? null,
      after: check.status,
      arithmetic: check.arithmetic,
    });
  }
  for (const gone of was.values())
    changes.push({
      rule: gone.rule,
      subject: gone.subject,
      before: gone.status,
      after: null,
      arithmetic: gone.arithmetic,
    });
  return changes;
}

function claimAdded(claim: StoredClaim): ClaimAdded {
  return {
    id: claim.id,
    documentId: claim.documentId,
    reported: claim.reported,
    entity: claim.entity,
    counterparty: claim.counterparty,
    metric: claim.metric,
    value: claim.value,
    unit: claim.unit,
    period: claim.period,
    qualifier: claim.qualifier,
    quote: claim.quote,
  };
}
