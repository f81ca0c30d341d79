import { hasMatch } from "../patterns.js";
import { findTimeMentions, type TimeMention } from "../periods.js";
import { FOUNDING_LEAD } from "./period-leads.js";

/** Words that point back to a date given before: "alors", "à l'époque", "at the time", "back then", "then valued". */
const BACK_TO_DATE =
  /(?<!\p{L})(?:alors|à\s+l['’]époque|à\s+cette\s+(?:date|occasion|époque)|at\s+the\s+time|back\s+then|at\s+that\s+(?:time|point)|by\s+then|then\s+(?:valued|worth))(?!\p{L})/iu;

/**
 * "The start-up, then valued at $5 billion, is now in talks", « La start-up, valorisée alors 5 milliards,
 * discute aujourd'hui »: the figure's own clause points back to a date given before, so a date in a later
 * clause is not its own.
 */
export function clausePointsBack(text: string, clauseStart: number, figureStart: number): boolean {
  return hasMatch(BACK_TO_DATE, text.slice(Math.max(clauseStart, figureStart - 40), figureStart));
}

/**
 * A deal or a round stated as done: "raised", "poured", "pulled in", "was valued", "a levé", "a récolté",
 * "avait été valorisée"; not
 * a total up to now ("has invested a total of").
 */
const PAST_DEAL_VERB =
  /(?<!\b(?:has|have|having)\s+(?:\p{L}+\s+)?)\b(?:raised|closed|secured|invested|poured|pumped|injected|landed|bagged|pulled\s+in|took\s+in|(?:was|were|had\s+been)\s+valued)\b|(?<!\p{L})(?:a|avait|ont|avaient)\s+(?:(?:alors|déjà)\s+)?(?:levé|bouclé|investi|injecté|obtenu|récolté|engrangé|apporté|misé|été\s+valorisée?s?)(?!\p{L})|(?<!\p{L})valorisai(?:t|ent)(?!\p{L})/iu;

/** A pledge still to be paid: "will invest", "is to provide", "investira", "va apporter". */
const FUTURE_PLEDGE =
  /\b(?:will|would|is\s+to|are\s+to|(?:is|are)\s+set\s+to)\s+(?:\p{L}+\s+)?(?:invest|put|provide|contribute|commit|inject|pour)\b|(?<!\p{L})(?:(?:investi|apporte|injecte|engage)(?:ra|ront)|(?:va|vont)\s+(?:investir|apporter|injecter|engager))(?!\p{L})/iu;

/** An agreement stated as made: "agreed to back", "signed a deal", "ont accepté de", "se sont engagés à". */
const AGREEMENT_MADE =
  /\b(?:agreed|signed|struck|reached|sealed|inked)\b|(?<!\p{L})(?:(?:a|ont|avait|avaient)\s+(?:accepté|signé|conclu|scellé|convenu)|(?:s['’]est|se\s+sont)\s+engagée?s?)(?!\p{L})/iu;

/** How far before the sentence the date it points back to may stand: about two sentences. */
const REACH = 400;

/** Where a sentence keeps the last date of the REACH characters before it, once read: the same for all its figures. */
export interface DateBeforeMemo {
  dateBefore: TimeMention | null | undefined;
}

/** The last date given between `from` and `to`, if any, that is neither a horizon nor counted from another. */
function lastDateBefore(
  text: string,
  from: number,
  to: number,
  published: string,
  fiscalEnd: number | null,
): TimeMention | null {
  return (
    findTimeMentions(text.slice(from, to), published, from, fiscalEnd)
      .filter((t) => !t.horizon && !t.fromPublication && !t.counted && !t.unresolved && t.asOf !== null)
      .at(-1) ?? null
  );
}

/**
 * The sentence a date stands in, up to `limit`: an agreement dated there ("In October, Amazon agreed to
 * back Cohere") is the one a later pledge carries out; one told in a later, undated sentence is not.
 */
function sentenceAround(text: string, start: number, end: number, limit: number): string {
  const opening = Math.max(text.lastIndexOf(". ", start), text.lastIndexOf("\n", start)) + 1;
  const stop = text.slice(end, limit).search(/[.!?](?:\s|$)/u);
  return text.slice(opening, stop < 0 ? limit : end + stop);
}

/**
 * The date a figure with none of its own takes from the text before it, when its sentence points back
 * ("Elle avait alors levé 750 millions", "at the time") or, for a level, states a deal as done ("It raised
 * $750 million at an $18.4 billion valuation" after "closed its previous round in December"): the latest
 * date the last sentences gave, if over by publication and not a founding date; else undefined.
 */
export function earlierDateOf(
  text: string,
  sentence: { start: number; end: number },
  figureStart: number,
  level: boolean,
  published: string | null,
  fiscalEnd: number | null,
  memo: DateBeforeMemo,
): TimeMention | undefined {
  if (!published || published.length < 7) return undefined;
  const clause = text.slice(sentence.start, figureStart);
  const pledge = level && hasMatch(FUTURE_PLEDGE, clause);
  if (!hasMatch(BACK_TO_DATE, clause) && !(level && hasMatch(PAST_DEAL_VERB, clause)) && !pledge)
    return undefined;
  const from = Math.max(0, sentence.start - REACH);
  if (memo.dateBefore === undefined)
    memo.dateBefore = lastDateBefore(text, from, sentence.start, published, fiscalEnd);
  const date = memo.dateBefore;
  // Over by publication: "2025" in a November 2025 text is not.
  const end = date?.flow?.end ?? date?.asOf;
  if (!date?.asOf || !end || end.slice(0, 7) >= published.slice(0, 7)) return undefined;
  // A pledge to come takes the date of the agreement it carries out, told just before with its date.
  if (pledge && !hasMatch(BACK_TO_DATE, clause) && !hasMatch(PAST_DEAL_VERB, clause)) {
    if (!hasMatch(AGREEMENT_MADE, sentenceAround(text, date.start, date.end, sentence.start)))
      return undefined;
  }
  if (FOUNDING_LEAD.test(text.slice(Math.max(from, date.start - 60), date.start))) return undefined;
  return date;
}
