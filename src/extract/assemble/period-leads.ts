import { optionalHedge } from "../lexicon.js";
import type { QuantityMention } from "../numbers/types.js";
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

/** What leads to the start of a change: "from", « de », « passant de », with a hedge. */
const CHANGE_FROM = new RegExp(
  String.raw`(?:\bfrom|(?<!\p{L})(?:de|d['’]))\s*${optionalHedge(["approx", "at_least", "up_to"])}(?:US)?[$€£]?$`,
  "iu",
);

/** What may stand between a figure and the date right after it: "$3 billion last year", « 3 milliards en 2024 ». */
const DATE_RIGHT_AFTER = /^\s*,?\s*(?:(?:in|during|en|au|à|sur)\s+)?(?:the\s+|le\s+|la\s+|l['’])?$/iu;

/** What leads from the dated start of a change to where it ends: "last year to $12 billion", « l'an dernier à 12 ». */
const CHANGE_TO = new RegExp(
  String.raw`^\s*,?\s*(?:to|à)\s+${optionalHedge(["approx", "at_least"])}(?:US)?[$€£]?$`,
  "iu",
);

/**
 * "from $3 billion last year to $12 billion", « de 3 milliards l'an dernier à 12 milliards »: the date
 * right after a change's start is the start's, never the date of the figure the change reaches.
 */
export function datesChangeStart(
  text: string,
  q: QuantityMention,
  t: TimeMention,
  sentenceQs: QuantityMention[],
): boolean {
  if (t.end > q.span.start || !CHANGE_TO.test(text.slice(t.end, q.span.start))) return false;
  return sentenceQs.some(
    (o) =>
      o !== q &&
      o.span.end <= t.start &&
      t.start - o.span.end <= 12 &&
      DATE_RIGHT_AFTER.test(text.slice(o.span.end, t.start)) &&
      CHANGE_FROM.test(text.slice(Math.max(0, o.span.start - 30), o.span.start)),
  );
}
