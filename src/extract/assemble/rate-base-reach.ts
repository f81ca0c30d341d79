import type { QuantityMention } from "../numbers/types.js";
import type { Keyword } from "./types.js";

/**
 * Whether a figure between a rate's base word ("each gigawatt", "per share") and `q` took the rate,
 * with a clause break after it: "each gigawatt costs $45 billion, so the campus is $450 billion" prices
 * the first amount, and the second is a total. Coordinated amounts ("$50 billion in Texas and $35
 * billion in Norway") share the rate, and so does a part of the priced amount.
 */
export function pricedFigureBefore(
  keyword: Keyword,
  q: QuantityMention,
  figures: readonly QuantityMention[],
  text: string,
): boolean {
  let last: QuantityMention | null = null;
  for (const o of figures)
    if (o !== q && o.span.start >= keyword.end && o.span.end <= q.span.start)
      if (!last || o.span.end > last.span.end) last = o;
  if (last === null) return false;
  const gap = text.slice(last.span.end, q.span.start);
  return /[,;:—–]/u.test(gap) && !PART_OF_PRICED.test(gap);
}

/** "…, of which (with) $35 billion going to chips", « …, dont 35 milliards »: a part of the priced amount, priced alike. */
const PART_OF_PRICED = /[,;—–]\s*(?:of\s+which|including|with|dont|y\s+compris|incluant|avec)(?!\p{L})/iu;
