import { formatDelta, formatPercent, type Issue } from "../core/index.js";
import type { ReviewEvent } from "../ledger/port.js";
import { isBefore } from "./dates.js";
import { qualifiersCompatible } from "./facts.js";
import { messages } from "./messages.js";
import { itemKey } from "./names.js";
import { comparableBuckets, pairKey } from "./pairs.js";
import { horizonsCompatible, monthOf, samePeriod } from "./period.js";
import type { DifferenceReason, Fact, Revision, RevisionRule } from "./types.js";
import { intervalOf, intervalsOverlap, isOrderOfMagnitude, sameFigure } from "./value.js";

/**
 * Automatic revisions, within facts of one entity, counterparty and unit:
 * - same_figure: same metric, item and period, compatible qualifiers, values that do not overlap, the
 *   later first report revising the latest earlier one;
 * - plan_replaced: a compute commitment and a compute spending target over compatible horizons, the
 *   later replacing the earlier (on the same report date, the commitment comes first);
 * - letter_of_intent_replaced: a letter of intent and a later deal of the same metric and item, by the
 *   deal's date (a level's month, else its first report).
 * Manual link_revision / unlink_revision events then override these, the last event on a pair winning.
 */

const PLAN_METRICS = new Set(["compute_commitment", "compute_spending_target"]);

function allCompatible(a: Fact, b: Fact): boolean {
  return a.qualifiers.every((qa) => b.qualifiers.every((qb) => qualifiersCompatible(qa, qb)));
}

function isLetterOfIntent(fact: Fact): boolean {
  return fact.qualifiers.includes("letter_of_intent");
}

/** When a deal stands: the month of a level, else the month of its first report. */
function dealMonth(fact: Fact): number | null {
  if (fact.periodSpan.kind === "level") return fact.periodSpan.endMonth;
  return monthOf(fact.firstReported, 1);
}

export function labelsFor(from: Fact, to: Fact): DifferenceReason[] {
  const labels: DifferenceReason[] = [];
  if (from.metric !== to.metric && PLAN_METRICS.has(from.metric) && PLAN_METRICS.has(to.metric))
    labels.push("commitment_vs_target");
  if (isLetterOfIntent(from) !== isLetterOfIntent(to)) labels.push("letter_of_intent_vs_deal");
  return labels;
}

const METRIC_WORDS: Record<string, string> = {
  compute_commitment: "commitment",
  compute_spending_target: "spending target",
};

function revisionText(from: Fact, to: Fact, rule: RevisionRule, delta: Revision["delta"]): string {
  const direction =
    delta === null
      ? "revised"
      : delta.absolute < 0
        ? "revised downward"
        : delta.absolute > 0
          ? "revised upward"
          : "restated";
  const change =
    delta === null
      ? ""
      : ` (${formatDelta(delta.absolute, to.unit)}${delta.relative === null ? "" : `, ${formatPercent(delta.relative, true)}`})`;
  const values = `${from.display} → ${to.display}${change}`;
  switch (rule) {
    case "plan_replaced":
      return `${METRIC_WORDS[from.metric] ?? from.metric} replaced by a ${METRIC_WORDS[to.metric] ?? to.metric}, ${direction}: ${values}`;
    case "letter_of_intent_replaced":
      return `letter of intent replaced by a ${to.qualifier} ${to.metric}, ${direction}: ${values}`;
    case "manual":
      return `linked by a reviewer, ${direction}: ${values}`;
    case "same_figure":
      return `${direction}: ${values}`;
  }
}

export function makeRevision(
  from: Fact,
  to: Fact,
  rule: RevisionRule,
  manual?: { actor: string; eventId: number; reason: string },
): Revision {
  const delta =
    from.point === null || to.point === null || from.unit !== to.unit
      ? null
      : {
          absolute: to.point - from.point,
          relative: from.point === 0 ? null : (to.point - from.point) / from.point,
        };
  const direction =
    delta === null ? "unknown" : delta.absolute < 0 ? "down" : delta.absolute > 0 ? "up" : "unchanged";
  const text = revisionText(from, to, rule, delta);
  return {
    id: `rev:${from.id}>${to.id}`,
    from,
    to,
    kind: manual ? "manual" : "auto",
    rule,
    direction,
    delta,
    reason: manual?.reason ? `${text} — ${manual.reason}` : text,
    labels: labelsFor(from, to),
    ...(manual ? { actor: manual.actor, eventId: manual.eventId } : {}),
  };
}

interface Candidate {
  from: Fact;
  to: Fact;
  rule: RevisionRule;
  /** Larger is nearer in time: the candidate kept per (to, rule) is the latest predecessor. */
  rank: number;
}

