import type { Span } from "../../core/index.js";
import { findTimeMentions, type TimeMention } from "../periods.js";
import { tableAt } from "../tables.js";
import { documentFiscalYearEnd } from "./fiscal-calendar.js";
import type { DocumentReading, SentenceReading } from "./types.js";

/** A figure in the lead: a lead that states figures of its own dates them, not the items under it. */
const LEAD_FIGURE = /\d\s*(?:%|milliards?|millions?|billions?|bn\b|tn\b|trillions?|md)|[$€£]\s?\d/iu;

/** A table's lead that speaks for its rows: one short line, or one ending on a colon. */
const MAX_TABLE_LEAD = 120;

/** The one date a lead gives, when it states no figure of its own; else undefined. */
function oneDateOf(r: DocumentReading, lead: Span): TimeMention | undefined {
  const words = r.text.slice(lead.start, lead.end);
  if (LEAD_FIGURE.test(words)) return undefined;
  const dates = findTimeMentions(words, r.input.published, lead.start, documentFiscalYearEnd(r)).filter(
    (t) => !t.unresolved && !t.counted && !t.fromPublication,
  );
  return dates.length === 1 ? dates[0] : undefined;
}

/** The line that introduces the table holding `at`, when it is short or ends on a colon. */
function tableLead(r: DocumentReading, at: number): Span | null {
  const lead = tableAt(r.tables, at)?.lead;
  if (!lead) return null;
  const words = r.text.slice(lead.start, lead.end);
  if (words.includes("\n") && !/:\s*$/u.test(words)) return null;
  return words.length <= MAX_TABLE_LEAD || /:\s*$/u.test(words) ? lead : null;
}

/**
 * The date the line that opens a list or a table gives every item or row under it ("Nebius guidance
 * for 2026:" over "• Capex: about $20 billion", « Investissements prévus en 2026, en milliards de
 * dollars : » over « Amazon    140 »), for a figure whose own words give none: the lead's one date,
 * when the lead states no figure itself; else undefined.
 */
export function listLeadDate(
  r: DocumentReading,
  s: SentenceReading,
  figureStart: number,
): TimeMention | undefined {
  const lead = s.listLead;
  if (lead && lead.end <= s.sentence.start) return oneDateOf(r, lead);
  const table = r.tables.length > 0 ? tableLead(r, figureStart) : null;
  return table ? oneDateOf(r, table) : undefined;
}
