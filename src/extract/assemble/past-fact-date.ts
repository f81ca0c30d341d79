import type { Period } from "../../core/index.js";
import type { QuantityMention } from "../numbers/types.js";
import { hasMatch } from "../patterns.js";
import { quarterBeforePublication, type TimeMention } from "../periods.js";

/**
 * A verb in the past stating what a flow came to: "revenue rose 20% to", "a progressé de", "was",
 * "generated"; not "was expected", "were forecast", which state a forecast made in the past.
 */
const PAST_FACT_VERB =
  /\b(?:rose|grew|climbed|jumped|surged|soared|increased|fell|dropped|declined|reached|totall?ed|(?:was|were)(?!\s+(?:(?:then|now|previously|originally|initially)\s+)?(?:expected|forecast|projected|anticipated|estimated|predicted|seen|set|slated|due|likely|guided|poised|targeted)\b)|generated|posted|booked|earned|recorded|burned|burnt|spent|lost)\b|(?<!\p{L})(?:a|ont)\s+(?:progressé|augmenté|bondi|grimpé|crû|atteint|reculé|baissé|chuté|totalisé|réalisé|généré|enregistré|dégagé|affiché|engrangé|brûlé|dépensé|perdu|consommé)(?!\p{L})/iu;

/** How far before the figure its verb is looked for: "AWS revenue rose 20% to $33 billion". */
const VERB_REACH = 50;

/**
 * A date in another clause that is not over by publication cannot date a figure its own clause states
 * as done: in "with more planned for 2026, while AWS revenue rose 20% to $33 billion", 2026 is the plan's.
 */
export function pastFactDatedElsewhere(
  text: string,
  q: QuantityMention,
  t: TimeMention,
  otherClause: boolean,
  published: string | null,
  sentenceStart: number,
): boolean {
  // "For the year, Mistral generated €300 million": a date opening the sentence frames all its clauses.
  if (!otherClause || !published || /^\s*(?:\p{L}+\s+)?$/u.test(text.slice(sentenceStart, t.start)))
    return false;
  const end = t.flow?.end ?? t.asOf;
  if (!end || end.slice(0, 7) < published.slice(0, 7)) return false;
  const from = Math.max(t.end <= q.span.start ? t.end : 0, q.span.start - VERB_REACH);
  const before = text.slice(from, q.span.start);
  const verb = PAST_FACT_VERB.exec(before);
  // "shares jumped 13% after announcing a $14 billion deal": the verb states the other figure.
  if (verb === null) return false;
  const after = before.slice(verb.index + verb[0].length);
  // "rose 20% to $33 billion" is one fact: the rate leads to the amount.
  return !/\d/u.test(after) || /\s(?:to|à)\s+(?:(?:about|nearly|some|environ|près\s+de)\s+)?$/iu.test(after);
}

/** The year-month `months` months before a date written "YYYY-MM" or "YYYY-MM-DD". */
function monthsBefore(date: string, months: number): string {
  const at = Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1 - months;
  return `${Math.floor(at / 12)}-${String((at % 12) + 1).padStart(2, "0")}`;
}

/** "lors du précédent trimestre", "in the prior quarter": a quarter already reported, named after the figure. */
const EARLIER_QUARTER_AFTER =
  /^[^.;\d]{0,30}?(?:\b(?:previous|prior|preceding)\s+quarter\b|(?<!\p{L})(?:précédent\s+trimestre|trimestre\s+précédent)(?!\p{L}))/iu;

/**
 * "fell 12% from the prior quarter", « en recul de 12 % par rapport au trimestre précédent »: the earlier
 * quarter is the base the change is measured from, not the quarter the figure is of.
 */
const EARLIER_QUARTER_AS_BASE =
  /^[^.;\d]{0,30}?(?:\b(?:from|over|versus|vs\.?|compared\s+(?:with|to))\s+the\s+(?:previous|prior|preceding)\s+quarter\b|(?<!\p{L})(?:par\s+rapport\s+au|sur\s+le)\s+(?:précédent\s+trimestre|trimestre\s+précédent)(?!\p{L}))/iu;

/**
 * A flow its clause states as done, with no date but its verb or an earlier quarter, in a report
 * published in a year's first quarter: no result of that year is out yet, so it is the last quarter
 * completed, the previous year's fourth ("Cloud revenue rose 48%" in early 2026 → Q4 2025), or on a
 * known fiscal calendar the last fiscal quarter (a year ending in January: November to January); a figure
 * set against the previous quarter ("contre 19 % lors du précédent trimestre") the quarter before it;
 * null otherwise.
 */
export function pastResultBeforeYear(
  text: string,
  sentenceStart: number,
  q: QuantityMention,
  published: string | null,
  fiscalEnd: number | null,
): Period | null {
  if (!published || published.length < 7 || Number(published.slice(5, 7)) > 3) return null;
  const verb = hasMatch(
    PAST_FACT_VERB,
    text.slice(Math.max(sentenceStart, q.span.start - VERB_REACH), q.span.start),
  );
  // "contre 17 % lors du précédent trimestre": the quarter before the one just reported.
  const after = text.slice(q.span.end, q.span.end + 60);
  const earlier = EARLIER_QUARTER_AFTER.test(after) && !EARLIER_QUARTER_AS_BASE.test(after);
  if (!verb && !earlier) return null;
  return quarterBeforePublication(earlier ? monthsBefore(published, 3) : published, fiscalEnd);
}