function candidatesIn(bucket: readonly Fact[], tolerance: number): Candidate[] {
  const found: Candidate[] = [];
  for (let i = 0; i < bucket.length; i++) {
    for (let j = 0; j < bucket.length; j++) {
      if (i === j) continue;
      const from = bucket[i]!;
      const to = bucket[j]!;
      if (from.unit !== to.unit || itemKey(from.item) !== itemKey(to.item)) continue;
      // A vague amount neither revises a figure nor is revised by one.
      if (isOrderOfMagnitude(from.value) || isOrderOfMagnitude(to.value)) continue;
      const fromReported = monthOf(from.firstReported, 1) ?? Number.NEGATIVE_INFINITY;
      if (from.metric === to.metric) {
        if (isLetterOfIntent(from) && !isLetterOfIntent(to)) {
          const fromMonth = dealMonth(from);
          const toMonth = dealMonth(to);
          if (fromMonth !== null && toMonth !== null && toMonth < fromMonth) continue;
          found.push({
            from,
            to,
            rule: "letter_of_intent_replaced",
            rank: fromMonth ?? Number.NEGATIVE_INFINITY,
          });
          continue;
        }
        if (
          isBefore(from.firstReported, to.firstReported) &&
          samePeriod(from.periodSpan, to.periodSpan) &&
          allCompatible(from, to) &&
          !intervalsOverlap(intervalOf(from.value), intervalOf(to.value), tolerance)
        ) {
          found.push({ from, to, rule: "same_figure", rank: fromReported });
        }
        continue;
      }
      if (!PLAN_METRICS.has(from.metric) || !PLAN_METRICS.has(to.metric)) continue;
      if (!horizonsCompatible(from.periodSpan, to.periodSpan) || sameFigure(from.value, to.value, tolerance))
        continue;
      const earlier =
        isBefore(from.firstReported, to.firstReported) ||
        (!isBefore(to.firstReported, from.firstReported) && from.metric === "compute_commitment");
      if (earlier) found.push({ from, to, rule: "plan_replaced", rank: fromReported });
    }
  }
  return found;
}

/** Keeps, for each later fact and rule, only the nearest earlier facts: a chain, not every pair. */
function nearest(candidates: Candidate[]): Candidate[] {
  const best = new Map<string, number>();
  for (const c of candidates) {
    const key = `${c.to.id}|${c.rule}`;
    best.set(key, Math.max(best.get(key) ?? Number.NEGATIVE_INFINITY, c.rank));
  }
  return candidates.filter((c) => c.rank === best.get(`${c.to.id}|${c.rule}`));
}

export function autoRevisions(
  facts: readonly Fact[],
  tolerance: number,
  buckets: readonly (readonly Fact[])[] = comparableBuckets(facts),
): Revision[] {
  const revisions: Revision[] = [];
  for (const bucket of buckets) {
    if (bucket.length < 2) continue;
    for (const c of nearest(candidatesIn(bucket, tolerance)))
      revisions.push(makeRevision(c.from, c.to, c.rule));
  }
  return revisions;
}

/**
 * Applies reviewers' link_revision / unlink_revision events in event order: the event's claim revises
 * `payload.target`. The last event on a pair of facts wins; a link replaces any automatic revision
 * between the two facts, an unlink removes every revision between them.
 */
export function applyReviewEvents(
  revisions: readonly Revision[],
  facts: readonly Fact[],
  events: readonly ReviewEvent[],
): { revisions: Revision[]; issues: Issue[] } {
  const issues: Issue[] = [];
  const ordered = events
    .filter((e) => e.action === "link_revision" || e.action === "unlink_revision")
    .sort((a, b) => a.id - b.id);
  if (ordered.length === 0) return { revisions: [...revisions], issues };
  const factOfClaim = new Map<string, Fact>();
  for (const fact of facts) for (const id of fact.claimIds) factOfClaim.set(id, fact);
  const decisions = new Map<string, { link: boolean; from: Fact; to: Fact; event: ReviewEvent }>();
  for (const event of ordered) {
    const target = event.payload.target;
    if (typeof target !== "string" || target.length === 0) {
      issues.push(messages.eventTargetMissing(event.id, event.claimId));
      continue;
    }
    const to = factOfClaim.get(event.claimId);
    const from = factOfClaim.get(target);
    if (!to || !from) {
      issues.push(messages.eventClaimUnknown(event.id, to ? target : event.claimId));
      continue;
    }
    if (to === from) {
      issues.push(messages.eventSameFact(event.id, event.claimId, target));
      continue;
    }
    decisions.set(pairKey(from, to), { link: event.action === "link_revision", from, to, event });
  }
  const kept = revisions.filter((r) => !decisions.has(pairKey(r.from, r.to)));
  for (const decision of decisions.values()) {
    if (!decision.link) continue;
    const { from, to, event } = decision;
    kept.push(
      makeRevision(from, to, "manual", { actor: event.actor, eventId: event.id, reason: event.reason }),
    );
  }
  return { revisions: kept, issues };
}
