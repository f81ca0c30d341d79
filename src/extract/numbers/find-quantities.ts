import type { Bound, Language } from "../../core/index.js";
import {
  isApostrophe,
  isDash,
  isDigit,
  isGroupSpace,
  isHardSpace,
  isInlineSpace,
  isLetter,
} from "./chars.js";
import {
  ARTICLE_ONE,
  BARE_RANGE_CONNECTORS,
  COUNT_ADJECTIVES,
  CURRENCY_ADJECTIVES,
  CURRENCY_PREFIX_ADJECTIVES,
  CURRENCY_SYMBOLS,
  DOLLAR_PREFIXES,
  HEDGES_AFTER,
  HEDGES_BEFORE,
  type HedgeBound,
  ISO_CODES,
  MONTHS,
  MULTIPLE_NOUNS,
  MULTIPLE_WORDS,
  RANGE_OPENERS,
  RATE_LINKS,
  RATE_WORDS,
  SCALES,
  type ScaleWord,
  SPELLED,
  UNIT_WORDS,
  VAGUE_MULTIPLES,
  VAGUE_OPENERS,
  VAGUE_SCALES,
  VAGUE_WORDS,
} from "./lexicon.js";
import { numberNotes } from "./notes.js";
import type { QuantityMention } from "./types.js";

/**
 * The quantity recognizer: one left-to-right pass over the text. At each digit, currency sign or
 * number word it reads forward a bounded number of tokens (sign, currency, number, scale, unit,
 * rate, range end, trailing hedge) and backward a bounded number (hedge, range opener, name), then
 * resumes after what it consumed, so the whole pass is linear in the text's length.
 */

interface Token {
  kind: "word" | "digits" | "sym" | "end";
  start: number;
  end: number;
  raw: string;
  lower: string;
}

interface UnitInfo {
  unit: string;
  /** Power of ten from the written number to the unit (MW -> GW: -3; % -> fraction: -2). */
  exp: number;
  currency: boolean;
  note: string | null;
}

interface Amount {
  start: number;
  end: number;
  numStart: number;
  numEnd: number;
  /** The written number as decimal digits and a power of ten (exact until the final Number()). */
  mant: string;
  exp: number;
  spelled: boolean;
  /** A lone article-like "un", "une", "one", "a", "an". */
  article: boolean;
  /** The digits when written as a plain integer (no grouping, no decimals). */
  plain: string | null;
  scale: ScaleWord | null;
  scaleExp: number;
  unit: UnitInfo | null;
  sign: string;
  notes: string[];
}

type Outcome = { amount: Amount; resume: number } | { amount: null; resume: number };

interface Phrase {
  tokens: string[];
  bound: HedgeBound;
  text: string;
}

const END: Token = { kind: "end", start: 0, end: 0, raw: "", lower: "" };

