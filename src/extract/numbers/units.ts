/** What a number counts: currencies before or after it, unit words, cents, rates ("par mois", "per GW"). */
import { isApostrophe, isDigit, isLetter } from "./chars.js";
import { NumberReader } from "./digits.js";
import {
  COUNT_ADJECTIVES,
  CURRENCY_ADJECTIVES,
  CURRENCY_PREFIX_ADJECTIVES,
  CURRENCY_SYMBOLS,
  currencyOfCode,
  DOLLAR_PREFIXES,
  ISO_CODES,
  MULTIPLE_NOUNS,
  MULTIPLE_WORDS,
  PER_HEAD_WORDS,
  RATE_LINKS,
  RATE_WORDS,
  SCALES_GLUED_TO_CODE,
  SUBUNIT_WORDS,
  UNIT_WORDS,
  type UnitWord,
} from "./lexicon.js";
import { numberNotes } from "./notes.js";
import { log10, type Token } from "./scanner.js";

export interface UnitInfo {
  unit: string;
  /** Power of ten from the written number to the unit (MW -> GW: -3; % -> fraction: -2). */
  exp: number;
  currency: boolean;
  note: string | null;
}

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

/** The year of an estimate or forecast, "2025E", "2026F", that a multiple is taken of. */
const ESTIMATE_YEAR = /^(?:19|20)\d{2}[EF](?![\p{L}\p{N}])/u;

/** Adjectives between "times" and what the multiple is of ("current run rate", "forward earnings"). */
const MULTIPLE_ADJECTIVES: ReadonlySet<string> = new Set([
  "current",
  "annual",
  "annualized",
  "annualised",
  "forward",
  "trailing",
  "projected",
  "expected",
  "estimated",
  "next",
]);

