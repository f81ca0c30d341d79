import { hasMatch } from "../patterns.js";
import type { Candidate } from "./types.js";

/** A sentence opening with a pronoun that stands for a noun of the sentence before ("Celui avec OpenAI", "The one with Meta"). */
const OPENS_WITH_DEMONSTRATIVE =
  /^\s*(?:celui|celle|ceux|celles|ce\s+dernier|cette\s+dernière|the\s+(?:one|latter|largest|biggest)|that\s+one|this\s+one)(?!\p{L})/iu;

/** How far back the sentence before is read. */
const REACH = 400;

/** The sentence just before `start`, at most REACH characters of it. */
export function sentenceBefore(text: string, start: number): string {
  const before = text.slice(Math.max(0, start - REACH), start).trimEnd();
  const end = before.slice(0, -1).search(/[.!?]\s[^.!?]*$/u);
  return (end < 0 ? before : before.slice(end + 1)).trimStart();
}

/**
 * The words a deal amount's sentence speaks through: its own, and, when it opens with a demonstrative
 * pronoun ("Celui avec OpenAI représente 300 milliards"), the sentence before whose noun it stands for.
 */
export function dealWordsOf(c: Candidate, text: string, dealWord: RegExp): boolean {
  if (hasMatch(dealWord, c.sentence.text)) return true;
  if (!OPENS_WITH_DEMONSTRATIVE.test(c.sentence.text)) return false;
  return hasMatch(dealWord, sentenceBefore(text, c.sentence.start));
}
