import { firstMatch } from "../patterns.js";

/**
 * What may stand between a figure and the head of its own phrase: a few words with no punctuation,
 * conjunction, preposition of another clause or auxiliary ("$125 billion full-year projection", "an
 * initial $2 billion target", "$90 billion 2026 capex guidance", « 20 milliards d'euros prévues »).
 */
const OWN_PHRASE_GAP =
  /^\s*(?:(?!(?:and|et|or|ou|but|mais|after|après|before|avant|while|with|avec|as|which|that|qui|que|then|puis|is|are|was|were|will|would|has|have|had|est|sont|sera|a|ont|to)\s)[\p{L}\p{N}'’-]+\s+){0,3}$/iu;

/**
 * The first word of `pattern` in a figure's scope that is not the head of the previous figure's phrase.
 * A scope that starts where the previous figure ends may open with that figure's own plan word ("a $40
 * billion forecast for next year, up from this year's $31 billion", "beyond a first $6 billion goal
 * and values the company at"): the word qualifies the previous figure, not the later one, which may still
 * share it when joined to it with no verb of its own (sharedQualifier).
 */
export function cueAfterPreviousFigure(
  pattern: RegExp,
  scope: string,
  opensAtPrevious: boolean,
): RegExpExecArray | null {
  const m = firstMatch(pattern, scope);
  if (!m || !opensAtPrevious || !OWN_PHRASE_GAP.test(scope.slice(0, m.index))) return m;
  const from = m.index + m[0].length;
  const later = firstMatch(pattern, scope.slice(from));
  if (!later) return null;
  later.index += from;
  return later;
}
