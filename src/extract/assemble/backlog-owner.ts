/**
 * A backlog, remaining performance obligations, « carnet de commandes »: the orders customers have
 * booked with a seller, counted by the seller (CLAIMS.md §6: contracted revenue not yet recognised is
 * the seller's compute_commitment, with no counterparty). The buyers' commitments it sums are theirs,
 * the total is not.
 */
import { CONTRACTED_REVENUE } from "../lexicon.js";
import { metricIs } from "../metrics.js";
import type { DocumentReading, FigureReading } from "./types.js";

/** How far the backlog's noun may stand from its amount: "a backlog of $73 billion", "the $625B commercial RPO". */
const NOUN_REACH = 40;

/** "45% of the $625 billion RPO (~$280 billion)": a part of the backlog restated in brackets after a share of it. */
const PART_IN_BRACKETS = /\d\s*%\s*(?:of|de|du|des|d['’])(?![\p{L}])[^()]*\(\s*[~≈]?\s*$/iu;

/** Whether the figure is the amount of a backlog its own sentence names right beside it. */
export function isBacklogAmount(text: string, f: FigureReading): boolean {
  const { metric, metricAt } = f.candidate;
  if (!metric || !metricIs(metric, "computeDeal") || !metricAt) return false;
  const { start, end } = f.q.span;
  const gap = metricAt.start >= end ? metricAt.start - end : start - metricAt.end;
  if (gap < 0 || gap > NOUN_REACH || !CONTRACTED_REVENUE.test(text.slice(metricAt.start, metricAt.end)))
    return false;
  return !PART_IN_BRACKETS.test(text.slice(f.clauseStart, start));
}

/**
 * "OpenAI represents 45% of Microsoft's $625 billion commercial RPO", « OpenAI pèse 45 % du carnet
 * de commandes de 455 milliards d'Oracle »: a model developer named as the subject buys from the
 * seller; the backlog's total stays the seller's, the counterparty read beside it.
 */
export function reviseBacklogOwner(r: DocumentReading, f: FigureReading): void {
  const { candidate, rules } = f;
  const { entity, counterparty } = candidate;
  if (!entity || !counterparty || !isBacklogAmount(r.text, f)) return;
  const { roles } = r.gazetteer;
  if (
    roles.get(entity) !== "developer" ||
    counterparty.includes("+") ||
    roles.get(counterparty) === "developer"
  )
    return;
  candidate.entity = counterparty;
  candidate.entityAt = candidate.counterpartyAt;
  candidate.counterparty = null;
  candidate.counterpartyAt = null;
  rules.push(`roles: a backlog is its seller's, not its buyer ${entity}'s → ${counterparty}`);
}
