import { MONTH_NAMES } from "../core/index.js";
import { firstMatch } from "./patterns.js";

/**
 * A company's fiscal calendar, as far as a document tells it. Fiscal year Y ends in the month
 * `fiscalEnd` of calendar year Y (Nvidia's FY2026 ends in January 2026, Microsoft's FY2025 in June
 * 2025); its quarters are the four runs of three months before. With no month given the fiscal year
 * is taken as the calendar year.
 */

const MONTH = Object.keys(MONTH_NAMES).join("|");
const DAY = "\\d{1,2}(?:er)?";
/** A quarter's number from its ordinal word: "troisième", "third", "dernier". */
export const QUARTER_BY_ORDINAL: Record<string, number> = {
  premier: 1,
  "1er": 1,
  first: 1,
  deuxième: 2,
  second: 2,
  troisième: 3,
  third: 3,
  quatrième: 4,
  dernier: 4,
  fourth: 4,
};
const ORDINAL = Object.keys(QUARTER_BY_ORDINAL).join("|");

/** "exercice 2025, clos le 26 janvier", "fiscal year, which ends in May 2026", "fiscal year ending June 30". */
const YEAR_END = new RegExp(
  `\\b(?:exercices?(?:\\s+fiscal)?|fiscal\\s+year|FY)(?:\\s+['’]?(?:\\d{2}|(?:19|20)\\d{2}))?,?\\s+(?:(?:qui|which|that)\\s+)?(?:clos|close|achevé|terminé|(?:s['’]|se\\s+)(?:achève|achèvera|achevant|est\\s+achevé|termine|terminera|terminant)|prend\\s+fin|prendra\\s+fin|ends|ended|ending|closes|closed|will\\s+end|runs\\s+(?:through|to))\\s+(?:(?:le|on|in|en|at|à)\\s+)?(?:(?:la\\s+)?fin\\s+(?:de\\s+|d['’])?|the\\s+end\\s+of\\s+)?(?:${DAY}\\s+)?(${MONTH})(?![\\p{L}])`,
  "iu",
);

/** "troisième trimestre de son exercice 2026, clos le 26 octobre", "fiscal Q3, ended October 26". */
const QUARTER_END = new RegExp(
  `(?:\\b(${ORDINAL})(?:\\s+|-)(?:trimestre|quarter)|\\b[QT]([1-4]))[^.;]{0,60}?\\b(?:clos|close|achevé|terminé|ended|ending|closed)\\s+(?:(?:le|on|in|en|at)\\s+)?(?:(?:la\\s+)?fin\\s+(?:de\\s+|d['’])?|the\\s+end\\s+of\\s+)?(?:${DAY}\\s+)?(${MONTH})(?![\\p{L}])|(?:\\b(${ORDINAL})(?:\\s+|-)(?:trimestre|quarter)|\\b[QT]([1-4]))[^.;()]{0,40}?\\((?:${MONTH})\\s*[-–]\\s*(${MONTH})\\)`,
  "iu",
);

/** The month (1-12) the document's fiscal year ends in, when the text says so; null when it does not. */
export function fiscalYearEnd(text: string): number | null {
  // A quarter's end comes first: "le trimestre de son exercice 2026, clos le 26 octobre" closes the quarter.
  const quarter = firstMatch(QUARTER_END, text);
  if (!quarter) {
    const stated = firstMatch(YEAR_END, text);
    return stated ? (MONTH_NAMES[stated[1]!.toLowerCase()] ?? null) : null;
  }
  const ordinal = quarter[1] ?? quarter[4];
  const n = ordinal ? QUARTER_BY_ORDINAL[ordinal.toLowerCase()]! : Number(quarter[2] ?? quarter[5]);
  const ends = MONTH_NAMES[(quarter[3] ?? quarter[6])!.toLowerCase()];
  return ends === undefined ? null : ((ends - 1 + 3 * (4 - n)) % 12) + 1;
}

let cached: { text: string; end: number | null } | null = null;

/** fiscalYearEnd, remembered for the document being read (every sentence asks it). */
export function fiscalYearEndOf(text: string): number | null {
  if (cached?.text !== text) cached = { text, end: fiscalYearEnd(text) };
  return cached.end;
}

/** A month as an index: year * 12 + month - 1. */
export const monthIndex = (year: number, month: number) => year * 12 + month - 1;

/** The index of the month fiscal quarter `n` of fiscal year `year` ends in. */
export function fiscalQuarterEnd(year: number, n: number, fiscalEnd: number): number {
  return monthIndex(year, fiscalEnd) - 3 * (4 - n);
}

/** Whether a month index closes a fiscal quarter (every = 3) or a fiscal year (every = 12). */
const closes = (index: number, fiscalEnd: number, every: number) =>
  (((index - (fiscalEnd - 1)) % every) + every) % every === 0;

/** The end index of the fiscal period (quarter: 3 months, year: 12) that contains month `at`. */
export function fiscalPeriodEndContaining(at: number, fiscalEnd: number, every: 3 | 12): number {
  let end = at;
  while (!closes(end, fiscalEnd, every)) end++;
  return end;
}

/** The fiscal quarter number (1-4) that ends at month index `end`. */
export function fiscalQuarterNumber(end: number, fiscalEnd: number): number {
  const yearEnd = fiscalPeriodEndContaining(end, fiscalEnd, 12);
  return 4 - (yearEnd - end) / 3;
}
