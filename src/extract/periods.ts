import { MONTH_NAMES as MONTHS, type Period } from "../core/index.js";
import { keepingCapitals } from "./capitals.js";
import {
  fiscalPeriodEndContaining,
  fiscalQuarterEnd,
  fiscalQuarterNumber,
  monthIndex,
  QUARTER_BY_ORDINAL,
} from "./fiscal.js";
import { optionalHedge, SMALL_NUMBER_WORDS } from "./lexicon.js";
import { monthAhead } from "./month-ahead.js";
import { matchesFrom, nextMatch } from "./patterns.js";
import { SEASON_RULES } from "./seasons.js";

/** A fiscal year's end written as past: "ended", "closed", "clos", "s'est achevé". */
const FISCAL_YEAR_CLOSED =
  /\b(?:ended|closed)\b|(?<!\p{L})(?:clos|close|achevé|terminé|clôturé|pris\s+fin)(?!\p{L})/iu;
/**
 * Time expressions of a clause, each resolved against the publication date into the period a flow
 * takes ({start, end}) and the date a level takes ({asOf}). CLAIMS.md §5.
 */
export interface TimeMention {
  start: number;
  end: number;
  /** The period a flow (revenue, losses, spending) takes, or null when the expression cannot bound one. */
  flow: { start: string | null; end: string | null } | null;
  /** The date a level (valuation, users, capacity) takes, or null. */
  asOf: string | null;
  /** A horizon ("by 2030", "over the next eight years") rather than a calendar period. */
  horizon: boolean;
  /** The year a yearly flow takes when the expression is a horizon ("revenue … by 2030" is 2030's). */
  year: number | null;
  note: string;
  /** Needs a publication date that was not given: left open. */
  unresolved?: boolean;
  /** A length of time the text gives no start for ("over five years"), counted from publication. */
  fromPublication?: boolean;
  /**
   * Counted from another date of the text ("neuf mois plus tôt", "the following four years"): resolved
   * against publication until that date is known (anchored-dates.ts).
   */
  counted?: CountedFrom;
  /** A half or quarter named without its year, read against publication: it may not be over yet. */
  yearless?: boolean;
  /** For whole years counted from a date, the one next to it: a list of as many figures is read outward from it. */
  nearestYear?: { start: string; end: string };
}

/** How a date counted from another lies from it, negative before: a number of months, or whole years next to its year. */
export type CountedFrom = { months: number } | { years: number };

interface Published {
  year: number;
  month: number | null;
  day: number | null;
  iso: string;
  /** The month the document's fiscal year ends in, when the text says so (fiscal.ts). */
  fiscalEnd: number | null;
}

