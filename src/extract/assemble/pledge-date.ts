import type { QuantityMention } from "../numbers/types.js";
import { STATED_IN } from "./period.js";
import type { SentenceReading } from "./types.js";

/** What may stand between the date of a statement and the pledge it states: no other clause. */
const NO_CLAUSE_BREAK = /^[^.;:!?,]*$/u;

/**
 * The date a pledge or plan was made public, when its sentence says when before the figure: "Samsung
 * announced in May plans to invest $40 billion", « Orbitek a dévoilé en mars dernier son intention
 * d'investir 8 milliards ». A pledge with no date of its own is sized at that date rather than at
 * publication (CLAIMS.md §5: a level takes the date the text gives). Another figure or clause between
 * the date and the pledge ("…, on top of the $65 billion pledged for three plants") leaves it undated.
 */
export function announcementDate(text: string, s: SentenceReading, q: QuantityMention): string | null {
  const start = s.sentence.start;
  const stated = s.times.find(
    (t) =>
      t.end <= q.span.start &&
      t.asOf !== null &&
      !t.horizon &&
      STATED_IN.test(text.slice(Math.max(start, t.start - 30), t.start + 3)) &&
      NO_CLAUSE_BREAK.test(text.slice(t.end, q.span.start)) &&
      !s.sentenceQs.some((o) => o !== q && o.span.start >= t.end && o.span.end <= q.span.start),
  );
  return stated?.asOf ?? null;
}
