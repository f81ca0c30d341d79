import { isCurrencyCode, QUALIFIERS, type Qualifier, type Span } from "../../core/index.js";
import { isSpaceCode } from "../clauses.js";
import type { NameMention } from "../gazetteer.js";
import type { UnitClass } from "../lexicon.js";
import type { QuantityMention } from "../numbers/types.js";
import { hasNecessaryWords, matchesFrom, nextMatch, withFlags } from "../patterns.js";
import type { Keyword } from "./types.js";

/** "or more", "ou plus": a hedge written after the figure. */
export const TRAILING_AT_LEAST =
  /^\s*(?:or\s+more|or\s+higher|and\s+up|ou\s+plus|voire\s+plus|au\s+moins)\b/iu;

/** A scale word or letter; "4.5B" is found by its last digit, so that a run of digits is read once. */
export const SCALE_WORD =
  /mill|milliard|billion|trillion|\bmn\b|\bMds?\b|\bmds\b|\bbn\b|\btn\b|\b[MBTK]\b|\bk\b|mille|\d[.,]?\s*[MBTK]\b/iu;

/** The class of each unit asked about: the stages ask it of every figure many times over. */
const unitClasses = new Map<string, UnitClass>();

export function unitClass(unit: string): UnitClass {
  let cls = unitClasses.get(unit);
  if (cls === undefined) {
    cls = classOfUnit(unit);
    unitClasses.set(unit, cls);
  }
  return cls;
}

function classOfUnit(unit: string): UnitClass {
  if (isCurrencyCode(unit)) return "currency";
  // A monthly amount in any currency ("14,99 €/mois") is read like one in dollars.
  const monthly = /^([A-Z]{3})_per_month$/u.exec(unit);
  return monthly && isCurrencyCode(monthly[1]!) ? "USD_per_month" : (unit as UnitClass);
}

export function qualifierRank(q: Qualifier): number {
  return QUALIFIERS.indexOf(q);
}

export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Index of the first of `items` (sorted by start) that starts at or after `start`. */
export function firstFrom<T>(items: readonly T[], start: number, startOf: (item: T) => number): number {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (startOf(items[middle]!) < start) low = middle + 1;
    else high = middle;
  }
  return low;
}

export const nameStart = (name: NameMention): number => name.start;

export const quantityStart = (q: QuantityMention): number => q.span.start;

/**
 * The names (sorted by start) that start from `from` and before `to`: every name that lies within
 * [from, to) is among them, so a search for one there need not read the whole document's names.
 */
export function namesStartingIn<T extends NameMention>(names: readonly T[], from: number, to: number): T[] {
  return names.slice(firstFrom(names, from, nameStart), firstFrom(names, to, nameStart));
}

/** The quantities (sorted by start) that lie within `span`, in order. */
export function quantitiesWithin(sorted: readonly QuantityMention[], span: Span): QuantityMention[] {
  const within: QuantityMention[] = [];
  for (let i = firstFrom(sorted, span.start, quantityStart); i < sorted.length; i++) {
    const q = sorted[i]!;
    if (q.span.start > span.end) break;
    if (q.span.end <= span.end) within.push(q);
  }
  return within;
}

/**
 * The words of `text.slice(from, to)`: what `.split(/\s+/u).filter(Boolean).length` counts, without
 * the copies (it is asked for every candidate of every figure).
 */
