/**
 * "Microsoft, Alphabet, Amazon and Meta's combined capex", "Oracle and Meta's joint spending": a
 * possessive closing a list of companies joined by "and" owns the noun for the list together. Only
 * with a word of a sum on the noun ("combined", "joint", "total", "collective", "aggregate"), or when
 * the list opens its sentence: elsewhere the first names may be the object of an earlier verb
 * ("Nvidia backs Anthropic and OpenAI's revenue doubled").
 */
import { gapBetween, listStart } from "./parties.js";
import type { Party } from "./types.js";

/** "and", "&", maybe after a comma, before the list's last name. */
const LAST_JOINER = /^\s*,?\s*(?:and|&)\s*$/iu;
/** After the possessor: "'s", then a word of a sum before the noun. */
const SUM_ON_NOUN = /^['’]s?\s+(?:combined|joint|total|collective|aggregate|cumulative)(?![\p{L}])/iu;
/** What may stand before a list opening its sentence: a bullet, "But", "And", "Together,". */
const SENTENCE_OPENING =
  /^\s*(?:[-•*]\s*)?(?:(?:but|and|so|yet|meanwhile|together|collectively)\s*,?\s*)?$/iu;

/** The companies that own a possessive noun together with `owner`, owner last; empty when it owns it alone. */
export function jointPossessors(
  text: string,
  parties: Party[],
  owner: Party,
  sentenceStart: number,
): Party[] {
  const at = parties.indexOf(owner);
  if (at < 1) return [];
  const first = listStart(parties, at, text, sentenceStart);
  const list = parties.slice(first, at + 1);
  if (list.length < 2 || list.some((p) => p.kind !== "company")) return [];
  if (!LAST_JOINER.test(gapBetween(text, list.at(-2)!, owner))) return [];
  const summed = SUM_ON_NOUN.test(text.slice(owner.end, owner.end + 20));
  return summed || SENTENCE_OPENING.test(text.slice(sentenceStart, list[0]!.start)) ? list : [];
}
