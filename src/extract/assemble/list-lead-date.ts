import { findTimeMentions, type TimeMention } from "../periods.js";
import { documentFiscalYearEnd } from "./fiscal-calendar.js";
import type { DocumentReading, SentenceReading } from "./types.js";

/** A figure in the lead: a lead that states figures of its own dates them, not the items under it. */
const LEAD_FIGURE = /\d\s*(?:%|milliards?|millions?|billions?|bn\b|tn\b|trillions?|md)|[$€£]\s?\d/iu;

/**
 * The date the line that opens a list gives every item under it ("Nebius guidance for 2026:" over
 * "• Capex: about $20 billion", « Les valorisations au 30 juin 2025 : » over « - Mistral AI : … »),
 * for an item whose own words give none: the lead's one date, when the lead states no figure itself;
 * else undefined.
 */
export function listLeadDate(r: DocumentReading, s: SentenceReading): TimeMention | undefined {
  const lead = s.listLead;
  if (!lead || lead.end > s.sentence.start) return undefined;
  const words = r.text.slice(lead.start, lead.end);
  if (LEAD_FIGURE.test(words)) return undefined;
  const dates = findTimeMentions(words, r.input.published, lead.start, documentFiscalYearEnd(r)).filter(
    (t) => !t.unresolved && !t.counted && !t.fromPublication,
  );
  return dates.length === 1 ? dates[0] : undefined;
}
