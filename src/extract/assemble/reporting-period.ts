import type { Metric, Span } from "../../core/index.js";
import type { QuantityMention } from "../numbers/types.js";

/**
 * A reporting period right after an amount: "62 milliards de dollars sur le trimestre", "plus de 168
 * milliards sur l'exercice", "$30 billion in the third quarter", "for the fiscal year".
 */
const REPORTING_PERIOD_AFTER =
  /^\s*(?:(?:de\s+dollars|d['’]euros|of\s+dollars)\s+)?(?:sur\s+(?:le\s+(?:trimestre|semestre)|l['’]exercice|l['’]ensemble\s+de\s+l['’]exercice)|au\s+(?:(?:premier|deuxième|second|troisième|quatrième)\s+)?trimestre|(?:in|for|over)\s+the\s+(?:(?:first|second|third|fourth|latest|last|fiscal)\s+)?(?:quarter|half|fiscal\s+year))(?!\p{L})/iu;

/** A spending verb just before the amount ("spent a record $35 billion"): money paid out, not earned. */
const SPENT_BEFORE =
  /(?<!\p{L})(?:spent|spends?|spending|dépens\p{L}*|invest\p{L}*|paid|pays|payé\p{L}*|versé\p{L}*)\s+(?:[\p{L}'’]+\s+){0,3}(?:US)?[$€£]?\s*$/iu;

/** A level at a date, never a flow over a period: a market value or a private valuation. */
const LEVEL_METRICS: ReadonlySet<Metric> = new Set<Metric>(["market_cap", "valuation"]);

/**
 * The noun of a level itself: "valuation", « l'évaluation de l'entreprise », « la valorisation », "market
 * capitalisation". A quarter after its figure dates the level ("une valorisation de 51 milliards au
 * premier trimestre 2025"); only a verb of worth ("pèse", "is worth") may weigh a business over a period.
 */
const LEVEL_NOUN =
  /^(?:valuations?|valorisations?|évaluations?|market\s+(?:cap|capitali[sz]ation|value)|capitalisation(?:\s+boursière)?|valeur\s+boursière|post-money|pre-money)$/iu;

/**
 * "Data Center : 62 milliards de dollars sur le trimestre", "elle pèse 62 milliards sur le trimestre":
 * money counted over a reporting period is a flow; when the only word for it is a generic one (a
 * segment named "Cloud" or "Data Center", a deal) or a level (market value), it is the period's revenue.
 */
export function isRevenueOverReportingPeriod(
  text: string,
  q: QuantityMention,
  chosen: { metric: Metric; weak: boolean; at: Span },
): boolean {
  if (!chosen.weak && !LEVEL_METRICS.has(chosen.metric)) return false;
  if (!chosen.weak && LEVEL_NOUN.test(text.slice(chosen.at.start, chosen.at.end))) return false;
  if (SPENT_BEFORE.test(text.slice(Math.max(0, q.span.start - 60), q.span.start))) return false;
  return REPORTING_PERIOD_AFTER.test(text.slice(q.span.end, q.span.end + 60));
}
