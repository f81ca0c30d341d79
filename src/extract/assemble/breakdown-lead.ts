/**
 * A breakdown announced by its own words and a colon, its items in the same sentence: « Voici la
 * répartition : Orvane (25 Md$), Tessaly (30 Md$) », "Here is the breakdown: …", "By company: …". Such
 * a sentence names no metric of its own; its items measure what the sentence before it says (the
 * last one of the paragraph before, when the breakdown opens a paragraph), which opens the list as a
 * line ending in a colon does.
 */
import type { Sentence } from "../sentences.js";
import type { DocumentReading } from "./types.js";

/** "Voici la répartition :", "Dans le détail :", "Here's the breakdown:", "By company:" at the sentence's start. */
const BREAKDOWN_OPENING =
  /^\s*(?:(?:voici|voilà|here\s+is|here['’]s|below\s+is|ci-dessous|dans|in)\s+)?(?:(?:la|le|une|the|a|an|their|leur)\s+)?(?:répartition|détail|ventilation|breakdown|split|detail)?(?:\s*(?:par|by)\s+(?:entreprise|société|groupe|acteur|company|firm|group|player)s?)?\s*:\s*\S/iu;

/** Whether the opening names a breakdown at all (the pattern's words are each optional). */
const BREAKDOWN_WORD = /répartition|détail|ventilation|breakdown|split|detail/iu;

/** The sentence before a breakdown sentence, as the lead of its items; null for any other sentence. */
export function breakdownLead(r: DocumentReading, sentence: Sentence, body: string): Sentence | null {
  const colon = body.indexOf(":");
  if (colon < 0 || !BREAKDOWN_OPENING.test(body) || !BREAKDOWN_WORD.test(body.slice(0, colon))) return null;
  const at = r.context.sentences.indexOf(sentence);
  const before = at > 0 ? r.context.sentences[at - 1]! : null;
  if (!before) return null;
  return before;
}
