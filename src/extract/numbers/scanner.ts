/** Reading the text token by token, forward and backward, by character codes. */
import type { Language } from "../../core/index.js";
import { isApostrophe, isDash, isDigit, isInlineSpace, isLetter } from "./chars.js";

export interface Token {
  kind: "word" | "digits" | "sym" | "end";
  start: number;
  end: number;
  raw: string;
  lower: string;
}

export const END: Token = { kind: "end", start: 0, end: 0, raw: "", lower: "" };

/** The power of ten of a scale factor (1e9 → 9). */
export const log10 = (factor: number): number => Math.round(Math.log10(factor));

/** The text being read and the token-level moves over it, shared by every reader of the numbers stage. */
export class TextScanner {
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
}
