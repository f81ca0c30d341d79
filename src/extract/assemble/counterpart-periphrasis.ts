/**
 * A company described by another it is set against or likened to: "the French rival of OpenAI",
 * "the European answer to ChatGPT", "the OpenAI rival", « le concurrent lyonnais d'OpenAI », « le
 * pendant hexagonal de ChatGPT », « l'équivalent européen de Nvidia ». The company named is only the
 * yardstick; the phrase stands for another company, the one the text is about. The name is dropped
 * from the sentence's parties, and the phrase, when it opens a noun phrase of its own (no name apposed
 * before or after it), stands for the sentence's topic, else the article's subject, whichever is not
 * the yardstick.
 */
import { COUNTERPART_NOUNS, COUNTERPART_NOUNS_OF, COUNTERPART_NOUNS_TO } from "../lexicon.js";
import type { Party } from "./types.js";

interface Span {
  start: number;
  end: number;
}

/**
 * A determiner, up to two adjectives ("French", « grand »), the noun, up to two adjectives
 * (« lyonnais », « hexagonal »), then "of", « de » or, for an answer, "to", « à ».
 */
const NOUN_THEN_NAME = new RegExp(
  String.raw`(?<!\p{L})(?:the|a|an|its|this|le|la|l['’]|un|une|son|sa|ce|cet|cette)\s*(?:[\p{L}-]+\s+){0,2}?(?:(?:${COUNTERPART_NOUNS_OF})(?:\s+[\p{Ll}-]+){0,2}?\s+(?:of|de\s+l['’]|de|d['’]|du)|(?:${COUNTERPART_NOUNS_TO})(?:\s+[\p{Ll}-]+){0,2}?\s+(?:to|à|au))\s*$`,
  "iu",
);

/** "the OpenAI rival", "an Nvidia challenger": the name as the modifier of the noun (English). */
const NAME_THEN_NOUN = new RegExp(String.raw`^(['’]s)?\s+(?:${COUNTERPART_NOUNS})(?!\p{L})`, "iu");
const DETERMINER_BEFORE = /(?<!\p{L})(?:the|a|an|its|this)\s+(?:[\p{Ll}-]+\s+){0,2}$/iu;

/** Between a name and the phrase apposed to it: "Velorine, the French rival of OpenAI, …". */
const APPOSITION_GAP = /^\s*,\s*$/u;
/** A name right after the phrase: "the OpenAI rival Anthropic", « le rival d'OpenAI, Anthropic ». */
const NAMED_AFTER = /^\s*,?\s*["“«]?\s*\p{Lu}/u;

/** The phrase naming `yardstick` as the company another is set against, with where it starts and ends. */
function counterpartPhrase(
  text: string,
  yardstick: Span,
  floor: number,
): { start: number; end: number } | null {
  const before = text.slice(Math.max(floor, yardstick.start - 60), yardstick.start);
  const lead = NOUN_THEN_NAME.exec(before);
  if (lead) return { start: yardstick.start - before.length + lead.index, end: yardstick.end };
  const after = NAME_THEN_NOUN.exec(text.slice(yardstick.end, yardstick.end + 30));
  if (!after) return null;
  // "OpenAI's rival" needs no determiner; "the OpenAI rival" does ("OpenAI rival Anthropic" is apposed).
  const determiner = DETERMINER_BEFORE.exec(before);
  if (determiner)
    return {
      start: yardstick.start - before.length + determiner.index,
      end: yardstick.end + after[0].length,
    };
  return after[1] ? { start: yardstick.start, end: yardstick.end + after[0].length } : null;
}

/** Whether a name is only the yardstick of a counterpart phrase ("the French rival of OpenAI"). */
export function isYardstick(text: string, name: Span, floor: number): boolean {
  return counterpartPhrase(text, name, floor) !== null;
}

/**
 * The sentence's parties with each yardstick company dropped, and the phrase standing for `topic`
 * (else `subject`) where it is a noun phrase of its own.
 */
export function withCounterparts(
  parties: Party[],
  text: string,
  sentenceStart: number,
  topic: string | null,
  subject: string | null,
): Party[] {
  const out = [...parties];
  for (const yardstick of parties) {
    if (yardstick.via !== "name" || (yardstick.kind !== "company" && yardstick.kind !== "product")) continue;
    const phrase = counterpartPhrase(text, yardstick, sentenceStart);
    if (!phrase) continue;
    out.splice(out.indexOf(yardstick), 1);
    const apposed =
      out.some((p) => p.end <= phrase.start && APPOSITION_GAP.test(text.slice(p.end, phrase.start))) ||
      NAMED_AFTER.test(text.slice(phrase.end, phrase.end + 4));
    const meant = [topic, subject].find((c) => c !== null && c !== yardstick.canonical) ?? null;
    if (apposed || !meant || out.some((p) => p.start < phrase.end && phrase.start < p.end)) continue;
    const surface = text.slice(phrase.start, phrase.end);
    out.push({ ...phrase, canonical: meant, kind: "company", surface, via: "anaphora" });
  }
  return out.sort((a, b) => a.start - b.start);
}
