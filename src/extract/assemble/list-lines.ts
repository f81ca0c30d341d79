/**
 * The shapes of the lines of a list of figures: items written on one line ("2023 : 1,3 Md$ · 2024 :
 * 3,7 Md$", "2023: $20 million; 2024: $60 million"), an item written as a line of its own, a short
 * label then a colon or a spaced dash, then a figure ("Q3: $4.1bn", "2024 – $15.1bn", « Mistral AI —
 * 11,7 milliards d'euros »), and the line that heads such a list right above its first item.
 */

/** What separates a label from its figure: a colon, or a dash between spaces. */
const LABEL_END = String.raw`(?::|\s[–—-](?=\s))`;

/** Items written on one line, each labelled before a colon, between dots, bullets, pipes or semicolons. */
export const INLINE_LIST = /^[^:·•|;\n]{1,30}:[^·•|;\n]+(?:\s?[·•|;]\s[^:·•|;\n]{1,30}:[^·•|;\n]+)+$/u;

/**
 * An item written as a line of its own, a short label before a colon or a spaced dash and a figure
 * after it: "2023 : 1,6 milliard de dollars", "Q3: $4.1bn", "Oracle: about $300 billion", "2024 – $15.1bn".
 */
export const LABELLED_LINE = new RegExp(
  String.raw`^[^:\n]{1,30}?${LABEL_END}[ \t\u00a0]*[^\d\n:]{0,15}\d[^:\n]{0,60}$`,
  "u",
);

/** A list item: a line opened by a bullet or a number ("- juin 2025 : 10 milliards", "2) …"). */
const BULLETED = /^(?:[-•·*–]|\d{1,2}[.)])\s/u;

/** A line that closes no sentence and carries no figure: what may head a list. */
const OPEN_LINE = /[^.!?…:;»"”)\]]\s*$/u;
const LINE_FIGURE = /\d\s*(?:%|milliards?|millions?|billions?|bn\b|tn\b|trillions?)|[$€£]\s?\d/iu;

/** The line of `text` that starts at `start`, without its newline. */
function lineFrom(text: string, start: number): string {
  const end = text.indexOf("\n", start);
  return text.slice(start, end < 0 ? text.length : end);
}

/**
 * Whether the line from `start` to `end` (its newline) heads a list written right under it, with no
 * blank line between: a short line with no final punctuation and no figure, the next line an item
 * ("Chiffre d'affaires de Scaleway" over "2024 : 180 M€").
 */
export function headsListBelow(text: string, start: number, end: number): boolean {
  if (text[end] !== "\n") return false;
  const line = text.slice(start, end);
  if (line.trim() === "" || line.length > 90 || !OPEN_LINE.test(line) || LINE_FIGURE.test(line)) return false;
  if (BULLETED.test(line) || LABELLED_LINE.test(line)) return false;
  const next = lineFrom(text, end + 1).trim();
  return BULLETED.test(next) || LABELLED_LINE.test(next) || INLINE_LIST.test(next);
}
