/**
 * An apposition describing a company between its name and its verb: "Amazon, its biggest cloud
 * competitor, spent", "Nscale, un autre néocloud, a levé". Its words say what the company is, never
 * what the clause's figure measures.
 */

import type { Span } from "../../core/index.js";
import type { NameMention } from "../gazetteer.js";

/** A determiner opening a noun phrase in apposition, then words with no figure, up to the closing comma. */
const APPOSITION =
  /^,[ \u00a0]+(?:its|their|the|an?|one[ \u00a0]+of|another|son|sa|ses|leur|leurs|le|la|les|l['’]|une?|l['’]une?[ \u00a0]+des|autre)(?![\p{L}])[^,.;:()\d\n]{1,70},/iu;

/** The spans of the appositions right after the company names `names` gives. */
export function nameAppositions(text: string, names: readonly NameMention[]): Span[] {
  const spans: Span[] = [];
  for (const n of names) {
    if (n.kind !== "company" || text[n.end] !== ",") continue;
    const m = APPOSITION.exec(text.slice(n.end, n.end + 90));
    if (m) spans.push({ start: n.end, end: n.end + m[0].length });
  }
  return spans;
}
