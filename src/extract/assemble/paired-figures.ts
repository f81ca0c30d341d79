/**
 * "Oracle et Meta ont investi 80 et 75 milliards", "Alphabet and Meta spent $24 billion and $19
 * billion on capex": a list of companies as the subject, then as many figures of one unit joined by
 * nothing but commas and "et"/"and", pairs them in order as "respectively" would. Not when the
 * sentence says the companies act or count together ("combined", « ensemble », « à eux deux »), nor
 * when a word stands between two figures ("$80 billion in 2024 and $75 billion in 2025": one
 * subject's figures over time).
 */
import { JOINT_ACTION, listItemGap, SUM_WORDS } from "../lexicon.js";
import type { QuantityMention } from "../numbers/types.js";
import { hasMatch } from "../patterns.js";

/** Between two figures of a coordinated run: a comma, "et"/"and", or both. */
const FIGURE_JOINER = listItemGap();

/**
 * Whether the sentence, up to the first figure after the run, reads the run as one total of the
 * companies together ("Alphabet and Meta spent $24 billion and $19 billion, or $43 billion
 * combined": the sum word is the later total's).
 */
export function saysTogether(
  text: string,
  sentence: { start: number; end: number },
  figures: readonly QuantityMention[],
  run: readonly QuantityMention[],
): boolean {
  const next = figures[figures.indexOf(run.at(-1)!) + 1];
  const body = text.slice(sentence.start, next ? next.span.start : sentence.end);
  return hasMatch(SUM_WORDS, body) || hasMatch(JOINT_ACTION, body);
}

/**
 * The run of figures `q` belongs to when each is joined to the next by a comma or "and" only, all of
 * one unit; `q` alone when no other figure is so joined to it.
 */
export function coordinatedFigureRun(
  figures: readonly QuantityMention[],
  q: QuantityMention,
  text: string,
): QuantityMention[] {
  const at = figures.indexOf(q);
  if (at < 0) return [q];
  return runAround(
    figures,
    at,
    (a, b) =>
      a.unit === b.unit &&
      a.span.end <= b.span.start &&
      FIGURE_JOINER.test(text.slice(a.span.end, b.span.start)),
  );
}

/** The items around `at`, as far as each is `joined` to the next. */
export function runAround<T>(items: readonly T[], at: number, joined: (a: T, b: T) => boolean): T[] {
  let first = at;
  while (first > 0 && joined(items[first - 1]!, items[first]!)) first--;
  let last = at;
  while (last < items.length - 1 && joined(items[last]!, items[last + 1]!)) last++;
  return items.slice(first, last + 1);
}
