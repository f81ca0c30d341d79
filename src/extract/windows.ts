/**
 * A cap on what one sentence may cost. Reading a figure weighs it against the words, names and
 * other figures of its sentence, so a sentence that never ends (a scraped table, a run of figures
 * with no full stop) would cost the square of its length. Such a sentence is read in parts of
 * bounded size, cut at a clause edge, never inside a figure, and the document says so.
 */
import type { Span } from "../core/index.js";
import type { Sentence } from "./sentences.js";

/** Longer than any sentence of a real report (the annotated sets' longest is under 500). */
export const MAX_SENTENCE_CHARACTERS = 1200;
/** More figures than any real sentence holds. */
export const MAX_SENTENCE_FIGURES = 40;

/** Where a part may end: after a clause's punctuation, else after a space. */
const CLAUSE_EDGE = /[,;:)]\s+|\s[-–—]\s+/gu;

export interface BoundedSentences {
  sentences: Sentence[];
  /** The sentences that were cut, with the number of parts each became. */
  cut: { sentence: Sentence; parts: number }[];
}

/** `figures` are the document's quantity spans, sorted by start. */
export function boundSentences(
  sentences: Sentence[],
  text: string,
  figures: readonly Span[],
): BoundedSentences {
  const out: Sentence[] = [];
  const cut: BoundedSentences["cut"] = [];
  let first = 0;
  for (const sentence of sentences) {
    while (first < figures.length && figures[first]!.start < sentence.start) first++;
    let last = first;
    while (last < figures.length && figures[last]!.start < sentence.end) last++;
    if (sentence.end - sentence.start <= MAX_SENTENCE_CHARACTERS && last - first <= MAX_SENTENCE_FIGURES) {
      out.push(sentence);
      continue;
    }
    const parts = partsOf(sentence, text, figures.slice(first, last));
    out.push(...parts);
    cut.push({ sentence, parts: parts.length });
  }
  return { sentences: out, cut };
}

function partsOf(sentence: Sentence, text: string, figures: readonly Span[]): Sentence[] {
  const parts: Sentence[] = [];
  let start = sentence.start;
  let next = 0;
  while (start < sentence.end) {
    while (next < figures.length && figures[next]!.start < start) next++;
    let limit = Math.min(sentence.end, start + MAX_SENTENCE_CHARACTERS);
    const overflow = figures[next + MAX_SENTENCE_FIGURES];
    if (overflow && overflow.start < limit) limit = overflow.start;
    let end = limit >= sentence.end ? sentence.end : edgeBefore(text, start, limit);
    end = outsideFigures(end, start, figures, next);
    if (end <= start) end = Math.max(limit, start + 1);
    parts.push(part(sentence, text, start, end));
    start = end;
    while (start < sentence.end && /\s/u.test(text[start]!)) start++;
  }
  return parts.filter((p) => p.end > p.start);
}

/** The last clause edge in the second half of [start, limit), else the last space, else the limit. */
function edgeBefore(text: string, start: number, limit: number): number {
  const floor = start + Math.floor((limit - start) / 2);
  const window = text.slice(floor, limit);
  let at = -1;
  for (const m of window.matchAll(CLAUSE_EDGE)) at = floor + m.index + m[0].length;
  if (at > floor) return at;
  const space = window.search(/\s\S*$/u);
  return space > 0 ? floor + space + 1 : limit;
}

/** `end` moved out of any figure it falls inside: before it, or after it when the figure starts the part. */
function outsideFigures(end: number, start: number, figures: readonly Span[], from: number): number {
  for (let i = from; i < figures.length; i++) {
    const f = figures[i]!;
    if (f.start >= end) break;
    if (f.end > end) return f.start > start ? f.start : f.end;
  }
  return end;
}

function part(sentence: Sentence, text: string, start: number, end: number): Sentence {
  let trimmedEnd = end;
  while (trimmedEnd > start && /\s/u.test(text[trimmedEnd - 1]!)) trimmedEnd--;
  return { ...sentence, start, end: trimmedEnd, text: text.slice(start, trimmedEnd) };
}
