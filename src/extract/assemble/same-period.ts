import type { Period } from "../../core/index.js";
import { optionalHedge, SAME_PERIOD } from "../lexicon.js";

/** "the same period last year", "la même période de l'an dernier": the earlier figure's period, a year back. */
const A_YEAR_BACK =
  /^\s*,?\s*(?:of\s+|de\s+|d['’]\s*)?(?:last\s+year|the\s+(?:previous|prior)\s+year|a\s+year\s+(?:earlier|ago|before)|l['’]an(?:née)?\s+(?:dernière?|passée?|précédente)|l['’]an\s+dernier|un\s+an\s+(?:plus\s+tôt|auparavant))\b/iu;

/** "the year-ago period", "the prior-year quarter": a span that is itself a year back. */
const YEAR_AGO_SPAN = /\b(?:year[-\s]ago|year[-\s]earlier|prior[-\s]year)\b/iu;

const BASE_OF_COMPARISON =
  /(?:\b(?:from|versus|vs\.?|than|compared\s+(?:with|to)|against)|(?<!\p{L})(?:par\s+rapport\s+(?:à|a)|comparé\s+à|en\s+comparaison\s+de))\s*$/iu;

const SAME_PERIOD_ANYWHERE = new RegExp(SAME_PERIOD.source, "giu");

/**
 * How many years a figure's period lies from the previous figure's when "the same period last year"
 * links them: -1 when the words follow the figure ("$130 million in the same period last year"), +1
 * for the figure they are contrasted with ("from $130 million in the same period last year to $310
 * million"), 0 when the same period is meant.
 */
export function samePeriodShift(
  text: string,
  scopeStart: number,
  figure: { start: number; end: number },
  sentenceEnd: number,
): number {
  SAME_PERIOD_ANYWHERE.lastIndex = scopeStart;
  const m = SAME_PERIOD_ANYWHERE.exec(text);
  if (!m || m.index > Math.min(figure.end + 60, sentenceEnd)) return 0;
  const end = m.index + m[0].length;
  if (!YEAR_AGO_SPAN.test(m[0]) && !A_YEAR_BACK.test(text.slice(end, sentenceEnd))) return 0;
  // "up 14% from the same period last year": the base of a growth, not a figure of that period.
  if (BASE_OF_COMPARISON.test(text.slice(Math.max(scopeStart, m.index - 25), m.index))) return 0;
  return m.index >= figure.end ? -1 : 1;
}

/** "the same period in 2024", « la même période de 2025 »: the year the same span is taken in. */
const NAMED_YEAR_AFTER = /^\s*,?\s*(?:in|of|de|en)\s+((?:19|20)\d{2})(?!\d)/iu;

/**
 * How many years the "same period" words put a figure from the previous figure's period when they
 * name the year ("from $31 million in the first nine months of 2024 to $7.8 million during the same
 * period in 2025"): 0 when no year is named or it is the previous figure's own.
 */
export function samePeriodNamedYear(
  text: string,
  scopeStart: number,
  figure: { start: number; end: number },
  sentenceEnd: number,
  previous: Period,
): number {
  SAME_PERIOD_ANYWHERE.lastIndex = scopeStart;
  const m = SAME_PERIOD_ANYWHERE.exec(text);
  if (!m || m.index > Math.min(figure.end + 60, sentenceEnd)) return 0;
  // "up 40% to $3 billion, compared with the same period in 2024": the year of the base, not the figure's.
  if (BASE_OF_COMPARISON.test(text.slice(Math.max(scopeStart, m.index - 25), m.index))) return 0;
  const named = NAMED_YEAR_AFTER.exec(text.slice(m.index + m[0].length, sentenceEnd));
  const previousEnd = "asOf" in previous ? previous.asOf : (previous.end ?? previous.start);
  if (!named || !previousEnd) return 0;
  return Number(named[1]) - Number(previousEnd.slice(0, 4));
}

const shiftDate = (date: string | null, years: number) =>
  date === null ? null : `${Number(date.slice(0, 4)) + years}${date.slice(4)}`;

/** A period moved by whole years (a 29 February that moves stays a valid month end only in leap years). */
export function shiftPeriod(period: Period, years: number): Period {
  if ("asOf" in period) return { asOf: shiftDate(period.asOf, years)! };
  const end = shiftDate(period.end, years);
  return {
    start: shiftDate(period.start, years),
    end: end?.endsWith("-02-29") ? `${end.slice(0, 8)}28` : end,
  };
}

/** "un an plus tôt", "a year earlier", "the same period": dates that set a figure against an earlier one. */
const EARLIER_FOR_COMPARISON =
  /\b(?:un\s+an\s+(?:plus\s+tôt|auparavant)|il\s+y\s+a\s+un\s+an|a\s+year\s+(?:earlier|ago|before)|(?:la\s+)?même\s+période|the\s+same\s+period)\b/iu;

/**
 * Whether a figure is dated only to be set against a later one: its period is no paragraph's, so
 * the next undated flow does not take it ("Un an plus tôt, il avait réalisé 35 milliards.").
 */
export function datedForComparison(text: string, timeAt: { start: number; end: number } | null): boolean {
  return timeAt !== null && EARLIER_FOR_COMPARISON.test(text.slice(timeAt.start, timeAt.end));
}

/** A date a year back from a figure's: "a year earlier", "last year", "un an plus tôt", "l'an dernier". */
const YEAR_BACK_DATE =
  /^(?:a\s+year\s+(?:earlier|ago|before)|last\s+year|the\s+(?:previous|prior)\s+year|un\s+an\s+(?:plus\s+tôt|auparavant)|il\s+y\s+a\s+un\s+an|l['’]an\s+(?:dernier|passé)|l['’]année\s+(?:dernière|passée|précédente))$/iu;

/** What sets a figure against the one before it: "from", "compared to", "contre". */
const SET_AGAINST_PREVIOUS = new RegExp(
  String.raw`(?:\b(?:from|against|versus|vs\.?|compared\s+(?:with|to))|(?<!\p{L})(?:contre|par\s+rapport\s+(?:à|aux?)|comparé\s+à))\s+(?:(?:a|an|the)\s+(?:\p{L}+\s+){0,2}(?:of\s+)?)?${optionalHedge(["approx"])}\S{0,3}$`,
  "iu",
);

/**
 * A figure set against the previous one and dated "a year earlier" ("revenue of $1.36 billion in the
 * three months to September, from $584 million a year earlier") is of the previous figure's period a
 * year back, a quarter for a quarter; `previous` is the sentence's latest figure of the same metric and
 * owner. Null when the figure is not so set or the previous one is undated.
 */
export function previousPeriodYearBack(
  text: string,
  date: { start: number; end: number },
  figure: { start: number; end: number },
  previous: { q: { span: { start: number; end: number } }; period: Period | null } | undefined,
): Period | null {
  if (!previous?.period || date.start < figure.end) return null;
  if (date.start - figure.end > 30 || /[.;:!?()]/u.test(text.slice(figure.end, date.start))) return null;
  if (!YEAR_BACK_DATE.test(text.slice(date.start, date.end))) return null;
  const between = text.slice(previous.q.span.end, figure.start);
  if (between.length > 120 || !SET_AGAINST_PREVIOUS.test(between)) return null;
  return shiftPeriod(previous.period, -1);
}
