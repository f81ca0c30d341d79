/**
 * The quantity recognizer: one left-to-right pass over the text. At each digit, currency sign or
 * number word it reads forward a bounded number of tokens (sign, currency, number, scale, unit,
 * rate, range end, trailing hedge) and backward a bounded number (hedge, range opener, name), then
 * resumes after what it consumed, so the whole pass is linear in the text's length.
 */
import type { Bound, Language } from "../../core/index.js";
import { type Amount, isYearLike, magnitude } from "./amounts.js";
import { isApostrophe, isDash, isDigit, isInlineSpace, isLetter } from "./chars.js";
import { HedgeReader } from "./hedges.js";
import {
  ARTICLE_ONE,
  BARE_RANGE_CONNECTORS,
  CHANGE_WORDS,
  CURRENCY_SYMBOLS,
  DEFINITE_BEFORE_SCALE,
  DOLLAR_PREFIXES,
  type HedgeBound,
  ISO_CODES,
  ORDINAL_ONE,
  RANGE_OPENERS,
  SCALE_FRACTIONS,
  SCALES,
  SINGULAR_SCALES,
  SPELLED,
  UNIT_WORDS,
  VAGUE_MULTIPLES,
  VAGUE_OPENERS,
  VAGUE_SCALES,
  VAGUE_WORDS,
} from "./lexicon.js";
import { ListHead } from "./list-heads.js";
import { numberNotes } from "./notes.js";
import { END, log10, type Token } from "./scanner.js";
import type { QuantityMention } from "./types.js";
import type { UnitInfo } from "./units.js";

