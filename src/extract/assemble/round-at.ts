import type { Metric } from "../../core/index.js";
import { hedgeWords, ROUND_NOUN } from "../lexicon.js";
import type { QuantityMention } from "../numbers/types.js";

/**
 * A round's noun, or the verb of raising, with "at" right before the figure: "its spring raise at $9
 * billion", "the Series C round at $4bn", "a funding round at about $20 billion", "shares sold in the
 * round raised at $12bn", "raised $600 million at $7 billion". The figure is the value the company was raised at, not the money raised
 * ("a round of $500 million", "raised at least $2 billion" are not this).
 */
/** The money raised, written between the verb and "at": "$600 million", "€1.2bn", "about 2 billion dollars". */
const MONEY_RAISED = String.raw`(?:${hedgeWords(["approx", "at_least"], ["en"])}\s+)?(?:US)?[$€£]?\s?\d[\d.,]*\s?(?:billion|million|bn|mn|[bm])?(?:\s+(?:dollars|euros|pounds))?`;

const ROUND_AT = new RegExp(
  String.raw`(?<!\p{L})(?:${ROUND_NOUN}|raised|raising|funding|financing)(?!\p{L})(?:\s+(?:in|of)\s+\p{L}+|\s+${MONEY_RAISED})?\s+at\s+(?:${hedgeWords(["approx", "at_least"], ["en"])}\s+)?(?:US)?[$€£]?\s*$`,
  "iu",
);

/** How far before the figure the round's noun may start. */
const REACH = 60;

/**
 * Whether the figure is the valuation a round was raised at, told by "at" after the round's noun, when
 * no word of its own names another measure than the round (CLAIMS.md §2: valuation).
 */
export function isRoundAtValuation(
  text: string,
  q: QuantityMention,
  chosen: { metric: Metric; weak: boolean } | null,
): boolean {
  if (chosen && chosen.metric !== "funding_round" && !chosen.weak) return false;
  return ROUND_AT.test(text.slice(Math.max(0, q.span.start - REACH), q.span.start));
}
