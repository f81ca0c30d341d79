/**
 * The market shares of the other companies named in a sentence that gives one company's share of a
 * market (CLAIMS.md §8: a share of a market is no metric of the vocabulary). The first share is set
 * aside by its "of the market" complement; the next ones lean on it with that complement elided:
 * "holds 30% of the cloud market, ahead of Telvio's 12%", « détient 30 % du marché, loin devant
 * Telvio, qui en contrôle 12 % », « une part de marché de 25 %, contre 18 % pour Quandel ».
 */
import type { NotAClaimRule } from "./not-a-claim.js";

/** A percentage, its sign or word: "30%", "30 percent", « 30 % », « 30 pour cent ». */
const PERCENT = String.raw`\d(?:[.,]\d+)?\s*(?:%|percent(?!\p{L})|per\s+cent(?!\p{L})|pour\s+cent(?!\p{L}))`;

/** A share followed by its market: "30% of the European cloud market", « 30 % du marché européen ». */
const SHARE_OF_MARKET = String.raw`${PERCENT}\s*(?:of\s+(?:the|this|that|its|their)|du|des|de\s+(?:ce|l['’]ensemble\s+du))\s+(?:[\p{L}-]+\s+){0,3}?(?:marchés?|markets?)(?!\p{L})`;

/** A market share named, then its figure: "a market share of 25%", « sa part de marché atteint 25 % ». */
const MARKET_SHARE_THEN_FIGURE = String.raw`(?:parts?\s+de\s+marché|market\s+shares?)(?!\p{L})[^.;:\d]{0,40}${PERCENT}`;

/**
 * Words that open another measure between the two figures, after which a percentage is no share of
 * that market: a stake, revenue, growth, a margin, users ("and owns a 12% stake in…", « et ses
 * revenus ont progressé de 15 % »).
 */
const OTHER_MEASURE = String.raw`(?<!\p{L})(?:stakes?|participations?|capital|equity|revenues?|sales|chiffres?\s+d['’]affaires|revenus|ventes|growth|grew|grow(?:s|ing)?|rose|fell|up|down|croissance|hausse|baisse|progress\p{L}*|augment\p{L}*|recul\p{L}*|margins?|marges?|users?|utilisateurs|customers|clients|valu\p{L}*|valoris\p{L}*)(?!\p{L})`;

/** Any character of the same sentence that does not open another measure. */
const SAME_MEASURE_GAP = String.raw`(?:(?!${OTHER_MEASURE})[^.!?]|(?<=\d)[.](?=\d))`;

/** Not a stake named right after the figure: "a 12% stake in…", "12% of its shares", « 12 % du capital ». */
const NO_STAKE_AFTER =
  /^(?!\s*(?:stakes?|equity|ownership|interest|of\s+(?:its\s+|the\s+)?(?:shares|capital|equity)|du\s+capital|des\s+(?:actions|parts)|de\s+(?:son|leur)\s+capital)(?!\p{L}))/iu;

export const RIVAL_MARKET_SHARE_RULES: readonly NotAClaimRule[] = [
  {
    reason: "a share of a market, which no metric of the vocabulary records",
    units: (unit) => unit === "fraction",
    before: new RegExp(`(?:${SHARE_OF_MARKET}|${MARKET_SHARE_THEN_FIGURE})${SAME_MEASURE_GAP}{1,120}$`, "iu"),
    after: NO_STAKE_AFTER,
  },
];
