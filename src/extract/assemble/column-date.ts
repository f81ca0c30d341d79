import { findTimeMentions, type TimeMention } from "../periods.js";
import { tablePlaceAt } from "../tables.js";
import { documentFiscalYearEnd } from "./fiscal-calendar.js";
import type { DocumentReading } from "./types.js";

/**
 * The date a table's column header gives the figures of its cells ("| Company | 2025 plan |", "| Société |
 * CA T3 |", "| Metric | FY2024 |"), for a figure whose row gives none; undefined outside a table or under
 * a header with no date.
 */
export function columnHeaderDate(r: DocumentReading, figureStart: number): TimeMention | undefined {
  if (r.tables.length === 0) return undefined;
  const header = tablePlaceAt(r.tables, figureStart)?.header;
  if (!header) return undefined;
  const words = r.text.slice(header.start, header.end);
  return findTimeMentions(words, r.input.published, header.start, documentFiscalYearEnd(r)).find(
    (t) => !t.unresolved && !t.counted,
  );
}
