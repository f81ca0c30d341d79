import { FLOW_METRICS, type Period } from "../../core/index.js";
import { optionalHedge, SAME_PERIOD } from "../lexicon.js";
import { extractMessages } from "../messages.js";
import { metricIs } from "../metrics.js";
import type { QuantityMention } from "../numbers/types.js";
import { mayMatch } from "../patterns.js";
import { CUMULATIVE_METRICS, periodFor, publicationAsOf, type TimeMention } from "../periods.js";
import { respectiveYear } from "./anchored-dates.js";
import { onlyAppositionBetween } from "./apposition-gap.js";
import { columnHeaderDate } from "./column-date.js";
import { comparedFigureOwning, figureFromDate, SAME_SPAN_BEFORE_DATE } from "./comparison-base.js";
import { signedWithTerm } from "./deal-term.js";
import { clausePointsBack, earlierDateOf } from "./earlier-date.js";
import { documentFiscalYearEnd } from "./fiscal-calendar.js";
import { horizonOfOtherClause, horizonOpensSentence, onlyAttributionBetween } from "./horizon-elsewhere.js";
import { listLeadDate } from "./list-lead-date.js";
import { conversionAfter } from "./metric.js";
import { datesLaterMilestone } from "./milestone-date.js";
import { paragraphHorizon } from "./paragraph-horizon.js";
import { paragraphFiscalYearEnd } from "./paragraph-quarter.js";
import {
  pastFactDatedElsewhere,
  pastResultBeforeYear,
  pastResultOfYearlessPart,
  thisYearJustReported,
} from "./past-fact-date.js";
import { datesChangeStart, datesFounding, startsChange } from "./period-leads.js";
import { datesPastClauseBeforePresentWorth } from "./present-worth-date.js";
import { datesOtherNounHistory } from "./relative-clause-date.js";
import { runRateAtQuarterEnd } from "./run-rate-at-quarter-end.js";
import { previousPeriodYearBack, samePeriodNamedYear, samePeriodShift, shiftPeriod } from "./same-period.js";
import { describeCandidates, type Features, rankOptions, type ScoredOption, type Weights } from "./scorer.js";
import { sectionHeadingDate } from "./section-date.js";
import { carriedSpendingYear } from "./spending-year.js";
import { termEndedNextSentence, termStartedNextSentence } from "./term-start-after.js";
import { testInSentence } from "./text.js";
import { type DocumentReading, type FigureReading, issue, type SentenceReading } from "./types.js";
import { isDealRevenue, programmeLaunchDate } from "./undated-totals.js";
import { yearEndStatedAsPast } from "./year-end.js";

