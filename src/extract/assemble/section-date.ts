import { findTimeMentions, type TimeMention } from "../periods.js";
import { documentFiscalYearEnd } from "./fiscal-calendar.js";
import { sectionHeading } from "./metric.js";
import type { DocumentReading } from "./types.js";

/**
 * The date a section's heading gives the figures under it ("## 2024 funding rounds", "Deals of December"),
 * for a figure whose sentence gives none: the heading's one date, when it was over by publication (a
 * heading's plan year, "Outlook for 2026", dates nothing already done); else undefined.
 */
export function sectionHeadingDate(r: DocumentReading, sentenceStart: number): TimeMention | undefined {
  const published = r.input.published;
  if (!published || published.length < 7) return undefined;
  const heading = sectionHeading(r.text, sentenceStart);
  if (!heading) return undefined;
  const words = r.text.slice(heading.start, heading.end);
  const dates = findTimeMentions(words, published, heading.start, documentFiscalYearEnd(r)).filter(
    (t) => !t.unresolved && !t.counted && !t.horizon && !t.fromPublication && t.asOf !== null,
  );
  const date = dates.length === 1 ? dates[0] : undefined;
  const end = date?.flow?.end ?? date?.asOf;
  return date && end && end.slice(0, 7) < published.slice(0, 7) ? date : undefined;
}
