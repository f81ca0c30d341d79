import { PRESENT_WORTH_VERB } from "../lexicon.js";
import type { QuantityMention } from "../numbers/types.js";
import type { TimeMention } from "../periods.js";

/** "… and is valued at", « … et est valorisée »: a clause joined to the one before, whose verb is the present worth. */
const JOINED_PRESENT_WORTH = new RegExp(
  String.raw`(?:\band|(?<!\p{L})et)\s+(?:(?:it|she|he|elle|il)\s+)?(?:${PRESENT_WORTH_VERB.source})[^.;]{0,25}$`,
  "iu",
);

/**
 * "Poolside raised $500 million last year and is valued at $3 billion", « a levé 450 millions l'année
 * dernière et est valorisée 5 milliards »: the date of the past clause dates the raise; the worth the
 * joined clause tells in the present is the company's now (CLAIMS.md §5: the publication date).
 */
export function datesPastClauseBeforePresentWorth(text: string, q: QuantityMention, t: TimeMention): boolean {
  if (t.end > q.span.start) return false;
  const gap = text.slice(t.end, q.span.start);
  return !/[.;]/u.test(gap) && JOINED_PRESENT_WORTH.test(gap);
}
