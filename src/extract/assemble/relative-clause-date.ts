import type { QuantityMention } from "../numbers/types.js";
import type { TimeMention } from "../periods.js";

/** A relative pronoun opening a clause: « qui », « dont », « lequel », "which", "who", "whose". */
const RELATIVE_PRONOUN =
  /(?<!\p{L})(?:qui|dont|lequel|laquelle|lesquels|lesquelles|which|who|whose)(?!\p{L})/giu;

/**
 * What may stand between a figure and a relative clause that still describes the figure: its unit and
 * a short complement ("100 MW, qui", "$15 billion of capex, which", "3 milliards d'euros d'investissements, qui").
 */
const FIGURE_PHRASE = /^\s*(?:(?:de|d['’]|du|des|of|in|en)\s*(?:[\p{L}\p{N}'’-]+\s*){0,3})?,?\s*$/u;

/** A verb in a past tense: "a inauguré", "avait ouvert", "fut", "opened", "was built", "had bought". */
const PAST_TENSE =
  /(?<!\p{L})(?:a|ont|avait|avaient|eut|eurent)\s+(?:\p{L}+\s+)?\p{L}{2,}(?:é|ée|és|ées|i|is|u|it|ert)(?!\p{L})|(?<!\p{L})(?:était|étaient|fut|furent)(?!\p{L})|\b(?:was|were|had|has|have)\b|\b\p{L}{3,}ed\b|\b(?:bought|built|sold|won|began|took|made|paid|raised)\b/iu;

/**
 * "Equinix louera 100 MW à Anthropic dans son campus, a annoncé l'opérateur, qui a inauguré le site en
 * 2023", "a campus leased to Oracle by Stack, which bought the land in 2024": a date in a past-tense
 * relative clause about a later noun (the operator, the site, the land) tells that noun's history,
 * not the figure's date.
 */
export function datesOtherNounHistory(text: string, q: QuantityMention, t: TimeMention): boolean {
  if (t.start < q.span.end) return false;
  const gap = text.slice(q.span.end, t.start);
  if (/[;:!?()]|\.\s/u.test(gap)) return false;
  let pronoun: RegExpExecArray | null = null;
  RELATIVE_PRONOUN.lastIndex = 0;
  for (let m = RELATIVE_PRONOUN.exec(gap); m; m = RELATIVE_PRONOUN.exec(gap)) pronoun = m;
  if (!pronoun) return false;
  if (FIGURE_PHRASE.test(gap.slice(0, pronoun.index))) return false;
  return PAST_TENSE.test(gap.slice(pronoun.index + pronoun[0].length));
}
