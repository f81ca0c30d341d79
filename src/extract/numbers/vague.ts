/**
 * Quantities written without a number: « des dizaines de milliards », « plusieurs millions »,
 * "billions of", "multibillion", « une dizaine de milliards », « le million de puces ».
 */
import { isApostrophe } from "./chars.js";
import {
  DEFINITE_BEFORE_SCALE,
  SCALES,
  SINGULAR_SCALES,
  UNIT_WORDS,
  VAGUE_MULTIPLES,
  VAGUE_OPENERS,
  VAGUE_SCALES,
  VAGUE_WORDS,
} from "./lexicon.js";
import { MarginReader } from "./margins.js";
import { numberNotes } from "./notes.js";
import { END, log10, type Token } from "./scanner.js";
import type { QuantityMention } from "./types.js";
import type { UnitInfo } from "./units.js";
import { hedgedValues } from "./values.js";

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

/**
 * Openers of a vague count of a power unit: « plusieurs gigawatts », "multiple gigawatts", "several
 * gigawatts" — one to ten of the unit, as « plusieurs millions » is one to ten millions.
 */
const POWER_OPENERS: ReadonlySet<string> = new Set(["plusieurs", "quelques", "several", "multiple", "few"]);

/** What the words of a vague quantity say before its unit: a multiple of a scale, up to where. */
interface VagueHead {
  scale: number;
  multiple: number;
  end: number;
  unit: UnitInfo | null;
}

export class VagueReader extends MarginReader {
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
    const word = this.vagueWordHead(first);
    const head = word === undefined ? this.vaguePhraseHead(first) : word;
    return head ? this.vagueMention(i, head) : null;
  }

  /**
   * One word that is vague on its own ("multibillion", "multimillion-dollar" with its unit after the
   * dash); undefined when the word is none, null when its dashed tail is no unit.
   */
  private vagueWordHead(first: Token): VagueHead | null | undefined {
    const w = first.lower;
    const words = VAGUE_WORDS[this.lang];
    const dash = w.lastIndexOf("-");
    const whole = words.get(w) ?? (dash > 0 ? words.get(w.slice(0, dash)) : undefined);
    if (whole === undefined) return undefined;
    if (words.has(w)) return { scale: whole, multiple: 1, end: first.end, unit: null };
    const u = UNIT_WORDS.get(w.slice(dash + 1));
    if (!u) return null;
    return {
      scale: whole,
      multiple: 1,
      end: first.end,
      unit: { unit: u.unit, exp: 0, currency: u.currency, note: null },
    };
  }

  /** A vague phrase: an opener ("des", "several") before a multiple or a scale, or the plural scale alone. */
  private vaguePhraseHead(first: Token): VagueHead | null {
    const w = first.lower;
    const lang = this.lang;
    let tok = first;
    if (VAGUE_OPENERS[lang].has(w)) tok = this.tokenAt(first.end);
    else if (lang === "fr" || !VAGUE_SCALES[lang].has(w)) {
      if (!(lang === "en" && VAGUE_MULTIPLES[lang].has(w))) return null;
    }
    if (tok !== first && POWER_OPENERS.has(w) && this.countsPower(tok))
      return { scale: 1, multiple: 1, end: first.end, unit: null };
    const m =
      VAGUE_MULTIPLES[lang].get(tok.lower) ??
      (lang === "en" && tok !== first && tok.lower === "hundred" ? 100 : undefined);
    if (m !== undefined && !(tok.lower === "thousands" || tok.lower === "milliers"))
      return this.vagueMultipleHead(tok, m);
    return this.vagueScaleHead(first, tok);
  }

  /**
   * A power unit counted by the opener before it ("several gigawatts"), not one joined by a hyphen to
   * the noun it qualifies ("several gigawatt-scale sites": the sites are counted, not the power).
   */
  private countsPower(tok: Token): boolean {
    return UNIT_WORDS.get(tok.lower)?.unit === "GW" && !/[-\u2010\u2011]/u.test(tok.lower);
  }

  /** « des dizaines de milliards », "hundreds of millions", "several hundred million": a multiple, then maybe a scale. */
  private vagueMultipleHead(tok: Token, multiple: number): VagueHead {
    const lang = this.lang;
    const end = tok.end;
    const of = this.tokenAt(end);
    // At the end of the text there is no next word: never look back before the figure for a scale.
    let afterOf = of.kind === "end" ? end : of.end;
    if (of.lower === "d" && isApostrophe(this.code(of.end))) afterOf = of.end + 1;
    if (lang === "en" && tok.lower === "hundred") afterOf = end;
    const s = this.tokenAt(afterOf);
    const sv = VAGUE_SCALES[lang].get(s.lower) ?? (lang === "en" ? singularScale(s.lower) : undefined);
    if (sv !== undefined) return { scale: sv, multiple, end: s.end, unit: null };
    return { scale: 1, multiple, end, unit: null };
  }

  /** « plusieurs milliards », "several billion", "billions of": a scale after an opener, or a plural one alone. */
  private vagueScaleHead(first: Token, tok: Token): VagueHead | null {
    const lang = this.lang;
    const sv =
      VAGUE_SCALES[lang].get(tok.lower) ??
      (lang === "en" && tok !== first ? singularScale(tok.lower) : undefined);
    if (sv === undefined) return null;
    if (tok === first && lang === "en") {
      // "billions of dollars", "billions in": the plural alone is vague; "thousands of" too
      const next = this.tokenAt(tok.end);
      if (!(next.lower === "of" || next.lower === "in")) return null;
    }
    return { scale: sv, multiple: 1, end: tok.end, unit: null };
  }

  /** The vague quantity from `i`: its head, the unit and rate after it, a range of one order of magnitude. */
  private vagueMention(i: number, head: VagueHead): QuantityMention {
    const { scale, multiple } = head;
    let { end, unit } = head;
    const numEnd = end;
    if (!unit) {
      const u = this.readUnit(end);
      if (u) {
        unit = u.unit;
        end = u.end;
      }
    }
    // "hundreds of thousands of high-end GPUs", "thousands of Nvidia chips": the chips counted
    const chips = unit || scale < 1e3 ? null : this.chipNounAfter(end);
    if (chips) unit = { unit: "GPUs", exp: 0, currency: false, note: numberNotes.chipNoun(chips) };
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

/** The singular English scale words as a factor: "billion" → 1e9. */
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
