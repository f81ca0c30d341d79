/**
 * "Microsoft and Meta, which will build a 300 MW campus", « Quarkon et Norvane, qui construiront… »,
 * "A, B and C, who plan to spend…": a relative clause after companies coordinated by "and", « et »
 * speaks of them together, so its figure is the group's (A+B), not only the last name's.
 */
import { gapBetween, listStart } from "./parties.js";
import type { Party } from "./types.js";

/** "and", « et », "&" closing the list before its last name. */
const CLOSING_AND = /^\s*,?\s*(?:and|et|&)\s*(?:(?:de|du|of)\s+|d['’]\s*)?$/iu;

/** The companies coordinated up to `last`, the antecedent of a relative clause, or null when it closes no list. */
export function groupBeforeRelative(
  text: string,
  parties: Party[],
  last: Party,
  floor: number,
): Party[] | null {
  const at = parties.indexOf(last);
  if (at < 1) return null;
  const list = parties.slice(listStart(parties, at, text, floor), at + 1);
  if (list.length < 2 || list.some((p) => p.kind !== "company")) return null;
  if (!CLOSING_AND.test(gapBetween(text, list.at(-2)!, last))) return null;
  return new Set(list.map((p) => p.canonical)).size === list.length ? list : null;
}
