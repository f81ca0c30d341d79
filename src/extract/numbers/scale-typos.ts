/**
 * A scale word misspelled by one letter after a number ("$2 bilion", « 3 milliads », "4 millon"): one
 * letter dropped, added, changed or two letters swapped in a scale word of seven letters or more.
 * Short forms ("bn", "mds") and words of their own ("bullion") are never corrected.
 */
import type { Language } from "../../core/index.js";
import { SCALE_LOOKALIKES, SCALES, type ScaleWord } from "./lexicon.js";

/** Full scale words long enough for a one-letter slip to stay unambiguous. */
const MIN_SCALE_LENGTH = 7;

/** The scale word a misspelled word stands for, with the word meant; null when none or more than one fits. */
export function misspelledScale(
  word: string,
  language: Language,
): { scale: ScaleWord; meant: string } | null {
  const lower = word.toLowerCase();
  if (lower.length < MIN_SCALE_LENGTH - 1 || SCALE_LOOKALIKES.has(lower)) return null;
  const table = SCALES[language];
  if (table.has(lower)) return null;
  let found: { scale: ScaleWord; meant: string } | null = null;
  for (const [meant, scale] of table) {
    if (meant.length < MIN_SCALE_LENGTH || !oneEditApart(lower, meant)) continue;
    if (found && found.scale.factor !== scale.factor) return null;
    found ??= { scale, meant };
  }
  return found;
}

/** Whether `a` becomes `b` by one deletion, insertion, substitution or swap of neighbouring letters. */
export function oneEditApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return a.length < b.length ? a.slice(i) === b.slice(i + 1) : a.slice(i + 1) === b.slice(i);
}
