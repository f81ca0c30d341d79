/** One amount: [sign][currency] number [scale [scale]] [unit [rate]], read from where it starts. */
import { isDigit, isInlineSpace, isLetter } from "./chars.js";
import {
  ADJECTIVES_BEFORE_SCALE,
  ARTICLE_ONE,
  CHIP_COMPOUND_HEADS,
  CHIP_COUNT_APPOSED,
  CHIP_COUNT_BEFORE,
  CHIP_MODIFIERS,
  CHIP_WORDS_SINGULAR,
  COST_OF_ONE,
  CURRENCY_SYMBOLS,
  ISO_CODES,
  PRICE_OF,
  SCALE_FRACTIONS,
  type ScaleWord,
  SUBUNIT_WORDS,
  UNIT_WORDS,
  WEEKLY_PACE,
} from "./lexicon.js";
import { numberNotes } from "./notes.js";
import { log10 } from "./scanner.js";
import { type UnitInfo, UnitReader } from "./units.js";

export interface Amount {
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
  /** A currency sign or code stands before the number ("$", "USD"). */
  currencyBefore: boolean;
}

/** First letters of "half", "quarter(s)", "demi" (lower case). */
const FRACTION_INITIALS: ReadonlySet<number> = new Set([0x68, 0x71, 0x64]);

type Outcome = { amount: Amount; resume: number } | { amount: null; resume: number };

/** Adds one half to the written number ("deux et demi", "two and a half"). */
function addHalf(a: Amount): void {
  const v = Number(`${a.mant}e${a.exp}`) + 0.5;
  a.mant = String(v).replace(".", "");
  a.exp = -(String(v).split(".")[1]?.length ?? 0);
}

/** A plain four-digit integer that reads as a year. */
export function isYearLike(x: Amount): boolean {
  return x.plain !== null && x.plain.length === 4 && Number(x.plain) >= 1800 && Number(x.plain) <= 2199;
}

/** An amount's size before its unit, to order the ends of a range. */
export function magnitude(x: Amount): number {
  return Number(`${x.mant}e${x.exp + x.scaleExp}`);
}

/** Amounts: [sign][currency] number [scale [scale]] [unit [rate]]. */
/** "graphics cards", "cartes graphiques": the boards are the chips counted. */
function graphicsCards(word: string, next: string): string | null {
  if (word === "graphics" && next === "cards") return "graphics cards";
  if (word === "cartes" && next === "graphiques") return "cartes graphiques";
  return null;
}

/** "Oracle en a commandé 50 000 unités": a count of units right after chips were named counts those chips. */
const UNIT_NOUNS: ReadonlySet<string> = new Set(["units", "unités", "exemplaires"]);
const CHIPS_JUST_NAMED =
  /(?<!\p{L})(?:GPUs?|TPUs?|puces|chips|processeurs|processors|accélérateurs|accelerators)(?!\p{L})/iu;

/** A count that closes its clause ("chips, as many as 300,000, according to…"): no noun of its own follows. */
const COUNT_ENDS_CLAUSE = /^\s*(?:[,.;:)]|$)/u;

/** The letters that open an accelerator's model name (Nvidia's H100, B200, GB300; AMD's MI300X), and the whole name. */
const CHIP_FAMILY = /^(?:H|B|GB|GH|MI)$/u;
const CHIP_MODEL =
  /^(?:H|B|GB|GH|MI)\d{2,3}[A-Z]?(?![\p{L}\p{N}])|^(?:H|B|GB|GH|MI)\d{2,3}[A-Z]?(?=s(?![\p{L}]))/u;

export class AmountReader extends UnitReader {
  /** [sign][currency] number [scale [scale]] [unit [rate]], starting exactly at i. */
  readAmount(i: number, allowPrefix: boolean): Outcome {
    const head = this.readNumberHead(i, allowPrefix);
    if (head.amount === null) return head;
    const a = head.amount;
    // letters glued to digits: a scale ("13.1B", "20M$"), a unit ("5GW", "10x"), else a name or ordinal
    if (!a.spelled && isLetter(this.code(a.end))) {
      const rejected = this.readGlued(a);
      if (rejected !== null) return { amount: null, resume: rejected };
    } else if (!a.spelled && isDigit(this.code(a.end))) {
      return { amount: null, resume: this.skipRun(a.end) };
    }
    this.readScales(a);
    if (a.article && !a.scale) {
      // "un dollar", "one euro", "a gigawatt": the article counts before a currency or power word only
      const next = this.tokenAt(a.end);
      const word = next.kind === "word" ? UNIT_WORDS.get(next.lower) : undefined;
      const power = word?.unit === "GW" && next.raw !== "gw";
      const rateBase =
        power &&
        (COST_OF_ONE.test(this.text.slice(next.end, next.end + 80)) ||
          PRICE_OF.test(this.text.slice(Math.max(0, a.start - 20), a.start)));
      const subunit = next.kind === "word" && SUBUNIT_WORDS[this.lang].has(next.lower);
      if (!(word?.currency || power || subunit) || rateBase) return { amount: null, resume: a.end };
    }
    a.numEnd = a.end;
    this.readUnitTail(a);
    return { amount: a, resume: a.end };
  }

