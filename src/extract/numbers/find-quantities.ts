/**
 * The quantity recognizer: one left-to-right pass over the text. At each digit, currency sign or
 * number word it reads forward a bounded number of tokens (sign, currency, number, scale, unit,
 * rate, range end, trailing hedge) and backward a bounded number (hedge, range opener, name), then
 * resumes after what it consumed, so the whole pass is linear in the text's length.
 */
import type { Language } from "../../core/index.js";
import { type Amount, isYearLike } from "./amounts.js";
import { ANCHOR_HASHES, ANCHORS, lowerCode, WWW } from "./anchor-words.js";
import { changeDurationFollows } from "./change-duration.js";
import { isDigit, isInlineSpace, isLetter } from "./chars.js";
import { fractionWords } from "./fraction-words.js";
import {
  CURRENCY_SYMBOLS,
  currencyOfCode,
  DOLLAR_PREFIXES,
  type HedgeBound,
  ISO_CODES,
  VAGUE_WORDS,
} from "./lexicon.js";
import { ListHead } from "./list-heads.js";
import { numberNotes } from "./notes.js";
import { percentBands } from "./percent-bands.js";
import { isRatioBase } from "./ratio-base.js";
import type { QuantityMention } from "./types.js";
import { VagueReader } from "./vague.js";
import { hedgedValues, marginValues, mergeRangeEnds, rangeValues } from "./values.js";

/** Words joining the figures of a list ("5 et 10 milliards", "5 and 10 billion"). */
const LIST_LINKS: ReadonlySet<string> = new Set(["et", "and", "ou", "or"]);
/** The whole gap between two items of a list of figures. */
const LIST_JOINER: Record<Language, RegExp> = {
  fr: /^\s*(?:,|,?\s*(?:et|ou))\s*$/u,
  en: /^\s*(?:,|,?\s*(?:and|or))\s*$/u,
};

class Scanner extends VagueReader {
  private readonly listHead = new ListHead(this.text, this.lang);
  /** The last figure read under an upper or lower hedge, which the next item of its list shares. */
  private hedgedItem: {
    end: number;
    unit: string | null;
    hedge: { bound: HedgeBound; text: string };
  } | null = null;
  /** The hash of the word the scan last read, lower-cased, whether it has a dash, how many capitals. */
  private wordHash = 0;
  private wordDashed = false;
  private wordCapitals = 0;

  run(): QuantityMention[] {
    const out: QuantityMention[] = [];
    let floor = 0;
    const read = (at: number): number => {
      const res = this.quantityAt(at, floor);
      if (res.mention) {
        out.push(res.mention);
        floor = res.mention.span.end;
      }
      return res.resume;
    };
    let i = 0;
    while (i < this.n) {
      const c = this.text.charCodeAt(i);
      if (isDigit(c)) i = this.gluedToWord(i) ? this.skipRun(i) : Math.max(i + 1, read(i));
      else if (isLetter(c)) {
        const e = this.readWord(i);
        const address = this.webAddressEnd(i, e);
        if (address !== null) i = address;
        else i = this.wordMayStartQuantity(i, e) ? Math.max(e, read(i)) : e;
      } else if (
        CURRENCY_SYMBOLS.has(this.text[i] ?? "") ||
        ((c === 43 || c === 45 || c === 0x2212) && isDigit(this.code(i + 1)))
      )
        i = Math.max(i + 1, read(i));
      else i++;
    }
    return out;
  }

  /** Digits glued to a word before them ("A320", "COVID-19", "n°3", "#5"): part of a name, no figure. */
  private gluedToWord(i: number): boolean {
    const prev = this.code(i - 1);
    return isLetter(prev) || (prev === 45 && isLetter(this.code(i - 2))) || prev === 0xb0 || prev === 35;
  }

  /**
   * Reads the word from `i` (letters, dashes between letters) and returns where it ends; its
   * lower-case hash, dash and capitals are kept for the next tests, without allocating.
   */
  private readWord(i: number): number {
    const t = this.text;
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
    this.wordHash = h;
    this.wordDashed = dashed;
    this.wordCapitals = upper;
    return e;
  }

  /** Where a web address that starts with the word at `i`..`e` ends ("https://…", "www.…"): its digits are no quantities. */
  private webAddressEnd(i: number, e: number): number | null {
    const t = this.text;
    if (
      !(
        (this.code(e) === 58 && t.startsWith("//", e + 1)) ||
        (e - i === 3 && this.code(e) === 46 && this.wordHash === WWW)
      )
    )
      return null;
    let end = e;
    while (end < this.n && !isInlineSpace(t.charCodeAt(end)) && t.charCodeAt(end) !== 10) end++;
    return end;
  }

