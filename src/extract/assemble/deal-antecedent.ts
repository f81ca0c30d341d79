import { hasMatch } from "../patterns.js";
import type { Sentence } from "../sentences.js";
import type { Candidate } from "./types.js";

/** A sentence opening with a pronoun that stands for a noun of the sentence before ("Celui avec OpenAI", "The one with Meta"). */
const OPENS_WITH_DEMONSTRATIVE =
  /^\s*(?:celui|celle|ceux|celles|ce\s+dernier|cette\s+dernière|the\s+(?:one|latter|largest|biggest)|that\s+one|this\s+one)(?!\p{L})/iu;

/**
 * The words a deal amount's sentence speaks through: its own, and, when it opens with a demonstrative
 * pronoun ("Celui avec OpenAI représente 300 milliards"), the sentence before whose noun it stands for.
 */
export function dealWordsOf(c: Candidate, sentences: readonly Sentence[], dealWord: RegExp): boolean {
  if (hasMatch(dealWord, c.sentence.text)) return true;
  if (!OPENS_WITH_DEMONSTRATIVE.test(c.sentence.text)) return false;
  const before = sentences[c.sentenceIndex - 1];
  return before !== undefined && hasMatch(dealWord, before.text);
}
