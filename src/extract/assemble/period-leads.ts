import type { TimeMention } from "../periods.js";
import { testInSentence } from "./text.js";
import type { SentenceReading } from "./types.js";

/** "since its founding in", "depuis sa création en", "depuis": what opens the start of a change. */
const SINCE_LEAD =
  /(?:\bsince|(?<!\p{L})depuis)\s+(?:(?:its|their|the|his|her|sa|son|ses|leur|la|le|l['’])\s*)?(?:\p{L}+\s+){0,2}$/iu;

/**
 * A date after "since" / "depuis" is where a change started, not the date of a level reached since:
 * "since its founding in July 2023, the firm has grown to a $50 billion valuation" is a value of now.
 */
export function startsChange(text: string, s: SentenceReading, t: TimeMention): boolean {
  return testInSentence(SINCE_LEAD, s, text, Math.max(s.sentence.start, t.start - 40), t.start);
}

/**
 * "fondée en 2023", "créée seulement en 2024", "founded by Elon Musk in July 2023", "established in 2018":
 * the verb of a company's birth, its founders (named or described: "par d'anciens chercheurs",
 * "by former researchers"), then the date.
 */
export const FOUNDING_LEAD =
  /(?:\b(?:founded|established|incorporated|formed)|(?<!\p{L})(?:fondée?s?|créée?s?|née?s?|constituée?s?))\s+(?:(?:by|par)\s+(?:\p{L}[\p{L}'’-]*\s+){1,3})?(?:(?:only|just|back|seulement|juste|dès)\s+)?(?:(?:in|en)\s+)?(?:\p{L}+\s+)?$/iu;

/** A company's founding date dates the company, never a figure of the sentence. */
export function datesFounding(text: string, s: SentenceReading, t: TimeMention): boolean {
  return testInSentence(FOUNDING_LEAD, s, text, Math.max(s.sentence.start, t.start - 60), t.start);
}
