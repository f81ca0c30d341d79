import { MILESTONE_PROJECTED_FOR } from "../lexicon.js";
import type { QuantityMention } from "../numbers/types.js";
import { hasMatch } from "../patterns.js";
import type { TimeMention } from "../periods.js";

/** How far before its date the milestone and its participle may begin. */
const REACH = 80;

/** A clause break between the figure and the date: the date stands in a clause of its own. */
const CLAUSE_BREAK = /[,;–—]|\s(?:and|et|mais|but|while|alors\s+que)\s/u;

/**
 * "operating margin sits near 18 % for now, with profitability expected in 2029",
 * « sa marge brute atteint 35 %, l'équilibre étant attendu en 2029 »: a later clause that dates a
 * milestone of its own (breakeven, profitability, a listing) dates that milestone, not the figure.
 */
export function datesLaterMilestone(text: string, q: QuantityMention, t: TimeMention): boolean {
  if (t.start < q.span.end) return false;
  const gap = text.slice(q.span.end, t.start);
  if (!CLAUSE_BREAK.test(gap)) return false;
  return hasMatch(MILESTONE_PROJECTED_FOR, text.slice(Math.max(q.span.end, t.start - REACH), t.start));
}
