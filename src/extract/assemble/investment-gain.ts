/**
 * A gain booked on investments (CLAIMS.md §2 records the loss an investor books on a stake,
 * `investment_loss`, but no gain): "an investment gain of ¥700 billion", "$2 billion in gains on
 * its investments", « un gain d'investissement de 2 000 milliards de yens », « 3 milliards d'euros
 * de plus-values ». The amount invested, and the loss, stay claims.
 */
import { isCurrencyCode } from "../../core/index.js";
import type { NotAClaimRule } from "./not-a-claim.js";

/** The noun of a gain on investments, in English or French. */
const INVESTMENT_GAIN = String.raw`(?<!\p{L})(?:(?:investment|valuation|portfolio|disposal|capital)\s+gains?|gains?\s+(?:on|from)\s+(?:(?:its|their|the)\s+)?(?:investments?|holdings?|stakes?|portfolio)|gains?\s+(?:d['’]\s*investissements?|sur\s+(?:ses|leurs|les)\s+(?:investissements|participations))|plus-values?)(?!\p{L})`;

/**
 * The words between the noun and its amount: no digit, no new clause ("and", « et », "while"), no
 * loss named in between.
 */
const TO_ITS_AMOUNT = String.raw`(?:(?!(?<!\p{L})(?:and|et|while|whereas|but|mais|tandis|alors|loss(?:es)?|pertes?)(?!\p{L}))[^.;:,\d]){0,40}`;

export const INVESTMENT_GAIN_RULES: readonly NotAClaimRule[] = [
  {
    // "with an investment gain of ¥310 billion", « dégager un gain d'investissement de 950 milliards »
    reason: "a gain on investments, which no metric of the vocabulary records",
    units: isCurrencyCode,
    before: new RegExp(`${INVESTMENT_GAIN}${TO_ITS_AMOUNT}$`, "iu"),
  },
  {
    // the gain's amount in another currency, in brackets right after it: "of ¥310 billion ($2.1 billion)"
    reason: "a gain on investments, which no metric of the vocabulary records",
    units: isCurrencyCode,
    before: new RegExp(String.raw`${INVESTMENT_GAIN}${TO_ITS_AMOUNT}\d[^();:]{0,30}\(\s*$`, "iu"),
  },
  {
    // "$2 billion in investment gains", « 3 milliards d'euros de plus-values »
    reason: "a gain on investments, which no metric of the vocabulary records",
    units: isCurrencyCode,
    after: new RegExp(String.raw`^\s*(?:(?:of|in|de|d['’])\s*)?${INVESTMENT_GAIN}`, "iu"),
  },
];
