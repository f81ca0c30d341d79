/**
 * Figures beside a company's results that no metric records (CLAIMS.md §8): an accounting charge,
 * a writedown or a tax hit ("a $2 billion writedown", « une charge comptable, qui ne touche pas la
 * trésorerie, de 3 milliards »), sales forgone or an "opportunity" sized in money ("a $6 billion sales
 * opportunity", « un manque à gagner estimé à 2 milliards »), and a share's move written as a noun after
 * its rate ("a 9% drop in its shares") or in the French market idiom « est attendu en hausse de 20 % ».
 */
import { isCurrencyCode } from "../../core/index.js";
import { optionalHedge } from "../lexicon.js";
import type { NotAClaimRule } from "./not-a-claim.js";

/** A loss an investor books on a stake is `investment_loss`, a claim: never read it as a mere charge. */
const NOT_ON_A_STAKE = String.raw`(?![^.;]{0,60}?(?<!\p{L})(?:stakes?|holdings?|participations?|investments?|investissements?)(?!\p{L}))`;

/** A one-off accounting charge: writedown, impairment, tax charge, « dépréciation », « impact fiscal ». */
const CHARGE_NOUN = String.raw`(?:write[-\s]?downs?|write[-\s]?offs?|impairments?(?:\s+charges?)?|dépréciations?|(?:(?:one[-\s]time|one[-\s]off|non[-\s]cash|pre[-\s]?tax|tax|accounting|inventory)\s+)+charges?|tax\s+(?:hits?|bills?|impacts?)|charges?(?:\s+(?:exceptionnel\p{L}*|comptables?|fiscal\p{L}*|d['’]impôts?|non\s+monétaires?))?|impacts?\s+fisca\p{L}*)`;

/** Sales a company did not make, or a market it might win: "lost sales", « manque à gagner », "opportunity". */
const FORGONE_NOUN = String.raw`(?:manque\s+à\s+gagner|pertes?\s+de\s+(?:chiffre\s+d['’]affaires|ventes|revenus)|(?:lost|forgone|missed)\s+(?:sales|revenues?)|(?:(?:sales|revenue|market|business)\s+)?opportunit(?:y|ies)|opportunités?(?:\s+(?:de\s+)?(?:marché|ventes|revenus|chiffre\s+d['’]affaires))?)`;

/** A noun of a share's or a price's change: "drop", "jump", « chute », « bond ». */
const MOVE_NOUN = `(?:drops?|falls?|declines?|plunges?|slides?|slumps?|tumbles?|jumps?|rises?|gains?|surges?|rall(?:y|ies)|climbs?|spikes?|pops?)`;

/** What trades: "its shares", "the stock", "Veltrix's share price". */
const TRADED = String.raw`(?:(?:its|their|the|the\s+company['’]s|\p{Lu}[\p{L}.&-]*['’]s)\s+)?(?:shares?|stock|share\s+price|stock\s+price)(?!\p{L})`;

export const CHARGE_AND_MARKET_MOVE_RULES: readonly NotAClaimRule[] = [
  {
    // "a $4 billion writedown", "$900 million in one-time tax charges", « 2 milliards de dépréciations »
    reason: "an accounting charge or a writedown, which no metric records",
    units: isCurrencyCode,
    after: new RegExp(
      String.raw`^\s*(?:(?:in|of|de|d['’])\s*)?${CHARGE_NOUN}(?!\p{L})${NOT_ON_A_STAKE}`,
      "iu",
    ),
  },
  {
    // « une charge, qui n'affecte pas la trésorerie, de 15 milliards », "a tax charge of $9 billion", « un impact fiscal de 5 milliards »
    reason: "an accounting charge or a writedown, which no metric records",
    units: isCurrencyCode,
    before: new RegExp(
      String.raw`(?<!\p{L})(?<!prise\s+en\s+)${CHARGE_NOUN}(?:\s*,[^,.;:\d]{1,50},)?\s*(?:of|de|d['’]|totall?ing|s['’]élevant\s+à)\s*${optionalHedge(["approx", "at_least"])}(?:US)?[$€£]?\s*$`,
      "iu",
    ),
    after: new RegExp(`^${NOT_ON_A_STAKE}`, "iu"),
  },
  {
    // "an $8 billion sales opportunity", "a $50 billion opportunity", "$3 billion in lost revenue"
    reason: "sales forgone or an opportunity, not a company's figure",
    units: isCurrencyCode,
    after: new RegExp(String.raw`^\s*(?:(?:in|of|de|d['’])\s*)?${FORGONE_NOUN}(?!\p{L})`, "iu"),
  },
  {
    // « un manque à gagner estimé à 4 milliards », "lost sales of $2 billion", « une opportunité commerciale de 90 milliards »
    reason: "sales forgone or an opportunity, not a company's figure",
    units: isCurrencyCode,
    before: new RegExp(
      String.raw`(?<!\p{L})${FORGONE_NOUN}(?:\s+(?!(?:and|et|but|mais)\s)[\p{L}'’-]+){0,2}?\s*(?:of|de|d['’]|worth|estimée?s?\s+à|estimated\s+at)\s*${optionalHedge(["approx", "at_least", "up_to"])}(?:US)?[$€£]?\s*$`,
      "iu",
    ),
  },
  {
    // "triggering a 9% drop in its shares", "a 12% jump in the stock"
    reason: "a share's move on the market",
    units: (unit) => unit === "fraction",
    after: new RegExp(String.raw`^\s*${MOVE_NOUN}\s+in\s+${TRADED}`, "iu"),
  },
  {
    // « Veltrix est attendu en hausse de 20 % », « le titre est attendu en net repli de 5 % »: a share's expected opening
    reason: "a share's move on the market",
    units: (unit) => unit === "fraction",
    before: new RegExp(
      String.raw`(?<!\p{L})(?:est|sont|était|étaient|serait|seraient)\s+(?:attendue?s?|annoncée?s?|indiquée?s?)\s+en\s+(?:(?:forte|nette|net|légère|léger)\s+)?(?:hausse|baisse|repli|progression|recul)\s+(?:de\s+|d['’])?${optionalHedge(["approx", "at_least"])}$`,
      "iu",
    ),
  },
];