/** The start of a month, as "YYYY-MM", of a date written "YYYY", "YYYY-MM" or "YYYY-MM-DD". */
const monthOf = (date: string) => date.slice(0, 7);

/**
 * A half or quarter named without its year, not over by publication, cannot be the period of a result
 * its clause states as done: "generated €100 million in the first half", "a réalisé … au premier
 * semestre" in March 2026 are the first half of 2025. Returns that period a year back, else null.
 */
export function pastResultOfYearlessPart(
  text: string,
  sentenceStart: number,
  q: QuantityMention,
  t: TimeMention,
  published: string | null,
): Period | null {
  const flow = t.flow;
  if (!t.yearless || !published || published.length < 7 || !flow?.start || !flow.end) return null;
  if (monthOf(flow.end) < monthOf(published)) return null;
  const from = Math.max(sentenceStart, Math.min(q.span.start, t.start) - VERB_REACH);
  if (!hasMatch(PAST_FACT_VERB, text.slice(from, q.span.start))) return null;
  const back = (date: string) => `${Number(date.slice(0, 4)) - 1}${date.slice(4)}`;
  const end = back(flow.end);
  return { start: back(flow.start), end: end.endsWith("-02-29") ? `${end.slice(0, 8)}28` : end };
}

/** "this year", "cette année" on their own: the calendar year of publication. */
const THIS_YEAR = /^(?:this\s+year|cette\s+année)$/iu;

/** A speaker's own past: "we spent", "we invested", "we signed", "nous avons investi". */
const FIRST_PERSON_PAST =
  /\b(?:we|our)\b[^.;:!?]{0,40}\b(?:rose|grew|reached|totall?ed|was|were|generated|posted|booked|earned|recorded|spent|invested|signed|added|delivered|returned|raised|closed|deployed|brought\s+in)\b|(?<!\p{L})(?:nous\s+avons|notre|nos)(?!\p{L})[^.;:!?]{0,40}(?<!\p{L})(?:investi|dépensé|réalisé|généré|signé|ajouté|livré|atteint|progressé|augmenté|totalisé|été)(?!\p{L})/iu;

/**
 * "this year" that a speaker states as done in the first quarter of a year ("We invested $91 billion in
 * capital expenditures this year" on a call in February 2026): no such result of the new year is out, so
 * it is the year just reported, a year back. Returns the number of years to shift, 0 or -1.
 */
export function thisYearJustReported(
  text: string,
  sentence: { start: number; end: number },
  t: TimeMention,
  published: string | null,
  q: QuantityMention,
): 0 | -1 {
  if (!published || published.length < 7 || Number(published.slice(5, 7)) > 3) return 0;
  const timeText = text.slice(t.start, t.end);
  if (FULL_YEAR.test(timeText)) return wholeYearStatedAsDone(text, sentence, q) ? -1 : 0;
  if (!THIS_YEAR.test(timeText)) return 0;
  return hasMatch(FIRST_PERSON_PAST, text.slice(sentence.start, sentence.end)) ? -1 : 0;
}

/** "full-year", "for the year", "sur l'ensemble de l'année", « sur l'année »: a whole year, no year written. */
const FULL_YEAR =
  /^(?:full[-\s]year|(?:the\s+)?(?:full\s+)?year|(?:sur|pour|au\s+cours\s+de)\s+(?:l['’]ensemble\s+de\s+)?l['’]année)$/iu;

/** A result's verb in the third person: "reported", "posted", "a publié", besides the verbs of PAST_FACT_VERB. */
const REPORTED_VERB =
  /\b(?:reported|delivered|achieved|came\s+(?:to|in\s+at)|ended|finished)\b|(?<!\p{L})(?:a|ont)\s+(?:publié|annoncé|terminé|fini|clôturé)(?!\p{L})/iu;

/** Words of a plan or forecast: the whole year is then the one under way. */
const PLAN_WORD =
  /\b(?:expect\p{L}*|forecast\p{L}*|guid\p{L}*|outlook|project\p{L}*|target\p{L}*|plan\p{L}*|will|would|could|should|may|sees|anticipat\p{L}*|estimat\p{L}*)\b|(?<!\p{L})(?:prévo\p{L}*|prévision\p{L}*|objectif\p{L}*|anticip\p{L}*|table\s+sur|vise|devrai\p{L}*|pourrai\p{L}*|sera|seront|estim\p{L}*)(?!\p{L})/iu;

/**
 * "full-year revenue grew 36% to $122 billion", "reported $402.8 billion for the year" in a report of a
 * year's first quarter: a whole year stated as done cannot be the year under way, so it is the year
 * just reported; a plan or forecast in the sentence keeps the year under way.
 */
function wholeYearStatedAsDone(
  text: string,
  sentence: { start: number; end: number },
  q: QuantityMention,
): boolean {
  const body = text.slice(sentence.start, sentence.end);
  if (hasMatch(PLAN_WORD, body)) return false;
  const before = text.slice(sentence.start, q.span.start);
  return hasMatch(PAST_FACT_VERB, before) || hasMatch(REPORTED_VERB, before);
}
