import type { Period } from "../../core/index.js";
import { DEAL_STARTS_IN_YEAR, DEAL_TOLD_BEFORE } from "../lexicon.js";

/** How far after the sentence the one that dates the deal's start may run. */
const NEXT_SENTENCE_REACH = 240;

/**
 * "a $200 billion contract over five years. The deal, which takes effect in 2028, …", « un contrat … sur
 * cinq ans. Cet accord, qui entrera en vigueur en 2028, … »: a term the sentence gives no start for runs
 * from the year the next sentence, opening on that deal, says it starts (2028-01-01..2032-12-31), not
 * from publication. `term` is the term as counted from publication.
 */
export function termStartedNextSentence(text: string, sentenceEnd: number, term: Period): Period | null {
  if (!("start" in term) || !term.start || !term.end) return null;
  const after = text.slice(sentenceEnd, sentenceEnd + NEXT_SENTENCE_REACH).replace(/^[.!?]/u, "");
  const stop = after.search(/[.!?](?:\s|$)/u);
  const next = stop < 0 ? after : after.slice(0, stop);
  if (!DEAL_TOLD_BEFORE.test(next)) return null;
  const year = Number(DEAL_STARTS_IN_YEAR.exec(next)?.[1]);
  const years = Number(term.end.slice(0, 4)) - Number(term.start.slice(0, 4));
  if (!year || years <= 0) return null;
  return { start: `${year}-01-01`, end: `${year + years - 1}-12-31` };
}
