/**
 * An operating loss (CLAIMS.md §2: `net_loss` is the net loss; an operating result, profit or loss,
 * is no metric of the vocabulary): "an operating loss of 3.4 trillion won", « 1,3 milliard d'euros de
 * pertes d'exploitation », « la perte opérationnelle s'est creusée à 900 millions ». The net loss
 * given beside it stays a claim.
 */
import { isCurrencyCode } from "../../core/index.js";
import type { NotAClaimRule } from "./not-a-claim.js";

/** The noun of an operating loss, in English or French. */
const OPERATING_LOSS = String.raw`(?<!\p{L})(?:operating\s+loss(?:es)?|loss(?:es)?\s+from\s+operations|pertes?\s+(?:d['’]\s*exploitations?|opérationnelles?))(?!\p{L})`;

/**
 * The words between the noun and its amount: no digit, no clause that opens another figure ("and",
 * « et », "while"), no net result of its own ("net loss", « pertes nettes »).
 */
const TO_ITS_AMOUNT = String.raw`(?:(?!(?<!\p{L})(?:and|et|while|whereas|but|mais|tandis|alors|net|nettes?)(?!\p{L}))[^.;:,\d]){0,50}`;

export const OPERATING_LOSS_RULES: readonly NotAClaimRule[] = [
  {
    // "posted an operating loss of $900 million", « sa perte d'exploitation atteint 1,3 milliard »
    reason: "an operating loss, which no metric of the vocabulary records",
    units: isCurrencyCode,
    before: new RegExp(`${OPERATING_LOSS}${TO_ITS_AMOUNT}$`, "iu"),
  },
  {
    // « 1,27 milliard d'euros de pertes d'exploitation », "$900 million in operating losses"
    reason: "an operating loss, which no metric of the vocabulary records",
    units: isCurrencyCode,
    after: new RegExp(String.raw`^\s*(?:(?:of|in|de|d['’])\s*)?${OPERATING_LOSS}`, "iu"),
  },
];