/** Words before a date that make it an event's date on its own ("pas avant février 2027"), not the figure's. */
export const EVENT_DATE_LEAD =
  /\b(?:avant|before|au\s+plus\s+tôt|at\s+the\s+earliest|until|jusqu['’]en)\s+(?:\p{L}+\s+)?$/iu;

/** The preposition that makes a date the base of a comparison ("up 16% from a year earlier"). */
const COMPARISON_PREPOSITION =
  /(?:\b(?:from|than|over|on|versus|vs\.?|compared\s+(?:with|to)|against)|(?<!\p{L})(?:contre|par\s+rapport\s+(?:à|au|aux)|sur|que|qu['’]))\s*$/iu;

/** What makes a year written out the base of a comparison: "60 % de plus qu'en 2025", "par rapport à 2024", "than in 2025". */
const YEAR_BASE_LEAD =
  /(?:\bthan(?:\s+in)?|\bcompared\s+(?:with|to)(?:\s+in)?|\bversus|\bvs\.?|(?<!\p{L})(?:(?:plus|moins|davantage|autant)(?!\p{L})[^.;:]{0,25}?(?:qu['’](?:en)?|que(?:\s+en)?)|par\s+rapport\s+(?:à|au|aux)(?:\s+l['’](?:année|exercice))?|contre))\s*$/iu;

/** "compared with the same period in 2023", « par rapport à la même période de 2024 »: the span named before a base year. */
const SAME_SPAN_OF_YEAR =
  /(?:(?:the\s+)?same\s+(?:quarter|period|month|half|months)(?:\s+(?:of|in))?|(?:la\s+|le\s+)?(?:même\s+(?:période|trimestre|semestre|mois)|période\s+correspondante)(?:\s+(?:de|en|d['’]))?)\s*$/iu;

/**
 * A multiple of an earlier figure, its noun and the words up to the date: "double its valuation a year
 * ago", "three times its revenue of last year", « le double de sa valorisation d'il y a un an »,
 * « trois fois son chiffre d'affaires de l'an dernier ». The date is the earlier figure's, not this one's.
 */
const MULTIPLE_OF_BEFORE =
  /(?:\b(?:double|twice|triple|thrice|quadruple|half|\p{L}+fold|(?:two|three|four|five|ten|\d+)\s+times)|(?<!\p{L})(?:le\s+double|le\s+triple|la\s+moitié|(?:deux|trois|quatre|cinq|dix|\d+)\s+fois))\s+(?:(?:of|de|d['’])\s*)?(?:its|their|the|what|sa|son|ses|leurs?|la|le|les|l['’]|ce\s+qu)\s*(?:[\p{L}-]+(?:\s+|['’]\s*)){0,4}$/iu;

/** A date that is the base of a growth or comparison, not the figure's own period. */
export function isComparisonBase(text: string, sentenceStart: number, t: TimeMention): boolean {
  const words = text.slice(t.start, t.end);
  if (/^(?:(?:en|in)\s+)?\d{4}$/iu.test(words.trim()))
    return YEAR_BASE_LEAD.test(
      text.slice(Math.max(sentenceStart, t.start - 70), t.start).replace(SAME_SPAN_OF_YEAR, ""),
    );
  if (
    !/year|an\b|année|quarter|trimestre|period|période|ago|earlier|plus\s+tôt|dernier|dernière|précédent|previous|last|(?<!\p{L})[QTHS][1-4](?!\p{L})/iu.test(
      words,
    )
  )
    return false;
  if (MULTIPLE_OF_BEFORE.test(text.slice(Math.max(sentenceStart, t.start - 60), t.start))) return true;
  // "up 56% from the same quarter last year": the span named before the date is part of the base.
  const before = text
    .slice(Math.max(sentenceStart, t.start - 60), t.start)
    .replace(SAME_SPAN_BEFORE_DATE, "");
  return COMPARISON_PREPOSITION.test(before);
}

/** A participle of saying before a month: "35 milliards annoncés en septembre", "it had pencilled in in August". */
export const STATED_IN =
  /(?:\b(?:announced|pencilled|penciled|guided|forecast|projected|unveiled)(?:\s+in)?|(?<!\p{L})(?:annonc|prév|dévoil|anticip)(?:é|ée|és|ées|u|ue|us|ues))\s+(?:in|en)\s+$/iu;

/**
 * A month that dates when a spending or revenue figure was stated, not the span it covers ("its
 * full-year capex forecast of $50 billion, against $35 billion announced in September"); a deal's or
 * an investment's month stays its date.
 */
function isStatementMonth(
  text: string,
  sentenceStart: number,
  t: TimeMention,
  metric: string | null,
): boolean {
  if (metric === null || metric === "compute_commitment" || metric === "compute_spending_target")
    return false;
  const span = t.flow;
  if (!span?.start || !span.end || span.start.slice(0, 7) !== span.end.slice(0, 7)) return false;
  return STATED_IN.test(text.slice(Math.max(sentenceStart, t.start - 30), t.start + 3));
}

/** What a date is scored on for a figure: how far it stands, across a clause, a date for a flow. */
export type PeriodFeature =
  | "distance"
  | "otherClause"
  | "acrossSemicolon"
  | "dateForFlow"
  | "dateLabel"
  | "otherItem"
  | "otherFigure"
  | "yearsOfList";

/** What stands between the items of a list written on one line ("2022: $0.9 billion · 2023: …"). */
const LIST_SEPARATOR = /[·•|▪]|\s[-–—]\s/u;

/**
 * Set by hand, not fitted: the nearest date in the figure's clause, and across a comma before a
 * semicolon; a point date loses to a span for
 * a flow; a date that labels the figure ("2023: $3.1 billion") wins, one in another item of a list loses;
 * whole years counted from a date that close a list of as many figures are those figures' ("$70 billion and $50
 * billion of the previous two years").
 */
export const PERIOD_WEIGHTS: Weights<PeriodFeature> = {
  distance: -1,
  otherClause: -500,
  acrossSemicolon: -100,
  dateForFlow: -1000,
  dateLabel: 20,
  otherItem: -300,
  otherFigure: -100,
  yearsOfList: 200,
};

/** What may stand between a figure and the date that follows it as its own ("$3 billion in 2024"). */
const OWN_DATE_GAP = /^\s*,?\s*(?:(?:in|for|during|en|pour|au|à|sur)\s+)?(?:the\s+|le\s+|la\s+|l['’])?$/iu;

/**
 * A date written right after another figure of the sentence is that figure's: in "from $3 billion
 * in 2024 to $7 billion expected in 2025", "in 2024" is not the later figure's year.
 */
function followsOtherFigure(
  text: string,
  t: TimeMention,
  q: QuantityMention,
  sentenceQs: QuantityMention[],
): boolean {
  const conversion = conversionAfter(q, sentenceQs, text);
  return sentenceQs.some(
    (o) =>
      o !== q &&
      o !== conversion &&
      o.span.end <= t.start &&
      t.start - o.span.end <= 12 &&
      (OWN_DATE_GAP.test(text.slice(o.span.end, t.start)) || figureFromDate(text, o, t)),
  );
}

/**
 * A date written right after a later figure is that figure's, not an earlier one's, unless it closes
 * a list of like figures: in "narrowed to $110 million, against $360 million in the third quarter of
 * 2024", the quarter is the $360 million's.
 */
function ownedByLaterFigure(
  text: string,
  q: QuantityMention,
  t: TimeMention,
  sentenceQs: QuantityMention[],
): boolean {
  if (t.start < q.span.end || !followsOtherFigure(text, t, q, sentenceQs)) return false;
  const other = sentenceQs.find((o) => o !== q && o.span.start >= q.span.end && o.span.end <= t.start);
  if (other && other === amountReached(text, q, sentenceQs)) return false;
  const setAgainst = other !== undefined && SET_AGAINST.test(text.slice(q.span.end, other.span.start));
  return setAgainst || !closesList(text, q, t, sentenceQs);
}

/** What leads from a growth rate to the amount it reaches: "24% to nearly", "de 20 % à". */
const GROWTH_TO = new RegExp(String.raw`^\s*(?:to|à)\s+${optionalHedge(["approx"])}$`, "iu");

/** "rise 24% to nearly $550 billion next year": the amount a growth leads to, one fact with it. */
function amountReached(
  text: string,
  q: QuantityMention,
  sentenceQs: QuantityMention[],
): QuantityMention | undefined {
  if (q.unit !== "fraction") return undefined;
  const next = sentenceQs.find((o) => o !== q && o.span.start >= q.span.end);
  return next && GROWTH_TO.test(text.slice(q.span.end, next.span.start)) ? next : undefined;
}

/** What sets a later figure against the earlier one ("$110 million, against $360 million"). */
const SET_AGAINST =
  /(?:\bagainst|\bversus|\bvs\.?|\bcompared\s+(?:with|to)|\bfrom|(?<!\p{L})(?:contre|par\s+rapport\s+à|comparé\s+à))\s*$/iu;

/** Flows that, like yearly ones, are the publication year's when no date is given: spending and borrowing. */
const DATED_BY_PUBLICATION: ReadonlySet<string> = new Set(["capex", "capex_growth", "debt_issuance"]);

/** "6 GW, starting with 1 GW in 2026", "dont 1 GW dès 2026": the next figure is a part, not a list item. */
const PART_OF_PREVIOUS =
  /\b(?:starting|beginning|including|of\s+which|among\s+them|dont|notamment|y\s+compris|à\s+commencer\s+par|en\s+commençant\s+par)\b/iu;

/**
 * "$8 billion in 2025, before more than doubling to $17 billion in 2026", "puis à 7 milliards en 2026": the
 * next figure is a later step, so a date after it is not shared.
 */
const NEXT_STEP = /\b(?:before|after|then|later|puis|avant|après|ensuite)(?!\p{L})/iu;

/**
 * "more than $300 million and aims for $1 billion by the end of 2026", "et vise le milliard d'ici 2026":
 * the next figure has a verb of plan of its own, so its horizon is not the earlier figure's.
 */
const NEXT_PLAN_CLAUSE =
  /(?<!\p{L})(?:and|but|et|mais)\s+(?:now\s+|also\s+|still\s+|désormais\s+|aussi\s+|déjà\s+)?(?:aims?|targets?|expects?|plans?|hopes?|wants?|forecasts?|projects?|predicts?|sees|is\s+(?:aiming|targeting|expecting|planning)|will|would|could|vise|prévoit|ambitionne|espère|table|compte|entend|s['’]attend|anticipe|projette|promet|devrait|pourrait|veut|souhaite)(?!\p{L})/iu;

/**
 * A date that closes a list of like figures is each figure's: "$200 billion for Amazon, $185 billion
 * for Alphabet and $135 billion for Meta in 2026".
 */
function closesList(
  text: string,
  q: QuantityMention,
  t: TimeMention,
  sentenceQs: QuantityMention[],
): boolean {
  if (t.start < q.span.end || sentenceQs.some((o) => o.span.start >= t.end)) return false;
  const between = sentenceQs.filter((o) => o.span.start >= q.span.end && o.span.end <= t.start);
  if (between.length === 0) return false;
  let end = q.span.end;
  for (const o of between) {
    const gap = text.slice(end, o.span.start);
    if (
      // A year's horizon closes a list of objectives of any units: "1,5 GW et 1,2 million de GPU d'ici à 2030";
      // amounts whose unit is written once after them ("32, 73 et 144 milliards de dollars") are one list.
      (o.unit !== null && q.unit !== null && o.unit !== q.unit && !(t.horizon && !t.fromPublication)) ||
      gap.length > 40 ||
      /[.;:!?()]/u.test(gap) ||
      !/,|\bet\b|\band\b/u.test(gap) ||
      PART_OF_PREVIOUS.test(gap) ||
      NEXT_STEP.test(gap) ||
      NEXT_PLAN_CLAUSE.test(gap)
    )
      return false;
    end = o.span.end;
  }
  const tail = text.slice(end, t.start);
  return tail.length <= 30 && !/[.;:!?()]/u.test(tail);
}

/** What a date is scored on for one figure (PeriodFeature). */
function periodFeatures(
  text: string,
  s: SentenceReading,
  q: QuantityMention,
  qEnd: number,
  cumulative: boolean,
  t: TimeMention,
): Features<PeriodFeature> {
  const before = t.end <= q.span.start;
  const [gapStart, gapEnd] = before ? [t.end, q.span.start] : [qEnd, t.start];
  const gap = text.slice(gapStart, Math.max(gapStart, gapEnd));
  // "2023: $3.1 billion", "2025 (objectif) : 13 milliards": the colon that labels the figure with its
  // date, a short note on the date before it, is no clause break.
  const label = before && /^\s*(?:\([^()]{1,30}\)\s*)?:\s*$/u.test(gap);
  // "€20 billion ($21 billion) in France by 2030": the bracket the figure or its conversion closes opens no clause.
  const bracketClosed = before ? 0 : (/^\s*[)\]][\s)\]]*/u.exec(gap)?.[0].length ?? 0);
  const otherClause =
    !label &&
    s.index.breaks.within(gapStart + bracketClosed, gapEnd) &&
    !onlyAttributionBetween(gap) &&
    !(!before && onlyAppositionBetween(gap));
  return {
    distance: Math.max(0, gapEnd - gapStart),
    otherClause: otherClause ? 1 : 0,
    // A semicolon opens a clause of its own, further from the figure than a comma's.
    acrossSemicolon: gap.includes(";") ? 1 : 0,
    dateForFlow: cumulative && t.flow === null && !t.horizon ? 1 : 0,
    dateLabel: label ? 1 : 0,
    otherItem: LIST_SEPARATOR.test(gap) ? 1 : 0,
    // Across a clause break the date may be shared by an elliptical clause ("this year, and capex at …").
    otherFigure: !otherClause && followsOtherFigure(text, t, q, s.sentenceQs) ? 1 : 0,
    yearsOfList: respectiveYear(text, q, t, s.sentenceQs, true) ? 1 : 0,
  };
}

/** A date with another figure between it and `q`, or written right after one: that figure's date. */
function datesOtherFigure(text: string, s: SentenceReading, q: QuantityMention, t: TimeMention): boolean {
  const [from, to] = t.end <= q.span.start ? [t.end, q.span.start] : [q.span.end, t.start];
  const between = s.sentenceQs.some(
    (o) =>
      o !== q &&
      o.span.start >= from &&
      o.span.end <= to &&
      // The count of a term ("sur sept ans") is no figure.
      !s.times.some((d) => d.start <= o.span.start && o.span.end <= d.end),
  );
  return between || followsOtherFigure(text, t, q, s.sentenceQs);
}

/**
 * The term of a deal dated by the month it was signed (deal-term.ts). When the figure reads the
 * month, the term must stand in the figure's clause (a month opening the sentence dates its whole
 * clause); when it reads the term, the month may stand anywhere in the sentence or table row, in
 * another clause or cell ("Début novembre, il a chiffré les engagements à 1 400 milliards sur huit
 * ans", "| novembre 2025 | cloud, sur sept ans | 38 milliards |", "signed a $5 billion, four-year
 * contract in May"), unless it is another figure's date.
 */
function dealTerm(
  text: string,
  s: SentenceReading,
  q: QuantityMention,
  ranked: RankedTime[],
): { period: Period; date: TimeMention; words: string } | null {
  const inClause = (o: RankedTime) =>
    !o.features.otherClause || /^\s*$/u.test(text.slice(s.sentence.start, o.value.start));
  const top = ranked[0];
  if (!top) return null;
  const pairs: (readonly [date: RankedTime, term: RankedTime])[] = [
    ...(inClause(top) ? ranked.filter((t) => t !== top && inClause(t)).map((t) => [top, t] as const) : []),
    ...ranked
      .filter((d) => d !== top && ((inClause(d) && inClause(top)) || !datesOtherFigure(text, s, q, d.value)))
      .map((d) => [d, top] as const),
  ];
  for (const [date, term] of pairs) {
    const period = signedWithTerm(text, date.value, term.value);
    if (period)
      return { period, date: date.value, words: `"${text.slice(term.value.start, term.value.end)}"` };
  }
  return null;
}

/** Money that a deal or a plan spends over a term. */
const SPENT_OVER_TERM: ReadonlySet<string> = new Set(["USD", "EUR", "GBP"]);

/**
 * "invest $10 billion to deploy 500 megawatts over five years", "a $10 billion agreement to provide
 * 750 megawatts through 2028": a term after the deal's object (capacity, chips) is the amount's too,
 * when only such figures of another unit stand between them in one clause.
 */
function termAcrossObject(
  text: string,
  q: QuantityMention,
  t: TimeMention,
  sentenceQs: QuantityMention[],
): boolean {
  if (!SPENT_OVER_TERM.has(q.unit ?? "") || t.start < q.span.end || !(t.horizon || t.fromPublication))
    return false;
  if (/[.;:!?()]/u.test(text.slice(q.span.end, t.start)) || t.start - q.span.end > 120) return false;
  const between = sentenceQs.filter((o) => o.span.start >= q.span.end && o.span.end <= t.start);
  return (
    between.length > 0 &&
    between.every((o) => o.unit !== null && !SPENT_OVER_TERM.has(o.unit) && o.unit !== "fraction")
  );
}

/**
 * A date in a later clause that leads that clause's own figure is that figure's: in "capital
 * expenditures between $3 billion and $3.5 billion; the full-year revenue is expected at $4.9 billion",
 * "full-year" is not the $3 billion's, nor is 2025 the $15.2 billion's in "to $15.2B), raising 2025 capex
 * to ~$93B".
 */
function leadsLaterClauseFigure(
  text: string,
  s: SentenceReading,
  q: QuantityMention,
  t: TimeMention,
): boolean {
  if (t.start < q.span.end || !s.index.breaks.within(q.span.end, t.start)) return false;
  const next = s.sentenceQs.find((o) => o.span.start >= t.end);
  if (next === undefined || next.span.start - t.end > 80) return false;
  // After a semicolon a date opens the new clause, comma or not: "; en 2026, le groupe vise 5 milliards".
  const opensClause = /;\s*(?:\p{L}+\s+){0,2}$/u.test(text.slice(q.span.end, t.start));
  const gap = text.slice(t.end, next.span.start);
  return opensClause ? !/[.;:!?()]/u.test(gap) : !s.index.breaks.within(t.end, next.span.start);
}

/** The dates of the sentence a figure may read, ranked (those of events, comparison bases and later figures left out). */
function rankedTimes(
  r: DocumentReading,
  s: SentenceReading,
  f: FigureReading,
): { ranked: ScoredOption<TimeMention, PeriodFeature>[]; cumulative: boolean } {
  const { text } = r;
  const { sentence, sentenceQs, times, index } = s;
  const { q, candidate } = f;
  const metric = candidate.metric;
  const isFlow = metric !== null && FLOW_METRICS.has(metric);
  const firstQStart = sentenceQs[0]?.span.start ?? sentence.end;
  // A figure and its conversion into another currency read their dates as one: "$600 billion (€515 billion) through 2028".
  const qEnd = conversionAfter(q, sentenceQs, text)?.span.end ?? q.span.end;
  // A growth reads its dates as one with the amount it leads to: "rise 24% to $550 billion next year".
  const reachedEnd = amountReached(text, q, sentenceQs)?.span.end ?? qEnd;
  const usable = times.filter((t) => {
    // The figure itself never lies between it and a date.
    const from = t.start >= reachedEnd ? reachedEnd : qEnd;
    const crossing = index.quantities.anyWithin(Math.min(t.end, from), Math.max(t.start, q.span.start));
    // "a five-year, $11.9 billion agreement": a deal's term written around its amount is its own.
    const around = t.start <= q.span.start && t.end >= q.span.end;
    return (
      !crossing ||
      around ||
      t.end <= firstQStart ||
      closesList(text, q, t, sentenceQs) ||
      termAcrossObject(text, q, t, sentenceQs)
    );
  });
  const cumulative = isFlow || metric === "compute_spending_target" || metric === "compute_commitment";
  const ranked = rankOptions(
    usable
      .filter(
        (t) => !testInSentence(EVENT_DATE_LEAD, s, text, Math.max(sentence.start, t.start - 30), t.start),
      )
      .filter((t) => figureFromDate(text, q, t) || !isComparisonBase(text, sentence.start, t))
      .filter((t) => [q, undefined].includes(comparedFigureOwning(text, s, t)))
      .filter((t) => !(isFlow && isStatementMonth(text, sentence.start, t, metric)))
      .filter((t) => cumulative || !startsChange(text, s, t))
      .filter((t) => !datesFounding(text, s, t))
      .filter((t) => !datesOtherNounHistory(text, q, t))
      .filter((t) => !datesLaterMilestone(text, q, t))
      .filter((t) => !datesPastClauseBeforePresentWorth(text, q, t))
      .filter((t) => !ownedByLaterFigure(text, q, t, sentenceQs))
      .filter((t) => !datesChangeStart(text, q, t, sentenceQs))
      .filter((t) => !leadsLaterClauseFigure(text, s, q, t))
      .map((t) => ({
        value: t,
        label: `"${text.slice(t.start, t.end)}"`,
        features: periodFeatures(text, s, q, qEnd, cumulative, t),
      })),
    PERIOD_WEIGHTS,
  )
    .filter(
      (o) =>
        !pastFactDatedElsewhere(
          text,
          q,
          o.value,
          o.features.otherClause === 1,
          r.input.published,
          sentence.start,
        ),
    )
    .filter(
      (o) =>
        !horizonOfOtherClause(
          o.value,
          o.features.otherClause === 1,
          cumulative,
          horizonOpensSentence(text, sentence.start, o.value) ||
            (!o.value.fromPublication && closesList(text, q, o.value, sentenceQs)),
        ),
    );
  return { ranked, cumulative };
}

/** "over the same period", "sur la même période": the previous figure's period (a year back if said). */
function carrySamePeriod(r: DocumentReading, s: SentenceReading, f: FigureReading): boolean {
  const { text } = r;
  const { sentence } = s;
  const { q, rules, previous, candidate } = f;
  const scope = text.slice(previous?.q.span.end ?? sentence.start, q.span.end + 60);
  if (!previous?.period || !mayMatch(SAME_PERIOD, scope) || !SAME_PERIOD.test(scope)) return false;
  candidate.period = previous.period;
  candidate.periodExplicit = true;
  const m = SAME_PERIOD.exec(text.slice(q.span.start, sentence.end));
  if (m) candidate.timeAt = { start: q.span.start + m.index, end: q.span.start + m.index + m[0].length };
  rules.push(`period: "${SAME_PERIOD.exec(scope)?.[0]}" → the previous figure's period`);
  const named = samePeriodNamedYear(text, previous.q.span.end, q.span, sentence.end, previous.period);
  if (named !== 0) {
    candidate.period = shiftPeriod(previous.period, named);
    rules.push(`period: the same period in the year named, ${named} year(s) from the earlier figure's`);
    return true;
  }
  const yearBack = samePeriodShift(text, previous.q.span.end, q.span, sentence.end);
  if (yearBack !== 0) {
    candidate.period = shiftPeriod(previous.period, yearBack);
    rules.push(
      `period: the same period, ${yearBack < 0 ? "a year back" : "the year after the earlier figure's"}`,
    );
  }
  return true;
}

/**
 * A point of the year, not the whole year: "at the end of 2024", "late 2025", "at the start of 2025",
 * "early 2026", « début 2025 », « mi-2025 », « fin décembre ». Annual revenue dated so is a run-rate.
 */
const POINT_OF_YEAR = /fin|end|late|décembre|december|start|beginning|early|début|mid|milieu|(?<!\p{L})mi-/iu;

/** The figure's period from the date ranked first; an annual revenue of a whole year is revenue, not a run-rate. */
function readDatedPeriod(r: DocumentReading, s: SentenceReading, f: FigureReading, dated: DatedFigure): void {
  const { time } = dated;
  const { text, context } = r;
  const { rules, candidate } = f;
  let metric = candidate.metric!;
  const isFlow = FLOW_METRICS.has(metric);
  const timeText = text.slice(time.start, time.end);
  const metricAt = candidate.metricAt;
  const metricWord = metricAt ? text.slice(metricAt.start, metricAt.end + 12) : "";
  if (
    metric === "revenue_run_rate" &&
    time.flow?.start?.endsWith("-01-01") &&
    time.flow.end?.endsWith("-12-31") &&
    !POINT_OF_YEAR.test(timeText) &&
    /annuel|annual|yearly/iu.test(metricWord) &&
    !/annualis|annualiz|run|\bARR\b|rythme|pace|récurrent|recurring/iu.test(metricWord)
  ) {
    candidate.metric = metric = "revenue";
    rules.push(`metric: annual revenue of a whole year ("${timeText}"), not a rate at a date → revenue`);
  }
  candidate.period = periodFor(metric, metric === "revenue" || isFlow, time);
  // A length counted from publication is inferred, not written: another mention's dated span wins; so
  // does a running total read "now", which is the publication date an undated deal size takes too.
  const totalNow =
    CUMULATIVE_METRICS.has(metric) && time.flow === null && time.asOf === publicationAsOf(r.input.published);
  candidate.periodExplicit = candidate.period !== null && !time.fromPublication && !totalNow;
  candidate.timeAt = { start: time.start, end: time.end };
  rules.push(`period: "${text.slice(time.start, time.end)}" ${time.note}`);
  const respective = respectiveYear(text, f.q, time, s.sentenceQs, metric === "revenue" || isFlow);
  if (respective) {
    candidate.period = respective.period;
    rules.push(`period: one of a list read outward over the years "${timeText}" → ${respective.year}`);
  }
  const pastPart = isFlow
    ? pastResultOfYearlessPart(text, s.sentence.start, f.q, time, r.input.published)
    : null;
  if (pastPart) {
    candidate.period = pastPart;
    rules.push(`period: "${timeText}" is not over by publication but stated as done → a year back`);
  }
  if (candidate.period && thisYearJustReported(text, s.sentence, time, r.input.published, f.q) < 0) {
    candidate.period = shiftPeriod(candidate.period, -1);
    rules.push(`period: "${timeText}" a speaker states as done early in the year → the year just reported`);
  }
  if (candidate.period && yearEndStatedAsPast(text, s.sentence, time, r.input.published) < 0) {
    candidate.period = shiftPeriod(candidate.period, -1);
    rules.push(`period: "${timeText}" told as past → the year-end just over`);
  }
  const sameMetricBefore = r.candidates.findLast(
    (c) => c.sentenceIndex === s.sentenceIndex && c.metric === metric && c.entity === candidate.entity,
  );
  const yearBack = previousPeriodYearBack(text, time, f.q.span, sameMetricBefore);
  if (yearBack) {
    candidate.period = yearBack;
    rules.push(`period: set against the previous figure, "${timeText}" → its period a year back`);
  }
  reviseDatedPeriod(r, s, f, dated);
  if (time.unresolved)
    issue(
      context,
      "unresolved_period",
      extractMessages.unresolved_period(text.slice(time.start, time.end)),
      time,
    );
}

/** A flow stated with no date: the paragraph's latest yearly flow's period, else the publication year. */
function readUndatedFlow(r: DocumentReading, s: SentenceReading, f: FigureReading): void {
  const { input, latestYearlyFlow } = r;
  const { rules, candidate } = f;
  const horizon = paragraphHorizon(r.text, s.sentence.start, candidate.metric ?? "", input.published);
  if (horizon) {
    candidate.period = horizon.period;
    rules.push(
      `period: a yearly rate under the paragraph's horizon "${horizon.words}" → ${JSON.stringify(horizon.period)}`,
    );
    return;
  }
  // Paragraphs only grow: the latest such flow is the paragraph's if any is.
  const carried =
    latestYearlyFlow?.sentence.paragraph === s.sentence.paragraph ? latestYearlyFlow : undefined;
  if (carried) {
    candidate.period = carried.period;
    candidate.periodExplicit = true;
    rules.push("period: carried from the previous sentence of the paragraph");
    return;
  }
  const spendingYear = carriedSpendingYear(s, f);
  if (spendingYear) {
    candidate.period = spendingYear;
    candidate.periodExplicit = true;
    rules.push("period: capital spending's year, carried from the sentence before in the paragraph");
    return;
  }
  const fiscalEnd = paragraphFiscalYearEnd(r, s.sentence.start, s.sentence.end);
  const pastResult = pastResultBeforeYear(r.text, s.sentence.start, f.q, input.published, fiscalEnd);
  if (pastResult) {
    candidate.period = pastResult;
    rules.push(
      "period: a result stated as done early in the year, with no date → the last quarter completed",
    );
  } else if (input.published) {
    // A flow stated with no date is the current year's ("X par an" with no date, a quarter just reported).
    const year = input.published.slice(0, 4);
    candidate.period = { start: `${year}-01-01`, end: `${year}-12-31` };
    f.periodByPublication = true;
    rules.push(`period: flow with no date → the publication year ${year}`);
  }
}

/** A level with no date of its own: the date a demonstrative points back to, else the publication date. */
function readUndatedLevel(r: DocumentReading, s: SentenceReading, f: FigureReading): void {
  const { rules, candidate } = f;
  const { previousSentenceClaim, demonstrative } = s;
  if (demonstrative && previousSentenceClaim?.periodExplicit) {
    candidate.period = previousSentenceClaim.period;
    candidate.periodExplicit = true;
    rules.push(`period: "${demonstrative[0]}" → the previous sentence's date`);
    return;
  }
  const earlier = earlierDateOf(
    r.text,
    s.sentence,
    f.q.span.start,
    true,
    r.input.published,
    documentFiscalYearEnd(r),
    s,
  );
  if (earlier?.asOf) {
    candidate.period = { asOf: earlier.asOf };
    candidate.periodExplicit = true;
    rules.push(
      `period: a deal stated as done points back to "${r.text.slice(earlier.start, earlier.end)}" → ${earlier.asOf}`,
    );
    return;
  }
  const asOfPublication = publicationAsOf(r.input.published);
  const term =
    asOfPublication && candidate.metric && metricIs(candidate.metric, "deal")
      ? termEndedNextSentence(r.text, s.sentence.end, r.input.published, asOfPublication)
      : null;
  if (term) {
    candidate.period = term;
    candidate.periodExplicit = true;
    rules.push(`period: the next sentence gives the deal's term → ${JSON.stringify(term)}`);
    return;
  }
  const quarterEnd = runRateAtQuarterEnd(r.text, s, f);
  if (quarterEnd) {
    candidate.period = { asOf: quarterEnd };
    candidate.periodExplicit = true;
    rules.push(`period: a run-rate that comes with the quarter's figure before it → ${quarterEnd}`);
    return;
  }
  const asOf = publicationAsOf(r.input.published);
  candidate.period = asOf ? { asOf } : null;
  f.periodByPublication = asOf !== null;
  rules.push(
    asOf ? `period: level with no date → publication ${asOf}` : "period: no date and no publication date",
  );
}

/** Period stage (CLAIMS.md §5): the nearest date in the clause, a period carried over, or the publication date. */
export function readPeriod(r: DocumentReading, s: SentenceReading, f: FigureReading): void {
  const { text } = r;
  const { rules, candidate } = f;
  const metric = candidate.metric;
  const isFlow = metric !== null && FLOW_METRICS.has(metric);
  const { ranked, cumulative } = rankedTimes(r, s, f);
  const time =
    ranked[0]?.value ??
    columnHeaderDate(r, f.q.span.start) ??
    listLeadDate(r, s, f.q.span.start) ??
    sectionHeadingDate(r, s.sentence.start);
  if (ranked.length > 0) rules.push(describeCandidates("period", ranked, PERIOD_WEIGHTS));
  if (carrySamePeriod(r, s, f)) {
    undatedDealRevenue(r, s, f, ranked);
    return;
  }
  const undatedFlow =
    metric !== null &&
    (metricIs(metric, "yearlyFlow") ||
      // A programme's total ("Stargate, 500 milliards") is of no year.
      (DATED_BY_PUBLICATION.has(metric) && !r.gazetteer.programmes.has(candidate.entity ?? "")));
  // "now", "today" bound no span: a flow dated only by such a point is read as undated.
  const pointOnly = undatedFlow && ranked[0]?.features.dateForFlow === 1;
  const laterClauseDate = ranked[0]?.features.otherClause === 1 && ranked[0].value.start >= f.q.span.end;
  if (metric && !isFlow && laterClauseDate && clausePointsBack(text, s.sentence.start, f.q.span.start))
    readUndatedLevel(r, s, f);
  else if (time && metric && !pointOnly) readDatedPeriod(r, s, f, { time, ranked, cumulative });
  else if (undatedFlow) readUndatedFlow(r, s, f);
  else if (time && !metric && time.asOf) {
    candidate.period = { asOf: time.asOf };
    candidate.periodExplicit = true;
    candidate.timeAt = { start: time.start, end: time.end };
    rules.push(`period: "${text.slice(time.start, time.end)}" ${time.note}`);
  } else if (metric && (!isFlow || metricIs(metric, "sizedAtPublication"))) readUndatedLevel(r, s, f);
  undatedDealRevenue(r, s, f, ranked);
}

type RankedTime = { value: TimeMention; features: Features<PeriodFeature> };

/** The date a figure reads, with the ranking it won and whether the figure adds up over time. */
interface DatedFigure {
  time: TimeMention;
  ranked: RankedTime[];
  cumulative: boolean;
}

/** After a date is chosen: a deal signed in a month for a term, a programme's total dated by its launch. */
function reviseDatedPeriod(
  r: DocumentReading,
  s: SentenceReading,
  f: FigureReading,
  dated: DatedFigure,
): void {
  const { time, ranked, cumulative } = dated;
  const { text } = r;
  const { candidate, rules } = f;
  const metric = candidate.metric;
  const term = cumulative || metric === "investment" ? dealTerm(text, s, f.q, ranked) : null;
  if (term) {
    candidate.period = term.period;
    candidate.periodExplicit = true;
    const signed = text.slice(term.date.start, term.date.end);
    rules.push(`period: signed "${signed}" for a term to ${term.words} → ${JSON.stringify(term.period)}`);
  }
  const started =
    !term && time.fromPublication && candidate.period
      ? termStartedNextSentence(text, s.sentence.end, candidate.period)
      : null;
  if (started) {
    candidate.period = started;
    candidate.periodExplicit = true;
    rules.push(`period: the next sentence says when the deal starts → ${JSON.stringify(started)}`);
  }
  if (
    metric === "capex" &&
    r.gazetteer.programmes.has(candidate.entity ?? "") &&
    programmeLaunchDate(text, s.sentence.start, time, Boolean(ranked[0]?.features.otherClause))
  ) {
    candidate.period = null;
    candidate.periodExplicit = false;
    const launch = text.slice(time.start, time.end);
    rules.push(`period: "${launch}" dates the programme's launch; its total is of no year → none`);
  }
}

/** Revenue a deal brings over its life ("the agreement to bring in $10 billion"), with no date of its own. */
function undatedDealRevenue(
  r: DocumentReading,
  s: SentenceReading,
  f: FigureReading,
  ranked: RankedTime[],
): void {
  const { candidate, previous, q, rules } = f;
  const ownClause = r.text.slice(previous?.q.span.end ?? s.sentence.start, q.span.start);
  if (
    candidate.metric === "revenue" &&
    candidate.period &&
    (ranked.length === 0 || ranked[0]?.features.otherClause) &&
    isDealRevenue(ownClause)
  ) {
    candidate.period = null;
    candidate.periodExplicit = false;
    rules.push("period: revenue a deal brings over its life is no one year's → none");
  }
}