  /**
   * Whether the word at `i`..`e` may open a quantity: a number word, a vague word or its dashed
   * compound, an ISO code before digits, a prefix of the dollar ("US$"). Its hash decides first.
   */
  private wordMayStartQuantity(i: number, e: number): boolean {
    const len = e - i;
    const candidate =
      ANCHOR_HASHES[this.lang].has(this.wordHash) ||
      this.wordDashed ||
      (len === 3 && this.wordCapitals > 0 && isDigit(this.code(this.skipSpaces(e)))) ||
      this.code(e) === 36;
    if (!candidate || len > 32) return false;
    const anchors = ANCHORS[this.lang];
    const raw = this.text.slice(i, e);
    const lower = raw.toLowerCase();
    const dash = lower.indexOf("-");
    return (
      anchors.has(lower) ||
      (dash > 0 && anchors.has(lower.slice(0, dash))) ||
      (dash > 0 && VAGUE_WORDS[this.lang].has(lower.slice(0, lower.lastIndexOf("-")))) ||
      (currencyOfCode(raw) !== null && isDigit(this.code(this.skipSpaces(e)))) ||
      (this.code(e) === 36 && (DOLLAR_PREFIXES.has(raw) || ISO_CODES.has(raw.toUpperCase())))
    );
  }

  quantityAt(i: number, floor: number): { mention: QuantityMention | null; resume: number } {
    const vague = isLetter(this.code(i))
      ? (this.vagueAt(i) ?? this.roundNumberAt(i) ?? this.definiteScaleAt(i, floor))
      : null;
    if (vague) return { mention: vague, resume: vague.span.end };
    const first = this.readAmount(i, true);
    const a = first.amount;
    if (!a) return { mention: null, resume: first.resume };
    if (isRatioBase(this.text, a, this.lang)) return { mention: null, resume: a.end };
    const notes = [...a.notes];
    const range = this.readRangeEnd(a, floor);
    if ("rejected" in range) return { mention: null, resume: range.rejected };
    const { connector, openerStart } = range;
    let { b } = range;
    // "passent de 36 millions à 284 millions": the old value, read on its own; the new one is read next
    const changedFrom =
      b !== null &&
      openerStart >= 0 &&
      (connector === "à" || connector === "to") &&
      (this.changeWordBefore(openerStart, floor, a, b) || changeDurationFollows(this.text, b.end, this.lang));
    if (changedFrom && b) {
      mergeRangeEnds(a, b, notes);
      notes.push(numberNotes.changedFrom());
      b = null;
    }
    let end = b ? b.end : a.end;
    const after = this.hedgeAfter(end);
    if (after) end = after.end;
    const hedge = openerStart < 0 ? this.hedgeBefore(a.start, floor) : null;
    if (b) mergeRangeEnds(a, b, notes);
    else this.shareListScale(a, notes);
    if (!b && this.listHead.share(a)) notes.push(numberNotes.listHeadScale());
    const rejected = this.notAQuantity(a, b);
    if (rejected !== null) return { mention: null, resume: rejected };
    this.listHead.note(a, b !== null);

    const unit = a.unit;
    const bare = !unit && !a.scale;
    if (a.scale?.calque)
      notes.push(unit?.currency ? numberNotes.calqueTrillion() : numberNotes.properTrillion());
    if (a.scale?.longScale) notes.push(numberNotes.longScaleBillion());
    if (unit?.note) notes.push(unit.note);
    if (a.sign) notes.push(numberNotes.signed(a.sign));
    const currencyElided = !bare && !unit;
    if (bare) notes.push(numberNotes.bareCount());
    else if (currencyElided) notes.push(numberNotes.currencyElided());
    const margin = b || after ? null : this.marginAfter(end, a);
    if (margin) end = margin.end;
    const own = hedge ?? after;
    const shared = b || margin || own ? null : this.listItemHedge(a.start, unit?.unit ?? null);
    if (shared) notes.push(numberNotes.listHedge(shared.text));
    const { bound, low, high } = b
      ? rangeValues(a, b, connector, notes)
      : margin
        ? marginValues(a, margin, notes)
        : hedgedValues(a, own ?? shared, notes);
    this.hedgedItem =
      !b && !margin && (own ?? shared) && bound !== "approx" && bound !== "exact"
        ? { end, unit: unit?.unit ?? null, hedge: (own ?? shared)! }
        : null;
    const start = Math.min(
      a.start,
      openerStart >= 0 && !changedFrom ? openerStart : a.start,
      hedge ? hedge.start : a.start,
    );
    return {
      mention: {
        span: { start, end },
        numberSpan: { start: a.numStart, end: b ? b.numEnd : a.numEnd },
        low,
        high,
        bound,
        unit: unit?.unit ?? null,
        vague: false,
        currencyElided,
        notes,
        ...(changedFrom ? { changedFrom: true } : {}),
      },
      resume: end,
    };
  }