function phrases(list: ReadonlyArray<readonly [string, HedgeBound]>): Phrase[] {
  return list
    .map(([text, bound]) => ({ tokens: text.split(" "), bound, text: text.replace(/ ' ?/g, "'") }))
    .sort((a, b) => b.tokens.length - a.tokens.length);
}

/** Words after a trailing hedge that show it opens a comparison instead ("and more than doubled"). */
const COMPARATIVE_NEXT: ReadonlySet<string> = new Set(["than", "que", "qu", "de", "d", "des", "du"]);

/** A plain four-digit integer that reads as a year. */
function isYearLike(x: Amount): boolean {
  return x.plain !== null && x.plain.length === 4 && Number(x.plain) >= 1800 && Number(x.plain) <= 2199;
}

/** An amount's size before its unit, to order the ends of a range. */
function magnitude(x: Amount): number {
  return Number(`${x.mant}e${x.exp + x.scaleExp}`);
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

function anchorWords(lang: Language): Set<string> {
  const set = new Set<string>();
  for (const w of SPELLED[lang].keys()) set.add(w);
  for (const w of ARTICLE_ONE[lang]) set.add(w);
  for (const w of VAGUE_OPENERS[lang]) set.add(w);
  for (const w of VAGUE_SCALES[lang].keys()) set.add(w);
  for (const w of VAGUE_MULTIPLES[lang].keys()) set.add(w);
  for (const w of VAGUE_WORDS[lang].keys()) set.add(w);
  return set;
}
const ANCHORS: Record<Language, Set<string>> = { fr: anchorWords("fr"), en: anchorWords("en") };

function lowerCode(c: number): number {
  return (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7) ? c + 32 : c;
}
function wordHash(word: string): number {
  let h = 0;
  for (let k = 0; k < word.length; k++) h = (Math.imul(h, 31) + lowerCode(word.charCodeAt(k))) | 0;
  return h;
}
const WWW = wordHash("www");
const ANCHOR_HASHES: Record<Language, Set<number>> = {
  fr: new Set([...ANCHORS.fr].map(wordHash)),
  en: new Set([...ANCHORS.en].map(wordHash)),
};

const log10 = (factor: number): number => Math.round(Math.log10(factor));

/** "une dizaine", "une centaine", "un millier": approximately the round number. */
const ROUND_NOUNS: ReadonlyMap<string, number> = new Map([
  ["dizaine", 10],
  ["douzaine", 12],
  ["quinzaine", 15],
  ["vingtaine", 20],
  ["trentaine", 30],
  ["quarantaine", 40],
  ["cinquantaine", 50],
  ["soixantaine", 60],
  ["centaine", 100],
  ["millier", 1000],
]);

const DETERMINERS = new Set([
  "le",
  "la",
  "les",
  "l",
  "son",
  "sa",
  "ses",
  "leur",
  "leurs",
  "its",
  "the",
  "their",
]);
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

class Scanner {
  readonly n: number;
  /** Where a rejected digit run ends when it is longer than skipRun sees (a phone number). */
  rejectEnd = -1;
  phoneEnd = -1;
  constructor(
    readonly text: string,
    readonly lang: Language,
  ) {
    this.n = text.length;
  }

  code(i: number): number {
    return i < this.n && i >= 0 ? this.text.charCodeAt(i) : -1;
  }

  skipSpaces(i: number): number {
    while (i < this.n && isInlineSpace(this.text.charCodeAt(i))) i++;
    return i;
  }

  wordEnd(i: number): number {
    const t = this.text;
    let e = i + 1;
    while (e < this.n) {
      const c = t.charCodeAt(e);
      if (isLetter(c)) e++;
      else if (c === 45 && isLetter(this.code(e + 1))) e += 2;
      else break;
    }
    return e;
  }

  /** The token starting at i after inline spaces. */
  tokenAt(i: number): Token {
    i = this.skipSpaces(i);
    if (i >= this.n) return END;
    const t = this.text;
    const c = t.charCodeAt(i);
    if (isLetter(c)) {
      const e = this.wordEnd(i);
      const raw = t.slice(i, e);
      return { kind: "word", start: i, end: e, raw, lower: raw.toLowerCase() };
    }
    if (isDigit(c)) {
      let e = i + 1;
      while (e < this.n && isDigit(t.charCodeAt(e))) e++;
      const raw = t.slice(i, e);
      return { kind: "digits", start: i, end: e, raw, lower: raw };
    }
    const raw = isApostrophe(c) ? "'" : (t[i] ?? "");
    return { kind: "sym", start: i, end: i + 1, raw, lower: raw };
  }

  /** The token ending at i, before inline spaces (stops at line breaks, which come back as a symbol). */
  prevToken(i: number): Token {
    const t = this.text;
    let j = i;
    while (j > 0 && isInlineSpace(t.charCodeAt(j - 1))) j--;
    if (j <= 0) return END;
    const c = t.charCodeAt(j - 1);
    if (isLetter(c)) {
      let s = j - 1;
      while (s > 0) {
        const p = t.charCodeAt(s - 1);
        if (isLetter(p)) s--;
        else if (p === 45 && s >= 2 && isLetter(t.charCodeAt(s - 2))) s -= 2;
        else break;
      }
      const raw = t.slice(s, j);
      return { kind: "word", start: s, end: j, raw, lower: raw.toLowerCase() };
    }
    if (isDigit(c)) {
      let s = j - 1;
      while (s > 0 && isDigit(t.charCodeAt(s - 1))) s--;
      const raw = t.slice(s, j);
      return { kind: "digits", start: s, end: j, raw, lower: raw };
    }
    const raw = isApostrophe(c) ? "'" : (t[j - 1] ?? "");
    return { kind: "sym", start: j - 1, end: j, raw, lower: raw };
  }

  threeDigitsAt(i: number): boolean {
    return (
      isDigit(this.code(i)) &&
      isDigit(this.code(i + 1)) &&
      isDigit(this.code(i + 2)) &&
      !isDigit(this.code(i + 3))
    );
  }

  /** Skips a run of digits and number punctuation: where to resume after a rejected token. */
  skipRun(i: number): number {
    const t = this.text;
    while (i < this.n) {
      const c = t.charCodeAt(i);
      if (isDigit(c) || isLetter(c)) i++;
      else if ((c === 46 || c === 44 || c === 58 || c === 47 || isDash(c)) && isDigit(this.code(i + 1)))
        i += 2;
      else break;
    }
    return i;
  }

  // ---- numbers ----------------------------------------------------------------------------

  /** Digits with grouping and decimals; null when the run is a date, time, version or phone number. */
  readDigits(
    i: number,
  ): { end: number; mant: string; exp: number; plain: string | null; note: string | null } | null {
    const t = this.text;
    const fr = this.lang === "fr";
    let j = i;
    while (j < this.n && isDigit(t.charCodeAt(j))) j++;
    const firstLen = j - i;
    let int = t.slice(i, j);
    let grouped = false;
    if (firstLen <= 3) {
      for (;;) {
        const c = t.charCodeAt(j);
        const sep = fr ? isGroupSpace(c) : c === 44 || isGroupSpace(c);
        if (!sep || !this.threeDigitsAt(j + 1)) break;
        int += t.slice(j + 1, j + 4);
        j += 4;
        grouped = true;
      }
      if (!grouped) {
        // The other convention's grouping, when unambiguous: two groups or more ("1,000,000").
        for (const sepCode of fr ? [44, 46] : [46]) {
          let k = j;
          let count = 0;
          while (t.charCodeAt(k) === sepCode && this.threeDigitsAt(k + 1)) {
            k += 4;
            count++;
          }
          if (count >= 2) {
            for (let g = j; g < k; g += 4) int += t.slice(g + 1, g + 4);
            j = k;
            grouped = true;
            break;
          }
        }
      }
      if (!grouped && firstLen === 2 && this.looksLikePhone(i)) {
        this.rejectEnd = this.phoneEnd;
        return null;
      }
    }
    let frac = "";
    let note: string | null = null;
    const c = t.charCodeAt(j);
    const decimal = fr ? 44 : 46;
    const other = fr ? 46 : 44;
    if (c === decimal && isDigit(this.code(j + 1))) {
      let k = j + 1;
      while (k < this.n && isDigit(t.charCodeAt(k))) k++;
      frac = t.slice(j + 1, k);
      j = k;
    } else if (c === other && isDigit(this.code(j + 1)) && !grouped) {
      let k = j + 1;
      while (k < this.n && isDigit(t.charCodeAt(k))) k++;
      const digits = k - j - 1;
      if (digits !== 3 || this.scaleFollows(k)) {
        frac = t.slice(j + 1, k);
        note = numberNotes.otherDecimalMark(t[j] ?? "");
        j = k;
      } else if (fr && firstLen <= 3) {
        int += t.slice(j + 1, k);
        grouped = true;
        j = k;
        if (t.charCodeAt(j) === 44 && isDigit(this.code(j + 1))) {
          let f = j + 1;
          while (f < this.n && isDigit(t.charCodeAt(f))) f++;
          frac = t.slice(j + 1, f);
          j = f;
        }
      }
    }
    const next = t.charCodeAt(j);
    if ((next === 46 || next === 44) && isDigit(this.code(j + 1)) && (frac !== "" || grouped)) return null;
    if ((next === 58 || next === 47) && isDigit(this.code(j + 1))) return null;
    if (frac === "" && !grouped && firstLen === 4 && isDash(next) && isDigit(this.code(j + 1))) {
      const year = Number(int);
      if (year >= 1800 && year <= 2199) return null;
    }
    if (!grouped && frac === "" && firstLen >= 8 && int.charCodeAt(0) === 48) return null;
    return { end: j, mant: int + frac, exp: -frac.length, plain: grouped || frac !== "" ? null : int, note };
  }

  /** "01 23 45 67 89": pairs of digits repeated. */
  looksLikePhone(i: number): boolean {
    let k = i + 2;
    let pairs = 1;
    while (pairs < 5) {
      const c = this.code(k);
      if (!(c === 32 || c === 46 || c === 45 || isHardSpace(c))) break;
      if (!isDigit(this.code(k + 1)) || !isDigit(this.code(k + 2)) || isDigit(this.code(k + 3))) break;
      k += 3;
      pairs++;
    }
    this.phoneEnd = k;
    return pairs >= 4;
  }

  scaleFollows(i: number): boolean {
    const tok = this.tokenAt(i);
    if (tok.kind !== "word") return false;
    const s = SCALES[this.lang].get(tok.lower) ?? SCALES[this.lang].get(tok.raw);
    return s !== undefined;
  }

  /** A spelled number ("vingt-six", "deux cents", "one hundred and five", "a"). */
  readSpelled(i: number): { end: number; value: number; article: boolean } | null {
    const fr = this.lang === "fr";
    const table = SPELLED[this.lang];
    let total = 0;
    let current = 0;
    let words = 0;
    let end = i;
    let last = "";
    let article = false;
    let j = i;
    for (let guard = 0; guard < 12; guard++) {
      const tok = this.tokenAt(j);
      if (tok.kind !== "word") break;
      const w = tok.lower;
      if (words === 0 && ARTICLE_ONE[this.lang].has(w)) {
        current = 1;
        words = 1;
        article = true;
        last = w;
        end = tok.end;
        j = end;
        const next = this.tokenAt(j);
        if (next.kind !== "word" || !table.has(next.lower) || (table.get(next.lower) ?? 0) < 100) break;
        // "a hundred", "un mille" (rare): the article multiplies.
        current = 0;
        continue;
      }
      if (words > 0 && (w === (fr ? "et" : "and") || w === "-")) {
        const next = this.tokenAt(tok.end);
        const dash = next.lower.indexOf("-");
        const nv = table.get(dash > 0 ? next.lower.slice(0, dash) : next.lower);
        if (next.kind !== "word" || nv === undefined || nv >= 100) break;
        if (fr && !(nv === 1 || nv === 11)) break;
        if (!fr && current < 100 && total === 0) break;
        j = next.start;
        continue;
      }
      const parts = w.indexOf("-") >= 0 ? w.split("-") : [w];
      let ok = true;
      for (const p of parts) if (!table.has(p) && !(fr && p === "et")) ok = false;
      if (!ok) break;
      for (const p of parts) {
        if (p === "et") continue;
        const v = table.get(p) ?? 0;
        if (v === 100) current = (current === 0 ? 1 : current) * 100;
        else if (v === 1000) {
          total += (current === 0 ? 1 : current) * 1000;
          current = 0;
        } else if (v === 12 && p === "dozen") current = (current === 0 ? 1 : current) * 12;
        else if (fr && v === 20 && last === "quatre") current += 76;
        else current += v;
        last = p;
      }
      if (article) article = false;
      words++;
      end = tok.end;
      j = end;
    }
    if (words === 0) return null;
    return { end, value: total + current, article };
  }

  // ---- scale, unit, rate -------------------------------------------------------------------

  /** A scale word at i (after spaces unless attached); letter forms need a currency beside them. */
  readScale(
    i: number,
    attached: boolean,
    currencyNear: boolean,
  ): { end: number; scale: ScaleWord; word: string } | null {
    const tok = attached ? this.attachedWord(i) : this.tokenAt(i);
    if (tok.kind !== "word") return null;
    const table = SCALES[this.lang];
    const scale = table.get(tok.lower);
    if (!scale) return null;
    if (scale.letter) {
      const followedByCurrency = CURRENCY_SYMBOLS.has(this.text[tok.end] ?? "");
      const upper = tok.raw !== tok.lower || tok.raw === "k";
      if (!(currencyNear || followedByCurrency || (attached && upper))) return null;
      if (tok.lower === "g" && !followedByCurrency) return null;
    }
    return { end: tok.end, scale, word: tok.raw };
  }

  /** Letters glued to the end of a number ("13.1B", "20M$", "4th"). */
  attachedWord(i: number): Token {
    const t = this.text;
    if (!isLetter(this.code(i))) return END;
    let e = i + 1;
    while (e < this.n && isLetter(t.charCodeAt(e))) e++;
    const raw = t.slice(i, e);
    return { kind: "word", start: i, end: e, raw, lower: raw.toLowerCase() };
  }

  currencyAt(i: number): { code: string; end: number } | null {
    const tok = this.tokenAt(i);
    if (tok.kind === "sym") {
      const code = CURRENCY_SYMBOLS.get(tok.raw);
      if (!code) return null;
      if (code === "USD" && this.text.startsWith("US", tok.end)) return { code, end: tok.end + 2 };
      if (code === "USD" && isLetter(this.code(tok.end))) {
        // "$CAD", "$AUD": the sign, then the code glued to it
        const glued = this.attachedWord(tok.end);
        if (ISO_CODES.has(glued.raw)) return { code: glued.raw, end: glued.end };
      }
      return { code, end: tok.end };
    }
    if (tok.kind === "word") {
      if (this.code(tok.end) === 36) {
        const code =
          DOLLAR_PREFIXES.get(tok.raw) ??
          (ISO_CODES.has(tok.raw.toUpperCase()) ? tok.raw.toUpperCase() : null);
        if (code) return { code, end: tok.end + 1 };
      }
      if (ISO_CODES.has(tok.raw)) return { code: tok.raw, end: tok.end };
    }
    return null;
  }

  /** The unit after a number: "%", "$", "de dollars", "d'utilisateurs", "GW", "pour cent", "x". */
  readUnit(i: number, depth = 0): { unit: UnitInfo; end: number } | null {
    const tok = this.tokenAt(i);
    if (tok.kind === "end" || tok.kind === "digits") return null;
    if (tok.kind === "sym") {
      if (tok.raw === "%")
        return {
          unit: { unit: "fraction", exp: -2, currency: false, note: numberNotes.percent() },
          end: tok.end,
        };
      if (tok.raw === "×" && !isDigit(this.code(this.skipSpaces(tok.end))))
        return { unit: { unit: "x", exp: 0, currency: false, note: numberNotes.multiple() }, end: tok.end };
      const c = this.currencyAt(tok.start);
      if (c) return { unit: { unit: c.code, exp: 0, currency: true, note: null }, end: c.end };
      return null;
    }
    const w = tok.lower;
    if (depth < 2 && COUNT_ADJECTIVES.has(w)) {
      // "800 million weekly active users", "de nouveaux abonnés"
      const u = this.readUnit(tok.end, depth + 1);
      return u && !u.unit.currency && u.unit.unit !== "fraction" && u.unit.unit !== "x" ? u : null;
    }
    if (w === "de" || w === "d" || w === "of" || w === "en" || w === "in") {
      let k = tok.end;
      if (w === "d") {
        if (!isApostrophe(this.code(k))) return null;
        k++;
      }
      const inner = this.tokenAt(k);
      if (inner.kind === "sym" && (w === "en" || w === "in" || inner.raw === "%")) return null;
      if (
        inner.kind === "word" &&
        (w === "en" || w === "in") &&
        !ISO_CODES.has(inner.raw) &&
        inner.lower !== "dollars" &&
        inner.lower !== "euros"
      )
        return null;
      const u = this.readUnit(k, depth + 1);
      if (u && u.unit.unit !== "x" && u.unit.unit !== "fraction") return u;
      return null;
    }
    const c = this.currencyAt(tok.start);
    if (c) return { unit: { unit: c.code, exp: 0, currency: true, note: null }, end: c.end };
    if (tok.raw.length === 3 && ISO_CODES.has(tok.raw.toUpperCase()) && tok.raw === tok.lower) {
      return { unit: { unit: tok.raw.toUpperCase(), exp: 0, currency: true, note: null }, end: tok.end };
    }
    if (tok.raw.length === 4 && tok.raw.charCodeAt(0) === 77 && ISO_CODES.has(tok.raw.slice(1))) {
      // "30 MUSD", "120 MEUR": millions of a currency
      return { unit: { unit: tok.raw.slice(1), exp: 6, currency: true, note: null }, end: tok.end };
    }
    if ((w === "pour" || w === "per") && this.tokenAt(tok.end).lower === "cent") {
      return {
        unit: { unit: "fraction", exp: -2, currency: false, note: numberNotes.percent() },
        end: this.tokenAt(tok.end).end,
      };
    }
    const adj = CURRENCY_PREFIX_ADJECTIVES.get(w);
    if (adj) {
      let next = this.tokenAt(tok.end);
      if (w === "hong" && next.lower === "kong") next = this.tokenAt(next.end);
      if (next.kind === "word" && UNIT_WORDS.get(next.lower)?.currency) {
        return { unit: { unit: adj, exp: 0, currency: true, note: null }, end: next.end };
      }
      return null;
    }
    const word = UNIT_WORDS.get(w);
    if (word) {
      if (word.unit === "GW" && tok.raw === "gw") return null;
      let end = tok.end;
      let unit = word.unit;
      if (word.currency) {
        const next = this.tokenAt(end);
        const code = next.kind === "word" ? (CURRENCY_ADJECTIVES.get(next.lower) ?? null) : null;
        if (code && (next.lower !== "us" || next.raw === "US")) {
          unit = code;
          end = next.end;
        }
      }
      const note =
        word.factor === 1e-3
          ? numberNotes.megawatts()
          : word.unit === "fraction"
            ? numberNotes.percent()
            : null;
      return { unit: { unit, exp: log10(word.factor), currency: word.currency, note }, end };
    }
    if ((tok.raw === "x" || tok.raw === "X") && !isDigit(this.code(this.skipSpaces(tok.end)))) {
      return { unit: { unit: "x", exp: 0, currency: false, note: numberNotes.multiple() }, end: tok.end };
    }
    if (MULTIPLE_WORDS.has(w)) {
      let next = this.tokenAt(tok.end);
      if (next.kind === "word" && DETERMINERS.has(next.lower)) {
        next = this.tokenAt(
          next.lower === "l" && isApostrophe(this.code(next.end)) ? next.end + 1 : next.end,
        );
      }
      if (next.kind === "word" && MULTIPLE_NOUNS.has(next.lower)) {
        let end = next.end;
        if (next.lower === "chiffre") {
          const d = this.tokenAt(end);
          if (d.lower === "d" && isApostrophe(this.code(d.end))) {
            const a = this.tokenAt(d.end + 1);
            if (a.lower === "affaires") end = a.end;
          }
        }
        return { unit: { unit: "x", exp: 0, currency: false, note: numberNotes.multiple() }, end };
      }
    }
    return null;
  }

  /** "… dollars et 15 cents", "… dollars and forty-five cents". */
  readCents(i: number): { value: number; end: number } | null {
    let tok = this.tokenAt(i);
    if (tok.lower === "et" || tok.lower === "and") tok = this.tokenAt(tok.end);
    let value: number;
    let end: number;
    if (tok.kind === "digits") {
      if (tok.end - tok.start > 2) return null;
      value = Number(tok.raw);
      end = tok.end;
    } else if (tok.kind === "word") {
      const sp = this.readSpelled(tok.start);
      if (!sp || sp.article) return null;
      value = sp.value;
      end = sp.end;
    } else return null;
    const unit = this.tokenAt(end);
    if (value >= 100 || !(unit.lower === "cents" || unit.lower === "cent" || unit.lower === "centimes"))
      return null;
    return { value, end: unit.end };
  }

  /** "par gigawatt", "per month", "/mois", "a share" after a unit. */
  readRate(i: number, unit: UnitInfo): { unit: UnitInfo; end: number } | null {
    const link = this.tokenAt(i);
    if (!RATE_LINKS.has(link.lower)) return null;
    if (link.lower === "a" && this.lang !== "en") return null;
    const what = this.tokenAt(link.end);
    if (what.kind !== "word") return null;
    const per = RATE_WORDS.get(what.lower);
    if (!per) return null;
    if (unit.currency) {
      if (per === "GW")
        return { unit: { ...unit, unit: `${unit.unit}_per_GW`, currency: false }, end: what.end };
      if (per === "month")
        return { unit: { ...unit, unit: `${unit.unit}_per_month`, currency: false }, end: what.end };
      if (per === "share")
        return { unit: { ...unit, unit: `${unit.unit}_per_share`, currency: false }, end: what.end };
      if (per === "dollar")
        return {
          unit: { unit: "x", exp: unit.exp, currency: false, note: numberNotes.multiple() },
          end: what.end,
        };
      return null;
    }
    if (unit.unit === "GW" && per === "week")
      return { unit: { ...unit, unit: "GW_per_week" }, end: what.end };
    return null;
  }

  // ---- amounts ------------------------------------------------------------------------------

  /** [sign][currency] number [scale [scale]] [unit [rate]], starting exactly at i. */
  readAmount(i: number, allowPrefix: boolean): Outcome {
    const t = this.text;
    let p = i;
    let sign = "";
    let prefix: string | null = null;
    const c0 = this.code(p);
    if (
      allowPrefix &&
      (c0 === 43 || c0 === 45 || c0 === 0x2212) &&
      (isDigit(this.code(p + 1)) || CURRENCY_SYMBOLS.has(t[p + 1] ?? ""))
    ) {
      const before = this.code(p - 1);
      if (p === 0 || isInlineSpace(before) || before === 40 || before === 10) {
        sign = c0 === 43 ? "+" : "-";
        p++;
      }
    }
    if (allowPrefix && !isDigit(this.code(p))) {
      const cur = this.currencyAt(p);
      if (cur && this.tokenAt(p).start === p) {
        prefix = cur.code;
        const q = this.skipSpaces(cur.end);
        if (!isDigit(this.code(q))) return { amount: null, resume: cur.end };
        p = q;
      }
    }
    const numStart = p;
    let mant: string;
    let exp: number;
    let plain: string | null = null;
    let spelled = false;
    let article = false;
    let end: number;
    const notes: string[] = [];
    if (isDigit(this.code(p))) {
      this.rejectEnd = -1;
      const d = this.readDigits(p);
      if (!d) return { amount: null, resume: Math.max(this.rejectEnd, this.skipRun(p)) };
      mant = d.mant;
      exp = d.exp;
      plain = d.plain;
      end = d.end;
      if (d.note) notes.push(d.note);
    } else if (isLetter(this.code(p))) {
      const s = this.readSpelled(p);
      if (!s) return { amount: null, resume: this.wordEnd(p) };
      mant = String(s.value);
      exp = 0;
      spelled = true;
      article = s.article;
      end = s.end;
    } else return { amount: null, resume: p + 1 };

    let scale: ScaleWord | null = null;
    let scaleExp = 0;
    let unit: UnitInfo | null = prefix ? { unit: prefix, exp: 0, currency: true, note: null } : null;
    // letters glued to digits: a scale ("13.1B", "20M$"), a unit ("5GW", "10x"), else a name or ordinal
    if (!spelled && isLetter(this.code(end))) {
      const glued = this.attachedWord(end);
      const s = this.readScale(end, true, prefix !== null);
      if (s) {
        scale = s.scale;
        scaleExp = log10(s.scale.factor);
        end = s.end;
      } else if (glued.raw === "x" || glued.raw === "X") {
        if (!unit) unit = { unit: "x", exp: 0, currency: false, note: numberNotes.multiple() };
        end = glued.end;
      } else if (ISO_CODES.has(glued.raw)) {
        if (!unit) unit = { unit: glued.raw, exp: 0, currency: true, note: null };
        end = glued.end;
      } else if (glued.raw === "GW" || glued.raw === "MW") {
        const w = UNIT_WORDS.get(glued.lower);
        if (w && !unit)
          unit = {
            unit: "GW",
            exp: log10(w.factor),
            currency: false,
            note: glued.raw === "MW" ? numberNotes.megawatts() : null,
          };
        end = glued.end;
      } else return { amount: null, resume: this.skipRun(end) };
      if (isLetter(this.code(end)) || isDigit(this.code(end)))
        return { amount: null, resume: this.skipRun(end) };
    } else if (!spelled && isDigit(this.code(end))) {
      return { amount: null, resume: this.skipRun(end) };
    }
    if (!scale) {
      const s = this.readScale(end, false, prefix !== null);
      if (s) {
        scale = s.scale;
        scaleExp = log10(s.scale.factor);
        end = s.end;
      }
    }
    if (scale) {
      // "mille milliards", "thousand billion"
      const s2 = this.readScale(end, false, prefix !== null);
      if (s2 && s2.scale.factor > scale.factor && !s2.scale.letter) {
        scale = { ...s2.scale, factor: scale.factor * s2.scale.factor };
        scaleExp += log10(s2.scale.factor);
        end = s2.end;
      }
      // "un milliard et demi", "two and a half billion" (the former only)
      const et = this.tokenAt(end);
      if (et.lower === (this.lang === "fr" ? "et" : "and")) {
        const half = this.tokenAt(et.end);
        if (half.lower === "demi" || half.lower === "demie") {
          const v = Number(`${mant}e${exp}`) + 0.5;
          mant = String(v).replace(".", "");
          exp = -(String(v).split(".")[1]?.length ?? 0);
          end = half.end;
        }
      }
    }
    if (article && !scale) {
      // "un dollar", "one euro": the article counts before a currency word, nowhere else
      const next = this.tokenAt(end);
      if (!(next.kind === "word" && UNIT_WORDS.get(next.lower)?.currency))
        return { amount: null, resume: end };
    }
    const numEnd = end;
    if (!unit || unit.unit === "x" || unit.unit === "GW") {
      // glued unit letters may be followed by "$" ("Md$"), a space unit, or "de dollars"
      if (!unit) {
        const u = this.readUnit(end);
        if (u) {
          unit = u.unit;
          end = u.end;
        }
      }
    }
    if (unit && CURRENCY_SYMBOLS.has(t[end] ?? "") && unit.currency) end++;
    if (unit?.currency && !scale && end > numEnd) {
      // "75 USD million": the scale after the currency
      const s = this.readScale(end, false, true);
      if (s && !s.scale.letter) {
        scale = s.scale;
        scaleExp = log10(s.scale.factor);
        end = s.end;
      }
    }
    if (unit?.currency && !scale) {
      const cents = this.readCents(end);
      if (cents) {
        const v = Number(`${mant}e${exp}`) + cents.value / 100;
        mant = String(Math.round(v * 100));
        exp = -2;
        end = cents.end;
      }
    }
    if (unit) {
      const r = this.readRate(end, unit);
      if (r) {
        unit = r.unit;
        end = r.end;
      }
    }
    return {
      amount: {
        start: i,
        end,
        numStart,
        numEnd,
        mant,
        exp,
        spelled,
        article,
        plain,
        scale,
        scaleExp,
        unit,
        sign,
        notes,
      },
      resume: end,
    };
  }

  // ---- hedges, ranges, names ---------------------------------------------------------------

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
    const skips =
      (this.lang === "fr" && first.lower === "les") || HEDGE_ADVERBS.has(first.lower) ? [1, 0] : [0];
    for (const skip of skips) {
      const last = nth(skip);
      if (!last) continue;
      const candidates = byLast.get(last.lower);
      if (!candidates) continue;
      for (const ph of candidates) {
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

  // ---- the pass -----------------------------------------------------------------------------

  run(): QuantityMention[] {
    const out: QuantityMention[] = [];
    const t = this.text;
    const anchors = ANCHORS[this.lang];
    const anchorHashes = ANCHOR_HASHES[this.lang];
    let i = 0;
    let floor = 0;
    while (i < this.n) {
      const c = t.charCodeAt(i);
      if (isDigit(c)) {
        const prev = this.code(i - 1);
        if (isLetter(prev) || (prev === 45 && isLetter(this.code(i - 2))) || prev === 0xb0 || prev === 35) {
          i = this.skipRun(i);
          continue;
        }
        const res = this.quantityAt(i, floor);
        if (res.mention) {
          out.push(res.mention);
          floor = res.mention.span.end;
        }
        i = Math.max(i + 1, res.resume);
      } else if (isLetter(c)) {
        // The word's lower-case hash decides, without allocating, whether it may start a quantity.
        let e = i;
        let h = 0;
        let dashed = false;
        let upper = 0;
        while (e < this.n) {
          const d = t.charCodeAt(e);
          if (isLetter(d)) {
            const low = lowerCode(d);
            if (low !== d) upper++;
            h = (Math.imul(h, 31) + low) | 0;
            e++;
          } else if (d === 45 && isLetter(this.code(e + 1))) {
            dashed = true;
            h = (Math.imul(h, 31) + 45) | 0;
            e++;
          } else break;
        }
        const len = e - i;
        if (
          (this.code(e) === 58 && t.startsWith("//", e + 1)) ||
          (len === 3 && this.code(e) === 46 && h === WWW)
        ) {
          // a web address: its digits are not quantities
          while (e < this.n && !isInlineSpace(t.charCodeAt(e)) && t.charCodeAt(e) !== 10) e++;
          i = e;
          continue;
        }
        const candidate =
          anchorHashes.has(h) ||
          dashed ||
          (len === 3 && upper === 3 && isDigit(this.code(this.skipSpaces(e)))) ||
          this.code(e) === 36;
        let resume = e;
        if (candidate && len <= 24) {
          const raw = t.slice(i, e);
          const lower = raw.toLowerCase();
          const dash = lower.indexOf("-");
          if (
            anchors.has(lower) ||
            (dash > 0 && anchors.has(lower.slice(0, dash))) ||
            (dash > 0 && VAGUE_WORDS[this.lang].has(lower.slice(0, lower.lastIndexOf("-")))) ||
            (ISO_CODES.has(raw) && isDigit(this.code(this.skipSpaces(e)))) ||
            (this.code(e) === 36 && (DOLLAR_PREFIXES.has(raw) || ISO_CODES.has(raw.toUpperCase())))
          ) {
            const res = this.quantityAt(i, floor);
            if (res.mention) {
              out.push(res.mention);
              floor = res.mention.span.end;
            }
            resume = Math.max(e, res.resume);
          }
        }
        i = resume;
      } else if (
        CURRENCY_SYMBOLS.has(t[i] ?? "") ||
        ((c === 43 || c === 45 || c === 0x2212) && isDigit(this.code(i + 1)))
      ) {
        const res = this.quantityAt(i, floor);
        if (res.mention) {
          out.push(res.mention);
          floor = res.mention.span.end;
        }
        i = Math.max(i + 1, res.resume);
      } else i++;
    }
    return out;
  }

  quantityAt(i: number, floor: number): { mention: QuantityMention | null; resume: number } {
    const vague = isLetter(this.code(i)) ? (this.vagueAt(i) ?? this.roundNumberAt(i)) : null;
    if (vague) return { mention: vague, resume: vague.span.end };
    const first = this.readAmount(i, true);
    const a = first.amount;
    if (!a) return { mention: null, resume: first.resume };
    const notes = [...a.notes];
    let end = a.end;
    let b: Amount | null = null;
    let connector = "";
    let openerStart = -1;

    // ---- range
    const opener = this.prevToken(a.start);
    let openerWord = opener.lower;
    let openerTok = opener;
    if (opener.kind === "sym" && opener.raw === "'") {
      const d = this.prevToken(opener.start);
      if (d.lower === "d") {
        openerWord = "d '";
        openerTok = d;
      }
    }
    const connectors = RANGE_OPENERS[this.lang].get(openerWord);
    const link = this.tokenAt(a.end);
    const isDashLink = link.kind === "sym" && isDash(link.raw.charCodeAt(0));
    const opened = link.kind === "word" && (connectors?.has(link.lower) ?? false);
    const bareLink = link.kind === "word" && !opened && BARE_RANGE_CONNECTORS[this.lang].has(link.lower);
    // "$5.05 billion to $5.15 billion": a bare connector between two amounts written out in full.
    const bareWithUnit = bareLink && (a.scale !== null || a.unit !== null);
    const linkOk = isDashLink || opened || bareLink;
    if (linkOk && !a.article) {
      const q = this.skipSpaces(link.end);
      const qc = this.code(q);
      const canStart =
        isDigit(qc) || (!isDashLink && isLetter(qc)) || CURRENCY_SYMBOLS.has(this.text[q] ?? "");
      if (canStart) {
        const second = this.readAmount(q, true);
        const cand = second.amount;
        if (cand && a.unit?.currency && cand.unit?.unit.startsWith(`${a.unit.unit}_per_`)) a.unit = cand.unit;
        const fullEnds =
          !bareWithUnit ||
          (cand !== null &&
            a.unit !== null &&
            cand.unit !== null &&
            a.unit.unit === cand.unit.unit &&
            a.scaleExp === cand.scaleExp &&
            magnitude(cand) > magnitude(a));
        // "guidance for 2025 to $12 billion": a bare year before "to" is a date, not a range's low end.
        const yearBeforeAmount =
          cand !== null &&
          !a.unit &&
          !a.scale &&
          isYearLike(a) &&
          (cand.unit !== null || cand.scale !== null) &&
          Number(a.plain) > magnitude({ ...cand, scaleExp: 0 });
        if (yearBeforeAmount) return { mention: null, resume: a.end };
        if (cand && fullEnds && !cand.article && (!a.unit || !cand.unit || a.unit.unit === cand.unit.unit)) {
          b = cand;
          connector = isDashLink ? "-" : link.lower;
          if (connectors?.has(link.lower) && openerTok.start >= floor) openerStart = openerTok.start;
          end = b.end;
        } else if (!cand && isDigit(qc) && !bareWithUnit) {
          return { mention: null, resume: second.resume };
        }
      }
    }

    // ---- trailing hedge
    const after = this.hedgeAfter(end);
    if (after) end = after.end;
    // ---- leading hedge
    const hedge = openerStart < 0 ? this.hedgeBefore(a.start, floor) : null;

    // ---- merge the ends of a range
    if (b) {
      if (!a.scale && b.scale) {
        a.scale = b.scale;
        a.scaleExp = b.scaleExp;
        notes.push(numberNotes.sharedScale());
      } else if (a.scale && !b.scale && !b.unit) {
        b.scale = a.scale;
        b.scaleExp = a.scaleExp;
      }
      if (!a.unit && b.unit) {
        a.unit = b.unit;
        notes.push(numberNotes.sharedUnit());
      } else if (a.unit && !b.unit) b.unit = a.unit;
    }

    // ---- what is not a quantity
    const unit = a.unit;
    const bare = !unit && !a.scale;
    if (bare && a.article) return { mention: null, resume: a.end };
    if (bare && isYearLike(a) && (!b || isYearLike(b) || !b.scale))
      return { mention: null, resume: b ? b.end : a.end };
    if (bare && !a.spelled && this.inName(a.start)) return { mention: null, resume: a.end };
    if (bare && !b && !a.spelled && a.plain !== null && Number(a.plain) <= 31) {
      if (this.isMonth(this.tokenAt(a.end)) || this.isMonth(this.prevToken(a.start)))
        return { mention: null, resume: a.end };
    }

    // ---- values
    const value = (x: Amount): number => {
      let se = x.scaleExp;
      if (x.scale?.calque && x.unit?.currency) se = 12;
      const v = Number(`${x.mant}e${x.exp + se + (x.unit?.exp ?? 0)}`);
      return x.sign === "-" ? -v : v;
    };
    if (a.scale?.calque)
      notes.push(unit?.currency ? numberNotes.calqueTrillion() : numberNotes.properTrillion());
    if (a.scale?.longScale) notes.push(numberNotes.longScaleBillion());
    if (unit?.note) notes.push(unit.note);
    if (a.sign) notes.push(numberNotes.signed(a.sign));
    if (bare) notes.push(numberNotes.bareCount());
    else if (!unit) notes.push(numberNotes.currencyElided());

    let bound: Bound = "exact";
    let low: number | null = value(a);
    let high: number | null = low;
    if (b) {
      const hb = value(b);
      bound = "range";
      notes.push(numberNotes.range(connector));
      if (hb < low) {
        high = low;
        low = hb;
        notes.push(numberNotes.rangeReversed());
      } else if (hb === low) {
        bound = "exact";
        notes.push(numberNotes.rangeEqual());
      } else high = hb;
    } else {
      const h = hedge ?? after;
      if (h) {
        bound = h.bound;
        notes.push(numberNotes.hedge(h.text, h.bound));
        if (bound === "at_least") high = null;
        else if (bound === "at_most" || bound === "up_to") low = null;
      }
    }
    const start = Math.min(a.start, openerStart >= 0 ? openerStart : a.start, hedge ? hedge.start : a.start);
    return {
      mention: {
        span: { start, end },
        numberSpan: { start: a.numStart, end: b ? b.numEnd : a.numEnd },
        low,
        high,
        bound,
        unit: unit?.unit ?? null,
        vague: false,
        notes,
      },
      resume: end,
    };
  }

  /** "une dizaine de milliards de dollars", "une centaine d'employés": about the round number. */
  roundNumberAt(i: number): QuantityMention | null {
    if (this.lang !== "fr") return null;
    const art = this.tokenAt(i);
    if (art.lower !== "une" && art.lower !== "un") return null;
    const noun = this.tokenAt(art.end);
    const base = ROUND_NOUNS.get(noun.lower);
    if (base === undefined) return null;
    let end = noun.end;
    let exp = log10(base);
    let of = this.tokenAt(end);
    let k = of.end;
    if (of.lower === "d" && isApostrophe(this.code(of.end))) k++;
    else if (of.lower !== "de") of = END;
    if (of !== END) {
      const s = this.tokenAt(k);
      const sv = SCALES.fr.get(s.lower);
      if (sv && !sv.letter && !sv.calque) {
        exp += log10(sv.factor);
        end = s.end;
      }
    }
    const numEnd = end;
    let unit: UnitInfo | null = null;
    const u = this.readUnit(end);
    if (u) {
      unit = u.unit;
      end = u.end;
    }
    const value = Number(`1e${exp + (unit?.exp ?? 0)}`) * (base / 10 ** log10(base));
    const notes = [numberNotes.hedge(`${art.lower} ${noun.lower}`, "approx")];
    if (unit?.note) notes.push(unit.note);
    if (!unit) notes.push(exp > log10(base) ? numberNotes.currencyElided() : numberNotes.bareCount());
    return {
      span: { start: i, end },
      numberSpan: { start: i, end: numEnd },
      low: value,
      high: value,
      bound: "approx",
      unit: unit?.unit ?? null,
      vague: false,
      notes,
    };
  }

  /** "des dizaines de milliards", "plusieurs millions", "billions of", "multibillion". */
  vagueAt(i: number): QuantityMention | null {
    const first = this.tokenAt(i);
    const w = first.lower;
    const lang = this.lang;
    let scale = 0;
    let multiple = 1;
    let end = first.end;
    let unit: UnitInfo | null = null;
    const dash = w.lastIndexOf("-");
    const whole =
      VAGUE_WORDS[lang].get(w) ?? (dash > 0 ? VAGUE_WORDS[lang].get(w.slice(0, dash)) : undefined);
    if (whole !== undefined) {
      scale = whole;
      if (!VAGUE_WORDS[lang].has(w)) {
        const u = UNIT_WORDS.get(w.slice(dash + 1));
        if (!u) return null;
        unit = { unit: u.unit, exp: 0, currency: u.currency, note: null };
      }
    } else {
      let k = first.end;
      let tok = first;
      if (VAGUE_OPENERS[lang].has(w)) {
        tok = this.tokenAt(k);
        k = tok.end;
      } else if (lang === "fr" || !VAGUE_SCALES[lang].has(w)) {
        if (!(lang === "en" && VAGUE_MULTIPLES[lang].has(w))) return null;
      }
      const m =
        VAGUE_MULTIPLES[lang].get(tok.lower) ??
        (lang === "en" && tok !== first && tok.lower === "hundred" ? 100 : undefined);
      if (m !== undefined && !(tok.lower === "thousands" || tok.lower === "milliers")) {
        multiple = m;
        end = tok.end;
        let of = this.tokenAt(end);
        let afterOf = of.end;
        if (of.lower === "d" && isApostrophe(this.code(of.end))) afterOf = of.end + 1;
        else if (!(of.lower === "de" || of.lower === "of" || (lang === "en" && tok.lower === "hundred")))
          of = END;
        if (lang === "en" && tok.lower === "hundred") afterOf = end;
        const s = this.tokenAt(afterOf);
        const sv = VAGUE_SCALES[lang].get(s.lower) ?? (lang === "en" ? singularScale(s.lower) : undefined);
        if (sv !== undefined) {
          scale = sv;
          end = s.end;
        } else scale = 1;
      } else {
        const sv =
          VAGUE_SCALES[lang].get(tok.lower) ??
          (lang === "en" && tok !== first ? singularScale(tok.lower) : undefined);
        if (sv === undefined) return null;
        if (tok === first && lang === "en") {
          // "billions of dollars", "billions in": the plural alone is vague; "thousands of" too
          const next = this.tokenAt(tok.end);
          if (!(next.lower === "of" || next.lower === "in")) return null;
        }
        scale = sv;
        end = tok.end;
      }
    }
    const numEnd = end;
    if (!unit) {
      const u = this.readUnit(end);
      if (u) {
        unit = u.unit;
        end = u.end;
      }
    }
    if (unit) {
      const r = this.readRate(end, unit);
      if (r) {
        unit = r.unit;
        end = r.end;
      }
    }
    const low = Number(`1e${log10(multiple * scale) + (unit?.exp ?? 0)}`);
    const high = low * 10;
    const words = this.text.slice(i, end);
    const notes = [numberNotes.vague(words, low, high)];
    if (!unit) notes.push(scale > 1 ? numberNotes.currencyElided() : numberNotes.bareCount());
    return {
      span: { start: i, end },
      numberSpan: { start: i, end: numEnd },
      low,
      high,
      bound: "range",
      unit: unit?.unit ?? null,
      vague: true,
      notes,
    };
  }
}

function singularScale(w: string): number | undefined {
  return w === "billion"
    ? 1e9
    : w === "million"
      ? 1e6
      : w === "trillion"
        ? 1e12
        : w === "thousand"
          ? 1e3
          : undefined;
}

/**
 * Every quantity written in the text, in order, without overlaps.
 *
 * @example
 * findQuantities("entre 50 et 60 milliards de dollars", "fr")
 * // [{ low: 5e10, high: 6e10, bound: "range", unit: "USD", … }]
 */
export function findQuantities(text: string, language: Language): QuantityMention[] {
  return new Scanner(text, language).run();
}

/**
 * One number written alone ("1 000,5", "640,000", "vingt-six", "13.1"), or null when the whole
 * string is not a number.
 */
export function parseNumberToken(token: string, language: Language): number | null {
  const s = new Scanner(token, language);
  const start = s.skipSpaces(0);
  if (isDigit(s.code(start))) {
    const d = s.readDigits(start);
    if (!d || s.skipSpaces(d.end) !== token.length) return null;
    return Number(`${d.mant}e${d.exp}`);
  }
  const w = s.readSpelled(start);
  if (!w || s.skipSpaces(w.end) !== token.length) return null;
  return w.value;
}
