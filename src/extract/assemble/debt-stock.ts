/**
 * The debt a company owes at a date, not debt it raises (CLAIMS.md §2: `debt_issuance` is debt raised
 * or to be raised; no metric of the vocabulary records a debt outstanding): "its total debt stands at
 * $96 billion", "carries $104 billion of debt", « l'endettement net s'élève à 70 milliards », « sa
 * dette dépasse 100 milliards », « porte 104 milliards de dollars de dette ».
 */
import { isCurrencyCode } from "../../core/index.js";
import type { NotAClaimRule } from "./not-a-claim.js";

/** A debt named as a stock: total, net, outstanding debt, a debt load, « dette totale », « endettement ». */
const DEBT_STOCK_NOUN = String.raw`(?<!\p{L})(?:(?:total|net|gross|outstanding|existing)\s+(?:debt|borrowings|indebtedness)|debt\s+(?:load|pile|burden)|indebtedness|dettes?\s+(?:totales?|nettes?|brutes?|financières?)|endettement(?:\s+(?:net|total|brut|financier))?|encours\s+de\s+(?:la\s+)?dette)(?!\p{L})`;

/** A possessive before "debt", « dette », whose verb then gives its level: "its debt has climbed to", « sa dette atteint ». */
const DEBT_OF = String.raw`(?<!\p{L})(?:(?:its|their|the\s+(?:company|group)['’]s|\p{Lu}[\p{L}.&-]*['’]s)\s+debt|(?:sa|leur|la)\s+dette(?:\s+(?:de|du|d['’])\s*[^.;:,\d]{1,40}?)?)`;

const OWNED_DEBT = String.raw`${DEBT_OF}\s+(?:(?:has|have|had|now|a|désormais)\s+)*(?:stands?|stood|reached|totall?ed|totals|climbed|rose|swelled|ballooned|exceeds?|exceeded|topped|tops|amounts?\s+to|atteint|atteignait|dépasse|dépassait|s['’]élève|s['’]élevait|culmine|avoisine|frôle|a\s+(?:grimpé|gonflé|bondi|atteint|dépassé))(?!\p{L})`;

/** The words between the noun and its amount: no digit, no clause that opens another figure, no verb of raising. */
const TO_ITS_AMOUNT = String.raw`(?:(?!(?<!\p{L})(?:and|et|while|whereas|but|mais|tandis|alors|rais\p{L}*|issu\p{L}*|borrow\p{L}*|sold|sells?|lev\p{L}*|émis\p{L}*|émet\p{L}*|emprunt\p{L}*)(?!\p{L}))[^.;:,\d]){0,50}`;

/** A verb of holding a debt right before the amount: "carries", "has", "sits on", « porte », « affiche », « cumule ». */
const HOLDS_BEFORE = String.raw`(?<!\p{L})(?:carr(?:y|ies|ied|ying)|ha[sd]|sits?\s+on|sat\s+on|porte|portait|affiche|affichait|cumule|cumulait)\s+(?:(?:now|still|already|désormais|encore|déjà)\s+)?(?:(?:about|nearly|some|more\s+than|over|almost|roughly|près\s+de|plus\s+de|environ|quelque)\s+)?(?:US)?[$€£]?\s*$`;

export const DEBT_STOCK_RULES: readonly NotAClaimRule[] = [
  {
    reason: "a debt outstanding, which no metric of the vocabulary records",
    units: isCurrencyCode,
    before: new RegExp(`(?:${DEBT_STOCK_NOUN}|${OWNED_DEBT})${TO_ITS_AMOUNT}$`, "iu"),
  },
  {
    // a lower bound whose verb opens the amount: « sa dette dépasse désormais 100 milliards », "its debt tops $100 billion"
    reason: "a debt outstanding, which no metric of the vocabulary records",
    units: isCurrencyCode,
    atLeast: true,
    before: new RegExp(String.raw`${DEBT_OF}\s+(?:(?:has|now|a|désormais)\s+)*$`, "iu"),
  },
  {
    // "carries $104 billion of debt", « porte 104 milliards de dollars de dette », "has $96 billion in outstanding debt"
    reason: "a debt outstanding, which no metric of the vocabulary records",
    units: isCurrencyCode,
    before: new RegExp(HOLDS_BEFORE, "iu"),
    after:
      /^\s*(?:(?:of|in|de|d['’])\s*)(?:(?:total|net|outstanding|existing)\s+)?(?:debts?|dettes?)(?!\p{L})(?!\s+(?:financing|offerings?|sales?|raises?|issues?|issuance))/iu,
  },
];
