/**
 * Publication dates. A date the user gives wins, then the page's own metadata, then a date inferred
 * from the text: the latest date the text mentions as past or present. Mentions in a future or
 * conditional context ("d'ici 2030", "by 2030", "pourrait", "will") are never publication dates.
 */
import { MONTHS } from "../core/index.js";

const MONTH = Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .join("|");
const YEAR = "((?:19[5-9]|20\\d)\\d)";
/** Figures, not years: "2030 dollars", "2025 %", "2 025 milliards". */
const NOT_A_YEAR_AFTER =
  /^\s*(?:%|\$|€|£|dollars?|euros?|milliards?|millions?|billions?|trillions?|bn|gw|mw|md|m\$)/i;

const DATE_PATTERNS: readonly RegExp[] = [
  new RegExp(`\\b${YEAR}-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\\d|3[01]))?\\b`, "g"),
  new RegExp(`\\b(?:le\\s+)?(1er|[0-3]?\\d)\\s+(${MONTH})\\.?\\s+${YEAR}\\b`, "giu"),
  new RegExp(`\\b(${MONTH})\\.?\\s+([0-3]?\\d)(?:st|nd|rd|th)?,?\\s+${YEAR}\\b`, "giu"),
  new RegExp(`\\b(${MONTH})\\.?\\s+(?:de\\s+|of\\s+)?${YEAR}\\b`, "giu"),
  new RegExp(`(?<![\\d.,][\\s\\u00A0\\u202F]?)\\b${YEAR}\\b(?![.,]\\d|[\\s\\u00A0\\u202F]\\d{3}\\b)`, "g"),
];

/** Unicode word edges: `\b` only knows ASCII letters, and French words begin and end with accents. */
const B = "(?<![\\p{L}\\p{N}_])";
const E = "(?![\\p{L}\\p{N}_])";

/** Words right before a date that put it in the future: "d'ici 2030", "by 2030", "avant 2028". */
const FUTURE_PREFIX = new RegExp(
  `${B}(?:d['’]ici(?: à| la fin)?(?: de)?(?: l['’]année)?|à l['’]horizon(?: de)?|horizon|avant|jusqu['’](?:en|à)|à partir de|au plus tôt(?: en)?|by(?: the end of)?|until|through|(?:runs?|running|lasts?|lasting)\\s+(?:to|into)|due|maturing(?: in)?|à échéance(?: en)?|before|starting(?: in)?|from|dès|jusqu['’]au|no earlier than|as early as|not before)\\s+(?:(?:le|la|l['’]|en|in|the|of|de|fin|end|mi|mid|début|early|late|(?:first|second|seconde|deuxième|premier|première)\\s+(?:half|moitié|semestre))\\s*-?\\s*)*$`,
  "iu",
);

const FUTURE_WORDS = new RegExp(
  `${B}(?:prévoit|prévoient|prévoyait|prévu|prévue|prévus|prévues|projette|projettent|objectifs?|vise|visent|visant|devrait|devraient|devra|devront|pourrait|pourraient|pourra|pourront|serait|seraient|sera|seront|aura|auront|aurait|auraient|fera|feront|ferait|va|vont|envisage|envisagent|ambitionne|s['’]attend|s['’]attendant|anticipe|anticipent|prochaine?s?|futur|future|futurs|futures|will|would|could|might|shall|expects?|expected|plans?|planned|targets?|targeted|aims?|projected|projects|forecasts?|forecasted|goal|next|upcoming|going\\s+live|coming\\s+online|starting\\s+with|mises?\\s+en\\s+service|\\p{L}{3,}(?:era|eront|erait|eraient|irait|iraient|iront|dront|drait|draient))${E}`,
  "giu",
);

const PAST_WORDS = new RegExp(
  `${B}(?:a|ont|avait|avaient|eut|eurent)\\s+(?:\\p{L}+\\s+)?\\p{L}+(?:é|ée|és|ées|i|is|ie|u|us|ue|it|int|ert|erte)${E}|${B}\\p{L}{2,}(?<!r)(?:ait|aient)${E}|${B}(?:dernier|dernière|derniers|dernières|précédemment|auparavant|fondée?|créée?|lancée?|was|were|had|has been|have been|did|last|ago|earlier|previously|\\p{L}{3,}ed)${E}`,
  "giu",
);

type Tense = "past" | "future" | "neutral";

