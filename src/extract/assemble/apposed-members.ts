/**
 * "Its earlier shareholders, including A, B and C, have committed $450 million", « Les
 * actionnaires, dont Amazon, Meta et Nvidia, ont engagé 700 millions »: a plural subject with its
 * members in an apposition ("including", "such as", « dont », « parmi lesquels ») acts as the group of
 * the companies listed, the owner of the figure the verb after the apposition gives.
 */
import { gapBetween, listStart } from "./parties.js";
import type { Party } from "./types.js";

/** The apposition's opening, after the plural subject's comma. */
const INTRO =
  /^([^,;:()]{2,60}?),\s*(?:including|such\s+as|among\s+them|notably|dont|notamment|parmi\s+(?:lesquels|lesquelles|eux|elles)|à\s+savoir)\s+(?:(?:de|d['’])\s*)?$/iu;

/** A plural noun heading the subject ("backers", « actionnaires », "the companies"): a word ending in s or x. */
const PLURAL_HEAD = /(?<!\p{L})\p{L}+[sx](?!\p{L})/iu;

/** After the apposition's last name, its closing comma, then the clause up to the figure. */
const CLOSED_THEN_CLAUSE = /^\s*,\s+[^,;:()]{1,60}$/u;

/** "and", « et », "&" before the last name. */
const CLOSING_AND = /^\s*,?\s*(?:and|et|&)\s*(?:(?:de|du|of)\s+|d['’]\s*)?$/iu;

/** The companies apposed to the plural subject of the figure's clause, or null. */
export function apposedMembers(
  text: string,
  parties: Party[],
  figureStart: number,
  floor: number,
): Party[] | null {
  const last = parties.findLastIndex((p) => p.end <= figureStart && p.start >= floor);
  if (last < 1 || !CLOSED_THEN_CLAUSE.test(text.slice(parties[last]!.end, figureStart))) return null;
  const list = parties.slice(listStart(parties, last, text, floor), last + 1);
  if (list.length < 2 || list.some((p) => p.kind !== "company")) return null;
  if (!CLOSING_AND.test(gapBetween(text, list.at(-2)!, list.at(-1)!))) return null;
  // "Alphabet, including Google and YouTube, …": a named subject owns the figure, not its parts.
  if (parties.some((p) => p.start >= floor && p.end <= list[0]!.start)) return null;
  const lead = INTRO.exec(text.slice(floor, list[0]!.start));
  if (!lead || !PLURAL_HEAD.test(lead[1]!)) return null;
  return new Set(list.map((p) => p.canonical)).size === list.length ? list : null;
}