  /** The sign, a currency before the number, and the number itself (digits or words). */
  readNumberHead(i: number, allowPrefix: boolean): Outcome {
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
    const a: Amount = {
      start: i,
      end: p,
      numStart: p,
      numEnd: p,
      mant: "",
      exp: 0,
      spelled: false,
      article: false,
      plain: null,
      scale: null,
      scaleExp: 0,
      unit: prefix ? { unit: prefix, exp: 0, currency: true, note: null } : null,
      sign,
      notes: [],
      currencyBefore: prefix !== null,
    };
    if (isDigit(this.code(p))) {
      this.rejectEnd = -1;
      const d = this.readDigits(p);
      if (!d) return { amount: null, resume: Math.max(this.rejectEnd, this.skipRun(p)) };
      a.mant = d.mant;
      a.exp = d.exp;
      a.plain = d.plain;
      a.end = d.end;
      if (d.note) a.notes.push(d.note);
    } else if (isLetter(this.code(p))) {
      const part = this.readScaleFraction(p);
      if (part) {
        a.mant = String(part.value * 100);
        a.exp = -2;
        a.spelled = true;
        a.end = part.end;
        a.notes.push(numberNotes.scaleFraction(this.text.slice(p, part.end).trim()));
        return { amount: a, resume: a.end };
      }
      const s = this.readSpelled(p);
      if (!s) return { amount: null, resume: this.wordEnd(p) };
      a.mant = String(s.value);
      a.spelled = true;
      a.article = s.article;
      a.end = s.end;
    } else return { amount: null, resume: p + 1 };
    return { amount: a, resume: a.end };
  }

  /**
   * "half a", "a quarter", "three quarters", "un demi-" before a scale word: the part of the scale,
   * ending where the scale word starts; null unless a scale word follows.
   */
  readScaleFraction(i: number): { value: number; end: number } | null {
    // Most words here are articles or numbers before anything but a fraction: first letters decide first.
    const firstEnd = this.wordEnd(i);
    const next = this.skipSpaces(firstEnd);
    const initial = this.code(i) | 0x20;
    const opens =
      firstEnd - i <= 3
        ? FRACTION_INITIALS.has(this.code(next) | 0x20)
        : FRACTION_INITIALS.has(initial) ||
          (initial === 0x74 && this.text.slice(i, i + 5).toLowerCase() === "three");
    if (!opens) return null;
    const parts = SCALE_FRACTIONS[this.lang];
    let tok = this.tokenAt(i);
    let times = 1;
    if (ARTICLE_ONE[this.lang].has(tok.lower)) tok = this.tokenAt(tok.end);
    else if (tok.lower === "three" || tok.lower === "three-quarters") {
      times = 3;
      if (tok.lower === "three") tok = this.tokenAt(tok.end);
    }
    const dash = tok.lower.indexOf("-");
    const word = times === 3 && dash > 0 ? "quarters" : dash > 0 ? tok.lower.slice(0, dash) : tok.lower;
    const part = parts.get(word);
    if (part === undefined || (times === 3) !== (word === "quarters")) return null;
    let end = dash > 0 ? tok.start + dash + 1 : tok.end;
    const link = this.tokenAt(end);
    if (link.lower === "of" || ARTICLE_ONE[this.lang].has(link.lower)) {
      const after = link.lower === "of" ? this.tokenAt(link.end) : link;
      if (ARTICLE_ONE[this.lang].has(after.lower)) end = after.end;
    } else if (link.lower === "de" && word === "quart") end = link.end;
    const scale = this.readScale(end, false, false);
    if (!scale || scale.scale.letter) return null;
    return { value: part * times, end };
  }

