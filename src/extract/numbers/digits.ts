/** Numbers written in digits (grouping, decimals, dates and phone numbers set aside) or in words, and scale words. */
import { isDash, isDigit, isGroupSpace, isHardSpace, isLetter } from "./chars.js";
import {
  ARTICLE_ONE,
  CURRENCY_SYMBOLS,
  ORDINAL_ONE,
  SCALES,
  type ScaleWord,
  SPELLED,
  UNIT_WORDS,
} from "./lexicon.js";
import { numberNotes } from "./notes.js";
import { misspelledScale } from "./scale-typos.js";
import { END, TextScanner, type Token } from "./scanner.js";

/** What may follow a scale word in a compound adjective ("a two-billion-dollar deal"). */
const COMPOUND_TAILS: ReadonlySet<string> = new Set([
  "dollar",
  "dollars",
  "euro",
  "euros",
  "pound",
  "pounds",
  // "a $100 billion-a-year business": the scale, then its pace
  "a-year",
  "per-year",
  "a-quarter",
  "per-quarter",
  "a-month",
  "per-month",
]);

/** "M d'euros", "M de dollars": the French "de" after a capital scale letter. */
const OF_AFTER_LETTER_SCALE = /^[\s\u00a0\u202f]+d(?:e\s|['’])/u;

/** Numbers written in digits or words, and the scale words after them. */
export class NumberReader extends TextScanner {
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
      // French groups thousands with a point as well: "1.000 milliards" is 10^12, not 10^9
      if (digits !== 3 || (!fr && this.scaleFollows(k))) {
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

  /**
   * "01 23 45 67 89": pairs of digits repeated, one separator throughout. Mixed marks are figures:
   * "$63.70-66.30" is a range of two decimals, not a phone number.
   */
  looksLikePhone(i: number): boolean {
    let k = i + 2;
    let pairs = 1;
    let sep = -1;
    while (pairs < 5) {
      const c = this.code(k);
      if (!(c === 32 || c === 46 || c === 45 || isHardSpace(c))) break;
      const kind = isHardSpace(c) ? 32 : c;
      if (sep !== -1 && kind !== sep) break;
      sep = kind;
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
      if (words === 0 && ORDINAL_ONE[this.lang].has(w)) {
        // "le premier gigawatt", "the first gigawatt": one unit of power, read as an article is
        const next = this.tokenAt(tok.end);
        const power = next.kind === "word" && next.raw !== "gw" && UNIT_WORDS.get(next.lower)?.unit === "GW";
        return power ? { end: tok.end, value: 1, article: true } : null;
      }
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
      let parts = w.indexOf("-") >= 0 ? w.split("-") : [w];
      let partEnd = tok.end;
      const scaleAt = parts.findIndex((p) => SCALES[this.lang].has(p) && !table.has(p));
      if (scaleAt > 0 && words === (article ? 1 : 0)) {
        // "two-billion-dollar": the number words before the scale, which is read next, after the dash
        parts = parts.slice(0, scaleAt);
        partEnd = tok.start + parts.join("-").length;
      }
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
      end = partEnd;
      j = end;
      if (partEnd < tok.end) break;
    }
    if (words === 0) return null;
    return { end, value: total + current, article };
  }
  /** A scale word at i (after spaces unless attached); letter forms need a currency beside them. */
  readScale(
    i: number,
    attached: boolean,
    currencyNear: boolean,
  ): { end: number; scale: ScaleWord; word: string; typo?: string } | null {
    // "a $2-billion deal": the scale joined to the number by a dash
    const dashed = !attached && this.code(i) === 45 && isLetter(this.code(i + 1));
    const tok = attached ? this.attachedWord(i) : this.tokenAt(dashed ? i + 1 : i);
    if (tok.kind !== "word") return null;
    const table = SCALES[this.lang];
    // "a $1 trillion-plus plan": the scale, then "-plus" read as a hedge; "a half-billion-dollar
    // deal": the scale, then its currency joined by a dash (read next, as the unit)
    const dash = tok.lower.indexOf("-");
    const joined = dash > 0 && COMPOUND_TAILS.has(tok.lower.slice(dash + 1)) ? tok.lower.length - dash : 0;
    const plus = tok.lower.endsWith("-plus") ? 5 : joined;
    const written = plus ? tok.lower.slice(0, -plus) : tok.lower;
    const typo = attached || table.has(written) ? null : misspelledScale(written, this.lang);
    const scale = table.get(written) ?? typo?.scale;
    if (!scale || (dashed && scale.letter)) return null;
    if (scale.letter) {
      const followedByCurrency = CURRENCY_SYMBOLS.has(this.text[tok.end] ?? "");
      const upper = tok.raw !== tok.lower || tok.raw === "k";
      // "600 M d'euros", "800 M d'utilisateurs": a capital letter the French "de" completes.
      const ofFollows =
        this.lang === "fr" && upper && OF_AFTER_LETTER_SCALE.test(this.text.slice(tok.end, tok.end + 5));
      if (!(currencyNear || followedByCurrency || ofFollows || (attached && upper))) return null;
      if (tok.lower === "g" && !followedByCurrency) return null;
    }
    const word = tok.raw.slice(0, tok.raw.length - plus);
    return typo
      ? { end: tok.end - plus, scale, word, typo: numberNotes.misspelledScale(word, typo.meant) }
      : { end: tok.end - plus, scale, word };
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
}