export function wordCount(text: string, from: number, to: number): number {
  let words = 0;
  let inWord = false;
  for (let i = Math.max(0, from), end = Math.min(to, text.length); i < end; i++) {
    const space = isSpaceCode(text.charCodeAt(i));
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return words;
}

/**
 * False only when the sentence lacks every necessary word of `cue`: a stage that reads `cue` in the
 * sentence (or a slice of it) before it changes anything cannot fire there, and is not run.
 */
export function sentenceMayHold(s: { body: string }, cue: RegExp): boolean {
  return hasNecessaryWords(cue, s.body);
}

/**
 * `pattern` tested on `text` from `start` to `end`; a slice of the sentence is ruled out at once when
 * the sentence lacks the pattern's necessary words.
 */
export function testInSentence(
  pattern: RegExp,
  s: { sentence: Span; body: string },
  text: string,
  start: number,
  end: number,
): boolean {
  if (start >= s.sentence.start && end <= s.sentence.end && !hasNecessaryWords(pattern, s.body)) return false;
  return pattern.test(text.slice(start, end));
}

/** A test of the text around a name, from no earlier than `floor`. */
type SpanTest = (text: string, span: { start: number; end?: number }, floor: number) => boolean;

/**
 * `test`, its answers kept for the document being read: the stages ask it about the same names for
 * every figure and every candidate of a sentence. A name is found again by its start.
 */
export function rememberedBySpan(test: SpanTest): SpanTest {
  let text: string | null = null;
  const answers = new Map<number, { end: number | undefined; floor: number; answer: boolean }>();
  return (t, span, floor) => {
    if (t !== text) {
      text = t;
      answers.clear();
    }
    const kept = answers.get(span.start);
    if (kept && kept.end === span.end && kept.floor === floor) return kept.answer;
    const answer = test(t, span, floor);
    answers.set(span.start, { end: span.end, floor, answer });
    return answer;
  };
}

/** How many pieces `text.split(/\s+/u)` gives, without making them: one more than its runs of white space. */
export function spacePieces(text: string): number {
  let pieces = 1;
  let inSpace = false;
  for (let i = 0; i < text.length; i++) {
    const space = isSpaceCode(text.charCodeAt(i));
    if (space && !inSpace) pieces++;
    inSpace = space;
  }
  return pieces;
}

export function keywordsIn(pattern: RegExp, text: string, from: number, to: number): Keyword[] {
  const found: Keyword[] = [];
  const slice = sliceOf(text, from, to);
  const firstAt = matchesFrom(pattern, slice);
  if (firstAt < 0) return found;
  const global = withFlags(pattern, pattern.global ? pattern.flags : `${pattern.flags}g`);
  global.lastIndex = firstAt;
  for (let m = nextMatch(global, slice); m; m = nextMatch(global, slice)) {
    if (m[0] === "") global.lastIndex = nextIndex(slice, global.lastIndex, global.unicode);
    found.push({ start: from + m.index, end: from + m.index + m[0].length });
  }
  return found;
}

/**
 * `text.slice(from, to)`, the same string again when asked for the same slice in a row (every rule's
 * words are looked for in one sentence): the pattern answers kept for it are then found at once.
 */
function sliceOf(text: string, from: number, to: number): string {
  if (lastSlice.text !== text || lastSlice.from !== from || lastSlice.to !== to)
    lastSlice = { text, from, to, slice: text.slice(from, to) };
  return lastSlice.slice;
}

let lastSlice = { text: "", from: 0, to: 0, slice: "" };

/** Where a global search resumes after an empty match at `index`, as `matchAll` steps. */
export function nextIndex(text: string, index: number, unicode: boolean): number {
  return index + (unicode && (text.codePointAt(index) ?? 0) > 0xffff ? 2 : 1);
}

/** "$100 billion or more": an exact figure followed by an open-ended hedge is a lower bound. */
export function trailingHedge(q: QuantityMention, text: string): QuantityMention {
  if (q.bound !== "exact" && q.bound !== "approx") return q;
  const m = TRAILING_AT_LEAST.exec(text.slice(q.span.end, q.span.end + 20));
  if (!m) return q;
  const end = q.span.end + m[0].length;
  return {
    ...q,
    span: { start: q.span.start, end },
    low: q.low ?? q.high,
    high: null,
    bound: "at_least",
    notes: [...q.notes, `hedge '${m[0].trim()}' after the figure → at_least`],
  };
}
