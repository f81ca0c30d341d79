/**
 * A figure set in apposition at the end of a clause restates what the clause names: "which signed a
 * contract for the plant's output, about 1.1 gigawatts", « qui loue la capacité du site, soit
 * environ 300 mégawatts ». The comma before it closes no clause of its own.
 */
import { optionalHedge } from "../lexicon.js";

/** The comma and lead of an apposed figure, at the end of the text before it. */
const APPOSITION_LEAD = new RegExp(
  String.raw`,\s*(?:(?:soit|or|i\.e\.|that\s+is|namely|c['’]est-à-dire)\s+)?${optionalHedge(["approx", "at_least", "up_to"])}(?:(?:some|quelque|un\s+total\s+de|a\s+total\s+of)\s+)?$`,
  "iu",
);

/** The text before a figure without the comma and lead that set the figure in apposition. */
export function withoutApposition(before: string): string {
  const lead = APPOSITION_LEAD.exec(before);
  return lead ? before.slice(0, lead.index) : before;
}
