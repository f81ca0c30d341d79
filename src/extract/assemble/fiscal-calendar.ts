import { fiscalYearEndOf } from "../fiscal.js";
import type { NameMention } from "../gazetteer.js";
import { firstFrom, nameStart } from "./text.js";
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

/**
 * The month the fiscal year ends in for one sentence's dates: as the text states it, else the known
 * calendar of the first company the sentence names ("Amazon reported … in Q2" in a story opened on
 * Microsoft reads Amazon's calendar quarters) or, naming none, of the company the text is about
 * here, else the document's.
 */
export function sentenceFiscalYearEnd(r: DocumentReading, start: number, end: number): number | null {
  const stated = fiscalYearEndOf(r.text);
  if (stated !== null) return stated;
  const company = firstCompanyFrom(r, start, end)?.canonical ?? r.topic;
  if (company) return r.gazetteer.fiscalYearEnds.get(company) ?? null;
  return documentFiscalYearEnd(r);
}

/** The first company named from `start` to `end`, no source nor public body: the names are sorted by start. */
function firstCompanyFrom(r: DocumentReading, start: number, end: number): NameMention | undefined {
  const { names, gazetteer } = r;
  for (let i = firstFrom(names, start, nameStart); i < names.length; i++) {
    const n = names[i]!;
    if (n.start >= end) return undefined;
    if (
      n.kind === "company" &&
      gazetteer.roles.get(n.canonical) !== "source" &&
      !gazetteer.publicBodies.has(n.canonical)
    )
      return n;
  }
  return undefined;
}