/** Currencies, units and rates: what a number counts. */
export class UnitReader extends NumberReader {
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
      const code = currencyOfCode(tok.raw);
      if (code) return { code, end: tok.end };
    }
    return null;
  }

  /** The unit after a number: "%", "$", "de dollars", "d'utilisateurs", "GW", "pour cent", "x". */
  readUnit(i: number, depth = 0): { unit: UnitInfo; end: number } | null {
    const tok = this.tokenAt(i);
    if (tok.kind === "end" || tok.kind === "digits") return null;
    if (tok.kind === "sym") return this.unitOfSymbol(tok);
    const w = tok.lower;
    if (depth < 2 && COUNT_ADJECTIVES.has(w)) {
      // "800 million weekly active users", "de nouveaux abonnés"
      const u = this.readUnit(tok.end, depth + 1);
      return u && !u.unit.currency && u.unit.unit !== "fraction" && u.unit.unit !== "x" ? u : null;
    }
    if (w === "de" || w === "d" || w === "of" || w === "en" || w === "in")
      return this.unitAfterPreposition(tok, depth);
    const written = this.writtenCurrency(tok);
    if (written) return written;
    if ((w === "pour" || w === "per") && this.tokenAt(tok.end).lower === "cent") {
      return {
        unit: { unit: "fraction", exp: -2, currency: false, note: numberNotes.percent() },
        end: this.tokenAt(tok.end).end,
      };
    }
    const adj = CURRENCY_PREFIX_ADJECTIVES.get(w);
    if (adj) return this.prefixedCurrency(tok, adj);
    const subunit = SUBUNIT_WORDS[this.lang].get(w);
    if (subunit) return { unit: { unit: subunit, exp: -2, currency: true, note: null }, end: tok.end };
    const word = UNIT_WORDS.get(w);
    if (word) return this.unitOfWord(tok, word);
    return this.multipleAt(tok);
  }

  /** "%", "×", "$", "€". */
  private unitOfSymbol(tok: Token): { unit: UnitInfo; end: number } | null {
    if (tok.raw === "%")
      return {
        unit: { unit: "fraction", exp: -2, currency: false, note: numberNotes.percent() },
        end: tok.end,
      };
    if (tok.raw === "×" && this.multipleSignEnds(tok.end))
      return { unit: { unit: "x", exp: 0, currency: false, note: numberNotes.multiple() }, end: tok.end };
    const c = this.currencyAt(tok.start);
    // "2024 $39.2bn, 2025 $70bn": a sign glued to the next number opens it; it is not this one's unit.
    if (c && isDigit(this.code(c.end))) return null;
    if (c) return { unit: { unit: c.code, exp: 0, currency: true, note: null }, end: c.end };
    return null;
  }

  /** "de dollars", "d'utilisateurs", "of users", "en euros", "in USD": a unit after a preposition. */
  private unitAfterPreposition(tok: Token, depth: number): { unit: UnitInfo; end: number } | null {
    const w = tok.lower;
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
      currencyOfCode(inner.raw) === null &&
      inner.lower !== "dollars" &&
      inner.lower !== "euros"
    )
      return null;
    const u = this.readUnit(k, depth + 1);
    if (u && u.unit.unit !== "x" && u.unit.unit !== "fraction") return u;
    return null;
  }

  /** A currency written as a code or a sign glued to a word: "USD", "US$", "usd", "30 MUSD". */
  private writtenCurrency(tok: Token): { unit: UnitInfo; end: number } | null {
    const c = this.currencyAt(tok.start);
    if (c) return { unit: { unit: c.code, exp: 0, currency: true, note: null }, end: c.end };
    if (tok.raw.length === 3 && ISO_CODES.has(tok.raw.toUpperCase()) && tok.raw === tok.lower) {
      return { unit: { unit: tok.raw.toUpperCase(), exp: 0, currency: true, note: null }, end: tok.end };
    }
    // "30 MUSD", "12,5 MdsUSD": a short scale glued before the code
    const code = tok.raw.slice(-3);
    const exp = SCALES_GLUED_TO_CODE.get(tok.raw.slice(0, -3));
    if (exp !== undefined && ISO_CODES.has(code))
      return { unit: { unit: code, exp, currency: true, note: null }, end: tok.end };
    return null;
  }

  /** "Hong Kong dollars", "Canadian dollars": an adjective naming the currency before the currency word. */
  private prefixedCurrency(tok: Token, code: string): { unit: UnitInfo; end: number } | null {
    let next = this.tokenAt(tok.end);
    if (tok.lower === "hong" && next.lower === "kong") next = this.tokenAt(next.end);
    if (next.kind === "word" && (UNIT_WORDS.get(next.lower)?.currency || next.lower === "won")) {
      return { unit: { unit: code, exp: 0, currency: true, note: null }, end: next.end };
    }
    return null;
  }

  /** A unit word: "dollars" (with "US", "canadiens" after it), "GW", "mégawatts", "utilisateurs". */
  private unitOfWord(tok: Token, word: UnitWord): { unit: UnitInfo; end: number } | null {
    if (word.unit === "GW" && tok.raw === "gw") return null;
    // "0.5 pct point": a difference of percentages, no share
    if (word.unit === "fraction" && this.tokenAt(tok.end).lower.startsWith("point")) return null;
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

  /**
   * Whether a multiplication sign after a number ends it as a multiple: not before another number
   * ("3 × 4"), but before the year of the estimate it is a multiple of ("24 × 2025E sales").
   */
  private multipleSignEnds(i: number): boolean {
    const next = this.skipSpaces(i);
    return !isDigit(this.code(next)) || ESTIMATE_YEAR.test(this.text.slice(next, next + 6));
  }

  /** "x", "fois le chiffre d'affaires", "times revenue": a multiple. */
  private multipleAt(tok: Token): { unit: UnitInfo; end: number } | null {
    if ((tok.raw === "x" || tok.raw === "X") && this.multipleSignEnds(tok.end)) {
      return { unit: { unit: "x", exp: 0, currency: false, note: numberNotes.multiple() }, end: tok.end };
    }
    if (!MULTIPLE_WORDS.has(tok.lower)) return null;
    const next = this.multipleNounAt(tok.end);
    if (next.kind !== "word" || !MULTIPLE_NOUNS.has(next.lower)) return null;
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

  /**
   * The noun a multiple is of, after "times"/"fois": past a determiner or a company's possessive
   * and a few adjectives ("37 times Anthropic's current run rate", "20 fois ses revenus annuels").
   */
  multipleNounAt(i: number): Token {
    let next = this.tokenAt(i);
    if (next.kind === "word" && DETERMINERS.has(next.lower))
      next = this.tokenAt(next.lower === "l" && isApostrophe(this.code(next.end)) ? next.end + 1 : next.end);
    else if (
      next.kind === "word" &&
      isApostrophe(this.code(next.end)) &&
      this.tokenAt(next.end + 1).lower === "s"
    )
      next = this.tokenAt(next.end + 2);
    for (let k = 0; k < 2 && next.kind === "word" && MULTIPLE_ADJECTIVES.has(next.lower); k++)
      next = this.tokenAt(next.end);
    const rate = this.tokenAt(next.end);
    if (next.lower === "run" && rate.lower === "rate") return { ...next, end: rate.end, lower: "run-rate" };
    return next;
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

  /**
   * "$30 per user per month", "£32/seat/mo", « 25 € par utilisateur et par mois »: a subscription's
   * monthly price counted per head is a monthly price; a price per head alone is no rate.
   */
  private perHeadPerMonth(head: Token, unit: UnitInfo): { unit: UnitInfo; end: number } | null {
    const singular = head.lower.endsWith("s") ? head.lower.slice(0, -1) : head.lower;
    if (!PER_HEAD_WORDS.has(singular)) return null;
    let link = this.tokenAt(head.end);
    if (link.lower === "et" || link.lower === "and") link = this.tokenAt(link.end);
    if (link.lower !== "per" && link.lower !== "par" && link.lower !== "a" && link.raw !== "/") return null;
    const month = this.tokenAt(link.end);
    if (month.kind !== "word" || RATE_WORDS.get(month.lower) !== "month") return null;
    if (month.lower === "mo" && link.raw !== "/") return null;
    return { unit: { ...unit, unit: `${unit.unit}_per_month`, currency: false }, end: month.end };
  }

  /** "par gigawatt", "per month", "/mois", "a share" after a unit. */
  readRate(i: number, unit: UnitInfo): { unit: UnitInfo; end: number } | null {
    const link = this.tokenAt(i);
    if (!RATE_LINKS.has(link.lower)) return null;
    if (link.lower === "a" && this.lang !== "en") return null;
    const what = this.tokenAt(link.end);
    if (what.kind !== "word") return null;
    // "/mo" is a month only right after a slash
    const per = what.lower === "mo" && link.raw !== "/" ? undefined : RATE_WORDS.get(what.lower);
    if (!per) return unit.currency ? this.perHeadPerMonth(what, unit) : null;
    if (unit.currency) {
      if (per === "GW")
        return { unit: { ...unit, unit: `${unit.unit}_per_GW`, currency: false }, end: what.end };
      // "$9 million per megawatt" is $9 billion per gigawatt
      if (per === "MW")
        return {
          unit: { ...unit, unit: `${unit.unit}_per_GW`, exp: unit.exp + 3, currency: false },
          end: what.end,
        };
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
}