interface Mention {
  date: string;
  start: number;
  end: number;
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

function mentionsIn(text: string): Mention[] {
  const found: Mention[] = [];
  // Patterns run from the most to the least precise; a span once taken is not matched again.
  const taken = new Uint8Array(text.length);
  const add = (date: string, start: number, end: number) => {
    if (taken[start] === 1 || taken[end - 1] === 1) return;
    taken.fill(1, start, end);
    found.push({ date, start, end });
  };
  const [iso, dayMonth, monthDay, monthYear, year] = DATE_PATTERNS as [
    RegExp,
    RegExp,
    RegExp,
    RegExp,
    RegExp,
  ];
  for (const m of text.matchAll(iso)) {
    add(m[3] ? `${m[1]}-${m[2]}-${m[3]}` : `${m[1]}-${m[2]}`, m.index, m.index + m[0].length);
  }
  for (const m of text.matchAll(dayMonth)) {
    const day = m[1] === "1er" ? 1 : Number(m[1]);
    const month = MONTHS[m[2]!.toLowerCase()];
    if (month && day >= 1 && day <= 31)
      add(`${m[3]}-${pad(month)}-${pad(day)}`, m.index, m.index + m[0].length);
  }
  for (const m of text.matchAll(monthDay)) {
    const month = MONTHS[m[1]!.toLowerCase()];
    const day = Number(m[2]);
    if (month && day >= 1 && day <= 31)
      add(`${m[3]}-${pad(month)}-${pad(day)}`, m.index, m.index + m[0].length);
  }
  for (const m of text.matchAll(monthYear)) {
    const month = MONTHS[m[1]!.toLowerCase()];
    // "may 2025" is a month only when capitalised: "may" is also a verb.
    if (month && !(m[1] === "may" || m[1] === "mar"))
      add(`${m[2]}-${pad(month)}`, m.index, m.index + m[0].length);
  }
  for (const m of text.matchAll(year)) {
    const end = m.index + m[0].length;
    if (NOT_A_YEAR_AFTER.test(text.slice(end, end + 12))) continue;
    add(m[1]!, m.index, end);
  }
  return found;
}

/** Bounds of the sentence around an offset. */
function sentenceAround(text: string, start: number, end: number): [number, number] {
  let from = start;
  while (from > 0 && !/[.!?\n]/.test(text[from - 1]!)) from--;
  // A full stop between digits ("4.3") does not end a sentence.
  let to = end;
  while (
    to < text.length &&
    !(/[!?\n]/.test(text[to]!) || (text[to] === "." && !/\d/.test(text[to + 1] ?? "")))
  )
    to++;
  return [from, to];
}

/** A fiscal year's label runs ahead of the calendar ("exercice 2026, clos le 26 octobre 2025"). */
const FISCAL_PREFIX = /(?:\bfiscal(?:\s+year)?|\bFY|\bexercices?(?:\s+fiscal)?)\s*['’]?$/iu;

function tenseOf(text: string, mention: Mention): Tense {
  const before = text.slice(Math.max(0, mention.start - 40), mention.start);
  if (FUTURE_PREFIX.test(before) || FISCAL_PREFIX.test(before)) return "future";
  const [from, to] = sentenceAround(text, mention.start, mention.end);
  const sentence = text.slice(from, to);
  const at = mention.start - from;
  const length = mention.end - mention.start;
  const nearest = (pattern: RegExp) => {
    let best = Number.POSITIVE_INFINITY;
    for (const m of sentence.matchAll(pattern)) {
      const s = m.index;
      const e = s + m[0].length;
      if (s < at + length && e > at) continue;
      best = Math.min(best, e <= at ? at - e : s - (at + length));
    }
    return best;
  };
  const future = nearest(FUTURE_WORDS);
  const past = nearest(PAST_WORDS);
  if (future === Number.POSITIVE_INFINITY && past === Number.POSITIVE_INFINITY) return "neutral";
  return past < future ? "past" : "future";
}

function yearOf(date: string): number {
  return Number(date.slice(0, 4));
}

/** A date inferred from the text, with the mention it came from and how far it can be trusted. */
export interface InferredDate {
  date: string;
  how: "inferred";
  /** medium for a month or day mentioned as past or present; low for a year alone. */
  confidence: "medium" | "low";
  /** For people: the mention and why it was taken. */
  evidence: string;
}

/**
 * The publication date a text suggests, or null. Conservative: only dates mentioned as past or
 * present count, and among them the latest year wins, with its most precise date. A year alone is
 * a low-confidence date: a report on a year may be published long after it.
 *
 * @example
 * inferPublicationDate("En novembre 2025, la société vise 2030.")
 * // → { date: "2025-11", how: "inferred", confidence: "medium", evidence: "…'novembre 2025'…" }
 */
export function inferPublicationDate(text: string): InferredDate | null {
  let best: Mention | null = null;
  for (const mention of mentionsIn(text)) {
    if (tenseOf(text, mention) === "future") continue;
    const date = mention.date;
    if (
      best === null ||
      yearOf(date) > yearOf(best.date) ||
      (yearOf(date) === yearOf(best.date) &&
        (date.length > best.date.length || (date.length === best.date.length && date > best.date)))
    )
      best = mention;
  }
  if (best === null) return null;
  const quoted = text.slice(best.start, best.end).replace(/\s+/g, " ");
  const yearOnly = best.date.length <= 4;
  return {
    date: best.date,
    how: "inferred",
    confidence: yearOnly ? "low" : "medium",
    evidence: yearOnly
      ? `inferred from '${quoted}', the latest year the text mentions as past or present (a year alone: the report may be later)`
      : `inferred from '${quoted}', the latest date the text mentions as past or present`,
  };
}

/** A partial ISO date ("2025", "2025-11", "2025-11-05") from user input, or null when it is not one. */
export function parseGivenDate(value: string): string | null {
  const match = /^\s*(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?\s*$/.exec(value);
  if (!match) return null;
  const month = match[2] === undefined ? undefined : Number(match[2]);
  const day = match[3] === undefined ? undefined : Number(match[3]);
  if (month !== undefined && (month < 1 || month > 12)) return null;
  if (day !== undefined && (day < 1 || day > 31)) return null;
  return match[0].trim();
}

/** The date part of a metadata timestamp ("2025-11-05T10:00:00Z" → "2025-11-05"), or null. */
export function dateFromMetadata(value: string): string | null {
  const match = /^\s*(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:[T\s]|$)/.exec(value);
  if (match)
    return parseGivenDate([match[1], match[2], match[3]].filter((part) => part !== undefined).join("-"));
  const mentions = mentionsIn(value);
  return mentions[0]?.date ?? null;
}
