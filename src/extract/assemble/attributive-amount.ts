import type { QuantityMention } from "../numbers/types.js";
import type { Keyword } from "./types.js";

/** "($52 billion)", "(€4.6bn)", "(soit 5 milliards de dollars)": the amount restated in brackets. */
const RESTATED_IN_BRACKETS =
  /\(\s*(?:about|around|roughly|approximately|some|soit|environ|près\s+de|~)?\s*(?:US|HK|C|A)?[$€£¥]?\s?\d[\d.,\s]*(?:trillion|billion|million|bn|mn|m|milliards?|millions?|mds?|md)?\.?\s*(?:(?:de\s+|d['’]\s*)?(?:dollars|euros|yuans?|livres)|[A-Z]{3})?\s*\)/iu;

/** "three-year", "five-year", "10-year", "multi-year", "18-month": a span of time sizing the noun after it. */
const DURATION_MODIFIER = /(?:\p{L}+|\d+)-(?:years?|months?|quarters?)|multi-?years?|multiyear/iu;

/**
 * What may stand between an amount and the noun it sizes in English, where the amount goes before the
 * noun: "a RMB 380 billion ($52 billion) three-year investment plan", "a $10 billion multi-year
 * capex programme". Only a bracketed restatement and a duration, nothing else.
 */
const ATTRIBUTIVE_GAP = new RegExp(
  String.raw`^\s*(?:${RESTATED_IN_BRACKETS.source}\s*)?(?:(?:${DURATION_MODIFIER.source})\s+)?$`,
  "iu",
);

/**
 * The metric word is the noun the amount sizes as its modifier, past a bracketed restatement or a
 * duration: it measures the amount as if right beside it, over any metric word elsewhere in the sentence.
 */
export function sizesNounAfter(keyword: Keyword, q: QuantityMention, text: string): boolean {
  if (keyword.start < q.span.end) return false;
  const gap = text.slice(q.span.end, keyword.start);
  return /[()\p{L}]/u.test(gap) && ATTRIBUTIVE_GAP.test(gap);
}
