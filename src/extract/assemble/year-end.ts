import { FUTURE_TENSE } from "../lexicon.js";
import { hasMatch } from "../patterns.js";
import type { TimeMention } from "../periods.js";

/** "at the end of the year", "at year-end", « à la fin de l'année », « en fin d'année » with no year written. */
const YEAR_END =
  /^(?:at\s+(?:the\s+)?end\s+of\s+the\s+year|at\s+year[-\s]end|(?:à\s+la|en)\s+fin\s+(?:de\s+l['’]année|d['’]année))$/iu;

/** A state or a result told as past: "had", "stood at", "ended", « comptait », « disposait », « a atteint ». */
const STATED_AS_PAST =
  /\b(?:had|held|was|were|counted|stood|reached|ended|finished|closed|totall?ed|numbered|exceeded|surpassed|topped|reported|recorded|posted)\b|(?<!\p{L})\p{L}{2,}(?<!r)(?:ait|aient)(?!\p{L})|(?<!\p{L})(?:a|ont|avait|avaient)\s+(?:\p{L}+\s+)?\p{L}{2,}(?:é|ée|és|ées|i|is|it|u|us|int)(?!\p{L})/iu;

/** A plan, a forecast or a conditional: the year-end is the one ahead. */
const AHEAD =
  /\b(?:expect\p{L}*|forecast\p{L}*|plan\p{L}*|aim\p{L}*|target\p{L}*|intend\p{L}*|could|should|may|might)\b|(?<!\p{L})(?:prévo\p{L}*|prévision\p{L}*|objectif\p{L}*|vis(?:e|ent|ait|aient)|table\s+sur|espère|\p{L}{2,}(?:rait|raient))(?!\p{L})/iu;

/**
 * "Mistral had 2,000 customers at the end of the year", « à la fin de l'année, la société comptait 2 000
 * clients »: a year-end told as past is the last one over by publication, not the one ahead. Returns
 * the number of years to shift, 0 or -1.
 */
export function yearEndStatedAsPast(
  text: string,
  sentence: { start: number; end: number },
  t: TimeMention,
  published: string | null,
): 0 | -1 {
  if (!published || !YEAR_END.test(text.slice(t.start, t.end))) return 0;
  const body = text.slice(sentence.start, sentence.end);
  if (hasMatch(FUTURE_TENSE, body) || hasMatch(AHEAD, body)) return 0;
  return hasMatch(STATED_AS_PAST, body) ? -1 : 0;
}