  /** Letters glued to the digits; where to resume when they make the number no amount, else null. */
  readGlued(a: Amount): number | null {
    const glued = this.attachedWord(a.end);
    const s = this.readScale(a.end, true, a.currencyBefore);
    if (s) {
      a.scale = s.scale;
      a.scaleExp = log10(s.scale.factor);
      a.end = s.end;
    } else if (glued.raw === "x" || glued.raw === "X") {
      if (!a.unit) a.unit = { unit: "x", exp: 0, currency: false, note: numberNotes.multiple() };
      a.end = glued.end;
    } else if (ISO_CODES.has(glued.raw)) {
      if (!a.unit) a.unit = { unit: glued.raw, exp: 0, currency: true, note: null };
      a.end = glued.end;
    } else if (glued.raw === "GW" || glued.raw === "MW") {
      const w = UNIT_WORDS.get(glued.lower);
      if (w && !a.unit)
        a.unit = {
          unit: "GW",
          exp: log10(w.factor),
          currency: false,
          note: glued.raw === "MW" ? numberNotes.megawatts() : null,
        };
      a.end = glued.end;
    } else return this.skipRun(a.end);
    if (isLetter(this.code(a.end)) || isDigit(this.code(a.end))) return this.skipRun(a.end);
    return null;
  }

  /** The scale words after the number: one, two ("mille milliards"), and "et demi". */
  readScales(a: Amount): void {
    const currencyNear = a.currencyBefore;
    // "three and a half billion", "two and a half gigawatts": the half before the scale or unit
    const halfBefore = a.scale ? null : this.andAHalfAt(a.end);
    if (
      halfBefore !== null &&
      (this.readScale(halfBefore, false, currencyNear) || this.readUnit(halfBefore))
    ) {
      addHalf(a);
      a.end = halfBefore;
    }
    if (!a.scale) {
      const s = this.readScale(a.end, false, currencyNear) ?? this.scaleAfterAdjective(a.end, currencyNear);
      if (s) {
        a.scale = s.scale;
        a.scaleExp = log10(s.scale.factor);
        a.end = s.end;
        if (s.typo) a.notes.push(s.typo);
      }
    }
    if (!a.scale) return;
    // "mille milliards", "thousand billion"
    const s2 = this.readScale(a.end, false, currencyNear);
    if (s2 && s2.scale.factor > a.scale.factor && !s2.scale.letter) {
      a.scale = { ...s2.scale, factor: a.scale.factor * s2.scale.factor };
      a.scaleExp += log10(s2.scale.factor);
      a.end = s2.end;
    }
    // "un milliard et demi", "a billion and a half"
    const halfAfter = this.andAHalfAt(a.end);
    if (halfAfter !== null) {
      addHalf(a);
      a.end = halfAfter;
    }
  }

  /** A scale word past an adjective written between it and the number ("5 autres milliards"). */
  scaleAfterAdjective(i: number, currencyNear: boolean): ReturnType<UnitReader["readScale"]> {
    const adjective = this.tokenAt(i);
    if (!ADJECTIVES_BEFORE_SCALE[this.lang].has(adjective.lower)) return null;
    const s = this.readScale(adjective.end, false, currencyNear);
    return s && !s.scale.letter ? s : null;
  }

  /** Where "et demi(e)" or "and a half" starting at `i` ends, else null. */
  andAHalfAt(i: number): number | null {
    const et = this.tokenAt(i);
    if (et.lower !== (this.lang === "fr" ? "et" : "and")) return null;
    let half = this.tokenAt(et.end);
    if (this.lang === "en" && half.lower === "a") half = this.tokenAt(half.end);
    const word = this.lang === "fr" ? /^demie?$/u : /^half$/u;
    return word.test(half.lower) ? half.end : null;
  }

  /** "a 615-megawatt plant", "a 1.4-gigawatt campus": a power unit joined to the number by a dash. */
  readDashedUnit(i: number): { unit: UnitInfo; end: number } | null {
    if (this.code(i) !== 45 || !isLetter(this.code(i + 1))) return null;
    const word = this.attachedWord(i + 1);
    const u = UNIT_WORDS.get(word.lower);
    if (
      u?.currency &&
      (word.lower.startsWith("dollar") || word.lower.startsWith("euro") || word.lower.startsWith("pound"))
    )
      return { unit: { unit: u.unit, exp: 0, currency: true, note: null }, end: word.end };
    if (u?.unit !== "GW" || word.raw === "gw") return null;
    const note = u.factor === 1e-3 ? numberNotes.megawatts() : null;
    return { unit: { unit: "GW", exp: log10(u.factor), currency: false, note }, end: word.end };
  }

