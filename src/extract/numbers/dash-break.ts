/**
 * "raised $8 billion — $4 billion in debt and $4 billion in equity": a dash between two amounts each
 * written in full (its own scale or unit), the second below the first, opens an aside or a breakdown.
 * A range is written low to high ("$4–5 billion", "$900 million-$1.1 billion").
 */
import type { Amount } from "./amounts.js";
import { baseValue } from "./values.js";

export function dashBreaksAmounts(first: Amount, second: Amount): boolean {
  const inFull = (x: Amount): boolean => x.scale !== null || x.unit !== null;
  if (!inFull(first) || !inFull(second)) return false;
  if (first.unit && second.unit && first.unit.unit !== second.unit.unit) return false;
  return baseValue(second) < baseValue(first);
}