  /**
   * "jusqu'à 5 et 10 milliards", "up to $5 billion and $10 billion": a bound written once before a
   * list of figures in the same unit bounds each item joined to it by a comma, "et"/"and", "ou"/"or".
   */
  listItemHedge(start: number, unit: string | null): { bound: HedgeBound; text: string } | null {
    const item = this.hedgedItem;
    if (!item || item.unit !== unit) return null;
    return LIST_JOINER[this.lang].test(this.text.slice(item.end, start)) ? item.hedge : null;
  }

  /**
   * "respectivement 5 et 10 milliards de dollars": a bare number listed before an amount written
   * in full takes that amount's scale and unit (the amount itself is read next, on its own).
   */
  shareListScale(a: Amount, notes: string[]): void {
    // "$80, $75 and $60 billion": a currency written on each item, the scale only on the last.
    const currencyOnly = a.unit?.currency === true && a.currencyBefore;
    if ((a.unit && !currencyOnly) || a.scale || a.article || isYearLike(a)) return;
    const link = this.tokenAt(a.end);
    let q: number;
    if (LIST_LINKS.has(link.lower)) q = this.skipSpaces(link.end);
    else if (link.raw === ",") {
      const last = this.lastItemOfCommaList(link.end, a);
      if (last === null) return;
      q = last;
    } else {
      // "11,6 des 13 milliards", "11.6 of the 13 billion": a part of a whole written in full.
      const partOf = this.partOfWhole(link);
      if (partOf === null) return;
      q = partOf;
    }
    if (!isDigit(this.code(q)) && !isLetter(this.code(q)) && !currencyOnly) return;
    const rejectEnd = this.rejectEnd;
    const next = this.readAmount(q, currencyOnly).amount;
    this.rejectEnd = rejectEnd;
    if (!next?.scale || next.scale.letter || next.unit?.unit === "fraction") return;
    if (currencyOnly && next.unit?.unit !== a.unit?.unit) return;
    a.scale = next.scale;
    a.scaleExp = next.scaleExp;
    a.unit = next.unit;
    notes.push(numberNotes.listScale());
  }

  /**
   * "80, 75 et 60 milliards", "$80, $75 and $60 billion": after a comma, more items like `a` (bare,
   * or with its currency and no scale), then "et"/"and"/"ou"/"or" and the last item; where that last
   * item starts, or null when the comma joins no such list.
   */
  private lastItemOfCommaList(from: number, a: Amount): number | null {
    let at = from;
    for (let k = 0; k < 8; k++) {
      const q = this.skipSpaces(at);
      if (!isDigit(this.code(q)) && !CURRENCY_SYMBOLS.has(this.text[q] ?? "")) return null;
      const rejectEnd = this.rejectEnd;
      const item = this.readAmount(q, a.currencyBefore).amount;
      this.rejectEnd = rejectEnd;
      if (!item || item.scale || isYearLike(item) || item.unit?.unit !== a.unit?.unit) return null;
      const link = this.tokenAt(item.end);
      if (LIST_LINKS.has(link.lower)) return this.skipSpaces(link.end);
      if (link.raw !== ",") return null;
      at = link.end;
    }
    return null;
  }

  /** Where the whole starts after "des" / "of the" joining a part to it; null for any other word. */
  private partOfWhole(link: { lower: string; end: number; kind: string }): number | null {
    if (link.kind !== "word") return null;
    if (this.lang === "fr") return link.lower === "des" ? this.skipSpaces(link.end) : null;
    if (link.lower !== "of") return null;
    const article = this.tokenAt(this.skipSpaces(link.end));
    return article.kind === "word" && article.lower === "the" ? this.skipSpaces(article.end) : null;
  }

  /** Where to resume when the amount is no quantity (a year, a day of a month, part of a name), else null. */
  notAQuantity(a: Amount, b: Amount | null): number | null {
    const bare = !a.unit && !a.scale;
    if (!bare) return null;
    if (a.article) return a.end;
    if (isYearLike(a) && (!b || isYearLike(b) || !b.scale)) return b ? b.end : a.end;
    if (!a.spelled && this.inName(a.start)) return a.end;
    if (!b && !a.spelled && a.plain !== null && Number(a.plain) <= 31) {
      if (this.isMonth(this.tokenAt(a.end)) || this.isMonth(this.prevToken(a.start))) return a.end;
    }
    return null;
  }
}

/**
 * Every quantity written in the text, in order, without overlaps.
 *
 * @example
 * findQuantities("entre 50 et 60 milliards de dollars", "fr")
 * // [{ low: 5e10, high: 6e10, bound: "range", unit: "USD", … }]
 */
export function findQuantities(text: string, language: Language): QuantityMention[] {
  const found = new Scanner(text, language).run();
  const fractions = [...fractionWords(text, language), ...percentBands(text, language)];
  if (fractions.length === 0) return found;
  // "les trois quarts de": the spelled fraction, not the number word inside it.
  const kept = found.filter(
    (q) => !fractions.some((f) => q.span.start < f.span.end && f.span.start < q.span.end),
  );
  return [...kept, ...fractions].sort((a, b) => a.span.start - b.span.start);
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
