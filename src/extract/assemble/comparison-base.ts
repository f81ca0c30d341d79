import type { QuantityMention } from "../numbers/types.js";
import type { TimeMention } from "../periods.js";
import { testInSentence } from "./text.js";
import type { SentenceReading } from "./types.js";

/**
 * What sets a figure up as the base of a comparison: "compared to $188.7 million", "up from a loss of
 * $129 million", "contre 3 milliards".
 */
const COMPARED_FIGURE_LEAD =
  /(?:\b(?:(?:up|down|rising|falling)\s+from|than|versus|vs\.?|compared\s+(?:with|to)|against)|(?<!\p{L})(?:contre|par\s+rapport\s+à|comparé(?:e|s|es)?\s+à))\s+(?:[\p{L}'’-]+\s+){0,4}[$€£]?\s*$/iu;

/** What may stand between a figure and the date it is of: "$188.7 million in the same period last year". */
const BASE_DATE_GAP =
  /^\s*,?\s*(?:(?:in|during|for|over|en|sur|au|à|lors\s+d[ue])\s+)?(?:(?:the|le|la|l['’])\s*)?(?:same\s+(?:quarter|period|month|half)\s+(?:of\s+)?|(?:même\s+(?:période|trimestre|semestre|mois)|période\s+correspondante)\s+(?:de\s+)?(?:l['’]\s*)?)?$/iu;

/** "the same quarter", "la même période": words between a comparison's preposition and the date it compares with. */
export const SAME_SPAN_BEFORE_DATE =
  /(?:(?:the\s+)?same\s+(?:quarter|period|month|half)\s+(?:of\s+)?|(?:la\s+|le\s+)?(?:même\s+(?:période|trimestre|semestre|mois)|période\s+correspondante)\s+(?:de\s+)?(?:l['’]\s*)?)$/iu;

/**
 * The figure a date belongs to when that figure is the base of a comparison ("net loss of $314 million,
 * compared to a loss of $129 million in the same period last year"): the date is that figure's, so it
 * dates no other figure of the sentence.
 */
export function comparedFigureOwning(
  text: string,
  s: SentenceReading,
  t: TimeMention,
): QuantityMention | undefined {
  const sentenceStart = s.sentence.start;
  return s.sentenceQs.find(
    (o) =>
      o.span.end <= t.start &&
      t.start - o.span.end <= 40 &&
      testInSentence(
        COMPARED_FIGURE_LEAD,
        s,
        text,
        Math.max(sentenceStart, o.span.start - 50),
        o.span.start,
      ) &&
      BASE_DATE_GAP.test(text.slice(o.span.end, t.start)),
  );
}

/** A determiner right before a figure, which makes it a noun of its own: "its $72 billion", "the $25 billion". */
const DETERMINER_BEFORE = /(?:\b(?:its|their|his|her|our|the|this|that|last\s+year['’]s))\s+(?:[$€£]\s?)?$/iu;

/** "from" between a figure and its date ("its $72 billion from last year"), however the date mention starts. */
const FROM_GAP = /^\s*(?:from\s+)?$/iu;

/**
 * "almost twice its $18.4 billion from last year", "above the $25 billion from 2024": a figure named with
 * a determiner and followed by "from" and a date is the figure of that date, the base another figure is
 * set against, not a change measured from it (as in "rose 20% from last year").
 */
export function figureFromDate(text: string, q: QuantityMention, t: TimeMention): boolean {
  if (t.start < q.span.end) return false;
  const gap = text.slice(q.span.end, t.start);
  const from =
    /\bfrom\s*$/iu.test(gap) || (/^\s*$/u.test(gap) && /^from\s/iu.test(text.slice(t.start, t.end)));
  return (
    from &&
    FROM_GAP.test(gap) &&
    DETERMINER_BEFORE.test(text.slice(Math.max(0, q.span.start - 20), q.span.start))
  );
}
