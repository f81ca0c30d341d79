import { fiscalYearEndOf } from "../fiscal.js";
import type { DocumentReading } from "./types.js";

/**
 * The month the document's fiscal year ends in: as the text states it, else the known calendar of
 * the company the article is about ("this fiscal year" in a story on Oracle ends in May).
 */
export function documentFiscalYearEnd(r: DocumentReading): number | null {
  const stated = fiscalYearEndOf(r.text);
  if (stated !== null) return stated;
  return r.subject === null ? null : (r.gazetteer.fiscalYearEnds.get(r.subject) ?? null);
}
