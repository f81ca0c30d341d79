/**
 * The second end of a range ("entre 50 et 60", "5-6", "$5.05 billion to $5.15 billion") and the
 * change of value "from A to B" that looks like one ("passent de 36 millions à 284 millions").
 */
import { type Amount, isYearLike, magnitude } from "./amounts.js";
import { isDash, isDigit, isLetter } from "./chars.js";
import { dashBreaksAmounts } from "./dash-break.js";
import { HedgeReader } from "./hedges.js";
import {
  ALTERNATIVE_CONNECTORS,
  BARE_RANGE_CONNECTORS,
  CHANGE_SIZE_OPENERS,
  CHANGE_WORDS,
  CURRENCY_SYMBOLS,
  RANGE_OPENERS,
} from "./lexicon.js";
import type { Token } from "./scanner.js";
import { baseValue, closeAbove, sharesTheScale } from "./values.js";

export class RangeReader extends HedgeReader {
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

  /** A capitalized word inside a sentence ("Colossus", not a sentence's first "About"): a number after it numbers a name. */
  numbersAName(word: Token): boolean {
    if (word.kind !== "word" || !isUpperInitial(word.raw)) return false;
    const before = this.prevToken(word.start);
    return before.kind === "word" || (before.kind === "sym" && /^[,'’]$/u.test(before.raw));
  }

  /**
   * The second end of a range after `a` ("entre 50 et 60", "5-6", "$5.05 billion to $5.15 billion"),
   * with the connector and where its opener starts; `rejected` when the number after the connector
   * is no amount and the first one goes with it.
   */
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
    const alternative = link.kind === "word" && !opened && ALTERNATIVE_CONNECTORS[this.lang].has(link.lower);
    const bareLink =
      link.kind === "word" && !opened && (BARE_RANGE_CONNECTORS[this.lang].has(link.lower) || alternative);
    // "$5.05 billion to $5.15 billion": a bare connector between two amounts written out in full.
    const bareWithUnit = bareLink && (a.scale !== null || a.unit !== null);
    if (!(isDashLink || opened || bareLink) || a.article) return none;
    // "rose by $2 billion to $9 billion": the size of a change, then the new value, not a range
    if (bareLink && a.unit?.currency && CHANGE_SIZE_OPENERS[this.lang].has(opener.lower)) return none;
    // "bring Colossus 2 to 1 GW": a bare number right after a capitalized word numbers a name, it opens no range.
    if (bareLink && !a.unit && !a.scale && this.numbersAName(opener)) return none;
    const q = this.skipSpaces(link.end);
    const qc = this.code(q);
    const canStart = isDigit(qc) || (!isDashLink && isLetter(qc)) || CURRENCY_SYMBOLS.has(this.text[q] ?? "");
    if (!canStart) return none;
    const second = this.readAmount(q, true);
    const cand = second.amount;
    if (isDashLink && cand && dashBreaksAmounts(a, cand)) return none;
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
    // "a progressé de 4 % à 13,8 milliards": a rate and the amount it leads to, a percentage no range's
    // end with a scale word.
    const rateToAmount = cand !== null && a.unit?.unit === "fraction" && cand.scale !== null;
    if (alternative && !(cand && neighbouringAlternatives(a, cand))) return none;
    if (
      cand &&
      fullEnds &&
      !cand.article &&
      !rateToAmount &&
      (!a.unit || !cand.unit || a.unit.unit === cand.unit.unit)
    ) {
      // "entre 41,2 milliards et 4": a second end cut short leaves the range unreadable; neither end is
      // read ("from $10 billion to 5" may be a change, read as before).
      const pair = isDashLink || link.lower === "et" || link.lower === "and";
      if (pair && secondEndCutShort(a, cand)) return { rejected: second.resume };
      return {
        b: cand,
        connector: isDashLink ? "-" : link.lower,
        openerStart: connectors?.has(link.lower) && openerTok.start >= floor ? openerTok.start : -1,
      };
    }
    if (!cand && isDigit(qc) && !bareWithUnit) return { rejected: second.resume };
    return none;
  }
}

/**
 * A range's second end written without a scale after a first end that has one, and below the first
 * even in the first end's scale ("entre 41,2 milliards et 4"): the text was cut short, not a range.
 */
function secondEndCutShort(a: Amount, b: Amount): boolean {
  if (!a.scale || b.scale || isYearLike(b)) return false;
  if (a.unit && b.unit && a.unit.unit !== b.unit.unit) return false;
  return magnitude({ ...b, scaleExp: a.scaleExp }) < magnitude(a);
}

/** A word written with a capital first letter: "Colossus", "Stargate". */
function isUpperInitial(word: string): boolean {
  const first = word.charAt(0);
  return first !== first.toLowerCase();
}

/**
 * "$97 or $98 billion", "3 or 4 GW", « 10 ou 12 % »: two figures of one kind offered as one estimate,
 * the second above the first and at most twice it once the first takes the second's scale. Years
 * ("2026 or 2027") and figures without a unit or scale on either end ("two or three") are no range.
 */
function neighbouringAlternatives(a: Amount, b: Amount): boolean {
  if (isYearLike(a) || isYearLike(b)) return false;
  if (!(a.unit || a.scale || b.unit || b.scale)) return false;
  if (a.unit && b.unit && a.unit.unit !== b.unit.unit) return false;
  const low = magnitude(a.scale ? a : { ...a, scaleExp: b.scaleExp });
  return closeAbove(low, magnitude(b));
}