export function parsePublished(published: string | null, fiscalEnd: number | null = null): Published | null {
  if (!published) return null;
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(published);
  if (!match) return null;
  const year = Number(match[1]);
  const month = match[2] ? Number(match[2]) : null;
  const day = match[3] ? Number(match[3]) : null;
  const iso = month ? `${year}-${pad(month)}` : `${year}`;
  return { year, month, day, iso, fiscalEnd };
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

const LAST_DAY = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
function lastDay(year: number, month: number): number {
  if (month === 2 && ((year % 4 === 0 && year % 100 !== 0) || year % 400 === 0)) return 29;
  return LAST_DAY[month - 1]!;
}

const yearFlow = (y: number) => ({ start: `${y}-01-01`, end: `${y}-12-31` });

function countWord(word: string): number | null {
  const lower = word.toLowerCase();
  if (/^\d+$/.test(lower)) return Number(lower);
  return SMALL_NUMBER_WORDS[lower] ?? null;
}

const MONTH_ALTERNATIVES = Object.keys(MONTHS).join("|");
const COUNT = `\\d{1,2}|${Object.keys(SMALL_NUMBER_WORDS).join("|")}`;
const Y = "((?:19|20)\\d{2})";

type Builder = (
  match: RegExpExecArray,
  published: Published | null,
) => Omit<TimeMention, "start" | "end"> | null;

/** What needs the publication date, which was not given: left open. */
function leftOpen(what: string, horizon: boolean) {
  return {
    flow: null,
    asOf: null,
    horizon,
    year: null,
    note: `${what} without a publication date: left open`,
    unresolved: true,
  };
}

function addYears(published: Published, years: number): string {
  return published.month ? `${published.year + years}-${pad(published.month)}` : `${published.year + years}`;
}

function relativeMonth(month: number, published: Published | null, last: boolean, ahead = false) {
  if (!published) return leftOpen(`month ${month}`, false);
  let year = published.year;
  const coming = ahead && published.month !== null;
  if (coming) {
    if (month < (published.month ?? 0)) year++;
  } else if (published.month !== null && (month > published.month || (last && month === published.month)))
    year--;
  return {
    flow: { start: `${year}-${pad(month)}-01`, end: `${year}-${pad(month)}-${lastDay(year, month)}` },
    asOf: `${year}-${pad(month)}`,
    horizon: false,
    year,
    note: `${coming ? "month in a clause in the future, the coming one," : "month"} resolved against publication ${published.iso} → ${year}-${pad(month)}`,
  };
}

function forward(years: number, published: Published | null, what: string) {
  if (!published) return leftOpen(what, true);
  const start = published.iso;
  const end = addYears(published, years);
  return {
    flow: { start, end },
    asOf: end,
    horizon: true,
    year: null,
    note: `${what} counted from publication: ${start}..${end}`,
    fromPublication: true,
  };
}

function ofYear(
  y: number,
  note: string,
): Omit<TimeMention, "start" | "end"> & { flow: { start: string; end: string } } {
  return { flow: yearFlow(y), asOf: `${y}`, horizon: false, year: y, note };
}

function publishedYear(published: Published | null, shift: number, what: string) {
  if (!published) return leftOpen(what, false);
  return ofYear(published.year + shift, `${what} → ${published.year + shift}`);
}

const HALF: Record<string, 1 | 2> = {
  premier: 1,
  "1er": 1,
  first: 1,
  deuxième: 2,
  second: 2,
  seconde: 2,
};

function halfOf(year: number, half: 1 | 2, note: string) {
  return monthsEnding(year, half * 6, 6, note);
}

function quarterOf(year: number, q: number, note: string) {
  return monthsEnding(year, q * 3, 3, note);
}

/** The `n` months that end with `month` of `year`, as a flow. */
function monthsEnding(year: number, month: number, n: number, note: string) {
  const startIndex = year * 12 + month - 1 - (n - 1);
  const startYear = Math.floor(startIndex / 12);
  const startMonth = (startIndex % 12) + 1;
  return {
    flow: {
      start: `${startYear}-${pad(startMonth)}-01`,
      end: `${year}-${pad(month)}-${lastDay(year, month)}`,
    },
    asOf: `${year}-${pad(month)}`,
    horizon: false,
    year,
    note,
  };
}

/** The three months that end at month index `end`. */
export function quarterEndingAt(end: number, note: string) {
  return monthsEnding(Math.floor(end / 12), (end % 12) + 1, 3, note);
}

/** The twelve months that end at month index `end`. */
function fiscalYearEndingAt(end: number, note: string) {
  return { ...monthsEnding(Math.floor(end / 12), (end % 12) + 1, 12, note), year: Math.floor(end / 12) };
}

/** The last quarter (fiscal when the calendar is known) completed before publication. */
function lastQuarterCompleted(p: Published | null, what: string) {
  if (!p || p.month === null) return null;
  if (p.fiscalEnd) {
    const end = fiscalPeriodEndContaining(monthIndex(p.year, p.month), p.fiscalEnd, 3) - 3;
    return quarterEndingAt(end, `${what} → the last fiscal quarter completed before publication`);
  }
  const current = Math.floor((p.month - 1) / 3) + 1;
  const [y, q] = current === 1 ? [p.year - 1, 4] : [p.year, current - 1];
  return quarterOf(y, q, `${what} → Q${q} ${y} (the last completed before publication)`);
}

/** The last quarter completed before `published`, as a flow: what a quarterly report published then covers. */
export function quarterBeforePublication(published: string | null, fiscalEnd: number | null): Period | null {
  const flow = lastQuarterCompleted(parsePublished(published, fiscalEnd), "a quarterly report")?.flow;
  return flow ? { start: flow.start, end: flow.end } : null;
}

/** Month index of the publication date, when it gives a month. */
const publishedAt = (p: Published | null) => (p?.month ? monthIndex(p.year, p.month) : null);

/** Quarter n of fiscal year y: of the document's fiscal calendar if it gives one, else of the calendar year. */
function fiscalQuarter(y: number, n: number, p: Published | null) {
  if (!p?.fiscalEnd) return quarterOf(y, n, `fiscal quarter → Q${n} ${y} (calendar year assumed)`);
  return quarterEndingAt(fiscalQuarterEnd(y, n, p.fiscalEnd), `fiscal quarter Q${n} FY${y}`);
}

const ORDINAL_QUARTER = "premier|1er|deuxième|second|troisième|quatrième|dernier|first|third|fourth";
const FISCAL_YEAR_WORD = `(?:exercice|fiscal\\s+year|fiscal|FY)\\s*(?:fiscal\\s+)?['’]?`;

/** Fiscal quarters and years, read on the document's fiscal calendar (fiscal.ts). */
const FISCAL_RULES: [RegExp, Builder][] = [
  [
    // "Q4 FY26", "T3 de l'exercice 2026", "troisième trimestre de son exercice 2026", "third quarter of fiscal
    // 2026", "first-quarter fiscal 2027", "fiscal Q1 2026".
    new RegExp(
      `\\b[QT]([1-4])\\s*(?:(?:de|of)\\s+(?:l['’]|the\\s+)?)?${FISCAL_YEAR_WORD}(\\d{2}|(?:19|20)\\d{2})\\b|\\b(${ORDINAL_QUARTER})(?:\\s+|-)(?:fiscal\\s+)?(?:trimestre|quarter)\\s+(?:de\\s+(?:son\\s+|sa\\s+|leur\\s+|l['’])?|d['’]|du\\s+|of\\s+(?:its\\s+|their\\s+|the\\s+)?|(?=fiscal|FY))${FISCAL_YEAR_WORD}(\\d{2}|(?:19|20)\\d{2})\\b|\\bfiscal\\s+(?:year\\s+)?(?:[QT]([1-4])|(${ORDINAL_QUARTER})(?:\\s+|-)quarter)\\s+(?:of\\s+)?['’]?((?:19|20)\\d{2})\\b`,
      "giu",
    ),
    (m, p) => {
      const ordinal = m[3] ?? m[6];
      const n = ordinal ? QUARTER_BY_ORDINAL[ordinal.toLowerCase()]! : Number(m[1] ?? m[5]);
      const written = (m[2] ?? m[4] ?? m[7])!;
      return fiscalQuarter(written.length === 2 ? 2000 + Number(written) : Number(written), n, p);
    },
  ],
  [
    // "fiscal second-quarter revenue of $16 billion for 2026", "fiscal third-quarter sales rose 9% for 2027":
    // the fiscal quarter names its year after the figure.
    new RegExp(
      `\\bfiscal\\s+(${ORDINAL_QUARTER})(?:\\s+|-)quarter\\b(?:[^.;!?]|\\.(?=\\d)){0,80}?\\bfor\\s+(?:fiscal\\s+)?((?:19|20)\\d{2})\\b`,
      "giu",
    ),
    (m, p) => fiscalQuarter(Number(m[2]), QUARTER_BY_ORDINAL[m[1]!.toLowerCase()]!, p),
  ],
  [
    // "its Q1 2026", « son T3 2025 », "their Q4-2025": a company's own quarter, named as it reports it, on its
    // fiscal calendar when that is known and is not the calendar year (else the calendar rule reads it).
    new RegExp(`(?<!\\p{L})(?:its|their|son|sa|leur)\\s+[QT]([1-4])\\s*[-']?\\s*${Y}\\b`, "giu"),
    (m, p) => (p?.fiscalEnd && p.fiscalEnd !== 12 ? fiscalQuarter(Number(m[2]), Number(m[1]), p) : null),
  ],
  [
    // "son premier trimestre fiscal", "its fiscal first quarter": the latest such quarter begun by publication.
    new RegExp(
      `\\b(?:fiscal\\s+(${ORDINAL_QUARTER})(?:\\s+|-)quarter|(${ORDINAL_QUARTER})\\s+(?:fiscal\\s+quarter|trimestre\\s+(?:fiscal|de\\s+(?:son|l['’])\\s*exercice)))(?!\\s+(?:de\\s+|of\\s+)?(?:\\d|l['’]|fiscal|FY|exercice))`,
      "giu",
    ),
    (m, p) => latestFiscalQuarter(QUARTER_BY_ORDINAL[(m[1] ?? m[2])!.toLowerCase()]!, p),
  ],
  [
    // "the current fiscal year, which ends in May 2026", "l'exercice, qui s'achèvera en mai": the text gives
    // the month the year ends in; without a year, the first such month from publication on.
    new RegExp(
      `\\b(?:(?:sur|pour|de|durant|pendant|in|for|during)\\s+)?(?:l['’]ensemble\\s+de\\s+)?(?:l['’]exercice(?:\\s+fiscal)?(?:\\s+en\\s+cours)?|(?:the|this|its|their)\\s+(?:current\\s+|full\\s+)?fiscal\\s+year),?\\s+(?:which\\s+|that\\s+|qui\\s+)?(?:ends|ending|will\\s+end|closes|s['’]achève(?:ra)?|s['’]achevant|se\\s+termine(?:ra)?|prend(?:ra)?\\s+fin|ended|closed|clos|close|achevé|terminé|clôturé|s['’]est\\s+(?:achevé|terminé|clos)|a\\s+pris\\s+fin)\\s+(?:in\\s+|on\\s+|en\\s+|fin\\s+|le\\s+\\d{1,2}(?:er)?\\s+)?(${MONTH_ALTERNATIVES})(?:\\s+\\d{1,2}(?!\\d),?)?(?:\\s+${Y})?`,
      "giu",
    ),
    (m, p) => {
      const month = MONTHS[m[1]!.toLowerCase()];
      if (!month) return null;
      let y = m[2] ? Number(m[2]) : null;
      if (y === null) {
        if (!p || p.month === null) return null;
        // "the fiscal year ended June 30", "l'exercice clos fin juin": the last such month before publication.
        if (FISCAL_YEAR_CLOSED.test(m[0])) y = month < p.month ? p.year : p.year - 1;
        else y = month >= p.month ? p.year : p.year + 1;
      }
      return fiscal(y, month);
    },
  ],
  [
    // "l'ensemble de l'exercice", "this fiscal year", "the current financial year", « au cours de cet
    // exercice financier »: on a known fiscal calendar.
    /\b(?:(?:sur|pour|de|durant|pendant|au\s+cours\s+de)\s+)?(?:l['’]ensemble\s+de\s+)?(?:l['’]exercice|(?:cet|son|leur)\s+exercice|(?:the|this|its|their)\s+(?:current\s+|full\s+)?(?:fiscal|financial)\s+year)(?:\s+(?:fiscal|financier))?(?:\s+en\s+cours)?(?!\s+(?:fiscal\s+|financier\s+)?(?:['’]?\d|prochain))/giu,
    (m, p) => {
      const at = publishedAt(p);
      if (!p?.fiscalEnd || at === null) return null;
      const current = fiscalPeriodEndContaining(at, p.fiscalEnd, 12);
      // A year just closed is the one results are published for, unless the words say the current one.
      const closed = current - 12;
      const now = /en\s+cours|current|this|(?<!\p{L})cet(?!\p{L})/iu.test(m[0]) || at - closed > 3;
      return fiscalYearEndingAt(
        now ? current : closed,
        `the fiscal year → ending ${now ? "after" : "before"} publication`,
      );
    },
  ],
  [
    // "next fiscal year", "l'exercice prochain", "le prochain exercice": the one after the year under way.
    /\b(?:(?:the|its|their)\s+)?next\s+fiscal\s+year\b|(?<!\p{L})(?:l['’]exercice(?:\s+fiscal)?\s+prochain|(?:le|son|leur)\s+prochain\s+exercice(?:\s+fiscal)?)(?!\p{L})/giu,
    (_m, p) => {
      const at = publishedAt(p);
      if (!p?.fiscalEnd || at === null) return publishedYear(p, 1, "next fiscal year, on no known calendar");
      const next = fiscalPeriodEndContaining(at, p.fiscalEnd, 12) + 12;
      return fiscalYearEndingAt(next, "next fiscal year → the one after the year under way at publication");
    },
  ],
];

/** A quarter named without its year: the latest one numbered `q` that has begun by publication. */
function quarterWithoutYear(q: number, p: Published | null) {
  if (!p) return null;
  if (p.fiscalEnd && p.fiscalEnd !== 12) return latestFiscalQuarter(q, p);
  const y = p.month !== null && (q - 1) * 3 + 1 > p.month ? p.year - 1 : p.year;
  return {
    ...quarterOf(y, q, `quarter without a year → Q${q} ${y} (the latest begun by publication)`),
    yearless: true,
  };
}

/**
 * A half named without its year: the publication year's, whether begun or to come ("production will start
 * in the second half"); a result stated as done in one not over is moved back a year (past-fact-date.ts).
 */
function halfWithoutYear(half: 1 | 2, p: Published | null) {
  if (!p) return null;
  return { ...halfOf(p.year, half, `half without a year → H${half} ${p.year}`), yearless: true };
}

/** The latest fiscal quarter numbered `n` that has begun by publication. */
function latestFiscalQuarter(n: number, p: Published | null) {
  const at = publishedAt(p);
  if (!p?.fiscalEnd || at === null) return null;
  let end = fiscalPeriodEndContaining(at, p.fiscalEnd, 3);
  while (fiscalQuarterNumber(end, p.fiscalEnd) !== n) end -= 3;
  return {
    ...quarterEndingAt(end, `fiscal Q${n} without a year → the latest begun by publication`),
    yearless: true,
  };
}

/**
 * "its full-year guidance", « ses prévisions annuelles »: the year a company guides for is its fiscal year
 * under way at publication when its calendar is known and is not the calendar year, else the publication year.
 */
function fullYear(p: Published | null) {
  const at = publishedAt(p);
  if (!p?.fiscalEnd || p.fiscalEnd === 12 || at === null) return publishedYear(p, 0, "the full year");
  const current = fiscalPeriodEndContaining(at, p.fiscalEnd, 12);
  return fiscalYearEndingAt(current, "the full year → the fiscal year under way at publication");
}

/** Ordered: the longer, more specific expressions first; matched spans are not reused. */
/**
 * A span between two years ("between 2023 and the end of 2029", "from 2026 through 2029", "de 2026 à
 * 2029") and a term that starts at a given year ("over five years starting in 2027", "sur cinq ans à
 * partir de 2027"): the figure covers those calendar years, whatever the publication date.
 */
/**
 * The part of a year a span's end names: "late 2026", "the end of 2029", "mid-2027", "the second half
 * of 2026", « fin 2026 », « le second semestre 2026 », « mi-2027 ». The span counts whole years.
 */
const SPAN_END_EDGE =
  "(?:(?:the\\s+)?(?:start|beginning|middle|end|first\\s+half|second\\s+half|(?:first|second|third|fourth)\\s+quarter)\\s+of\\s+|(?:le\\s+)?(?:premier|deuxième|troisième|quatrième)\\s+trimestre\\s+(?:de\\s+|d['’])?|(?:late|early|mid|end)[-\\s]|(?:le\\s+|la\\s+)?(?:début|fin|mi-|(?:premier|second|deuxième)\\s+semestre)\\s*(?:de\\s+|d['’])?)?";

const YEAR_SPAN_RULES: [RegExp, Builder][] = [
  [
    new RegExp(
      `\\b(?:between|from|entre|de)\\s+${SPAN_END_EDGE}${Y}\\s+(?:and|to|through|until|et|à)\\s+${SPAN_END_EDGE}${Y}\\b`,
      "giu",
    ),
    (m) => yearSpan(Number(m[1]), Number(m[2])),
  ],
  [
    // "la période 2025-2030", "the 2026–2030 plan": two years apart or more, so no fiscal year ("2025-26").
    new RegExp(`(?<!(?:exercice|fiscal|FY)\\s*)\\b${Y}\\s?[-–—]\\s?${Y}\\b`, "giu"),
    (m) => {
      const [from, to] = [Number(m[1]), Number(m[2])];
      return to - from >= 2 && to - from <= 15 ? yearSpan(from, to) : null;
    },
  ],
  [
    new RegExp(
      `\\b(?:sur|over|within)\\s+${optionalHedge(["approx"])}(${COUNT})\\s+(?:ans|années|years),?\\s+(?:starting|beginning|commencing|from|à\\s+partir|à\\s+compter)\\s+(?:in\\s+|de\\s+|d['’]\\s*)?${Y}\\b`,
      "giu",
    ),
    (m) => {
      const n = countWord(m[1]!);
      const y = Number(m[2]);
      return n ? yearSpan(y, y + n - 1) : null;
    },
  ],
];

/** A year named relative to publication: "next year", "l'an dernier", "cette année". */
const RELATIVE_YEAR =
  "(next\\s+year|last\\s+year|this\\s+year|l['’]an\\s+prochain|l['’]année\\s+prochaine|l['’]an\\s+dernier|l['’]année\\s+(?:dernière|précédente)|cette\\s+année)";

const QUARTER_NUMBER: Record<string, number> = {
  first: 1,
  premier: 1,
  "1er": 1,
  second: 2,
  deuxième: 2,
  third: 3,
  troisième: 3,
  fourth: 4,
  quatrième: 4,
};

function yearShift(words: string): number {
  if (/next|prochain/iu.test(words)) return 1;
  return /last|dernier|dernière|précédente|passée?/iu.test(words) ? -1 : 0;
}

/** "the second half of next year", "au premier trimestre de l'an prochain": a half or quarter of a relative year. */
const RELATIVE_PART_RULES: [RegExp, Builder][] = [
  [
    new RegExp(
      `\\b(first|second|premier|1er|deuxième|seconde?)\\s+(half|semestre)\\s+(?:of\\s+|de\\s+)${RELATIVE_YEAR}`,
      "giu",
    ),
    (m, p) => {
      if (!p) return null;
      const year = p.year + yearShift(m[3]!);
      return halfOf(
        year,
        HALF[m[1]!.toLowerCase()]!,
        `half ${m[1]} of ${m[3]} → H${HALF[m[1]!.toLowerCase()]} ${year}`,
      );
    },
  ],
  [
    new RegExp(
      `\\b(first|second|third|fourth|premier|1er|deuxième|troisième|quatrième)\\s+(?:quarter|trimestre)\\s+(?:of\\s+|de\\s+)${RELATIVE_YEAR}`,
      "giu",
    ),
    (m, p) => {
      const n = QUARTER_NUMBER[m[1]!.toLowerCase()];
      if (!p || !n) return null;
      const year = p.year + yearShift(m[2]!);
      return quarterOf(year, n, `quarter ${n} of ${m[2]} → Q${n} ${year}`);
    },
  ],
];

function yearSpan(from: number, to: number): Omit<TimeMention, "start" | "end"> | null {
  if (to <= from) return null;
  return {
    flow: { start: `${from}-01-01`, end: `${to}-12-31` },
    asOf: `${to}-12-31`,
    horizon: false,
    year: to,
    note: `the years ${from} to ${to} → ${from}-01-01..${to}-12-31`,
  };
}

const COUNTED_UNIT_MONTHS: Readonly<Record<string, number>> = {
  mois: 1,
  month: 1,
  months: 1,
  an: 12,
  ans: 12,
  année: 12,
  années: 12,
  year: 12,
  years: 12,
  trimestre: 3,
  trimestres: 3,
  quarter: 3,
  quarters: 3,
};

const ONE = "un|une|a|an|one";

/** Months from publication (negative before it): a month, or a year's span for a whole number of years. */
function monthsFromPublication(months: number, p: Published | null) {
  const what = `${Math.abs(months)} months ${months < 0 ? "before" : "after"} publication`;
  if (!p || p.month === null) return publishedYear(p, Math.trunc(months / 12), what);
  const at = monthIndex(p.year, p.month) + months;
  const [y, month] = [Math.floor(at / 12), (at % 12) + 1];
  if (months % 12 === 0) return { ...ofYear(y, `${what} → ${y}-${pad(month)}`), asOf: `${y}-${pad(month)}` };
  return monthsEnding(y, month, 1, `${what} → ${y}-${pad(month)}`);
}

/** "N mois plus tôt", "N years later": the count in months, negative before the date counted from. */
function countOfMonths(m: RegExpExecArray): number | null {
  const count = new RegExp(`^(?:${ONE})$`, "iu").test(m[1]!) ? 1 : countWord(m[1]!);
  const unit = COUNTED_UNIT_MONTHS[m[2]!.toLowerCase()];
  if (!count || !unit) return null;
  return /tard|later|after/iu.test(m[3]!) ? count * unit : -count * unit;
}

/** "les deux années précédentes", "the following four years": the count of whole years, negative before. */
function countOfYears(m: RegExpExecArray): number | null {
  const years = countWord((m[1] ?? m[2] ?? m[3])!);
  if (!years || years > 10) return null;
  return /suivantes|following|subsequent/iu.test(m[0]) ? years : -years;
}

/**
 * A deal's term in years written after the deal's noun: « un contrat de cinq ans », « un bail
 * pluriannuel de six ans », "a deal spanning five years", "an agreement lasting seven years".
 */
const DEAL_OF_YEARS = `(?<!\\p{L})(?:contrats?|accords?|bail|baux|engagements?|partenariats?|collaborations?)(?:\\s+(?:cloud|pluriannuel(?:le)?s?|commercia(?:l|ux)|d['’]approvisionnement|de\\s+location))?\\s+de\\s+(${COUNT})\\s+ans(?!\\p{L})|\\b(?:deals?|agreements?|contracts?|leases?|partnerships?|collaborations?)\\s+(?:[^.;,]{0,40}?\\s)?(?:spanning|lasting|running\\s+for|for\\s+a\\s+(?:term|period)\\s+of)\\s+(${COUNT})\\s+years\\b`;

/** A French term in years said of the amount: « sur une période de cinq ans », « pour une durée de dix ans ». */
const TERM_OF_YEARS = `(?<!\\p{L})(?:(?:sur|pour|pendant)\\s+une\\s+(?:période|durée)|d['’]une\\s+durée)\\s+de\\s+(${COUNT})\\s+ans(?!\\p{L})`;

/**
 * Dates counted from another date of the text: "neuf mois plus tôt", "three months earlier", "un an
 * auparavant", "two years later", "the previous year", "les deux années précédentes", "the following four
 * years". Until that date is found they are counted from publication, as "a year earlier" always was; "il
 * y a un an", "a year ago", "over the next four years" stay publication's.
 */
const COUNTED_RULES: [RegExp, Builder][] = [
  [
    new RegExp(
      `\\b(${COUNT}|${ONE})\\s+(mois|ans?|années?|trimestres?|months?|years?|quarters?)\\s+(plus\\s+tôt|auparavant|plus\\s+tard|earlier|later|before(?=\\s*(?:[,.;:)]|$))|after(?=\\s*[,.;:)])|prior(?=\\s*[,.;:)]))`,
      "giu",
    ),
    (m, p) => {
      const months = countOfMonths(m);
      return months === null ? null : { ...monthsFromPublication(months, p), counted: { months } };
    },
  ],
  [
    new RegExp(
      `\\b(?:(?:(?:sur|pendant|durant|dans)\\s+)?(?:les|des|aux|au\\s+cours\\s+des|lors\\s+des)\\s+(${COUNT})\\s+années\\s+(?:précédentes|suivantes)|(?:(?:over|during|in|for|across|within)\\s+)?the\\s+(?:(${COUNT})\\s+(?:previous|prior|preceding|following|subsequent)|(?:previous|prior|preceding|following|subsequent)\\s+(${COUNT}))\\s+years)\\b`,
      "giu",
    ),
    (m, p) => {
      const years = countOfYears(m);
      if (years === null) return null;
      // "au cours des quatre années suivantes" with no date before it: the next years from publication.
      if (years > 0) return { ...forward(years, p, `the following ${years} years`), counted: { years } };
      if (!p) return publishedYear(p, -1, m[0]);
      return { ...yearsNextTo(yearFlow(p.year), years, "publication"), counted: { years } };
    },
  ],
  [
    /\b(?:l['’]année\s+(?:précédente|d['’]avant|suivante|d['’]après)|the\s+(?:previous|prior|preceding|following|subsequent)\s+year|the\s+year\s+(?:before|after)(?=\s*[,.;:)]))(?![-\p{L}])/giu,
    (m, p) => {
      const years = /suivante|après|following|subsequent|after/iu.test(m[0]) ? 1 : -1;
      const what = `the year ${years < 0 ? "before" : "after"} publication`;
      return { ...publishedYear(p, years, what), counted: { years } };
    },
  ],
];

/** A span moved by whole years (a 29 February that moves becomes the 28th). */
function shiftYears(span: { start: string; end: string }, years: number): { start: string; end: string } {
  const shift = (date: string) => `${Number(date.slice(0, 4)) + years}${date.slice(4)}`;
  const end = shift(span.end);
  return { start: shift(span.start), end: end.endsWith("-02-29") ? `${end.slice(0, 8)}28` : end };
}

/**
 * The `years` whole years next to `year` (before it when negative), as a flow, with the one nearest to
 * it, from which a list of as many figures is read outward; a level reads the nearest.
 */
function yearsNextTo(year: { start: string; end: string }, years: number, from: string) {
  const nearest = shiftYears(year, Math.sign(years));
  const farthest = shiftYears(year, years);
  const flow =
    years < 0 ? { start: farthest.start, end: nearest.end } : { start: nearest.start, end: farthest.end };
  const y = Number(nearest.end.slice(0, 4));
  return {
    flow,
    asOf: `${y}`,
    horizon: false,
    year: y,
    nearestYear: nearest,
    note: `${Math.abs(years)} year(s) ${years < 0 ? "before" : "after"} ${from} → ${flow.start}..${flow.end}`,
  };
}

/** The year a count of whole years starts from: the date's own span when a year long (a fiscal year), else its calendar year. */
function yearOf(anchor: TimeMention, anchorEnd: string): { start: string; end: string } {
  const flow = anchor.flow;
  const monthOf = (date: string) => monthIndex(Number(date.slice(0, 4)), Number(date.slice(5, 7)));
  if (flow?.start && flow.end && monthOf(flow.end) - monthOf(flow.start) === 11)
    return { start: flow.start, end: flow.end };
  return yearFlow(Number(anchorEnd.slice(0, 4)));
}

/**
 * Years counted from a month ("lancé en janvier …, puis jusqu'à 500 milliards au cours des quatre années
 * suivantes"): the span of that many years from or to the month; null for a single year, which is the
 * calendar one next to it, or when the date is no month.
 */
function monthSpanFrom(
  anchor: TimeMention,
  anchorEnd: string,
  years: number,
): Omit<TimeMention, "start" | "end"> | null {
  const flow = anchor.flow;
  const oneMonth = flow?.start && flow.end && flow.start.slice(0, 7) === flow.end.slice(0, 7);
  if (Math.abs(years) < 2 || !/^\d{4}-\d{2}/u.test(anchorEnd) || (flow && !oneMonth)) return null;
  const month = anchorEnd.slice(0, 7);
  const other = `${Number(month.slice(0, 4)) + years}${month.slice(4)}`;
  const [start, end] = years > 0 ? [month, other] : [other, month];
  return {
    flow: { start, end },
    asOf: end,
    horizon: false,
    year: Number(end.slice(0, 4)),
    note: `${Math.abs(years)} years ${years > 0 ? "from" : "to"} "${anchor.note}" → ${start}..${end}`,
  };
}

/**
 * A date counted from `anchor`, the date the text gave before it: "Neuf mois plus tôt" after "fin
 * septembre" 2025 → 2024-12; "un an plus tôt" after the third quarter of 2025 → that quarter of 2024; "the
 * previous year" after 2026 → 2025; "the following four years" after a fiscal year → the four fiscal years
 * after it. Null when the anchor cannot bear the count (a year for a count of months).
 */
export function countFrom(t: TimeMention, anchor: TimeMention): TimeMention | null {
  const counted = t.counted;
  const anchorEnd = anchor.asOf ?? anchor.flow?.end ?? null;
  if (!counted || !anchorEnd) return null;
  const from = `"${anchor.note}"`;
  const placedAt = { start: t.start, end: t.end, counted };
  if ("years" in counted) {
    const span = monthSpanFrom(anchor, anchorEnd, counted.years);
    if (span) return { ...span, ...placedAt };
    return { ...yearsNextTo(yearOf(anchor, anchorEnd), counted.years, from), ...placedAt };
  }
  const flow = anchor.flow;
  const years = counted.months / 12;
  if (counted.months % 12 === 0 && flow?.start && flow.end) {
    const shifted = shiftYears({ start: flow.start, end: flow.end }, years);
    const asOf = anchor.asOf
      ? `${Number(anchor.asOf.slice(0, 4)) + years}${anchor.asOf.slice(4)}`
      : shifted.end.slice(0, 7);
    const year = Number(shifted.end.slice(0, 4));
    return { flow: shifted, asOf, horizon: false, year, note: `counted from ${from} → ${asOf}`, ...placedAt };
  }
  if (!/^\d{4}-\d{2}/u.test(anchorEnd)) return null;
  const at = monthIndex(Number(anchorEnd.slice(0, 4)), Number(anchorEnd.slice(5, 7))) + counted.months;
  const [y, month] = [Math.floor(at / 12), (at % 12) + 1];
  return { ...monthsEnding(y, month, 1, `counted from ${from} → ${y}-${pad(month)}`), ...placedAt };
}

const RULES: [RegExp, Builder][] = [
  ...YEAR_SPAN_RULES,
  ...SEASON_RULES,
  ...RELATIVE_PART_RULES,
  ...FISCAL_RULES,
  [
    new RegExp(
      `\\b(?:the\\s+)?first\\s+(${COUNT})\\s+months\\s+of\\s+(?:the\\s+year\\s+|fiscal\\s+)?${Y}|\\b(?:les\\s+)?(${COUNT})\\s+premiers\\s+mois\\s+(?:de\\s+l['’]année\\s+|de\\s+|d['’])?${Y}`,
      "giu",
    ),
    (m) => {
      const n = countWord((m[1] ?? m[3])!);
      const y = Number(m[2] ?? m[4]);
      return n && n <= 12 ? monthsEnding(y, n, n, `the first ${n} months → ${y}-01..${y}-${pad(n)}`) : null;
    },
  ],
  [
    new RegExp(
      `\\b(${COUNT}|(?:the\\s+)?quarter)\\s+(?:months\\s+)?(?:to|ended|ending|through)\\s+(?:the\\s+end\\s+of\\s+)?(${MONTH_ALTERNATIVES})(?:\\s+(?:\\d{1,2},?\\s+)?${Y})?|\\b(${COUNT})\\s+mois\\s+(?:clos|achevés?|terminés?|allant\\s+jusqu['’]à)\\s+(?:(?:le\\s+)?\\d{1,2}\\s+|fin\\s+)?(${MONTH_ALTERNATIVES})(?:\\s+${Y})?|\\btrimestre\\s+(?:qui\\s+s['’]est\\s+|s['’]étant\\s+)?(?:clos|achevé|terminé|arrêté|se\\s+terminant|s['’]achevant|prenant\\s+fin)\\s+(?:(?:le|au)\\s+\\d{1,2}(?:er)?\\s+|fin\\s+|en\\s+)?(${MONTH_ALTERNATIVES})(?:\\s+${Y})?`,
      "giu",
    ),
    (m, p) => {
      const n = /quarter/iu.test(m[1] ?? "") || m[7] ? 3 : countWord((m[1] ?? m[4])!);
      const month = MONTHS[(m[2] ?? m[5] ?? m[7])!.toLowerCase()];
      const given = m[3] ?? m[6] ?? m[8];
      if (!n || !month || n > 24) return null;
      let y = given ? Number(given) : p?.year;
      if (!y) return null;
      if (!given && p?.month !== null && p?.month !== undefined && month > p.month) y--;
      return monthsEnding(y, month, n, `${n} months to ${y}-${pad(month)}`);
    },
  ],
  [
    // "the September quarter", "its December-quarter revenue", "le trimestre clos fin septembre": the three
    // months that end with that month, the latest such by publication when no year is written.
    new RegExp(
      `\\b(${MONTH_ALTERNATIVES})(?:[-\\s]end(?:ed|ing)?)?[-\\s]quarter\\b(?:\\s+(?:of\\s+)?${Y})?|\\btrimestre\\s+(?:clos|achevé|terminé|arrêté)\\s+(?:(?:le\\s+)?\\d{1,2}(?:er)?\\s+|fin\\s+|en\\s+)?(${MONTH_ALTERNATIVES})(?:\\s+${Y})?`,
      "giu",
    ),
    (m, p) => {
      const month = MONTHS[(m[1] ?? m[3])!.toLowerCase()];
      const given = m[2] ?? m[4];
      let y = given ? Number(given) : p?.year;
      if (!month || !y) return null;
      if (!given && p?.month !== null && p?.month !== undefined && month > p.month) y--;
      return monthsEnding(y, month, 3, `the quarter ending in month ${month} → ${y}-${pad(month)}`);
    },
  ],
  [
    new RegExp(
      `\\bexercice(?:\\s+fiscal)?\\s+clos\\s+le\\s+(\\d{1,2})(?:er)?\\s+(${MONTH_ALTERNATIVES})\\s+((?:19|20)\\d{2})`,
      "giu",
    ),
    (m) => fiscal(Number(m[3]), MONTHS[m[2]!.toLowerCase()]!),
  ],
  [
    new RegExp(
      `\\bfiscal\\s+year\\s+end(?:ed|ing)\\s+(${MONTH_ALTERNATIVES})\\s+\\d{1,2},?\\s+((?:19|20)\\d{2})`,
      "giu",
    ),
    (m) => fiscal(Number(m[2]), MONTHS[m[1]!.toLowerCase()]!),
  ],
  [
    // A quarter or half of a fiscal year ("Q3 FY26", "troisième trimestre de son exercice 2026") is not the
    // whole year: its calendar dates depend on the company's year end, which the text does not give.
    /(?<!(?:\b[QqHhTtSs][1-4]|trimestre|semestre|quarter|half)\s+(?:(?:de|of|du)\s+(?:son\s+|sa\s+|leur\s+|its\s+|their\s+|the\s+|l['’])?)?)(?:\bFY\s?['’]?(\d{2}|(?:19|20)\d{2})\b|\b[Ff]iscal\s+(?:[Yy]ear\s+)?((?:19|20)\d{2})\b|\b[Ee]xercice\s+(?:fiscal\s+)?((?:19|20)\d{2})(?:\s?[-/]\s?((?:19|20)?\d{2}))?\b)/gu,
    (m, p) => {
      const written = (m[4] ?? m[1] ?? m[2] ?? m[3])!;
      const y = written.length === 2 ? 2000 + Number(written) : Number(written);
      if (p?.fiscalEnd) return { ...fiscal(y, p.fiscalEnd), horizon: false };
      return ofYear(y, `fiscal year ${y}, end month not given → the year ${y}`);
    },
  ],
  [
    new RegExp(
      `\\b(premier|1er|deuxième|second|seconde)\\s+semestre(?:\\s+(?:de\\s+l['’]année\\s+|de\\s+|d['’]|du\\s+)?${Y})?`,
      "giu",
    ),
    (m, p) => {
      const half = HALF[m[1]!.toLowerCase()]!;
      return m[2] ? halfOf(Number(m[2]), half, `half-year → H${half} ${m[2]}`) : halfWithoutYear(half, p);
    },
  ],
  [
    new RegExp(`\\b(first|second)(?:\\s+|-)half(?:\\s+(?:of\\s+)?(?:fiscal\\s+)?${Y})?`, "giu"),
    (m, p) => {
      const half = HALF[m[1]!.toLowerCase()]!;
      return m[2] ? halfOf(Number(m[2]), half, `half-year → H${half} ${m[2]}`) : halfWithoutYear(half, p);
    },
  ],
  [
    new RegExp(`\\b(?:[SH]([12])|([12])H)\\s*[-']?\\s*${Y}`, "gu"),
    (m) => {
      const half = Number(m[1] ?? m[2]) as 1 | 2;
      return halfOf(Number(m[3]), half, `half-year → H${half} ${m[3]}`);
    },
  ],
  [
    new RegExp(
      `\\b(premier|1er|deuxième|second|troisième|quatrième|dernier|first|second|third|fourth)(?:\\s+|-)(?:trimestre|quarter)(?:\\s+(?:de\\s+l['’]année\\s+|de\\s+|d['’]|du\\s+|of\\s+)?(?:fiscal\\s+)?${Y})?`,
      "giu",
    ),
    (m, p) => {
      const q = QUARTER_BY_ORDINAL[m[1]!.toLowerCase()]!;
      if (m[2]) return quarterOf(Number(m[2]), q, `quarter → Q${q} ${m[2]}`);
      // "au cours du dernier trimestre" with no year: the latest quarter over, not the fourth.
      if (/^dernier$/iu.test(m[1]!)) return lastQuarterCompleted(p, "the last quarter");
      return quarterWithoutYear(q, p);
    },
  ],
  [
    // "in the quarter", "last quarter", "its most recent quarter", "a $35 billion quarter", "le trimestre dernier", "au cours du trimestre".
    /\b(?:(?:in|during|for|over|of)\s+(?:the|its|their)\s+(?:latest\s+|last\s+|past\s+|(?:most\s+)?recent\s+)?quarter|(?:the\s+|its\s+|their\s+)?(?:last|latest|past|most\s+recent)\s+quarter|(?<=\b(?:billion|million|bn)\s+)quarter|(?:au|sur\s+le|durant\s+le|pendant\s+le|au\s+cours\s+du|lors\s+du)\s+(?:dernier\s+)?trimestre|\ble\s+trimestre\s+dernier)(?!\s+(?:de|d['’]|of\s+(?:\d|(?:the|its|their|this|last|next|fiscal|FY)\b)|\d|en\s+cours|centur))(?![\p{L}\p{N}])/giu,
    (_m, p) => lastQuarterCompleted(p, "the quarter"),
  ],
  [
    /\b(?:(?:du|le|pour\s+le)\s+trimestre\s+en\s+cours|(?:the\s+)?current\s+quarter)(?![\p{L}\p{N}])/giu,
    (_m, p) => {
      if (!p || p.month === null) return null;
      if (p.fiscalEnd) {
        const end = fiscalPeriodEndContaining(monthIndex(p.year, p.month), p.fiscalEnd, 3);
        return quarterEndingAt(end, "the current quarter → the fiscal quarter under way at publication");
      }
      const q = Math.floor((p.month - 1) / 3) + 1;
      return quarterOf(p.year, q, `the current quarter → Q${q} ${p.year}`);
    },
  ],
  [
    new RegExp(`\\b[TQ]([1-4])\\s*[-']?\\s*${Y}`, "gu"),
    (m) => quarterOf(Number(m[2]), Number(m[1]), `quarter → Q${m[1]} ${m[2]}`),
  ],
  [
    // "the Q4 guide", "au T3", "Nvidia's Q3", "Q3 revenue", "CA T3": a quarter without its year, as "the
    // fourth quarter" reads.
    /(?<=\b(?:the|its|their|in|for|au|du|le|pour\s+le|CA|chiffre\s+d['’]affaires|revenus|ventes|résultats|\p{L}+['’]s)\s+)[TQ]([1-4])\b(?!\s*[-'’/]?\s*(?:\d|FY|fiscal|de\s+l['’]exercice|of\s+fiscal)|\s+(?:earnings\s+)?call)|\b[TQ]([1-4])(?=\s+(?:guide|guidance|outlook|forecast|prévisions?|revenue|sales|results|earnings)\b)/giu,
    (m, p) => quarterWithoutYear(Number(m[1] ?? m[2]), p),
  ],
  [
    // "we ended the year with", "a clôturé l'année avec": a year already over, the one before publication
    // (a December report may speak of its own year).
    /\b(?:ended|closed|finished|exited)\s+(?:the|last)\s+year\b(?!\s*(?:\d|ago|before|earlier))|(?<!\p{L})(?:a|ont|avait|avaient|ai|avons|avions|avez)\s+(?:terminé|clôturé|achevé|fini|bouclé)\s+l['’]année(?!\s*(?:\d|en\s+cours|précédente|dernière|passée))/giu,
    (m, p) => {
      if (!p) return null;
      const y = p.month === 12 && !/last/iu.test(m[0]) ? p.year : p.year - 1;
      return {
        flow: yearFlow(y),
        asOf: `${y}-12-31`,
        horizon: false,
        year: y,
        note: `the year just ended → ${y}`,
      };
    },
  ],
  [
    /\b(?:d['’]ici\s+(?:la\s+)?fin\s+(?:de\s+l['’]année|d['’]année|de\s+cette\s+année)|(?:by|before)\s+(?:the\s+)?end\s+of\s+(?:the|this)\s+year|by\s+year[-\s]end|(?:termin|fin)(?:era|eront|ir|irait)\s+l['’]année|(?:end|finish|close)s?\s+the\s+year)\b/giu,
    (_m, p) => {
      if (!p) return leftOpen("end of the year", true);
      return {
        flow: yearFlow(p.year),
        asOf: `${p.year}-12-31`,
        horizon: false,
        year: p.year,
        note: `end of the year → ${p.year}-12-31`,
      };
    },
  ],
  [
    // "at the end of the year", "at year-end", « à la fin de l'année », « en fin d'année »: the publication
    // year's end; a level stated as done there is the year just ended (assemble/year-end.ts).
    /(?<!\p{L})(?:at\s+(?:the\s+)?end\s+of\s+the\s+year|at\s+year[-\s]end|(?:à\s+la|en)\s+fin\s+(?:de\s+l['’]année|d['’]année))(?![\s-]*\d)(?!\p{L})/giu,
    (_m, p) =>
      p
        ? {
            flow: yearFlow(p.year),
            asOf: `${p.year}-12`,
            horizon: false,
            year: p.year,
            note: `end of the year → ${p.year}-12`,
          }
        : null,
  ],
  [
    // "by the end of the decade", « d'ici la fin de la décennie »: the year the publication's decade closes on.
    /\b(?:(?:by|before|until)\s+(?:the\s+)?end\s+of\s+(?:the|this)\s+decade|by\s+decade['’]s\s+end|(?:d['’]ici|avant)\s+(?:à\s+)?la\s+fin\s+de\s+(?:la|cette)\s+décennie)\b/giu,
    (_m, p) => {
      if (!p) return null;
      const y = Math.floor(p.year / 10) * 10 + 10;
      return {
        flow: { start: null, end: `${y}-12-31` },
        asOf: `${y}-12-31`,
        horizon: true,
        year: y,
        note: `end of the decade → by ${y}-12-31`,
      };
    },
  ],
  [
    new RegExp(
      `\\b(?:(?:d['’]ici\\s+(?:à\\s+)?|avant\\s+)?(?:la\\s+|à\\s+la\\s+)?fin\\s+(?:de\\s+l['’]année\\s+|de\\s+|d['’])?|(?:by\\s+)?(?:the\\s+)?end\\s+of\\s+(?:fiscal\\s+)?|(?:by\\s+)?(?:late|year[-\\s]end)\\s+)${Y}`,
      "giu",
    ),
    (m) => {
      const y = Number(m[1]);
      return { flow: yearFlow(y), asOf: `${y}-12`, horizon: false, year: y, note: `end of ${y} → ${y}-12` };
    },
  ],
  [
    new RegExp(
      // "à" is no ASCII word character: a lookbehind, not \\b, opens the phrase ("à l'horizon 2030").
      `(?<![\\p{L}\\d])(?:d['’]ici\\s+(?:à\\s+)?(?:l['’]an\\s+|l['’]année\\s+)?|à\\s+l['’]horizon\\s+(?:de\\s+)?|by\\s+|through\\s+|until\\s+|jusqu['’](?:en|à)\\s+)${Y}\\b`,
      "giu",
    ),
    (m) => {
      const y = Number(m[1]);
      return {
        flow: { start: null, end: `${y}-12-31` },
        asOf: `${y}-12-31`,
        horizon: true,
        year: y,
        note: `horizon → by ${y}-12-31`,
      };
    },
  ],
  [
    new RegExp(
      `\\b(?:(?:au\\s+cours|lors)\\s+des|dans\\s+les|d['’]ici(?:\\s+à)?|sur\\s+les|pendant\\s+les|pour\\s+les|over\\s+the\\s+next|in\\s+the\\s+next|within\\s+the\\s+next|during\\s+the\\s+next|for\\s+the\\s+next)\\s+(?:(?:${COUNT})\\s*(?:to|à|-|–)\\s*)?(${COUNT})\\s+(?:prochaines\\s+)?(?:années|ans|years)(?:\\s+à\\s+venir)?(?!\\s+(?:suivantes|précédentes))`,
      "giu",
    ),
    (m, p) => {
      const n = countWord(m[1]!);
      return n ? forward(n, p, `the next ${n} years`) : null;
    },
  ],
  [
    new RegExp(
      `\\b(?:(?:sur|over|within)\\s+${optionalHedge(["approx"])}(${COUNT})\\s+(?:ans|years)\\b|(${COUNT})[-\u2010\u2011]year,?\\s+(?:[^;]{0,30}?\\s)?(?:deal|agreement|contract|commitment|lease|partnership|collaboration|period|term)s?\\b|${TERM_OF_YEARS}|${DEAL_OF_YEARS})`,
      "giu",
    ),
    (m, p) => {
      const n = countWord((m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5])!);
      return n ? forward(n, p, `${n} years`) : null;
    },
  ],
  [
    /\b(?:(?:au\s+cours\s+de\s+|pendant\s+|sur\s+|dans\s+)?la\s+(?:prochaine\s+décennie|décennie\s+à\s+venir)|(?:over\s+|in\s+|during\s+)?the\s+(?:next\s+decade|coming\s+decade|decade\s+ahead))\b/giu,
    (_m, p) => forward(10, p, "the next decade"),
  ],
  [
    /\b(?:depuis\s+le\s+début\s+de\s+l['’]année|since\s+the\s+(?:start|beginning)\s+of\s+the\s+year|year[-\s]to[-\s]date|so\s+far\s+this\s+year)\b/giu,
    (_m, p) =>
      p
        ? {
            flow: { start: `${p.year}-01-01`, end: p.iso },
            asOf: p.iso,
            horizon: false,
            year: p.year,
            note: `since the start of the year → ${p.year}-01-01..${p.iso}`,
          }
        : null,
  ],
  ...COUNTED_RULES,
  [
    // "in January last year", "en mars de l'an dernier", "in June next year": the month of the year named.
    new RegExp(
      `\\b(?:(?:en|in|early|late|mid-|début|fin)\\s*)?(${MONTH_ALTERNATIVES})\\s+(?:of\\s+|de\\s+|d['’])?(last\\s+year|next\\s+year|l['’]an\\s+(?:dernier|passé|prochain)|l['’]année\\s+(?:dernière|passée|précédente|prochaine))(?![\\p{L}\\d])`,
      "giu",
    ),
    (m, p) => {
      if (!p) return null;
      const month = MONTHS[m[1]!.toLowerCase()]!;
      const y = p.year + yearShift(m[2]!);
      return {
        flow: { start: `${y}-${pad(month)}-01`, end: `${y}-${pad(month)}-${lastDay(y, month)}` },
        asOf: `${y}-${pad(month)}`,
        horizon: false,
        year: y,
        note: `month of ${m[2]} → ${y}-${pad(month)}`,
      };
    },
  ],
  [
    // "passé" ends on a letter \b does not know: a lookahead closes the phrase. "fin d'année dernière" too.
    /\b(?:[ld]['’]année\s+(?:dernière|passée)|l['’]an\s+(?:dernier|passé)|last\s+year)(?![\p{L}\d])/giu,
    (_m, p) => publishedYear(p, -1, "last year"),
  ],
  [
    /\b(?:il\s+y\s+a\s+un\s+an|a\s+year\s+ago|(?:this\s+time\s+)?last\s+year's\s+level)\b/giu,
    (_m, p) => {
      const year = publishedYear(p, -1, "a year earlier");
      if (!p || p.month === null) return year;
      return {
        ...year,
        asOf: `${p.year - 1}-${pad(p.month)}`,
        note: `a year before publication → ${p.year - 1}-${pad(p.month)}`,
      };
    },
  ],
  [
    // "il y a trois mois", "six months ago": months before publication; "sa valeur d'il y a quinze mois" is a
    // comparison's base, and "il y a quelques mois" too vague to date a figure by.
    new RegExp(
      `(?<!d['’]\\s?)\\b(?:il\\s+y\\s+a\\s+(${COUNT})\\s+mois|(${COUNT})\\s+months\\s+ago)\\b`,
      "giu",
    ),
    (m, p) => {
      const n = countWord((m[1] ?? m[2])!);
      return n && n <= 24 ? monthsFromPublication(-n, p) : null;
    },
  ],
  [
    /\b(?:le\s+mois\s+dernier|le\s+mois\s+passé|last\s+month|the\s+previous\s+month)(?![\p{L}])/giu,
    (_m, p) => {
      if (!p || p.month === null) return null;
      const [y, month] = p.month === 1 ? [p.year - 1, 12] : [p.year, p.month - 1];
      return monthsEnding(y, month, 1, `last month → ${y}-${pad(month)}`);
    },
  ],
  [
    new RegExp(
      `\\b(?:at\\s+the\\s+(?:start|beginning)\\s+of|(?:au\\s+)?début(?:\\s+de)?|early)\\s+${Y}`,
      "giu",
    ),
    (m) => {
      const y = Number(m[1]);
      return { ...ofYear(y, `the start of ${y} → ${y}-01`), asOf: `${y}-01` };
    },
  ],
  [
    // "mid-2025", "the middle of 2025", « mi-2025 », « à la mi-2025 », « au milieu de 2025 »: a point of the year.
    new RegExp(
      `(?<!\\p{L})(?:(?:at\\s+|by\\s+)?the\\s+middle\\s+of|mid-?|(?:à\\s+la\\s+)?mi-|(?:au\\s+)?milieu\\s+(?:de\\s+|d['’]))\\s*${Y}`,
      "giu",
    ),
    (m) => {
      const y = Number(m[1]);
      return { ...ofYear(y, `the middle of ${y} → ${y}-06`), asOf: `${y}-06` };
    },
  ],
  [
    /\b(?:l['’]année\s+prochaine|l['’]an\s+prochain|next\s+year)\b/giu,
    (_m, p) => publishedYear(p, 1, "next year"),
  ],
  [
    keepingCapitals(
      /\b(?:cette\s+année|this\s+year|l['’]année\s+en\s+cours|the\s+current\s+year|(?<=\b(?:for|over|in)\s+)the\s+(?:full\s+)?year(?!\s+(?:to\s+(?:\p{Lu}|the\s+end)|end|ended|ending|earlier|before|ago|after|since|through)\b|\s*\d|-\w)|(?<!\p{L})(?:sur|pour|au\s+cours\s+de)\s+l['’]année(?![\s-]*(?:\d|dernière|passée|précédente|écoulée|prochaine|suivante|en\s+cours|d['’]avant|d['’]après)))(?!\p{L})/giu,
    ),
    (_m, p) => publishedYear(p, 0, "this year"),
  ],
  [
    // "its full-year guidance", "annual capex guidance", "pour l'ensemble de l'année", "ses prévisions annuelles".
    /\b(?:full[-\s]year(?![-\s]+(?:\d|FY|fiscal|ended|ending|earlier|ago))|annual\s+(?:[\p{L}-]+\s+){0,2}?(?:guidance|forecast|outlook|target)s?)\b|(?<!\p{L})(?:(?:sur|pour)\s+l['’]ensemble\s+de\s+l['’]année|(?:prévisions?|objectifs?)\s+annuel(?:le)?s?)(?!\p{L})/giu,
    (_m, p) => fullYear(p),
  ],
  [
    new RegExp(`\\b(?:en\\s+|in\\s+|d['’]|de\\s+)?(${MONTH_ALTERNATIVES})\\s+${Y}\\b`, "giu"),
    (m) => {
      const month = MONTHS[m[1]!.toLowerCase()]!;
      const y = Number(m[2]);
      return {
        flow: { start: `${y}-${pad(month)}-01`, end: `${y}-${pad(month)}-${lastDay(y, month)}` },
        asOf: `${y}-${pad(month)}`,
        horizon: false,
        year: y,
        note: `month → ${y}-${pad(month)}`,
      };
    },
  ],
  [
    // "ended June with", "a terminé juin avec": a month already over; "the December round", "la levée de
    // novembre": an event's month. Both the latest such month by publication.
    new RegExp(
      `\\b(?:(ended|closed|finished|exited|wrapped\\s+up)|(?:a|avait|ont|avaient)\\s+(terminé|clôturé|achevé|bouclé|fini))\\s+(?:the\\s+month\\s+of\\s+|le\\s+mois\\s+de\\s+)?(${MONTH_ALTERNATIVES})(?!\\s*\\d)\\b|\\b(?:the|its|their)\\s+(${MONTH_ALTERNATIVES})\\s+(?=(?:funding\\s+|financing\\s+|share\\s+)?(?:round|raise|sale|deal|investment|tender)\\b)|(?<!\\p{L})(?:tour\\s+de\\s+table|levée\\s+de\\s+fonds|levée|opération|cession|accord)\\s+(?:de\\s+|d['’])(${MONTH_ALTERNATIVES})(?!\\s*\\d)\\b`,
      "giu",
    ),
    (m, p) => relativeMonth(MONTHS[(m[3] ?? m[4] ?? m[5])!.toLowerCase()]!, p, Boolean(m[1] ?? m[2])),
  ],
  [
    new RegExp(
      `\\b(?:en|in|last|depuis|since|début|fin|mi-|early|late|mid-|(?:at\\s+|by\\s+)?the\\s+(?:end|start|beginning|middle)\\s+of)\\s*(${MONTH_ALTERNATIVES})(?:\\s+(dernier|passé))?(?![\\p{L}\\d])`,
      "giu",
    ),
    (m, p) => {
      const month = MONTHS[m[1]!.toLowerCase()]!;
      const last = Boolean(m[2]) || /^last/i.test(m[0]);
      return relativeMonth(month, p, last, !last && monthAhead(m.input, m.index, m.index + m[0].length));
    },
  ],
  [
    // "as of December 31", "at Sept. 30", "au 31 décembre", "arrêté au 30 juin": a day with no year, the
    // latest such day by publication.
    new RegExp(
      `\\b(?:as\\s+(?:of|at)|at|au|arrêtée?s?\\s+au)\\s+(?:(${MONTH_ALTERNATIVES})\\.?\\s+(\\d{1,2})|(\\d{1,2})(?:er)?\\s+(${MONTH_ALTERNATIVES}))\\b(?!\\.?,?\\s*(?:19|20)\\d{2})`,
      "giu",
    ),
    (m, p) => {
      const month = MONTHS[(m[1] ?? m[4])!.toLowerCase()]!;
      const day = Number(m[2] ?? m[3]);
      const resolved = relativeMonth(month, p, false);
      if (resolved.year === null || day < 1 || day > lastDay(resolved.year, month)) return resolved;
      const date = `${resolved.year}-${pad(month)}-${pad(day)}`;
      return { ...resolved, asOf: date, note: `day resolved against publication → ${date}` };
    },
  ],
  [
    // "on December 30", "le 30 décembre", "le 1er février": a day with no year, the latest such day by
    // publication, or the coming one in a clause about the future.
    new RegExp(
      `(?:\\bon|(?<!\\p{L})le)\\s+(?:(${MONTH_ALTERNATIVES})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?|(\\d{1,2})(?:er|st|nd|rd|th)?\\s+(${MONTH_ALTERNATIVES}))\\b(?!\\.?,?\\s*(?:19|20)\\d{2})`,
      "giu",
    ),
    (m, p) => {
      const month = MONTHS[(m[1] ?? m[4])!.toLowerCase()]!;
      const day = Number(m[2] ?? m[3]);
      const ahead = monthAhead(m.input, m.index, m.index + m[0].length);
      const resolved = relativeMonth(month, p, false, ahead);
      if (resolved.year === null || day < 1 || day > lastDay(resolved.year, month)) return resolved;
      const date = `${resolved.year}-${pad(month)}-${pad(day)}`;
      return { ...resolved, asOf: date, note: `day resolved against publication → ${date}` };
    },
  ],
  [
    // A list item's label: "- December: Anysphere raised", "• Novembre : Anthropic a signé".
    new RegExp(`(?<=(?:^|\\n)[ \\t]*(?:[-*•–][ \\t]+)?)(${MONTH_ALTERNATIVES})(?=[ \\t\\u00a0]*:)`, "giu"),
    (m, p) => relativeMonth(MONTHS[m[1]!.toLowerCase()]!, p, false),
  ],
  [
    // A month alone in parentheses, after a list item's figure: "$6.6 billion raised (October)", "(décembre)".
    new RegExp(`(?<=\\(\\s*)(${MONTH_ALTERNATIVES})(?=\\s*\\))`, "giu"),
    (m, p) => relativeMonth(MONTHS[m[1]!.toLowerCase()]!, p, false),
  ],
  [
    new RegExp(
      `\\b(?:(?:en|in|pour|for|de|of|durant|during|sur)\\s+(?:l['’]année\\s+|l['’]exercice\\s+|fiscal\\s+)?)${Y}\\b`,
      "giu",
    ),
    (m) => ofYear(Number(m[1]), `year ${m[1]}`),
  ],
  [
    // "2024, la perte …" is a year, and so is one that closes a sentence ("… from 2025."); "since 2022, and"
    // dates a comparison, not the figure.
    new RegExp(`(?<![\\d,.])(?<!\\b(?:since|depuis)\\s+)${Y}(?!\\d|\\.\\d|,\\d|\\s*%)`, "gu"),
    (m) => ofYear(Number(m[1]), `year ${m[1]}`),
  ],
];

function fiscal(endYear: number, endMonth: number): Omit<TimeMention, "start" | "end"> {
  const months = monthsEnding(endYear, endMonth, 12, "");
  return { ...months, note: `fiscal period → ${months.flow.start.slice(0, 7)}..${months.asOf}` };
}

/**
 * A rule's fresh mention given its place in the text, completed in place: copying it with a spread
 * was slow, the rules building mentions of many shapes.
 */
function placed(built: Omit<TimeMention, "start" | "end">, start: number, end: number): TimeMention {
  const mention = built as TimeMention;
  mention.start = start;
  mention.end = end;
  return mention;
}

/** Every time expression in `text` (offsets shifted by `offset`), resolved against `published`. */
export function findTimeMentions(
  text: string,
  published: string | null,
  offset = 0,
  fiscalEnd: number | null = null,
): TimeMention[] {
  const p = parsePublished(published, fiscalEnd);
  const taken: boolean[] = [];
  const found: TimeMention[] = [];
  for (const [pattern, build] of RULES) {
    const from = matchesFrom(pattern, text);
    if (from < 0) continue;
    pattern.lastIndex = from;
    for (let m = nextMatch(pattern, text); m; m = nextMatch(pattern, text)) {
      const start = m.index;
      const end = start + m[0].length;
      let free = true;
      for (let i = start; i < end; i++) if (taken[i]) free = false;
      if (!free) continue;
      const built = build(m, p);
      if (!built) continue;
      for (let i = start; i < end; i++) taken[i] = true;
      found.push(placed(built, start + offset, end + offset));
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** Metrics summed over a horizon ("1.4 trillion over eight years"), as opposed to yearly flows. */
export const CUMULATIVE_METRICS: ReadonlySet<string> = new Set([
  "compute_commitment",
  "compute_spending_target",
  "capex",
  "debt_issuance",
]);

/** The period a claim takes from a time mention, by whether its metric is a flow, a yearly flow or a level. */
export function periodFor(metric: string, flowMetric: boolean, time: TimeMention): Period | null {
  if (!flowMetric) return time.asOf ? { asOf: time.asOf } : null;
  if (time.horizon && !CUMULATIVE_METRICS.has(metric) && time.year !== null) return yearFlow(time.year);
  // "the capital now committed exceeds $60 billion": a total committed so far, read at a point, is a level.
  if (time.flow === null && !time.horizon && time.asOf && CUMULATIVE_METRICS.has(metric))
    return { asOf: time.asOf };
  return time.flow;
}

/** A level with no date in its text takes the publication date (year-month). */
export function publicationAsOf(published: string | null): string | null {
  // Asked for every figure of a document, of the same date.
  if (published !== lastAsOf.published)
    lastAsOf = { published, asOf: parsePublished(published)?.iso ?? null };
  return lastAsOf.asOf;
}

let lastAsOf: { published: string | null | undefined; asOf: string | null } = {
  published: undefined,
  asOf: null,
};
