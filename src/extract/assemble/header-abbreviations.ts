import type { Metric, Span } from "../../core/index.js";
import { HEADER_ABBREVIATIONS } from "../lexicon.js";
import { unitClass } from "./text.js";

/** A short form in a column's header names that column alone: it outweighs a word of the table's introduction. */
const HEADER_BONUS = 60;

/**
 * The measure a table's column header names by a short form ("| Company | Latest val. | ARR |",
 * « | Société | Valo. | CA 2024 | »), for an amount of money under it; null when the header has none.
 */
export function abbreviatedHeaderMetric(
  header: Span,
  unit: string,
  text: string,
): { metric: Metric; at: Span; bonus: number } | null {
  if (unitClass(unit) !== "currency") return null;
  const words = text.slice(header.start, header.end);
  for (const { metric, pattern } of HEADER_ABBREVIATIONS) {
    const m = pattern.exec(words);
    if (m)
      return {
        metric,
        at: { start: header.start + m.index, end: header.start + m.index + m[0].length },
        bonus: HEADER_BONUS,
      };
  }
  return null;
}
