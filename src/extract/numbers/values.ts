/**
 * The value(s) of a quantity in base units once its amounts are read: exact, a range, a margin
 * around a point, or one end under a hedge, with the notes that say why.
 */
import type { Bound } from "../../core/index.js";
import { type Amount, magnitude } from "./amounts.js";
import type { HedgeBound } from "./lexicon.js";
import { numberNotes } from "./notes.js";

export interface Values {
  bound: Bound;
  low: number | null;
  high: number | null;
}

/** An amount's value in base units. */
export function baseValue(x: Amount): number {
  let se = x.scaleExp;
  if (x.scale?.calque && x.unit?.currency) se = 12;
  const v = Number(`${x.mant}e${x.exp + se + (x.unit?.exp ?? 0)}`);
  return x.sign === "-" ? -v : v;
}

/** The two ends of a range share a scale and a unit written once ("entre 50 et 60 milliards"). */
export function mergeRangeEnds(a: Amount, b: Amount, notes: string[]): void {
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
 * "$50 to $60 billion", "$5 to $6bn": a currency amount with no scale before one that has it, and
 * a little larger once scaled alike, is the range's low end in that scale.
 */
export function sharesTheScale(a: Amount, b: Amount): boolean {
  if (a.scale !== null || b.scale === null || !a.unit?.currency || a.unit.exp !== b.unit?.exp) return false;
  const low = magnitude(a);
  const high = magnitude({ ...b, scaleExp: 0 });
  return low > 0 && high > low && high <= 10 * low;
}

/**
 * "$900 million to $1.1 billion", "800 megawatts to 1 gigawatt": ends written in different scales
 * make a range when the second is above the first and at most twice it, as guidance brackets are.
 */
export function closeAbove(low: number, high: number): boolean {
  return low > 0 && high > low && high <= 2 * low;
}

/** A range's values, low end first; equal ends are one exact value. */
export function rangeValues(a: Amount, b: Amount, connector: string, notes: string[]): Values {
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

/** A point and its margin as a range; a margin in percent of an amount leaves the point exact. */
export function marginValues(
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

/** A value under its hedge: a floor keeps the low end, a ceiling the high end, a rounding both. */
export function hedgedValues(
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
