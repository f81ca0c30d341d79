import { findTimeMentions } from "../periods.js";
import { sentenceFiscalYearEnd } from "./fiscal-calendar.js";
import type { ClosedPeriod, DocumentReading } from "./types.js";

/** How long after a quarter ends its results are still the news: about one reporting season. */
const REPORTING_LAG_DAYS = 150;

const DAY_MS = 86_400_000;

/** Words that name a quarter, not a season ("à l'automne" spans three months too). */
const QUARTER_WORD = /quarter|trimestr|(?<!\p{L})[QT][1-4](?!\p{L})|(?:three|trois|3)\s+(?:months|mois)/iu;

/**
 * Words one of which is in every text QUARTER_WORD matches, its boundaries aside: a document without
 * them names no quarter, and its dates need not be read to find one.
 */
export const QUARTER_WORD_LETTERS = /quarter|trimestr|[QT][1-4]|(?:three|trois|3)\s+(?:months|mois)/iu;

/** A flow of about three months. */
function isQuarter(flow: { start: string | null; end: string | null } | null): flow is ClosedPeriod {
  if (!flow?.start || !flow.end) return false;
  const days = (Date.parse(flow.end) - Date.parse(flow.start)) / DAY_MS;
  return days >= 85 && days <= 95;
}

/** The first quarter `text` names that had ended by publication within one reporting season. */
export function firstQuarterEndedBy(
  text: string,
  published: string,
  offset: number,
  fiscalEnd: number | null,
): ClosedPeriod | null {
  const publishedAt = Date.parse(published.length === 7 ? `${published}-28` : published);
  for (const t of findTimeMentions(text, published, offset, fiscalEnd)) {
    if (!isQuarter(t.flow) || !QUARTER_WORD.test(text.slice(t.start - offset, t.end - offset))) continue;
    const ended = Date.parse(t.flow.end);
    if (ended <= publishedAt && publishedAt - ended <= REPORTING_LAG_DAYS * DAY_MS)
      return { start: t.flow.start, end: t.flow.end };
  }
  return null;
}

/**
 * The quarter a figure's paragraph reports: the first closed quarter it names up to the figure's
 * sentence, read with the calendar of the company the paragraph names first. A results wrap-up gives
 * each company its paragraph ("STMicro … au quatrième trimestre. ¶ Outre-Atlantique, Lambda … son premier
 * trimestre fiscal … Le groupe a dégagé 2 milliards"), and each paragraph's undated results are its
 * own quarter, on its own company's fiscal calendar.
 */
export function paragraphQuarter(
  r: DocumentReading,
  sentenceStart: number,
  sentenceEnd: number,
): ClosedPeriod | null {
  const { published } = r.input;
  if (!published || published.length < 7) return null;
  const paragraphStart = r.text.lastIndexOf("\n", sentenceStart - 1) + 1;
  const fiscalEnd = paragraphFiscalYearEnd(r, sentenceStart, sentenceEnd);
  const lead = r.text.slice(paragraphStart, sentenceEnd);
  return firstQuarterEndedBy(lead, published, paragraphStart, fiscalEnd);
}

/**
 * The fiscal calendar for a sentence's undated results: that of the first company its paragraph names up
 * to the sentence's end, else of the company the text is about here.
 */
export function paragraphFiscalYearEnd(
  r: DocumentReading,
  sentenceStart: number,
  sentenceEnd: number,
): number | null {
  const paragraphStart = r.text.lastIndexOf("\n", sentenceStart - 1) + 1;
  return sentenceFiscalYearEnd(r, paragraphStart, sentenceEnd);
}
