import type { TimeMention } from "../periods.js";

/**
 * A horizon ("d'ici 2030", "through 2026", "over five years") standing in another clause is the
 * date of that clause's plan, not of a level stated beside it: in "Data4, which planned to build
 * 500 MW, will invest €5 billion by 2030", the 500 MW is dated by the publication, not by 2030.
 * Flows and deal sizes add up over a horizon and may still read it, and so does a level whose clause
 * the horizon frames (it opens the sentence, or closes the list the level is in).
 */
export function horizonOfOtherClause(
  t: TimeMention,
  otherClause: boolean,
  cumulative: boolean,
  framesFigure = false,
): boolean {
  return !cumulative && otherClause && !framesFigure && (t.horizon || t.fromPublication === true);
}

/**
 * "By 2030, OpenAI wants 30 gigawatts", « D'ici 2030, le groupe veut disposer de 30 GW »: a horizon that
 * opens the sentence, set off by a comma, frames its main clause; it is no other clause's.
 */
export function horizonOpensSentence(text: string, sentenceStart: number, t: TimeMention): boolean {
  return (
    t.horizon &&
    /^[\s\p{Pd}•*«"“]*$/u.test(text.slice(sentenceStart, t.start)) &&
    /^\s*,/u.test(text.slice(t.end, t.end + 3))
  );
}

/**
 * A gap between a figure and the date after it broken only by an inserted attribution ("30 gigawatts online,
 * the company said on Tuesday, by 2030"; "30 gigawatts, a indiqué mardi l'entreprise, d'ici 2030"): the
 * insert does not end the clause, so the date is the figure's own.
 */
const ATTRIBUTION_INSERT =
  /^[^,;:.()]*,\s*(?:[^,;:.()]{0,40}?\s)?(?:said|says|told\s+[^,;:.()]{1,30}|added|according\s+to\s+[^,;:.()]{1,40}|(?<!\p{L})(?:a|ont)\s+(?:indiqué|annoncé|déclaré|précisé|affirmé|ajouté|expliqué|assuré)|(?<!\p{L})(?:indique|précise|explique|affirme|selon\s+[^,;:.()]{1,40}))(?:\s+[^,;:.()]{0,30})?,\s*$/iu;

export function onlyAttributionBetween(gap: string): boolean {
  return gap.length <= 160 && ATTRIBUTION_INSERT.test(gap);
}
