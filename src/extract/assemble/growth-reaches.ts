/**
 * « la branche a progressé de 6 % à 12,5 milliards », "grew 34% to $8 billion": the amount a growth
 * rate leads to, with no metric word of its own, is the level of what grew: sales for a sales growth,
 * capital spending for its growth.
 */
import { isCurrencyCode, type Metric, type Span } from "../../core/index.js";
import { optionalHedge } from "../lexicon.js";
import type { QuantityMention } from "../numbers/types.js";
import type { DocumentReading, SentenceReading } from "./types.js";

/** From a rate to the amount it reaches: "to", "à", "to nearly", « à près de ». */
const RATE_TO_AMOUNT = new RegExp(
  String.raw`^\s*(?:to|à)\s+${optionalHedge(["approx", "at_least"])}(?:US)?[$€£]?\s*$`,
  "iu",
);

/** The level each growth measures. */
const LEVEL_OF: Partial<Record<Metric, Metric>> = { revenue_growth: "revenue", capex_growth: "capex" };

/** The metric of the amount a growth rate right before it reaches, with the rate's metric word; null when none. */
export function amountAGrowthReaches(
  r: DocumentReading,
  s: SentenceReading,
  q: QuantityMention,
  unit: string,
): { metric: Metric; at: Span | null } | null {
  if (!isCurrencyCode(unit)) return null;
  const rate = s.sentenceClaims.findLast((c) => c.q.span.end <= q.span.start);
  const level = rate?.metric ? LEVEL_OF[rate.metric] : undefined;
  if (!rate || !level || rate.unit !== "fraction") return null;
  if (!RATE_TO_AMOUNT.test(r.text.slice(rate.q.span.end, q.span.start))) return null;
  return { metric: level, at: rate.metricAt };
}
