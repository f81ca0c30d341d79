import type { Period } from "../../core/index.js";
import { DEAL_STARTS_IN_YEAR, DEAL_TOLD_BEFORE } from "../lexicon.js";
import { findTimeMentions } from "../periods.js";

/** How far after the sentence the one that dates the deal's start may run. */
const NEXT_SENTENCE_REACH = 240;

/** The sentence after `sentenceEnd` and where it opens, when it opens on the deal just told. */
function nextSentenceOnDeal(text: string, sentenceEnd: number): { next: string; opening: number } | null {
  const opening = sentenceEnd + (/^[.!?]/u.test(text.slice(sentenceEnd, sentenceEnd + 1)) ? 1 : 0);
  const after = text.slice(opening, opening + NEXT_SENTENCE_REACH);
  const stop = after.search(/[.!?](?:\s|$)/u);
  const next = stop < 0 ? after : after.slice(0, stop);
  return DEAL_TOLD_BEFORE.test(next) ? { next, opening } : null;
}

/**
 * "a $200 billion contract over five years. The deal, which takes effect in 2028, …", « un contrat … sur
 * cinq ans. Ce contrat entrera en vigueur en 2028 … »: a term the sentence gives no start for runs
 * from the year the next sentence, opening on that deal, says it starts (2028-01-01..2032-12-31), not
 * from publication. `term` is the term as counted from publication.
 */
export function termStartedNextSentence(text: string, sentenceEnd: number, term: Period): Period | null {
  if (!("start" in term) || !term.start || !term.end) return null;
  const next = nextSentenceOnDeal(text, sentenceEnd)?.next;
  if (next === undefined) return null;
  const year = Number(DEAL_STARTS_IN_YEAR.exec(next)?.[1]);
  const years = Number(term.end.slice(0, 4)) - Number(term.start.slice(0, 4));
  if (!year || years <= 0) return null;
  return { start: `${year}-01-01`, end: `${year + years - 1}-12-31` };
}

/** Words that make a date the end of a term: "through April 2032", "until 2030", « jusqu'en avril 2032 ». */
const TERM_END_BEFORE = /(?:\b(?:through|until|till)|(?<!\p{L})jusqu['’](?:en|à|au)?)\s*$/iu;

/**
 * "Lambda disclosed an order from Dell worth $1.8 billion. Under that agreement, Dell buys its
 * unused capacity through April 2032", « … Ce contrat court jusqu'en avril 2032 »: a deal's size with no
 * date of its own runs from publication to the end of the term the next sentence, opening on that deal,
 * gives; null when it gives none.
 */
export function termEndedNextSentence(
  text: string,
  sentenceEnd: number,
  published: string | null,
  asOf: string,
): Period | null {
  const found = nextSentenceOnDeal(text, sentenceEnd);
  if (!found) return null;
  const { next, opening } = found;
  const end = findTimeMentions(next, published, opening).find(
    (t) =>
      !t.horizon &&
      t.asOf !== null &&
      TERM_END_BEFORE.test(text.slice(Math.max(opening, t.start - 14), t.start)),
  )?.asOf;
  return end && end.slice(0, 7) > asOf ? { start: asOf, end } : null;
}
