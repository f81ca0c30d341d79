import type { Language } from "../core/index.js";

/** A sentence of the analysed text with its offsets (UTF-16, end exclusive). */
export interface Sentence {
  start: number;
  end: number;
  text: string;
  /** Index of the line (paragraph) it belongs to, counting non-empty lines from 0. */
  paragraph: number;
  /** The first non-empty line of the document: the headline, kept as its own sentence. */
  headline: boolean;
  /** A line with no final punctuation (a headline, subheading or list item). */
  heading: boolean;
}

/**
 * What ends a line that is no heading (trailing spaces aside). Looked up on the line's last character
 * rather than searched for with `…\s*$`, which tries every punctuation mark of a long paragraph.
 */
const FINAL_PUNCTUATION = '.!?…:;»"”)';

const segmenters = new Map<Language, Intl.Segmenter>();

function segmenterFor(language: Language): Intl.Segmenter {
  let segmenter = segmenters.get(language);
  if (!segmenter) {
    segmenter = new Intl.Segmenter(language, { granularity: "sentence" });
    segmenters.set(language, segmenter);
  }
  return segmenter;
}

/**
 * Splits text into sentences: each line is split on its own (so a line without final punctuation
 * is a sentence), and the first non-empty line is the headline.
 */
export function splitSentences(text: string, language: Language): Sentence[] {
  const sentences: Sentence[] = [];
  const segmenter = segmenterFor(language);
  let paragraph = -1;
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf("\n", lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd);
    if (line.trim() !== "") {
      paragraph++;
      const heading = !FINAL_PUNCTUATION.includes(line.trimEnd().at(-1) ?? "");
      const segments = joinAbbreviations(
        line,
        joinListNumber([...segmenter.segment(line)].filter((s) => s.segment.trim() !== "")),
      );
      // The first line is the headline only when it is one sentence; a first paragraph is body text.
      const headline = paragraph === 0 && (heading || segments.length === 1);
      for (const segment of segments) {
        const raw = segment.segment;
        const lead = raw.length - raw.trimStart().length;
        const trimmed = raw.trim();
        const start = lineStart + segment.index + lead;
        sentences.push({
          start,
          end: start + trimmed.length,
          text: trimmed,
          paragraph,
          headline,
          heading,
        });
      }
    }
    lineStart = lineEnd + 1;
  }
  return sentences;
}

/** "1. Quorvia: $2 billion": the number of a numbered item opens the item's sentence, not one of its own. */
function joinListNumber(segments: Intl.SegmentData[]): { segment: string; index: number }[] {
  const [first, second, ...rest] = segments;
  if (!first || !second || !/^\s*\d{1,2}[.)]\s*$/u.test(first.segment)) return segments;
  return [{ segment: first.segment + second.segment, index: first.index }, ...rest];
}

/** "vs.", "approx.", "cf.", « env. »: an abbreviation's period, which ends no sentence. */
const ABBREVIATION_END = /(?<![\p{L}])(?:vs|approx|cf|env)\.\s*$/iu;

/** "Revenue: $180 billion vs. $178 billion estimated": a segment cut after an abbreviation goes on in the next. */
function joinAbbreviations(
  line: string,
  segments: { segment: string; index: number }[],
): { segment: string; index: number }[] {
  const joined: { segment: string; index: number }[] = [];
  for (const segment of segments) {
    const last = joined.at(-1);
    if (last && ABBREVIATION_END.test(last.segment))
      joined[joined.length - 1] = {
        segment: line.slice(last.index, segment.index + segment.segment.length),
        index: last.index,
      };
    else joined.push(segment);
  }
  return joined;
}
