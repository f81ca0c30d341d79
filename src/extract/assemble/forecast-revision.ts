/**
 * The size of a forecast's revision: how much a guidance or projection moved from an earlier one
 * ("a drop of 25% against the earlier expectation", "an $80 billion increase over prior projections",
 * "raised its revenue guidance by $58 million", « une hausse de 10 % par rapport aux prévisions
 * précédentes »). The gap between two forecasts is no value of the measure (CLAIMS.md §8); the new
 * forecast itself ("lowered its guidance to $12 billion from the previous forecast") stays a claim.
 */
import { CHANGE_NOUN, EARLIER_FORECAST, FORECAST_NOUN, optionalHedge } from "../lexicon.js";
import type { NotAClaimRule } from "./not-a-claim.js";

/** From the figure to the earlier forecast it is measured against. */
const MEASURED_FROM = String.raw`\s+(?:from|over|on|versus|vs\.?|compared\s+(?:with|to)|relative\s+to|par\s+rapport\s+(?:aux?|à)|compar\p{L}*\s+(?:aux?|à)|sur)\s+(?:(?:the|its|their|les?|la|l['’]|ses|sa|son|leurs?)\s*)?${EARLIER_FORECAST}`;

const reason = "the size of a forecast's revision, not a value of its own";

export const FORECAST_REVISION_RULES: readonly NotAClaimRule[] = [
  {
    // "(a $45 billion rise on earlier projections)"
    reason,
    units: () => true,
    after: new RegExp(String.raw`^\s*${CHANGE_NOUN}${MEASURED_FROM}`, "iu"),
  },
  {
    // "a steep fall of 30% against the earlier expectation", « une hausse de 10 % par rapport aux prévisions précédentes »
    reason,
    units: () => true,
    before: new RegExp(
      String.raw`(?<!\p{L})${CHANGE_NOUN}\s+(?:(?:of|de)\s+|d['’]\s*)${optionalHedge(["approx", "at_least"])}$`,
      "iu",
    ),
    after: new RegExp(`^${MEASURED_FROM}`, "iu"),
  },
  {
    // "lifted its full-year sales guidance by $30 million", "cut its outlook for capex by 10%"
    reason,
    units: () => true,
    before: new RegExp(
      String.raw`(?<!\p{L})(?:rais|lift|increas|boost|hik|lower|cut|reduc|trimm?|slash)\p{L}*\s+(?:(?:its|their|the)\s+)?(?:[\p{L}\d-]+\s+){0,3}?${FORECAST_NOUN}(?:\s+(?:for|on)\s+(?:[\p{L}\d-]+\s+){0,2}?[\p{L}\d-]+)?\s+by\s+${optionalHedge(["approx", "at_least"])}$`,
      "iu",
    ),
  },
  {
    // « a relevé de 58 millions de dollars sa prévision de chiffre d'affaires »
    reason,
    units: () => true,
    before: new RegExp(
      String.raw`(?<!\p{L})(?:relev|rehauss|abaiss|rabot|révis|réduit)\p{L}*(?:\s+(?:à\s+la\s+(?:hausse|baisse)))?\s+(?:(?:de|d['’])\s*)${optionalHedge(["approx", "at_least"])}$`,
      "iu",
    ),
    after: new RegExp(
      String.raw`^\s*(?:(?:de\s+dollars|d['’]euros|dollars|euros)\s+)?(?:sa|ses|son|leurs?|la|les|l['’])\s*${FORECAST_NOUN}`,
      "iu",
    ),
  },
];
