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

/** The noun of an operating result that is a profit, in English or French. */
const OPERATING_PROFIT = String.raw`(?<!\p{L})(?:operating\s+(?:profit|income|earnings)|(?:bénéfices?|résultats?)\s+(?:d['’]\s*exploitation|opérationnels?)|(?:adjusted\s+)?EBITDA|EBIT)(?!\p{L})`;

/**
 * From an operating profit to the loss it is set against: no net result named between, no new
 * sentence; the comparison word, then "a loss of", « une perte de ».
 */
const COMPARED_WITH_A_LOSS = String.raw`(?:(?!(?<!\p{L})(?:net|nets?|nettes?)(?!\p{L}))(?:[^.;:]|(?<=\d)[.](?=\d))){0,120}?(?<!\p{L})(?:compared\s+(?:to|with)|from|versus|vs\.?|contre|par\s+rapport\s+à|après)\s+(?:an?|une)\s+(?:operating\s+)?(?:loss|perte)\s+(?:of|de|d['’])\s*$`;

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
  {
    // The operating result a profit turned around from: "an operating profit of 5 trillion won,
    // rebounding from a loss of 3 trillion won", « un bénéfice d'exploitation de 2 milliards, contre
    // une perte de 1 milliard un an plus tôt ». A net profit set against a loss keeps it (a net loss).
    reason: "an operating loss, which no metric of the vocabulary records",
    units: isCurrencyCode,
    before: new RegExp(`${OPERATING_PROFIT}${COMPARED_WITH_A_LOSS}`, "iu"),
  },
];
