import { BIG_TECH_NOUNS, COLLECTIVE_ACTORS } from "../lexicon.js";
import type { QuantityMention } from "../numbers/types.js";
import { EACH_AFTER, EACH_BEFORE } from "./distributive.js";
import type { DocumentReading, SentenceReading } from "./types.js";

/**
 * A figure each member of an unnamed plural set has: « nos clients construisent plusieurs gigawatts
 * chacun », "its customers each spend $2 billion", "many operators run 500 MW apiece". The figure is
 * one member's, and no member is named, so it is no company's claim: neither the speaker's company
 * (the customers are not the company) nor the set's as written (the set's total is not the figure).
 * When the clause names the companies ("Halvorn and Brisk each raised…") distributive.ts gives the
 * figure to each of them instead.
 */

/** Plural nouns of those who buy from, work with or compete with a company, beside the collective actors. */
const SET_NOUNS = `${COLLECTIVE_ACTORS}|${BIG_TECH_NOUNS}|clients|customers|partenaires|partners|acheteurs|buyers|concurrents|rivals|competitors|membres|members`;

/** The plural noun of the set. */
const SET_NOUN = new RegExp(String.raw`(?<![\p{L}'’-])(?:${SET_NOUNS})(?![\p{L}])`, "giu");

/**
 * A preposition before the noun, with the set's determiner and up to two modifiers between: "sold to
 * customers", « vendues aux clients », "for its largest customers" — the set is no subject there.
 */
const AFTER_PREPOSITION =
  /(?<![\p{L}])(?:to|for|of|with|from|by|at|à|aux|pour|de|des|du|avec|par|chez|auprès)\s+(?:(?:nos|notre|our|leurs|their|ses|its|les|the|ces|these|those)\s+)?(?:[\p{Ll}-]+\s+){0,2}$/iu;

/** The end of the last set of the clause that is a subject, or -1. */
function subjectSetEnd(before: string): number {
  let end = -1;
  for (const m of before.matchAll(SET_NOUN)) {
    const lead = before.slice(Math.max(0, m.index - 60), m.index);
    if (!AFTER_PREPOSITION.test(lead) || /(?:de\s+nombreux|nombre\s+d['’])\s+$/iu.test(lead))
      end = m.index + m[0].length;
  }
  return end;
}

/** Where the figure's clause opens: after a colon, a semicolon, a quotation mark or a dash. */
const CLAUSE_BREAK = /[;:«»“”"—–]/gu;

function clauseStart(text: string, sentenceStart: number, figureStart: number): number {
  let start = sentenceStart;
  for (const m of text.slice(sentenceStart, figureStart).matchAll(CLAUSE_BREAK))
    start = sentenceStart + m.index + 1;
  return start;
}

/** The reason a figure is an unnamed set's per-member figure, or null. */
export function unnamedEach(r: DocumentReading, s: SentenceReading, q: QuantityMention): string | null {
  const { text } = r;
  const after = text.slice(q.span.end, Math.min(s.sentence.end, q.span.end + 60));
  const start = clauseStart(text, s.sentence.start, q.span.start);
  const before = text.slice(start, q.span.start);
  const setEnd = subjectSetEnd(before);
  if (setEnd < 0) return null;
  const between = before.slice(setEnd);
  if (!EACH_AFTER.test(after) && !EACH_BEFORE.test(between)) return null;
  const named = s.parties.some((p) => p.kind !== "person" && p.start >= start && p.start < q.span.start);
  return named ? null : "a figure each member of an unnamed set has, no company's claim";
}
