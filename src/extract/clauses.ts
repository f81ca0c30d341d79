/**
 * Where the clauses of one sentence break, found once per sentence so that every figure asks in
 * constant time instead of rescanning the text before it (which made a long sentence cost the
 * square of its length, or worse).
 */

import { EXCHANGE } from "./market-data.js";
import { allMatches } from "./patterns.js";

/** A semicolon, or a colon other than the one after an exchange in a ticker ("(NASDAQ : MSFT)"). */
const SEMICOLON_OR_CLAUSE_COLON = String.raw`(?:;|:(?<!\(\s*${EXCHANGE}\s*:))`;

/** A break that opens a new clause with its own subject inside one sentence ("tandis que", "alors qu'" included). */
export const SUBCLAUSE_BREAK = new RegExp(
  String.raw`,\s*(?:(?:while|whereas|but|and|mais|et)\s+|(?:tandis|alors)\s+qu(?:e\s+|['’]\s*))|${SEMICOLON_OR_CLAUSE_COLON}\s+|\s(?:(?:while|whereas)\s+|(?:tandis|alors)\s+qu(?:e\s+|['’]\s*))`,
  "giu",
);

/** Any punctuation or conjunction that ends a clause. */
export const CLAUSE_BREAK = /[,;:—–()[\]]|\s(?:et|and|mais|but|tandis|while|whereas|alors)\s/u;

/**
 * SUBCLAUSE_BREAK with each trailing `\s+` cut to one space: the shortest match at a position, which
 * is the one a slice of the text ending right after it would still hold.
 */
const SHORTEST_SUBCLAUSE_BREAK = new RegExp(
  String.raw`,\s*(?:(?:while|whereas|but|and|mais|et)\s|(?:tandis|alors)\s+qu(?:e\s|['’]))|${SEMICOLON_OR_CLAUSE_COLON}\s|\s(?:(?:while|whereas)\s|(?:tandis|alors)\s+qu(?:e\s|['’]))`,
  "iuy",
);
const SHORTEST_CLAUSE_BREAK = new RegExp(CLAUSE_BREAK.source, "uy");

const NONE = 0x7fffffff;

/** Whether a break may start at `i`: punctuation, or a space before a conjunction's first letter. */
type MayStart = (body: string, i: number) => boolean;

