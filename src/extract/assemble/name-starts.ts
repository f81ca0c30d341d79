/**
 * Where a document's names may start, found in one pass over it. The patterns that find companies
 * the gazetteer does not know (unknown-names.ts, business-cues.ts) each begin with a capitalised
 * name, a line or an article; a scan of the whole document tries a pattern at every character,
 * which for these patterns (a lookbehind, then a Unicode class) costs several times more than
 * trying it only where a match can start.
 */
import { hasNecessaryWords, withFlags } from "../patterns.js";

export interface NameStarts {
  /** Every position of an upper-case letter (`\p{Lu}`), ascending. */
  capitals: number[];
  /** Position 0, every line break, and every capital, ascending: where a list item's name may start. */
  linesAndCapitals: number[];
  /** Every position of an a, l, t or u (either case) after no ASCII letter: where an article may start. */
  articles: number[];
}

const UPPER_CASE_LETTER = /\p{Lu}/uy;

/** A, a, L, l, T, t, U, u: the first letters of "a", "an", "la", "le", "l'", "the", "un", "une". */
function isArticleInitial(code: number): boolean {
  const lower = code | 0x20;
  return lower === 97 || lower === 108 || lower === 116 || lower === 117;
}

function isAsciiLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/** A low surrogate: the second half of a code point written as a pair, where no match starts. */
function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

export function findNameStarts(text: string): NameStarts {
  const capitals: number[] = [];
  const linesAndCapitals: number[] = [0];
  const articles: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    let capital = code >= 65 && code <= 90;
    if (code >= 128 && !isLowSurrogate(code)) {
      UPPER_CASE_LETTER.lastIndex = i;
      capital = UPPER_CASE_LETTER.test(text);
    }
    if (capital) {
      capitals.push(i);
      if (i > 0) linesAndCapitals.push(i);
    } else if (code === 10 && i > 0) linesAndCapitals.push(i);
    if (code < 128 && isArticleInitial(code) && !(i > 0 && isAsciiLetter(text.charCodeAt(i - 1))))
      articles.push(i);
  }
  return { capitals, linesAndCapitals, articles };
}

/**
 * The matches `text.matchAll(pattern)` gives, for a global `pattern` (its `lastIndex` at 0) none of
 * whose matches is empty or starts anywhere but at one of `starts` (ascending): the pattern is tried
 * at those positions only, in order, each from the end of the last match.
 */
export function matchesStartingAt(
  pattern: RegExp,
  text: string,
  starts: readonly number[],
): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  // A document without any of the pattern's necessary words holds no match of it.
  if (!hasNecessaryWords(pattern, text)) return found;
  const sticky = withFlags(pattern, `${pattern.flags.replace("g", "")}y`);
  let from = 0;
  for (const start of starts) {
    if (start < from) continue;
    sticky.lastIndex = start;
    const m = sticky.exec(text);
    if (!m) continue;
    found.push(m);
    from = start + m[0].length;
  }
  return found;
}