  /**
   * The chip noun a bare count is followed by, across "of its", possessives and model names
   * ("18,000 of its GB300 Grace Blackwell chips", "one million of its tensor processing units").
   */
  chipNounAfter(i: number): string | null {
    let tok = this.tokenAt(i);
    // a chip model standing for the chips ("350,000 of Nvidia's H100s", "100 000 MI300X")
    let model: string | null = null;
    for (let k = 0; k < 8 && tok.kind !== "end"; k++) {
      const lower = tok.lower;
      if (tok.kind === "word") {
        if (UNIT_WORDS.get(lower)?.unit === "GPUs") return lower;
        if (CHIP_FAMILY.test(tok.raw))
          model = CHIP_MODEL.exec(this.text.slice(tok.start, tok.start + 8))?.[0] ?? model;
        if (lower === "processing" && this.tokenAt(tok.end).lower === "units") return "processing units";
        const next = this.tokenAt(tok.end).lower;
        const cards = graphicsCards(lower, next);
        if (cards) return cards;
        if (CHIP_WORDS_SINGULAR.has(lower) && CHIP_COMPOUND_HEADS.has(next)) return `${lower} ${next}`;
        if (
          k === 0 &&
          UNIT_NOUNS.has(lower) &&
          CHIPS_JUST_NAMED.test(this.text.slice(Math.max(0, i - 400), i))
        )
          return lower;
        const named = tok.raw !== lower || isDigit(this.code(tok.end));
        // "90,000 units of AMD's MI450 GPUs": the units are the chips named after them
        const unitsOf = k === 0 && UNIT_NOUNS.has(lower) && (next === "of" || next === "de");
        if (!named && !unitsOf && !CHIP_MODIFIERS.has(lower)) return model;
      } else if (tok.kind === "sym") {
        // "Nvidia's", "d'", "Amazon's": an apostrophe inside a possessive or an elision
        if (tok.raw !== "'") return model;
        if (this.tokenAt(tok.end).lower === "s") tok = this.tokenAt(tok.end);
      } else if (tok.start !== i && !isLetter(this.code(tok.start - 1))) return model;
      tok = this.tokenAt(tok.end);
    }
    return model;
  }

  /** After the number and its scale: the unit, a scale after a currency, cents, a rate. */
  readUnitTail(a: Amount): void {
    const t = this.text;
    // glued unit letters may be followed by "$" ("Md$"), a space unit, or "de dollars"
    if (!a.unit) {
      const u = this.readUnit(a.end) ?? this.readDashedUnit(a.end);
      if (u) {
        a.unit = u.unit;
        a.end = u.end;
      }
    }
    if (!a.unit && a.scale) {
      // "79 trillion won": the verb "won" is a currency only after a scale word
      const next = this.tokenAt(a.end);
      if (next.kind === "word" && next.lower === "won") {
        a.unit = { unit: "KRW", exp: 0, currency: true, note: null };
        a.end = next.end;
      }
    }
    if (!a.unit && !isYearLike(a)) {
      const chips = this.chipNounAfter(a.end);
      const before = t.slice(Math.max(0, a.start - 60), a.start);
      const counted = chips
        ? null
        : (CHIP_COUNT_BEFORE[this.lang].exec(before) ??
          (COUNT_ENDS_CLAUSE.test(t.slice(a.end, a.end + 3))
            ? CHIP_COUNT_APPOSED[this.lang].exec(before)
            : null));
      if (chips) {
        a.unit = { unit: "GPUs", exp: 0, currency: false, note: numberNotes.chipNoun(chips) };
      } else if (counted) {
        a.unit = { unit: "GPUs", exp: 0, currency: false, note: numberNotes.chipCount(counted[0].trim()) };
      }
    }
    if (a.unit && CURRENCY_SYMBOLS.has(t[a.end] ?? "") && a.unit.currency) a.end++;
    if (a.unit?.currency && !a.scale && a.end > a.numEnd) {
      // "75 USD million": the scale after the currency
      const s = this.readScale(a.end, false, true);
      if (s && !s.scale.letter) {
        a.scale = s.scale;
        a.scaleExp = log10(s.scale.factor);
        a.end = s.end;
      }
    }
    if (a.unit?.currency && !a.scale) {
      const cents = this.readCents(a.end);
      if (cents) {
        const v = Number(`${a.mant}e${a.exp}`) + cents.value / 100;
        a.mant = String(Math.round(v * 100));
        a.exp = -2;
        a.end = cents.end;
      }
    }
    if (a.unit) {
      const r = this.readRate(a.end, a.unit);
      if (r) {
        a.unit = r.unit;
        a.end = r.end;
      } else if (a.unit.unit === "GW" && WEEKLY_PACE.test(t.slice(a.end, a.end + 70)))
        a.unit = { ...a.unit, unit: "GW_per_week" };
    }
  }
}
