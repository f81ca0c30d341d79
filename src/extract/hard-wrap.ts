/**
 * Hard-wrapped text: a document copied from a PDF, an e-mail or a print layout breaks its lines
 * inside sentences ("totalise 109⏎milliards d'euros"). Such a document is told by its lines that
 * continue a sentence (a line starting with a lowercase word after a line with no final
 * punctuation); in it, every break after a line with no final punctuation is read as a space, so
 * that a figure, its scale and the words that say what it measures stay in one sentence. The text
 * keeps its length, so every offset still points into the original.
 */

/** Lines continuing a sentence needed before a document is read as hard-wrapped. */
const MIN_CONTINUATIONS = 3;

/** A line that ends a sentence or a heading with punctuation. */
const FINAL_PUNCTUATION = /[.!?…:;»"”]\s*$/u;
/** A line opening with a lowercase word ("milliards", "d'investissement"), not a brand ("xAI", "iPhone"). */
const LOWERCASE_START = /^\s*\p{Ll}+(?![\p{L}\d])/u;
/** A line that opens a list item, a table row or a heading of its own. */
const BLOCK_START = /^\s*(?:[-•*|#>]|\d+[.)]\s)/u;

interface Line {
  start: number;
  end: number;
  text: string;
}

function linesOf(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (;;) {
    const end = text.indexOf("\n", start);
    const stop = end < 0 ? text.length : end;
    lines.push({ start, end: stop, text: text.slice(start, stop) });
    if (end < 0) return lines;
    start = end + 1;
  }
}

/** Whether the break between two adjacent lines may fall inside a sentence. */
function openBreak(before: Line, after: Line): boolean {
  return (
    before.text.trim() !== "" &&
    after.text.trim() !== "" &&
    !FINAL_PUNCTUATION.test(before.text) &&
    !BLOCK_START.test(after.text)
  );
}

/**
 * The text with the line breaks inside its sentences read as spaces, when it is hard-wrapped; the
 * text itself otherwise. Same length and offsets.
 */
export function unwrapHardBreaks(text: string): string {
  const lines = linesOf(text);
  let continuations = 0;
  for (let i = 1; i < lines.length; i++)
    if (openBreak(lines[i - 1]!, lines[i]!) && LOWERCASE_START.test(lines[i]!.text)) continuations++;
  if (continuations < MIN_CONTINUATIONS) return text;
  const chars = text.split("");
  for (let i = 1; i < lines.length; i++) {
    if (!openBreak(lines[i - 1]!, lines[i]!)) continue;
    const at = lines[i - 1]!.end;
    chars[at] = " ";
    if (at > 0 && chars[at - 1] === "\r") chars[at - 1] = " ";
  }
  return chars.join("");
}
