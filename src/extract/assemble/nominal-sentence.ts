/**
 * « … pour implanter un centre de données de 1,4 GW. Un investissement de 8,5 milliards d'euros. »,
 * "… to build a 2 GW campus in Texas. A $12 billion project.": a sentence with no verb and no name,
 * only a noun phrase sizing something, goes on about the previous sentence's figure, and its owner
 * owns this one too.
 */
import type { FigureReading, SentenceReading } from "./types.js";

/** From the sentence's start to the figure: an indefinite noun phrase, « Un investissement de », "A". */
const NOMINAL_OPENING =
  /^\s*(?:un|une|a|an|soit|some|about|environ)\s+(?:[\p{Ll}-]+\s+){0,3}(?:(?:de|d['’]|of)\s*)?$/iu;
/** From the figure to the sentence's end: a currency or a noun, no verb, no other clause. */
const NOMINAL_CLOSING = /^\s*(?:(?:d['’]|de\s+)?(?:euros|dollars)\s*)?(?:[\p{Ll}-]+\s*){0,3}[.!]?\s*$/iu;

/** The owner of the previous sentence's figure, when this sentence only sizes it with a noun phrase. */
export function nominalSentenceOwner(text: string, s: SentenceReading, f: FigureReading): string | null {
  const previous = s.previousSentenceClaim;
  if (!previous?.entity || s.parties.length > 0 || s.sentenceQs.length !== 1) return null;
  const { start, end } = f.q.span;
  if (!NOMINAL_OPENING.test(text.slice(s.sentence.start, start))) return null;
  return NOMINAL_CLOSING.test(text.slice(end, s.sentence.end)) ? previous.entity : null;
}
