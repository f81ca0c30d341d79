/** Hedge phrases before and after a figure ("plus de", "or more"), company names and months beside it. */
import type { Language } from "../../core/index.js";
import { AmountReader } from "./amounts.js";
import { isDash, isDigit } from "./chars.js";
import { CURRENCY_SYMBOLS, HEDGES_AFTER, HEDGES_BEFORE, type HedgeBound, MONTHS } from "./lexicon.js";
import type { Token } from "./scanner.js";

/** Words after a trailing hedge that show it opens a comparison instead ("and more than doubled"). */
const COMPARATIVE_NEXT: ReadonlySet<string> = new Set(["than", "que", "qu", "de", "d", "des", "du"]);

interface Phrase {
  tokens: string[];
  bound: HedgeBound;
  text: string;
}

function phrases(list: ReadonlyArray<readonly [string, HedgeBound]>): Phrase[] {
  return list
    .map(([text, bound]) => ({ tokens: text.split(" "), bound, text: text.replace(/ ' ?/g, "'") }))
    .sort((a, b) => b.tokens.length - a.tokens.length);
}

/** Adverbs that may stand between a hedge and its number ("dépasserait désormais 300 millions"). */
const HEDGE_ADVERBS: ReadonlySet<string> = new Set([
  "désormais",
  "déjà",
  "largement",
  "nettement",
  "légèrement",
  "already",
  "now",
  "well",
  "slightly",
  "comfortably",
]);

/**
 * Rounding words that may stand between a ceiling and its number: "options could take the total to about $6
 * billion", « pourrait porter le total à environ 8 milliards » is a ceiling (CLAIMS.md §4, up_to).
 */
const ROUNDING_WORDS: ReadonlySet<string> = new Set([
  "about",
  "around",
  "roughly",
  "approximately",
  "environ",
]);

const BEFORE: Record<Language, Phrase[]> = { fr: phrases(HEDGES_BEFORE.fr), en: phrases(HEDGES_BEFORE.en) };
function byLastToken(list: Phrase[]): Map<string, Phrase[]> {
  const map = new Map<string, Phrase[]>();
  for (const ph of list) {
    const last = ph.tokens[ph.tokens.length - 1] ?? "";
    map.set(last, [...(map.get(last) ?? []), ph]);
  }
  return map;
}
const BEFORE_BY_LAST: Record<Language, Map<string, Phrase[]>> = {
  fr: byLastToken(BEFORE.fr),
  en: byLastToken(BEFORE.en),
};
const AFTER: Record<Language, Phrase[]> = { fr: phrases(HEDGES_AFTER.fr), en: phrases(HEDGES_AFTER.en) };

const SENTENCE_MARKS = new Set([
  ".",
  "!",
  "?",
  ":",
  ";",
  "\n",
  "\r",
  "«",
  '"',
  "“",
  "(",
  "[",
  "•",
  "-",
  "–",
  "—",
]);

/** Hedges before and after a figure, names and months around it. */
export class HedgeReader extends AmountReader {
  /** The longest hedge phrase ending just before i (an article "les" may stand between). */
  hedgeBefore(i: number, floor: number): { start: number; bound: HedgeBound; text: string } | null {
    const byLast = BEFORE_BY_LAST[this.lang];
    const toks: Token[] = [];
    // tokens before i, read lazily, nearest first
    const nth = (k: number): Token | null => {
      while (toks.length <= k) {
        const from = toks.length === 0 ? i : (toks[toks.length - 1] as Token).start;
        const tok = this.prevToken(from);
        if (tok.kind === "end" || tok.start < floor) return null;
        toks.push(tok);
      }
      return toks[k] ?? null;
    };
    const first = nth(0);
    if (!first) return null;
    const rounding = ROUNDING_WORDS.has(first.lower);
    const skips =
      (this.lang === "fr" && first.lower === "les") || HEDGE_ADVERBS.has(first.lower) || rounding
        ? [1, 0]
        : [0];
    for (const skip of skips) {
      const last = nth(skip);
      if (!last) continue;
      const candidates = byLast.get(last.lower);
      if (!candidates) continue;
      for (const ph of candidates) {
        // Past a rounding word, only a ceiling wins: "could take the total to about $6 billion".
        if (rounding && skip === 1 && ph.bound !== "up_to") continue;
        const len = ph.tokens.length;
        let ok = true;
        for (let m = 1; m < len; m++) {
          if (nth(skip + m)?.lower !== ph.tokens[len - 1 - m]) {
            ok = false;
            break;
          }
        }
        const head = nth(skip + len - 1);
        if (ok && head) return { start: head.start, bound: ph.bound, text: ph.text };
      }
    }
    return null;
  }

  hedgeAfter(i: number): { end: number; bound: HedgeBound; text: string } | null {
    if (this.code(i) === 43 && !isDigit(this.code(i + 1)))
      return { end: i + 1, bound: "at_least", text: "+" };
    // "a $1 trillion-plus plan"
    if (isDash(this.code(i)) && /^plus(?![\p{L}\p{N}])/iu.test(this.text.slice(i + 1, i + 6)))
      return { end: i + 5, bound: "at_least", text: "-plus" };
    const first = this.tokenAt(i);
    if (first.kind !== "word") return null;
    for (const ph of AFTER[this.lang]) {
      if (ph.tokens[0] !== first.lower) continue;
      let end = first.end;
      let ok = true;
      for (let m = 1; m < ph.tokens.length; m++) {
        const tok = this.tokenAt(end);
        if (tok.lower !== ph.tokens[m]) {
          ok = false;
          break;
        }
        end = tok.end;
      }
      if (ok && !this.opensNextFigure(end)) return { end, bound: ph.bound, text: ph.text };
    }
    return null;
  }

  /**
   * After "and more", "at least", "et plus": a comparative ("than", "de") or a number means the words
   * belong to what follows ("raised $30bn and more than doubled", "$30bn, at least $5bn of it").
   */
  opensNextFigure(i: number): boolean {
    const next = this.tokenAt(i);
    if (next.kind === "word") return COMPARATIVE_NEXT.has(next.lower);
    const q = this.skipSpaces(i);
    return isDigit(this.code(q)) || CURRENCY_SYMBOLS.has(this.text[q] ?? "");
  }

  /** A capitalised word just before a bare number, inside a sentence: "Fortune 500", "iPhone 16". */
  inName(i: number): boolean {
    const prev = this.prevToken(i);
    if (prev.kind !== "word")
      return prev.kind === "sym" && (prev.raw === "°" || prev.raw === "#" || prev.raw === "n°");
    if (prev.raw === prev.lower) return false;
    const before = this.prevToken(prev.start);
    if (before.kind === "end") return false;
    if (before.kind === "sym" && SENTENCE_MARKS.has(before.raw)) return false;
    return !(this.text[prev.start - 1] === "\n");
  }

  isMonth(tok: Token): boolean {
    return tok.kind === "word" && MONTHS.has(tok.lower);
  }
}