/** What `/\s/u` matches: the white space and line terminators of ECMAScript. */
export function isSpaceCode(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

const codes = (chars: string): Set<number> => new Set([...chars].map((c) => c.charCodeAt(0)));
const CLAUSE_PUNCTUATION = codes(",;:—–()[]");
const CLAUSE_CONJUNCTION_FIRST = codes("eamtbw");
const SUBCLAUSE_CONJUNCTION_FIRST = codes("wtaWTA");

const mayStartClause: MayStart = (body, i) => {
  const code = body.charCodeAt(i);
  if (CLAUSE_PUNCTUATION.has(code)) return true;
  return isSpaceCode(code) && CLAUSE_CONJUNCTION_FIRST.has(body.charCodeAt(i + 1));
};

const mayStartSubclause: MayStart = (body, i) => {
  const code = body.charCodeAt(i);
  if (code === 0x2c || code === 0x3b || code === 0x3a) return true;
  return isSpaceCode(code) && SUBCLAUSE_CONJUNCTION_FIRST.has(body.charCodeAt(i + 1));
};

/**
 * The matches of one break pattern in a sentence, for questions about any part of it: "is there a
 * break between a and b" (what `pattern.test(text.slice(a, b))` answers) and "where is the first
 * break after a" (`text.slice(a).search(pattern)`).
 */
export class BreakIndex {
  readonly #start: number;
  readonly #length: number;
  /** Where each match starts, as an offset in the sentence, in order. */
  readonly #starts: number[] = [];
  /** For each match, the smallest end among it and the matches after it. */
  readonly #minEndFrom: number[] = [];

  constructor(text: string, start: number, end: number, shortest: RegExp, mayStart: MayStart) {
    this.#start = start;
    this.#length = end - start;
    const body = text.slice(start, end);
    for (let i = 0; i < this.#length; i++) {
      if (!mayStart(body, i)) continue;
      shortest.lastIndex = i;
      const m = shortest.exec(body);
      if (m) {
        this.#starts.push(i);
        this.#minEndFrom.push(start + i + m[0].length);
      }
    }
    for (let k = this.#minEndFrom.length - 2; k >= 0; k--)
      this.#minEndFrom[k] = Math.min(this.#minEndFrom[k]!, this.#minEndFrom[k + 1]!);
  }

  /** The first match starting at or after `offset`; the number of matches when none does. */
  #firstAtOrAfter(offset: number): number {
    let low = 0;
    let high = this.#starts.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.#starts[middle]! < offset) low = middle + 1;
      else high = middle;
    }
    return low;
  }

  /** Whether a break lies wholly within [from, to): positions outside the sentence are clamped. */
  within(from: number, to: number): boolean {
    const offset = Math.max(0, from - this.#start);
    if (offset > this.#length) return false;
    const k = this.#firstAtOrAfter(offset);
    return (k < this.#starts.length ? this.#minEndFrom[k]! : NONE) <= to;
  }

  /** Where the first break at or after `from` starts, or -1. */
  firstFrom(from: number): number {
    const offset = Math.max(0, from - this.#start);
    if (offset > this.#length) return -1;
    const k = this.#firstAtOrAfter(offset);
    return k < this.#starts.length ? this.#start + this.#starts[k]! : -1;
  }
}

export function clauseBreaks(text: string, start: number, end: number): BreakIndex {
  return new BreakIndex(text, start, end, SHORTEST_CLAUSE_BREAK, mayStartClause);
}

export function subclauseBreaks(text: string, start: number, end: number): BreakIndex {
  return new BreakIndex(text, start, end, SHORTEST_SUBCLAUSE_BREAK, mayStartSubclause);
}

/**
 * Where the figure's own clause starts after the last subclause break between `clauseStart` and
 * `at`, as a left-to-right scan of that stretch finds it. The scan from each clause start is run
 * once and kept.
 */
export class SubclauseStarts {
  readonly #text: string;
  readonly #end: number;
  readonly #scans = new Map<number, { starts: number[]; ends: number[] }>();

  constructor(text: string, sentenceEnd: number) {
    this.#text = text;
    this.#end = sentenceEnd;
  }

  after(clauseStart: number, at: number): number {
    const scan = this.#scan(clauseStart);
    // The last match starting before `at`.
    let low = 0;
    let high = scan.starts.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (scan.starts[middle]! < at) low = middle + 1;
      else high = middle;
    }
    if (low === 0) return clauseStart;
    const last = low - 1;
    if (scan.ends[last]! <= at) return scan.ends[last]!;
    // A match running past `at` may end differently, or not match, in the shorter stretch: scan it.
    const matches = allMatches(SUBCLAUSE_BREAK, this.#text.slice(clauseStart, at));
    const m = matches.at(-1);
    return m ? clauseStart + m.index + m[0].length : clauseStart;
  }

  #scan(clauseStart: number): { starts: number[]; ends: number[] } {
    let scan = this.#scans.get(clauseStart);
    if (!scan) {
      scan = { starts: [], ends: [] };
      for (const m of allMatches(SUBCLAUSE_BREAK, this.#text.slice(clauseStart, this.#end))) {
        scan.starts.push(clauseStart + m.index);
        scan.ends.push(clauseStart + m.index + m[0].length);
      }
      this.#scans.set(clauseStart, scan);
    }
    return scan;
  }
}

/**
 * Spans sorted by start, none inside another: whether one lies wholly within [from, to] in
 * logarithmic time (what `spans.some((s) => s.start >= from && s.end <= to)` answers).
 */
export class SpanIndex {
  readonly #starts: number[];
  /** For each index, the smallest end among the spans from there on. */
  readonly #minEndFrom: number[];

  constructor(spans: readonly { start: number; end: number }[]) {
    this.#starts = spans.map((s) => s.start);
    this.#minEndFrom = new Array<number>(spans.length + 1);
    this.#minEndFrom[spans.length] = Number.POSITIVE_INFINITY;
    for (let i = spans.length - 1; i >= 0; i--)
      this.#minEndFrom[i] = Math.min(spans[i]!.end, this.#minEndFrom[i + 1]!);
  }

  anyWithin(from: number, to: number): boolean {
    let low = 0;
    let high = this.#starts.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.#starts[middle]! < from) low = middle + 1;
      else high = middle;
    }
    return this.#minEndFrom[low]! <= to;
  }
}
