/**
 * Per-share figures that are no claims (CLAIMS.md: `share_price` is a deal term, never a market quote,
 * and earnings, dividends or funds from operations have no metric): an amount per share whose clause
 * names a company's own measure (income, earnings, FFO, dividend, book value, cash flow, guidance)
 * and no deal term (an offer, a purchase, an exercise or conversion price, an IPO or a subscription).
 * "net income of $3.2 billion, or $1.12 a share", "core FFO guidance of $7.05 to $7.15 per share",
 * « un dividende par action de 1,40 euro » are set aside; "a tender offer at $48 per share", "an
 * exercise price of $30 per share", "priced its IPO at $40 a share" stay claims.
 */
import { isCurrencyCode } from "../../core/index.js";
import type { NotAClaimRule } from "./not-a-claim.js";

/** A company's own measure that may be given per share; none is a term of a deal. */
const PER_SHARE_MEASURE = String.raw`(?<!\p{L})(?:earnings|EPS|(?:net\s+|operating\s+)?(?:income|profits?|loss(?:es)?)|(?:core\s+|normali[sz]ed\s+|adjusted\s+)?A?FFO|funds\s+from\s+operations|dividends?|distributions?|(?:tangible\s+)?book\s+value|(?:free\s+|operating\s+)?cash\s+flows?|revenues?|guidance|outlook|forecasts?|net\s+asset\s+value|NAV|bénéfices?|BPA|BNPA|résultats?(?:\s+nets?)?|pertes?|dividendes?|coupons?|flux\s+de\s+trésorerie|chiffre\s+d['’]affaires|prévisions?|actif\s+net\s+réévalué|ANR|valeur\s+comptable)(?!\p{L})`;

/**
 * A word of a priced deal in shares, which makes a per-share amount the deal's price: an offer, a purchase,
 * an exercise or a subscription price (not the deal nouns of lexicon.ts: a per-share price is a share deal's).
 */
const PRICED_SHARE_DEAL = String.raw`(?<!\p{L})(?:offer\p{L}*|tender\p{L}*|bids?|acqui\p{L}*|buy\p{L}*|bought|purchas\p{L}*|pay\p{L}*|paid|exercis\p{L}*|strike|conver\p{L}*|threshold|priced|pricing|IPO|listing|placement|warrants?|options?|subscri\p{L}*|souscri\p{L}*|offre\p{L}*|OPA|OPE|rach\p{L}*|achat|achet\p{L}*|acquér\p{L}*|acquis\p{L}*|pai\p{L}*|pay[eé]\p{L}*|prix\s+d['’]exercice|seuil|introduction|émission|cotation|bons?)(?!\p{L})`;

/** Any character of the clause but one that starts a word of a priced share deal. */
const NO_PRICED_SHARE_DEAL = String.raw`(?:(?!${PRICED_SHARE_DEAL})[^;])`;

/** The measure, then the rest of its clause up to the figure, with no word of a priced share deal. */
const MEASURE_BEFORE = new RegExp(`${PER_SHARE_MEASURE}${NO_PRICED_SHARE_DEAL}{0,140}$`, "iu");

/** "per share", "a share", "per-share", « par action », « l'action », written with or without the currency's name before it. */
const PER_SHARE_AFTER =
  /^\s*(?:(?:dollars?|euros?|cents?|\$|€)\s*)?(?:(?:per|a|par)[\s-]+(?:diluted\s+|basic\s+|ordinary\s+)?(?:share|action)|l['’]action|chacune?)(?!\p{L})/iu;

export const PER_SHARE_MEASURE_RULES: readonly NotAClaimRule[] = [
  {
    // "net income of $3.2 billion, or $1.12 a share", "guidance for core FFO to $7.05 to $7.15 per share"
    reason: "a company's measure given per share, which no metric records",
    small: true,
    units: isCurrencyCode,
    before: MEASURE_BEFORE,
    after: PER_SHARE_AFTER,
  },
  {
    // the same, the per-share words read with the figure: its unit is already a share's
    reason: "a company's measure given per share, which no metric records",
    small: true,
    units: (unit) => unit === "USD_per_share",
    before: MEASURE_BEFORE,
  },
  {
    // "dividend per share of $0.45", « le dividende par action s'élève à 1,40 euro »
    reason: "a company's measure given per share, which no metric records",
    small: true,
    units: (unit) => isCurrencyCode(unit) || unit === "USD_per_share",
    before: new RegExp(
      String.raw`${PER_SHARE_MEASURE}\s+(?:[\p{L}-]+\s+){0,2}?(?:per|par|a)\s+(?:diluted\s+|basic\s+)?(?:share|action)(?!\p{L})${NO_PRICED_SHARE_DEAL}{0,60}$`,
      "iu",
    ),
  },
  {
    // "Per share, earnings came to $2.30", « Par action, le résultat ressort à 0,9 euro »: "per share" heads the clause
    reason: "a company's measure given per share, which no metric records",
    small: true,
    units: (unit) => isCurrencyCode(unit) || unit === "USD_per_share",
    before: new RegExp(
      String.raw`(?<!\p{L})(?:per|par)\s+(?:share|action)\s*,\s*(?:[\p{L}'’-]+\s+){0,2}?${PER_SHARE_MEASURE}${NO_PRICED_SHARE_DEAL}{0,60}$`,
      "iu",
    ),
  },
];