function anchorWords(lang: Language): Set<string> {
  const set = new Set<string>();
  for (const w of SPELLED[lang].keys()) set.add(w);
  for (const w of ARTICLE_ONE[lang]) set.add(w);
  for (const w of ORDINAL_ONE[lang]) set.add(w);
  for (const w of SINGULAR_SCALES[lang]) set.add(w);
  for (const w of VAGUE_OPENERS[lang]) set.add(w);
  for (const w of VAGUE_SCALES[lang].keys()) set.add(w);
  for (const w of VAGUE_MULTIPLES[lang].keys()) set.add(w);
  for (const w of VAGUE_WORDS[lang].keys()) set.add(w);
  for (const w of SCALE_FRACTIONS[lang].keys()) set.add(w);
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

/** Words joining the figures of a list ("5 et 10 milliards", "5 and 10 billion"). */
const LIST_LINKS: ReadonlySet<string> = new Set(["et", "and", "ou", "or"]);
/** The whole gap between two items of a list of figures. */
const LIST_JOINER: Record<Language, RegExp> = {
  fr: /^\s*(?:,|,?\s*(?:et|ou))\s*$/u,
  en: /^\s*(?:,|,?\s*(?:and|or))\s*$/u,
};

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

class Scanner extends HedgeReader {
  private readonly listHead = new ListHead(this.text, this.lang);
  /** The last figure read under an upper or lower hedge, which the next item of its list shares. */
  private hedgedItem: {
    end: number;
    unit: string | null;
    hedge: { bound: HedgeBound; text: string };
  } | null = null;

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
        if (candidate && len <= 32) {
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
    const vague = isLetter(this.code(i))
      ? (this.vagueAt(i) ?? this.roundNumberAt(i) ?? this.definiteScaleAt(i, floor))
      : null;
    if (vague) return { mention: vague, resume: vague.span.end };
    const first = this.readAmount(i, true);
    const a = first.amount;
    if (!a) return { mention: null, resume: first.resume };
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
      this.changeWordBefore(openerStart, floor, a, b);
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
   * Whether a word of change stands a few words before the opener of "from A to B" / "de A à B"
   * in the same clause ("widened from", "relève ses dépenses de", "raised its 2025 forecast from"):
   * the two figures are then an old value and a new one. A figure, or a mark other than an
   * apostrophe, between them ends the search ("raised it to between $70 and $72 billion, from $66
   * billion to $72 billion": the earlier bracket stays a range).
   */
  changeWordBefore(openerStart: number, floor: number, a: Amount, b: Amount): boolean {
    const words = CHANGE_WORDS[this.lang];
    const percent = (a.unit ?? b.unit)?.unit === "fraction";
    let at = openerStart;
    let next = "";
    for (let k = 0; k < 6; k++) {
      const tok = this.prevToken(at);
      if (tok.kind === "end" || tok.start < floor) return false;
      at = tok.start;
      if (tok.kind === "sym") {
        if (tok.raw === "'") continue;
        return false;
      }
      if (tok.kind === "digits") {
        if (tok.raw.length === 4 && /^(?:19|20)/u.test(tok.raw)) continue;
        return false;
      }
      const change = words.always.test(tok.lower) || (!percent && words.amounts.test(tok.lower));
      // "le contrat porte sur … de 10 à 12 milliards": what it bears on; "to raise from $30 billion
      // to $40 billion": funds raised, a change only of an object ("raised its forecast from")
      if (change) return !words.notBefore.has(next) && !(k === 0 && words.withObject.test(tok.lower));
      next = tok.lower;
    }
    return false;
  }

  /**
   * The second end of a range after `a` ("entre 50 et 60", "5-6", "$5.05 billion to $5.15 billion"),
   * with the connector and where its opener starts; `rejected` when the number after the connector
   * is no amount and the first one goes with it.
   */
  /** A capitalized word inside a sentence ("Colossus", not a sentence's first "About"): a number after it numbers a name. */
  numbersAName(word: Token): boolean {
    if (word.kind !== "word" || !isUpperInitial(word.raw)) return false;
    const before = this.prevToken(word.start);
    return before.kind === "word" || (before.kind === "sym" && /^[,'’]$/u.test(before.raw));
  }

  readRangeEnd(
    a: Amount,
    floor: number,
  ): { b: Amount | null; connector: string; openerStart: number } | { rejected: number } {
    const none = { b: null, connector: "", openerStart: -1 };
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
    if (!(isDashLink || opened || bareLink) || a.article) return none;
    // "bring Colossus 2 to 1 GW": a bare number right after a capitalized word numbers a name, it opens no range.
    if (bareLink && !a.unit && !a.scale && this.numbersAName(opener)) return none;
    const q = this.skipSpaces(link.end);
    const qc = this.code(q);
    const canStart = isDigit(qc) || (!isDashLink && isLetter(qc)) || CURRENCY_SYMBOLS.has(this.text[q] ?? "");
    if (!canStart) return none;
    const second = this.readAmount(q, true);
    const cand = second.amount;
    if (cand && a.unit?.currency && cand.unit?.unit.startsWith(`${a.unit.unit}_per_`)) a.unit = cand.unit;
    const fullEnds =
      !bareWithUnit ||
      (cand !== null &&
        a.unit !== null &&
        cand.unit !== null &&
        a.unit.unit === cand.unit.unit &&
        (a.scaleExp === cand.scaleExp && a.unit.exp === cand.unit.exp
          ? magnitude(cand) > magnitude(a)
          : closeAbove(baseValue(a), baseValue(cand)) || sharesTheScale(a, cand)));
    // "guidance for 2025 to $12 billion": a bare year before "to" is a date, not a range's low end.
    const yearBeforeAmount =
      cand !== null &&
      !a.unit &&
      !a.scale &&
      isYearLike(a) &&
      (cand.unit !== null || cand.scale !== null) &&
      Number(a.plain) > magnitude({ ...cand, scaleExp: 0 });
    if (yearBeforeAmount) return { rejected: a.end };
    if (cand && fullEnds && !cand.article && (!a.unit || !cand.unit || a.unit.unit === cand.unit.unit))
      return {
        b: cand,
        connector: isDashLink ? "-" : link.lower,
        openerStart: connectors?.has(link.lower) && openerTok.start >= floor ? openerTok.start : -1,
      };
    if (!cand && isDigit(qc) && !bareWithUnit) return { rejected: second.resume };
    return none;
  }

  /**
   * "respectivement 5 et 10 milliards de dollars": a bare number listed before an amount written
   * in full takes that amount's scale and unit (the amount itself is read next, on its own).
   */
  shareListScale(a: Amount, notes: string[]): void {
    if (a.unit || a.scale || a.article || isYearLike(a)) return;
    const link = this.tokenAt(a.end);
    let q: number;
    if (LIST_LINKS.has(link.lower)) q = this.skipSpaces(link.end);
    else {
      // "11,6 des 13 milliards", "11.6 of the 13 billion": a part of a whole written in full.
      const partOf = this.partOfWhole(link);
      if (partOf === null) return;
      q = partOf;
    }
    if (!isDigit(this.code(q)) && !isLetter(this.code(q))) return;
    const rejectEnd = this.rejectEnd;
    const next = this.readAmount(q, false).amount;
    this.rejectEnd = rejectEnd;
    if (!next?.scale || next.scale.letter || next.unit?.unit === "fraction") return;
    a.scale = next.scale;
    a.scaleExp = next.scaleExp;
    a.unit = next.unit;
    notes.push(numberNotes.listScale());
  }

  /** Where the whole starts after "des" / "of the" joining a part to it; null for any other word. */
  private partOfWhole(link: { lower: string; end: number; kind: string }): number | null {
    if (link.kind !== "word") return null;
    if (this.lang === "fr") return link.lower === "des" ? this.skipSpaces(link.end) : null;
    if (link.lower !== "of") return null;
    const article = this.tokenAt(this.skipSpaces(link.end));
    return article.kind === "word" && article.lower === "the" ? this.skipSpaces(article.end) : null;
  }

  /**
   * "$9.6 billion, plus or minus $300 million", "$4.4B (+/- $0.1B)": the margin, in the figure's
   * unit. A margin in percent of an amount ("$65bn plus or minus 2%") is read with it and leaves
   * the point figure: it is no figure of its own.
   */
  marginAfter(
    i: number,
    a: Amount,
  ): { amount: Amount; end: number; words: string; relative: boolean } | null {
    let p = i;
    if (this.code(p) === 44) p++;
    p = this.skipSpaces(p);
    const opened = this.code(p) === 40;
    if (opened) p = this.skipSpaces(p + 1);
    const wordsStart = p;
    const q0 = this.marginSign(p);
    if (q0 === null) return null;
    const q = this.skipSpaces(q0);
    const rejectEnd = this.rejectEnd;
    const m = this.readAmount(q, true).amount;
    this.rejectEnd = rejectEnd;
    if (!m || !a.unit) return null;
    const relative = m.unit?.unit === "fraction" && a.unit.unit !== "fraction";
    if (m.unit && m.unit.unit !== a.unit.unit && !relative) return null;
    if (!m.unit) m.unit = a.unit;
    let end = m.end;
    if (opened) {
      const close = this.skipSpaces(end);
      if (this.code(close) !== 41) return null;
      end = close + 1;
    }
    return { amount: m, end, words: this.text.slice(wordsStart, q).trim(), relative };
  }

  /** After "±", "+/-" or "plus or minus" / "plus ou moins" at `p`, else null. */
  marginSign(p: number): number | null {
    const c = this.code(p);
    if (c === 0xb1) return p + 1;
    if (c === 43 && this.code(p + 1) === 47 && (this.code(p + 2) === 45 || this.code(p + 2) === 0x2212))
      return p + 3;
    if (c !== 0x70 && c !== 0x50) return null;
    const first = this.tokenAt(p);
    const or = this.tokenAt(first.end);
    const minus = this.tokenAt(or.end);
    if (
      first.lower !== "plus" ||
      !(or.lower === "or" || or.lower === "ou") ||
      !/^(minus|moins)$/.test(minus.lower)
    )
      return null;
    return minus.end;
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
    const currencyElided = !unit && exp > log10(base);
    if (!unit) notes.push(currencyElided ? numberNotes.currencyElided() : numberNotes.bareCount());
    return {
      span: { start: i, end },
      numberSpan: { start: i, end: numEnd },
      low: value,
      high: value,
      bound: "approx",
      unit: unit?.unit ?? null,
      vague: false,
      currencyElided,
      notes,
    };
  }

  /** "dépasser le million de puces", "pass the billion users": one of the scale, counted in a unit. */
  definiteScaleAt(i: number, floor: number): QuantityMention | null {
    const word = this.tokenAt(i);
    if (!SINGULAR_SCALES[this.lang].has(word.lower)) return null;
    const article = this.prevToken(i);
    if (article.start < floor || !DEFINITE_BEFORE_SCALE[this.lang].has(article.lower)) return null;
    const u = this.readUnit(word.end);
    if (!u) return null;
    const factor = SCALES[this.lang].get(word.lower)?.factor ?? 1;
    const value = Number(`1e${log10(factor) + u.unit.exp}`);
    const hedge = this.hedgeBefore(article.start, floor);
    const notes = [numberNotes.definiteScale(`${article.lower} ${word.lower}`)];
    if (u.unit.note) notes.push(u.unit.note);
    const { bound, low, high } = hedgedValues({ value }, hedge, notes);
    return {
      span: { start: hedge ? hedge.start : i, end: u.end },
      numberSpan: { start: i, end: word.end },
      low,
      high,
      bound,
      unit: u.unit.unit,
      vague: false,
      currencyElided: false,
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
        // At the end of the text there is no next word: never look back before the figure for a scale.
        let afterOf = of.kind === "end" ? end : of.end;
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
    const currencyElided = !unit && scale > 1;
    if (!unit) notes.push(currencyElided ? numberNotes.currencyElided() : numberNotes.bareCount());
    return {
      span: { start: i, end },
      numberSpan: { start: i, end: numEnd },
      low,
      high,
      bound: "range",
      unit: unit?.unit ?? null,
      vague: true,
      currencyElided,
      notes,
    };
  }
}

/** The two ends of a range share a scale and a unit written once ("entre 50 et 60 milliards"). */
function mergeRangeEnds(a: Amount, b: Amount, notes: string[]): void {
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

/**
 * "$900 million to $1.1 billion", "800 megawatts to 1 gigawatt": ends written in different scales
 * make a range when the second is above the first and at most twice it, as guidance brackets are.
 */
/**
 * "$50 to $60 billion", "$5 to $6bn": a currency amount with no scale before one that has it, and
 * a little larger once scaled alike, is the range's low end in that scale.
 */
function sharesTheScale(a: Amount, b: Amount): boolean {
  if (a.scale !== null || b.scale === null || !a.unit?.currency || a.unit.exp !== b.unit?.exp) return false;
  const low = magnitude(a);
  const high = magnitude({ ...b, scaleExp: 0 });
  return low > 0 && high > low && high <= 10 * low;
}

function closeAbove(low: number, high: number): boolean {
  return low > 0 && high > low && high <= 2 * low;
}

/** An amount's value in base units. */
function baseValue(x: Amount): number {
  let se = x.scaleExp;
  if (x.scale?.calque && x.unit?.currency) se = 12;
  const v = Number(`${x.mant}e${x.exp + se + (x.unit?.exp ?? 0)}`);
  return x.sign === "-" ? -v : v;
}

interface Values {
  bound: Bound;
  low: number | null;
  high: number | null;
}

function rangeValues(a: Amount, b: Amount, connector: string, notes: string[]): Values {
  const low = baseValue(a);
  const hb = baseValue(b);
  notes.push(numberNotes.range(connector));
  if (hb < low) {
    notes.push(numberNotes.rangeReversed());
    return { bound: "range", low: hb, high: low };
  }
  if (hb === low) {
    notes.push(numberNotes.rangeEqual());
    return { bound: "exact", low, high: low };
  }
  return { bound: "range", low, high: hb };
}

function marginValues(
  a: Amount,
  margin: { amount: Amount; words: string; relative: boolean },
  notes: string[],
): Values {
  const value = baseValue(a);
  if (margin.relative) return { bound: "exact", low: value, high: value };
  const width = Math.abs(baseValue(margin.amount));
  notes.push(numberNotes.margin(margin.words));
  return { bound: "range", low: value - width, high: value + width };
}

function hedgedValues(
  a: Amount | { value: number },
  hedge: { bound: HedgeBound; text: string } | null,
  notes: string[],
): Values {
  const value = "value" in a ? a.value : baseValue(a);
  if (!hedge) return { bound: "exact", low: value, high: value };
  notes.push(numberNotes.hedge(hedge.text, hedge.bound));
  return {
    bound: hedge.bound,
    low: hedge.bound === "at_most" || hedge.bound === "up_to" ? null : value,
    high: hedge.bound === "at_least" ? null : value,
  };
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

/** A word written with a capital first letter: "Colossus", "Stargate". */
function isUpperInitial(word: string): boolean {
  const first = word.charAt(0);
  return first !== first.toLowerCase();
}
