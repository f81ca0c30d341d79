/**
 * A proportion said in words, not written as a figure: "nearly a third of total sales", « près de la
 * moitié des revenus ». CLAIMS.md §8 leaves verbal proportions out; "33% of total sales" is a claim, and
 * "half a trillion dollars" is an amount, not a proportion.
 */
import type { QuantityMention } from "../numbers/types.js";

export function verbalProportion(q: QuantityMention): string | null {
  return q.spelledFraction ? "a proportion said in words (a verbal proportion)" : null;
}
