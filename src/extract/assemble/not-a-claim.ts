import { isCurrencyCode } from "../../core/index.js";
import {
  BARE_CHANGE_NOUN_AFTER,
  COUNTED_MACHINES,
  HOW_ACHIEVED_QUESTION,
  hedgeWords,
  optionalHedge,
  PLACE_NAMES,
  RECORD_LEVEL_BEFORE,
} from "../lexicon.js";
import { PRICE_MOVE, SHARE_NOUN, TRADING_SESSION } from "../market-data.js";
import { extractMessages } from "../messages.js";
import type { QuantityMention } from "../numbers/types.js";
import { firstMatch } from "../patterns.js";
import { CHARGE_AND_MARKET_MOVE_RULES } from "./charges-and-market-moves.js";
import { DEAL_CUSTOMERS_RULES } from "./deal-customers.js";
import { DEBT_STOCK_RULES } from "./debt-stock.js";
import { EXCHANGE_RATE_NOTE_RULES } from "./exchange-rate-note.js";
import { FORECAST_REVISION_RULES } from "./forecast-revision.js";
import { historicalEra } from "./historical-era.js";
import { imaginedCase } from "./imagined-case.js";
import { INVESTMENT_GAIN_RULES } from "./investment-gain.js";
import { MARGIN_OVER_OTHER_RULES } from "./margin-over-other.js";
import { MARKET_AND_CHARGE_RULES } from "./market-and-charges.js";
import { marketBefore } from "./market-owner.js";
import { noCompanySubject } from "./no-company-subject.js";
import { OPERATING_LOSS_RULES } from "./operating-loss.js";
import { outsideDealReason } from "./outside-deal.js";
import { PER_SHARE_MEASURE_RULES } from "./per-share-measure.js";
import { PLACE_POWER_RULES } from "./place-power.js";
import { RIVAL_MARKET_SHARE_RULES } from "./rival-market-share.js";
import { surveyShare } from "./survey-share.js";
import { SCALE_WORD } from "./text.js";
import { type DocumentReading, issue, type Party, type SentenceReading } from "./types.js";
import { unnamedEach } from "./unnamed-each.js";
import { verbalProportion } from "./verbal-proportion.js";

/**
 * Figures CLAIMS.md §8 excludes, told by the words right around them rather than by a metric word
 * elsewhere in the sentence: a share's move on the market, earnings per share, a count of things
 * outside company finance (square feet, homes, jobs), a size used as an example ("a 1 GW data
 * centre requires…"). Each reason is one rule; the figure is set aside with an issue naming it.
 */
export interface NotAClaimRule {
  reason: string;
  /** Does the rule apply to a figure in this unit? */
  units: (unit: string) => boolean;
  /** Tested on the text of the figure's sentence before it, ending at the figure. */
  before?: RegExp;
  /** Tested on the text after the figure, up to the sentence's end. */
  after?: RegExp;
  /** Only an amount written without a scale word and under 1,000: the size of a per-share figure. */
  small?: boolean;
  /** Only an amount written without a scale word, of any size: a share priced in won or Taiwan dollars. */
  unscaled?: boolean;
  /** Only a lower bound ("over", "plus de", "supérieurs à"). */
  atLeast?: boolean;
  /** Only a change: written with a sign ("+44 %") or after "up", "en hausse de". */
  change?: boolean;
  /** Only an order of magnitude ("millions of", « des milliers de »). */
  vague?: boolean;
  /** Only an amount whose currency is not written beside it ("32.1 million of its shares"). */
  currencyElided?: boolean;
}

/** The remaining performance obligations or backlog a figure is about, in English or French. */
const BACKLOG_WORD = String.raw`\b(?:remaining\s+performance\s+obligations|RPO|(?:revenue\s+|order\s+|commercial\s+)?backlog|carnet\s+de\s+commandes|obligations\s+de\s+prestation\s+restantes)\b`;

/**
 * A backlog's amount, then its growth in an apposition after a comma ("RPO — contracted revenue not
 * yet recognised — swelled to $455 billion, an increase of 359%"; « le carnet de commandes atteint
 * 455 milliards, en hausse de 359 % »): no sales word of its own between them.
 */
const BACKLOG_GROWTH_APPOSITION = new RegExp(
  String.raw`${BACKLOG_WORD}(?:(?!(?<!(?:contracted|contractual|future|unrecogni[sz]ed|contractuels?)\s)\b(?:revenues?|sales|chiffre|ventes|revenus|while|whereas|alors|tandis)\b(?!\s+(?:d['’]affaires\s+)?(?:contractuels?|non\s+encore|not\s+yet)))(?:[^.;:]|(?<=\d)[.](?=\d))){0,200},\s*(?:(?:an?|une|soit\s+une)\s+)?(?:increase|rise|jump|growth|gain|hausse|progression|augmentation|bond|up|en\s+hausse|en\s+progression)\s*(?:of|de|d['’])?\s*(?:(?:about|some|over|more\s+than|nearly|près\s+de|plus\s+de|environ)\s+)?$`,
  "iu",
);

/** A verb that gives a share ("représente 8 %", "accounts for 8%"), a few words at most before the figure. */
const SHARE_VERB_BEFORE =
  /(?<!\p{L})(?:représent\p{L}*|pès(?:e|ent)|pes(?:ait|aient)|account(?:s|ed|ing)?\s+for|amount(?:s|ed)?\s+to|ma(?:ke|kes|de|king)\s+up|represent(?:s|ed|ing)?)\s+(?:[\p{L}'’]+\s+){0,3}?$/iu;

/** What a share is of, from the preposition to its noun: « de la », « des », "of the", "of its". */
const SHARE_COMPLEMENT_START = String.raw`^\s*(?:(?:de|des|du|of)(?!\p{L})|d['’])\s*`;

/** The articles and determiners between that preposition and the noun. */
const SHARE_DETERMINERS = String.raw`(?:(?:(?:la|le|les|ses|son|sa|leurs?|the|its|their|all|total|U\.?S\.?)(?!\p{L})|l['’])\s*)*`;

/** The bases a share of the vocabulary is of: sales, a round, capital, users, customers, a backlog, a company. */
const RECORDED_SHARE_BASE = String.raw`(?:(?:[\p{L}-]+\s+){0,3}?(?:business(?:es)?|divisions?|segments?|units?|activités?|branches?|pôles?|revenues?|sales|ventes|revenus)|chiffres?\s+d['’]affaires|revenus?|revenues?|ventes|sales|recettes|CA|turnover|tour|levée|round|financement|funding|fonds|capital|actions|parts|shares|stake|participation|utilisateurs|users|clients|customers|entreprises|companies|abonnés|subscribers|commandes|orders|bookings|backlog|carnet|engagements|commitments|\p{Lu}[\p{L}.&-]*['’]s)`;

/** Any character of the sentence but one that starts a warrant or exercise term: per-share prices of a warrant are claims. */
const NO_WARRANT_TERM = String.raw`(?:(?!\b(?:warrants?|exercise|exercice|bons?|strike)\b)[^;])`;
const EARNINGS_WORD = String.raw`\b(?:earnings|EPS|profit|bénéfice|BPA)\b`;

/** Earnings words, or estimates of them, shortly before a per-share amount. */
const EARNINGS_BEFORE = new RegExp(
  String.raw`\b(?:earnings|EPS|profit|loss|bénéfice|BPA|perte|estimates|expectations|consensus|attentes|estimations)\b${NO_WARRANT_TERM}{0,60}$`,
  "iu",
);

/** A per-share amount in a sentence about earnings ("…, and 4.10 excluding items"). */
const EARNINGS_IN_SENTENCE = new RegExp(`${EARNINGS_WORD}${NO_WARRANT_TERM}{0,200}$`, "iu");

/** Earnings given per share earlier in the sentence: a bare small amount after them is per share too. */
const PER_SHARE_EARLIER = new RegExp(
  String.raw`${EARNINGS_WORD}${NO_WARRANT_TERM}*?\b(?:per|par)\s+(?:diluted\s+)?(?:share|action)\b${NO_WARRANT_TERM}{0,120}$`,
  "iu",
);

/** "EPS", "BPA" earlier in the sentence: a bare small amount after them is earnings per share. */
const PER_SHARE_ABBREVIATION_EARLIER = new RegExp(String.raw`\b(?:EPS|BPA)\b${NO_WARRANT_TERM}{0,120}$`, "u");

/** The figure's clause is about a backlog ("remaining performance obligations jumped 359%"): the amount is a commitment, its growth no claim. */
const BACKLOG_BEFORE =
  /\b(?:remaining\s+performance\s+obligations|RPO|(?:revenue\s+|order\s+)?backlog|carnet\s+de\s+commandes|obligations\s+de\s+prestation\s+restantes)\b(?:\s*\([^)]{0,20}\))?(?:\s*,[^,.;]{0,60},)?(?:(?!\b(?:revenue|sales|chiffre|ventes|while|whereas|alors|tandis)\b)(?:[^.;:,]|(?<=\d)[.,](?=\d))){0,60}$/iu;

/** A profit of the whole company or of a segment, net or operating: no metric of the vocabulary records it. */
/** A period written with digits between a profit noun and its amount: "for Q2", "in 2024", "FY25", « au T3 ». */
const PERIOD_LABEL = String.raw`\b(?:[QHTS][1-4]|FY\s?\d{2,4}|(?:19|20)\d{2})\b`;

const PROFIT_NOUN = String.raw`\b(?:bénéfices?\s+nets?|résultats?\s+nets?|(?:bénéfices?|résultats?)\s+(?:opérationnels?|d['’]exploitation)|net\s+(?:income|profit|earnings)|operating\s+(?:income|profit)|(?:adjusted\s+)?EBITDA|EBIT|excédent\s+brut\s+d['’]exploitation|EBE)\b`;

/**
 * A flow no metric of the vocabulary records: profit, gross margin in dollars, earnings (per share),
 * losses, cash flow. Its
 * growth is no claim either ("le flux de trésorerie disponible a diminué de 152 %", "1,2 Md$ de
 * bénéfices (+75 %)", "earnings per share to grow 40%"), though an earnings call's revenue growth is.
 */
const UNRECORDED_FLOW_CHANGE =
  /\b(?:gross\s+margin\s+dollars|marge\s+brute\s+en\s+(?:dollars|euros|valeur)|flux\s+de\s+trésorerie(?:\s+(?:disponible|libre|opérationnel))?|(?:free\s+|operating\s+)?cash\s+flows?|bénéfices?(?:\s+nets?)?|résultats?\s+nets?|net\s+(?:income|profit|earnings)|operating\s+(?:income|profit)|(?<!(?:for|non)[-\s])profits?|pertes?(?:\s+nettes?)?|net\s+loss(?:es)?|(?:adjusted\s+)?EBITDA|EBIT|excédent\s+brut\s+d['’]exploitation|EBE|(?:diluted\s+|adjusted\s+)?earnings(?:\s+per\s+(?:diluted\s+)?share)?(?!\s+(?:calls?|reports?|releases?|seasons?|statements?|presentations?|results|updates?|guidance|dates?|days?)(?!\p{L}))|EPS|BPA|bénéfices?\s+par\s+action)\b(?:(?!\b(?:revenues?|sales|chiffre|CA|revenus|ventes|recettes|capex|dépenses|investissements?|spending|margins?|marges?|while|whereas|alors|tandis)\b)(?:[^.;:]|(?<=\d)[.](?=\d))){0,60}$/iu;

/**
 * A spending's amount, then what it comes to as a share ("capex reached $20 billion, equal to 25% of
 * revenue"; « 35 milliards de dépenses, soit 45 % de son chiffre d'affaires »).
 */
const SPENDING_AMOUNT_EQUAL_TO =
  /(?<!\p{L})(?:capex|capital\s+(?:expenditures?|spending)|spending|spent|dépenses|dépensé|investissements)(?!\p{L})(?:[^.;]|(?<=\d)[.](?=\d)){0,90}?\d(?:[^.;]|(?<=\d)[.](?=\d)){0,60}?,?\s*(?:accounting\s+for|equal(?:ling|ing)?\s+to|equivalent\s+to|representing|or|équiva\p{L}*\s+à|représentant|soit|ce\s+qui\s+représente)\s+(?:(?:about|around|roughly|nearly|some|over|more\s+than|environ|près\s+de|plus\s+de|quelque)\s+)?$/iu;

/** What that share is of: sales. */
/** A cost that may be measured against sales: burn, spending, expenses, capex. */
const COST_NOUN = String.raw`(?<!\p{L})(?:cash\s+burn|burn(?:\s+rate)?|spending|costs?|expenses|capex|dépenses|coûts|consommation\s+de\s+trésorerie)(?!\p{L})`;

/**
 * A verb that states a cost as a share of sales, in either language: "these costs represent 45% of
 * revenue", "expenses make up", "spending accounts for", « ces dépenses représentent », « pèsent »,
 * « constituent », « correspondent à » (the « à » is read by the rule itself).
 */
const COST_SHARE_VERB = String.raw`represent(?:s|ed|ing)?|account(?:s|ed|ing)?\s+for|ma(?:ke|kes|de|king)\s+up|equal(?:s|led|ed|ling|ing)?|représent\p{L}*|pès(?:e|ent)|pes(?:ait|aient|ent)|constitu\p{L}*|absorb\p{L}*|engloutiss\p{L}*|mobilis\p{L}*`;

const SHARE_OF_REVENUE_AFTER =
  /^\s*(?:of|de|des|du|d['’])\s*(?:(?:its|their|total|the|son|sa|ses|leur|leurs)\s+)*(?:revenues?|sales|chiffre\s+d['’]affaires|revenus|ventes|CA)(?!\p{L})/iu;

/**
 * An expense or a ratio whose change no metric records (only sales and capital spending have a
 * growth metric): "operating expenses rose 38%", "opex will grow in the high-30s percent range",
 * « les charges d'exploitation ont augmenté de 38 % »,
 * "cash burn increased 50%", « les dépenses de recherche ont progressé de 30 % ».
 */
const UNRECORDED_EXPENSE_CHANGE =
  /(?:\b(?:operating\s+(?:expenses|costs)|opex|cash\s+burn|(?:R&D|research(?:\s+and\s+development)?)\s+(?:spending|expenses?|costs?)|stock[-\s]based\s+compensation|ratio)|(?<!\p{L})(?:charges|dépenses|frais|coûts?)\s+(?:d['’]exploitation|opérationnel\p{L}*|de\s+fonctionnement|de\s+(?:recherche|R&D))|consommation\s+de\s+trésorerie|ratio)(?:(?!\b(?:revenues?|sales|chiffre|CA|revenus|ventes|recettes|capex|investissements?|while|whereas|alors|tandis)\b)[^.;:]){0,60}?(?<!\p{L})(?:rose|ris(?:e|es|en|ing)|gr[eo]w\p{L}*|jump\p{L}*|climb\p{L}*|increas\p{L}*|surg\p{L}*|soar\p{L}*|f[ae]ll\p{L}*|drop\p{L}*|declin\p{L}*|bondi\p{L}*|progress\p{L}*|augment\p{L}*|grimp\p{L}*|recul\p{L}*|baiss\p{L}*|chut\p{L}*|en\s+(?:hausse|baisse|progression|recul)|up|down)\s+(?:de|by|d['’])?\s*(?:(?:in\s+)?the\s+|(?:dans\s+)?(?:le|la)\s+)?(?:(?:plus\s+de|près\s+de|environ|more\s+than|nearly|about|some|over)\s+)?$/iu;

/** Not the base of a share ("29 percent of revenue", "29 % du chiffre d'affaires"): a sales word there names no other flow. */
const NOT_A_SHARE_OF = String.raw`(?<!(?:%|\bper\s*cent|\bpercent|\bpour\s*cent)\s+(?:of\s+(?:total\s+)?|du\s+|des\s+))`;

/**
 * The figure a profit is compared with, later in its clause ("net income came in at $26 billion,
 * compared with $16.6 billion a year ago"; "net losses widened from $130 million to $310 million";
 * a list item's "Operating profit: 9.2 trillion won vs. 9 trillion won"): a profit too, as long as no
 * sales word comes between.
 */
const PROFIT_COMPARED_WITH = new RegExp(
  String.raw`${PROFIT_NOUN}\s*:?(?:(?!${NOT_A_SHARE_OF}\b(?:revenues?|sales|chiffre|revenus|ventes|recettes|while|whereas|alors|tandis)\b)(?:[^.;:]|(?<=\d)[.](?=\d))){0,90}?(?:\b(?:compared\s+(?:to|with)|from|versus|vs\.?|contre|par\s+rapport\s+(?:à|aux?))|\b(?:from|de)\s(?:[^.;:]|(?<=\d)[.](?=\d)){0,60}?\s(?:to|à))\s+(?:(?:an?|une?)\s+(?:net\s+)?(?:profit|income|bénéfice)\s+(?:of|de)\s+)?$`,
  "iu",
);

/**
 * No clause of its own between a share's move and the figure: in "Oracle shares jumped after OpenAI
 * signed a $300 billion contract" the amount is the contract's, not the share's.
 */
const NO_NEW_CLAUSE = String.raw`(?:(?!\b(?:after|when|because|following|once|on\s+news|après|lorsque|quand|parce|car|grâce\s+à|suite\s+à|dès\s+que)(?!\p{L}))`;

/**
 * A ratio, flow or balance no metric of the vocabulary records, named right before its figure: return on
 * equity, operating or EBITDA margin, cash flow, liabilities (« rentabilité des capitaux propres »,
 * « marge d'exploitation », « flux de trésorerie disponible », « un passif total de »). Without this, a list item or a
 * second clause would take the previous figure's metric (gross margin, cash).
 */
const UNRECORDED_MEASURE_BEFORE =
  /(?<!\p{L})(?:return\s+on\s+(?:average\s+)?(?:equity|assets|invested\s+capital|capital)|ROE|ROIC|ROA|(?:operating|net|EBITDA|EBIT|profit|pre-tax|pretax)\s+margins?|(?:free\s+|operating\s+)?cash\s+flows?(?:\s+generation)?|cash\s+generation|rentabilité\s+(?:des\s+capitaux\s+propres|des\s+fonds\s+propres|financière)|(?:taux\s+de\s+)?marges?\s+(?:d['’]exploitation|opérationnelles?|nettes?|d['’]EBITDA|d['’]Ebitda)|flux\s+de\s+trésorerie(?:\s+(?:disponibles?|libres?|opérationnels?|d['’]exploitation))?|génération\s+de\s+trésorerie|passifs?(?:\s+total)?|total\s+(?:du\s+)?passif|(?:total\s+)?liabilities)(?:\s+(?:of|de|d['’]|at|à|was|were|reached|totall?ed|came\s+in\s+at|stood\s+at|atteint|atteignait|s['’]élève\s+à|s['’]établit\s+à|ressort\s+à)){1,2}\s*(?:(?:about|around|roughly|nearly|some|approximately|environ|près\s+de|quelque)\s+)?$/iu;

/**
 * A profit or a cash flow as a list item's label, its figure after the colon ("Net income: $25.8
 * billion", « Résultat net : 3 milliards »): no metric of the vocabulary records it.
 */
const UNRECORDED_LABEL = new RegExp(
  String.raw`(?:${PROFIT_NOUN}|(?<!\p{L})(?:bénéfices?|profits?|EBITDA|EBIT|(?:free\s+|operating\s+)?cash\s+flows?|flux\s+de\s+trésorerie(?:\s+\p{L}+)?|earnings)(?!\p{L}))(?:\s*\([^)]{0,20}\))?\s*:\s*${optionalHedge(["approx", "at_least"])}(?:US)?[$€£]?\s*$`,
  "iu",
);

/** A rise written as a change ("soit une hausse de", "an increase of", "up"), right before a percentage. */
const RISE_BEFORE = new RegExp(
  String.raw`(?<!\p{L})(?:hausse|augmentation|progression|relèvement|increase|rise|boost|hike|up)\s+(?:de|d['’]|of|by)?\s*${optionalHedge(["approx", "at_least"])}$`,
  "iu",
);
/**
 * A base that is the company's own earlier plan or pledge, not an earlier period: the percentage
 * restates how the figure just given was revised ("par rapport à ses précédents engagements",
 * "over its previous pledge", "compared with its initial plan").
 */
const EARLIER_PLAN_BASE =
  /^[^.;]{0,15}?(?:par\s+rapport\s+(?:à|au|aux)|compared\s+(?:with|to)|from|over|on|above|sur)\s+(?:(?:ses|son|sa|leurs?|les?|la|its|their|the|an?)\s+|l['’]\s*)?(?:(?:précédente?s?|anciens?|anciennes?|premières?|premiers?|previous|prior|earlier|original|initial)\s+(?:[\p{L}-]+\s+)?(?:engagements?|promesses?|annonces?|plans?|objectifs?|prévisions?|enveloppes?|montants?|pledges?|commitments?|targets?|forecasts?|guidance|outlook|announcements?|plans?|budgets?|amounts?)|(?:engagements?|promesses?|annonces?|plans?|objectifs?|prévisions?|enveloppes?|montants?|budgets?)\s+(?:précédente?s?|initiale?s?|antérieure?s?))(?!\p{L})/iu;

/**
 * The period a change is measured against, written out between the percentage and the level it
 * reached: « par rapport au premier trimestre », "compared with the previous quarter".
 */
const COMPARED_PERIOD = String.raw`(?:par\s+rapport\s+(?:à|au|aux)|compared\s+(?:with|to)|versus|vs\.?)\s+[^.;:,\d]{1,40}?`;

const RULES: readonly NotAClaimRule[] = [
  ...MARKET_AND_CHARGE_RULES,
  ...CHARGE_AND_MARKET_MOVE_RULES,
  ...PER_SHARE_MEASURE_RULES,
  ...RIVAL_MARKET_SHARE_RULES,
  ...OPERATING_LOSS_RULES,
  ...INVESTMENT_GAIN_RULES,
  ...DEBT_STOCK_RULES,
  ...PLACE_POWER_RULES,
  ...MARGIN_OVER_OTHER_RULES,
  ...FORECAST_REVISION_RULES,
  ...EXCHANGE_RATE_NOTE_RULES,
  ...DEAL_CUSTOMERS_RULES,
  {
    // "Share price: $180", « Cours de l'action : 180 dollars »: the market's quote given as a label
    reason: "a share's price on the market",
    units: (unit) => isCurrencyCode(unit) || unit === "USD_per_share",
    before:
      /(?<!\p{L})(?:(?:share|stock)\s+price|cours\s+(?:de\s+l['’]action|du\s+titre|de\s+bourse))\s*:\s*(?:US)?[$€£]?\s*$/iu,
  },
  {
    reason: "a profit, which no metric records",
    units: isCurrencyCode,
    before: UNRECORDED_LABEL,
  },
  {
    reason:
      "a ratio or flow no metric of the vocabulary records (return on equity, operating margin, cash flow)",
    units: (unit) => unit === "fraction" || isCurrencyCode(unit),
    before: UNRECORDED_MEASURE_BEFORE,
  },
  {
    reason: "a share's move on the market",
    units: (unit) => unit === "fraction" || isCurrencyCode(unit),
    before: new RegExp(
      `${SHARE_NOUN}[^.;:]{0,50}?${PRICE_MOVE}(?!\\p{L})${NO_NEW_CLAUSE}[^.;:\\d]){0,40}$`,
      "iu",
    ),
  },
  {
    reason: "a share's move on the market",
    units: (unit) => unit === "fraction",
    after: new RegExp(
      `^(?:\\s*(?:to|à)\\s+[$€]?\\s*[\\d.,]+\\s*(?:\\$|€|dollars)?)?\\s+${TRADING_SESSION}`,
      "iu",
    ),
  },
  {
    reason: "a share price reached by a move on the market",
    units: isCurrencyCode,
    small: true,
    before: new RegExp(
      `${PRICE_MOVE}(?!\\p{L})[^.;:]{0,30}?\\d(?:[\\d.,\\s]*\\d)?\\s*(?:%|pour\\s*cent|per\\s*cent|percent)\\s*,?\\s*(?:à|to|at)\\s*$`,
      "iu",
    ),
  },
  {
    reason: "a share's move on the market",
    units: (unit) => unit === "fraction",
    before: new RegExp(
      `${PRICE_MOVE}(?!\\p{L})\\s*(?:de\\s+|by\\s+)?${optionalHedge(["approx", "at_least"])}$`,
      "iu",
    ),
    after:
      /^\s*,?\s*(?:to|à)\s+[$€]?\s*\d[\d.,]*(?:\s*(?:\$|€|dollars?|euros?))?(?![\d.,]*\s*(?:milliards?|millions?|billions?|trillions?|mds?|bn|mn|thousand|mille|[MBKT]\b))/iu,
  },
  {
    // "raised its price target on Oracle to $320", "relève son objectif de cours à 320 dollars": an
    // analyst's view of the stock, not a deal's price threshold.
    reason: "an analyst's price target for a share",
    units: (unit) => isCurrencyCode(unit) || unit === "USD_per_share",
    unscaled: true,
    before:
      /\b(?:rais(?:e|es|ed|ing)|lift(?:s|ed)?|boost(?:s|ed)?|cut(?:s|ting)?|lower(?:s|ed)?|trim(?:s|med)?|set(?:s|ting)?|initiat(?:e|es|ed)|reiterat(?:e|es|ed)|maintain(?:s|ed)?|relev\p{L}*|relèv\p{L}*|abaiss\p{L}*|rehauss\p{L}*|fix\p{L}*)\s+(?:its|their|the|a|son|leur|l['’]|un)\s*(?:[\p{L}-]+\s+)?(?:price\s+target|target\s+price|objectif\s+de\s+cours|cours\s+cible)(?:\s+(?:on|for|sur|de|du|d['’])\s*[^.;:\d]{1,40}?)?(?:\s+(?:to|of|at|à|de)\s+(?:US|NT|HK|S|A|C)?[$€£₩¥]?\s*\d[\d.,]*\s*(?:dollars?|euros?|\$|€)?\s*,?)?\s+(?:to|of|at|à|de|from|contre)\s+(?:US|NT|HK|S|A|C)?[$€£₩¥]?\s*$/iu,
  },
  {
    reason: "a profit, which no metric records",
    units: isCurrencyCode,
    before: new RegExp(
      String.raw`${PROFIT_NOUN}(?:(?!\b(?:reduc|rédui|amput|impact|diminu|pénalis|hit|weigh|lower|cut|revenues?|sales|chiffre|ventes|revenus|recettes)|\b(?:and|et)\s)(?:[^.;:,\d]|${PERIOD_LABEL})){0,60}$`,
      "iu",
    ),
  },
  {
    reason: "a profit, which no metric records",
    units: isCurrencyCode,
    before: PROFIT_COMPARED_WITH,
  },
  {
    // the level a profit reached after its change: "EBITDA rose 10% to $1.1 billion", « le résultat
    // net a bondi de 26 % à 3 milliards », « pour atteindre un niveau record de 3 milliards »
    reason: "a profit, which no metric records",
    units: isCurrencyCode,
    before: new RegExp(
      String.raw`(?:${PROFIT_NOUN}|(?<!\p{L})(?:bénéfices?|(?<!(?:for|non)[-\s])profits?|earnings)(?!\p{L}))[^.;:,\d]{0,40}?\d[\d.,]*\s*(?:%|percent|per\s*cent|pour\s*cent)(?:\s+(?:sur\s+un\s+an|en\s+glissement\s+annuel|year[-\s](?:on|over)[-\s]year|from\s+a\s+year\s+(?:earlier|ago)|${COMPARED_PERIOD}))?\s*,?\s*(?:to|à|at|pour\s+atteindre|reaching|atteignant)\s+${RECORD_LEVEL_BEFORE}(?:(?:about|some|nearly|environ|près\s+de)\s+)?(?:US)?[$€£]?\s*$`,
      "iu",
    ),
  },
  {
    // the level a profit reached, its change written first: "profits up 12% in the half, at $4
    // billion", « un bond de 12 % de son bénéfice semestriel, à 4 milliards »
    reason: "a profit, which no metric records",
    units: isCurrencyCode,
    before:
      /\d\s*(?:%|percent|per\s*cent|pour\s*cent)\s+(?:in|of|de|d['’]|du|des)\s*(?:(?:its|their|the|ses|son|sa|leurs?|la|le|les)\s+)?(?:[\p{L}-]+\s+)?(?:profits?|bénéfices?|earnings|net\s+income|résultats?\s+nets?)(?:\s+[\p{L}-]+)?\s*,?\s*(?:reaching|to|at|atteignant|à|pour\s+atteindre|soit)\s+(?:(?:about|some|nearly|environ|près\s+de)\s+)?(?:US)?[$€£]?\s*$/iu,
  },
  {
    // a profit restated in another currency: "earnings came to ¥900 billion, some $6 billion",
    // « le résultat net s'établit à 900 milliards de yens, soit près de 6 milliards de dollars », or in parentheses
    reason: "a profit, which no metric records",
    units: isCurrencyCode,
    before: new RegExp(
      String.raw`${PROFIT_NOUN}(?:(?!\b(?:revenues?|sales|chiffre|ventes|revenus|recettes|while|whereas|tandis|alors)\b)(?:[^.;:]|(?<=\d)[.](?=\d))){0,120}?\d(?:[^.;:(]|(?<=\d)[.](?=\d)){0,40}?(?:,\s*(?:soit|or|i\.e\.|equivalent\s+to|l['’]équivalent\s+de)\s+|\s*\(\s*)(?:(?:about|around|roughly|nearly|some|environ|près\s+de|quelque)\s+)?(?:US)?[$€£]?\s*$`,
      "iu",
    ),
  },
  {
    // "interest expense ($350 million guided for Q3)", « les charges d'intérêts s'élèvent à 90 millions »
    reason: "an interest expense, which no metric records",
    units: isCurrencyCode,
    before:
      /(?<!\p{L})(?:interest\s+(?:expenses?|costs|payments)|charges?\s+(?:d['’]intérêts|financières)|frais\s+financiers)(?:\s+(?:de|du|d['’])\s*[\p{L}.&-]+){0,2}\s*(?:\(\s*|:\s*|(?:of|de|d['’]|was|were|reached|totall?ed|came\s+in\s+at|stood\s+at|atteint|atteignaient|atteignait|s['’]élèvent\s+à|s['’]élève\s+à|ressort\s+à|ressortent\s+à)\s*)(?:(?:about|around|roughly|nearly|some|approximately|environ|près\s+de|quelque)\s+)?(?:US)?[$€£]?\s*$/iu,
  },
  {
    reason: "earnings per share",
    units: isCurrencyCode,
    before:
      /\b(?:earnings|EPS|profit|loss|bénéfice|BPA|perte)\s+(?:[\p{L}-]+\s+){0,2}(?:per|par|a)\s+(?:diluted\s+)?(?:share|action)\b[^.;:\d]{0,40}$/iu,
  },
  {
    reason: "earnings per share",
    units: isCurrencyCode,
    after: /^\s*(?:per|a|par)\s+(?:diluted\s+)?(?:share|action)\b/iu,
    before: EARNINGS_BEFORE,
  },
  {
    reason: "earnings per share",
    units: (unit) => unit === "USD_per_share",
    before: EARNINGS_IN_SENTENCE,
  },
  {
    reason: "earnings per share",
    units: isCurrencyCode,
    small: true,
    before: PER_SHARE_EARLIER,
  },
  {
    // "missed GAAP EPS estimates, reporting -0.6 $ against -0.49 $": EPS and BPA are per share by name.
    reason: "earnings per share",
    units: isCurrencyCode,
    small: true,
    before: PER_SHARE_ABBREVIATION_EARLIER,
  },
  {
    reason: "a count of things outside company finance",
    units: () => true,
    after:
      /^\s*(?:de\s+|d['’]|of\s+)?(?:pieds?\s+carrés|square\s+(?:feet|foot|f(?:oo|ee)t|meters?|metres?|miles?)|sq\.?\s*ft|m²|mètres?\s+carrés|acres?|hectares?|foyers|homes|households|ménages|emplois|jobs|postes\s+de\s+travail|habitants|residents|tonnes|tons|kilomètres|km|miles|litres|gallons|voitures|cars|véhicules|vehicles|barils|barrels|requêtes|requests|queries|prompts|tokens|jetons|paramètres|parameters|transistors|téléchargements|downloads|visites|visits|recherches|searches)(?!\p{L})/iu,
  },
  {
    reason: "a share of a power or energy quantity, outside company finance",
    units: (unit) => unit === "fraction",
    // "4% of U.S. electricity use", "40 % de la demande d'électricité des centres de données"
    after:
      /^\s*(?:of|de|du|des|d['’])\s*(?:[\p{L}.'’-]+\s+){0,3}?(?:d['’])?(?:electricity|power|energy|électricité|énergie|électrique)(?!\p{L})/iu,
  },
  {
    reason: "the change of a count of users, which no metric of the vocabulary measures",
    units: (unit) => unit === "fraction",
    // "650 millions de MAU, +44 % en trois mois", "weekly users, up 20% since March"
    before:
      /\b(?:MAU|WAU|DAU|users|utilisateurs|usagers|subscribers|abonnés)s?\b\s*(?:,\s*|\(\s*|[-—–]\s*)(?:up\s+|en\s+hausse\s+de\s+|\+\s*)?$/iu,
    change: true,
  },
  {
    reason: "an amount of energy, outside company finance",
    units: () => true,
    // "580 billion kilowatt hours", "12 TWh", "300 milliards de kilowattheures", "5 gigawatt-hours"
    after:
      /^\s*(?:de\s+|d['’]|of\s+)?(?:(?:kilo|m[ée]ga|giga|t[ée]ra)?watts?[-\s]?(?:hours?|heures?)|(?:kilo|m[ée]ga|giga|t[ée]ra)?wattheures?|[kMGT]Wh)(?!\p{L})/u,
  },
  {
    reason: "an amount of energy, outside company finance",
    units: (unit) => unit === "GW",
    // the power unit was read, the hours follow it: "10 gigawatt hours"
    after: /^[-\s]?(?:hours?|heures?)(?!\p{L})/u,
  },
  {
    reason: "a spending's share of revenue, which no metric of the vocabulary records",
    units: (unit) => unit === "fraction",
    before: SPENDING_AMOUNT_EQUAL_TO,
    after: SHARE_OF_REVENUE_AFTER,
  },
  {
    // "bringing operating costs down to half of sales", « limiter ses coûts à 30 % des ventes »: a cost measured against sales, and the next such ratio ("and just 9% by 2027")
    reason: "a spending's share of revenue, which no metric of the vocabulary records",
    units: (unit) => unit === "fraction",
    before: new RegExp(
      String.raw`${COST_NOUN}[^.;]{0,40}?(?<!\p{L})(?:to|à|at)\s+(?:(?:roughly|about|around|nearly|environ|près\s+de)\s+)?$`,
      "iu",
    ),
    after: SHARE_OF_REVENUE_AFTER,
  },
  {
    // "these expenses represent 45% of its revenue", « ces coûts pèsent 30 % de ses ventes »: a cost
    // noun as the subject of a share verb, with no other noun of sales between them
    reason: "a spending's share of revenue, which no metric of the vocabulary records",
    units: (unit) => unit === "fraction",
    before: new RegExp(
      String.raw`${COST_NOUN}(?!-)(?:(?!(?<!\p{L})(?:revenues?|sales|ventes|chiffre|revenus|recettes|while|whereas|alors|tandis)(?!\p{L}))[^.;,]){0,40}?(?<!\p{L})(?:${COST_SHARE_VERB})\s+(?:(?:roughly|about|around|nearly|some|over|more\s+than|environ|près\s+de|plus\s+de|quelque)\s+)?$`,
      "iu",
    ),
    after: SHARE_OF_REVENUE_AFTER,
  },
  {
    reason: "a spending's share of revenue, which no metric of the vocabulary records",
    units: (unit) => unit === "fraction",
    before: new RegExp(
      String.raw`${COST_NOUN}[^.;]{0,40}?(?:(?:of|de|du)\s+(?:(?:its|their|total|the|son|sa|leur|leurs)\s+)*(?:revenues?|sales|chiffre\s+d['’]affaires|revenus|ventes)(?!\p{L})[^.;]{0,30}?(?<!\p{L})(?:and|et|then|puis)\s+(?:(?:just|only|seulement|to|à)\s+)*)$`,
      "iu",
    ),
  },
  {
    // "operating income … compared to $410 million or 17 percent a year ago", « 410 millions, soit
    // 17 % »: a profit amount restated as its ratio to sales, which no metric records
    reason: "a profit's ratio to revenue, which no metric of the vocabulary records",
    units: (unit) => unit === "fraction",
    before: new RegExp(
      String.raw`${PROFIT_NOUN}(?:(?!(?<!(?:of|de|du|des)\s)\b(?:revenues?|sales|chiffre|ventes|revenus)\b|\b(?:while|whereas|tandis|alors)\b)(?:[^.;]|(?<=\d)[.](?=\d))){0,160}?\d(?:[^.;%]|(?<=\d)[.](?=\d)){0,30}?\s*,?\s*(?:or|soit)\s+(?:(?:about|roughly|nearly|environ|près\s+de)\s+)?$`,
      "iu",
    ),
  },
  {
    reason: "the change of a profit, a loss or a cash flow, which no metric of the vocabulary measures",
    units: (unit) => unit === "fraction",
    before: UNRECORDED_FLOW_CHANGE,
  },
  {
    reason: "the growth of a backlog, which no metric of the vocabulary measures",
    units: (unit) => unit === "fraction",
    before: BACKLOG_BEFORE,
  },
  {
    reason: "the change of an expense or a ratio, which no metric of the vocabulary measures",
    units: (unit) => unit === "fraction",
    before: UNRECORDED_EXPENSE_CHANGE,
  },
  {
    reason: "the growth of a backlog, which no metric of the vocabulary measures",
    units: (unit) => unit === "fraction",
    before: BACKLOG_GROWTH_APPOSITION,
  },
  {
    reason: "the revision of a figure over the company's earlier plan or pledge, not growth over a period",
    units: (unit) => unit === "fraction",
    before: RISE_BEFORE,
    after: EARLIER_PLAN_BASE,
  },
  {
    // "sold all 32.1 million of its Nvidia shares for $5.83 billion": a count of shares, no money
    reason: "a count of shares, not an amount of money",
    units: isCurrencyCode,
    currencyElided: true,
    after:
      /^\s*(?:(?:of\s+(?:its|their|his|her|the)|de\s+(?:ses|leurs)|d['’])\s*)?(?:[\p{L}.-]+\s+){0,2}?(?:shares|actions|titres)(?!\p{L})/iu,
  },
  {
    // "millions of CPUs", « des milliers de serveurs »: no currency of their own, whatever the sentence's
    reason: "a count of machines or chips, not an amount of money",
    units: isCurrencyCode,
    currencyElided: true,
    vague: true,
    after: new RegExp(String.raw`^\s*(?:of|de|d['’])\s*(?:[\p{L}-]+\s+){0,2}?${COUNTED_MACHINES}`, "iu"),
  },
  {
    reason: "a change between two amounts",
    units: isCurrencyCode,
    before:
      /\b(?:hausse|augmentation(?!\s+de\s+capital)|progression|baisse|recul|increase|rise|jump|hike|drop|decline|bump)\s+(?:d['’]environ\s+|de\s+(?:près\s+de\s+|plus\s+de\s+)?|d['’]|of\s+(?:about\s+|roughly\s+|nearly\s+|some\s+|more\s+than\s+)?)$/iu,
    after:
      /^[^.;]{0,40}?\b(?:par\s+rapport\s+(?:à|au|aux)|comparé|compared|from|than|over\s+(?:the\s+)?(?:previous|prior|last|year-ago)|sur\s+un\s+an|year[-\s]on[-\s]year|year[-\s]over[-\s]year)(?!\p{L})/iu,
  },
  {
    reason: "a change between two amounts",
    units: isCurrencyCode,
    before: /(?:^|[\s(—–,-])(?:up|down|en\s+hausse\s+de|en\s+baisse\s+de)\s+$/iu,
    after:
      /^\s*(?:\(?\s*)?(?:YoY|y\/y|Y\/Y|QoQ|q\/q|year[-\s]on[-\s]year|year[-\s]over[-\s]year|quarter[-\s](?:on|over)[-\s]quarter|sequentially|sur\s+un\s+an|sur\s+un\s+trimestre|d['’]un\s+trimestre\s+à\s+l['’]autre|en\s+un\s+an|(?:from|over|compared\s+(?:to|with))\s+(?:a|the|last)\s+(?:year|quarter)|par\s+rapport\s+à\s+l['’]an(?:née)?\s+(?:dernière|précédente|passée))(?!\p{L})/iu,
  },
  {
    reason: "a public budget or an economy used as a yardstick, outside AI-company finance",
    units: isCurrencyCode,
    before:
      /\b(?:defen[cs]e(?![-\s](?:company|companies|firm|firms|start-?ups?|tech|technology|contractors?|group|unicorn|specialist|maker))|military|GDP|gross\s+domestic\s+product|PIB|produit\s+intérieur\s+brut|budgets?\s+(?:de\s+la\s+défense|militaires?|de\s+l['’]État|national)|dépenses\s+militaires|(?<!(?:société|sociétés|entreprise|entreprises|start-?up|start-?ups|groupe|spécialiste|champion|pépite|licorne|industriel|fabricant)\s+(?:de\s+(?:la\s+)?)?)défense)\b[^.;:]{0,40}$/iu,
  },
  {
    // "Oracle représente 25 % des émissions d'obligations du secteur", "accounts for 2% of emissions":
    // the share of something that is neither sales, a round, capital, users nor a backlog
    reason: "a share of something no metric of the vocabulary records",
    units: (unit) => unit === "fraction",
    before: SHARE_VERB_BEFORE,
    after: new RegExp(
      `(?!${BARE_CHANGE_NOUN_AFTER.source})${SHARE_COMPLEMENT_START}(?!${SHARE_DETERMINERS}${RECORDED_SHARE_BASE}(?!\\p{L}))\\p{L}`,
      "iu",
    ),
  },
  {
    // "40 % des ventes mondiales de semi-conducteurs", "30% of industry sales": a market's sales
    reason: "a share of a market, which no metric of the vocabulary records",
    units: (unit) => unit === "fraction",
    before: SHARE_VERB_BEFORE,
    after: new RegExp(
      `${SHARE_COMPLEMENT_START}${SHARE_DETERMINERS}(?:[\\p{L}-]+\\s+){0,2}?(?:ventes|sales|revenus|revenues?|chiffres?\\s+d['’]affaires)\\s+(?:mondia\\p{L}*|du\\s+secteur|du\\s+marché|de\\s+l['’]industrie|de\\s+la\\s+branche|worldwide|globa\\p{L}*|(?:of|in)\\s+the\\s+(?:industry|sector|market))`,
      "iu",
    ),
  },
  {
    // "ont contribué pour 40 % à la croissance du PIB", "40% of US GDP growth"
    reason: "a public budget or an economy used as a yardstick, outside AI-company finance",
    units: (unit) => unit === "fraction",
    after: /^[^.;]{0,40}?\b(?:GDP|gross\s+domestic\s+product|PIB|produit\s+intérieur\s+brut)\b/iu,
  },
  {
    // "about $500 billion in today's money", « 150 milliards de dollars actuels », "à titre de comparaison"
    reason: "a historical yardstick, not a company's figure",
    units: isCurrencyCode,
    after:
      /^\s*(?:(?:in|of)\s+today['’]s\s+(?:money|dollars|terms)|(?:adjusted\s+for|corrigés?\s+de\s+l['’])\s*inflation|actuels|d['’]aujourd['’]hui|(?:en\s+)?dollars\s+(?:actuels|constants|d['’]aujourd['’]hui))(?!\p{L})/iu,
  },
  {
    reason: "a historical yardstick, not a company's figure",
    units: isCurrencyCode,
    before:
      /^\W*(?:for\s+comparison|by\s+comparison|in\s+comparison|à\s+titre\s+de\s+comparaison|par\s+comparaison|en\s+comparaison)\b[^.;:]*$/iu,
  },
  {
    reason: "the installed base of a whole industry, not a company's figure",
    units: isCurrencyCode,
    after:
      /^\s*(?:of|de|d['’])\s*(?:(?:installed|existing)\s+(?:global\s+|worldwide\s+)?|(?:global|worldwide)\s+installed\s+|infrastructures?\s+(?:\p{L}+\s+){0,3}?install\p{L}*\s+(?:dans\s+le\s+monde|à\s+l['’]échelle\s+mondiale))/iu,
  },
  {
    // « Deux développeurs ont quitté… », "three users sued", "a dozen subscribers complained": a
    // handful of people, written without a scale word and under a thousand (§8: counts of people)
    reason: "a count of a few people, not a product's users",
    units: (unit) => unit === "users" || unit === "subscribers",
    small: true,
  },
  {
    reason: "a pace of sign-ups over hours or days, not a count of users",
    units: (unit) => unit === "users" || unit === "subscribers",
    after:
      /^\s*(?:\p{L}+\s+){0,2}?(?:in|en|within|within\s+just|in\s+just|in\s+only|en\s+seulement)\s+(?:(?:a|one|une?|the\s+(?:first|last)|les|la|le)\s+)?(?:(?:single|seule|\d+|two|three|four|five|six|seven|ten|deux|trois|quatre|cinq|six|sept|dix|few|quelques|premières?|premiers?)\s+)*(?:hours?|heures?|days?|jours?|minutes?|semaines?|weeks?)(?!\p{L})/iu,
  },
  {
    reason: "a change in market value, not the market value",
    units: isCurrencyCode,
    before: new RegExp(
      String.raw`(?:added|adds|adding|(?:wiped|wipes|wiping)(?:\s+out)?|erased|erases|erasing|lost|loses|losing|gained|gains|gaining|shed|sheds|shedding|ajouté|ajoutant|effacé|effaçant|perdu|perdant|gagné|gagnant)\s+(?:(?:another|an\s+additional|an\s+extra|a\s+further|encore)\s+)?${optionalHedge(["approx", "at_least"])}$`,
      "iu",
    ),
    after:
      /^\s+(?:to|from|off|in|of|à|de|d['’]|en)\s*(?:(?:its|their|the|sa|leur|la)\s+)?(?:\p{L}\S*\s+)?(?:market\s+(?:value|capitali[sz]ation|cap)|valeur\s+boursière|capitalisation)/iu,
  },
  {
    // "sa capitalisation boursière a fondu de 600 milliards", "its market value fell by $600 billion"
    reason: "a change in market value, not the market value",
    units: isCurrencyCode,
    before:
      /\b(?:market\s+(?:value|capitali[sz]ation|cap)|valeur\s+boursière|capitalisation(?:\s+boursière)?)\b[^.;:\d]{0,40}?(?:fond\p{L}*|chut\p{L}*|plong\p{L}*|recul\p{L}*|baiss\p{L}*|diminu\p{L}*|gonfl\p{L}*|bondi\p{L}*|envol\p{L}*|grimp\p{L}*|augment\p{L}*|progress\p{L}*|fell|dropped|shrank|plunged|slumped|tumbled|rose|jumped|climbed|swelled|soared|grew|increased|decreased)\s+(?:de|by|d['’])\s*(?:(?:about|some|nearly|almost|more\s+than|environ|près\s+de|plus\s+de|quelque)\s+)?$/iu,
  },
  {
    // "détient 80 % du marché des puces", "80% of the AI accelerator market", "une part de marché de 24 %"
    reason: "a share of a market, which no metric of the vocabulary records",
    units: (unit) => unit === "fraction",
    after:
      /^\s*(?:du|des|de\s+(?:ce|l['’]ensemble\s+du)|of\s+(?:the|this|that|its)(?:\s+(?:global|worldwide|world|total|entire))?)\s+(?:[\p{L}-]+\s+){0,3}?(?:marchés?|markets?)(?!\p{L})/iu,
  },
  {
    reason: "a share of a market, which no metric of the vocabulary records",
    units: (unit) => unit === "fraction",
    before: /\b(?:parts?\s+de\s+marché|market\s+shares?)\b[^.;:\d]{0,40}$/iu,
  },
  {
    // "held the largest share of leased power in the US, with a 15% share", « détient la plus grande part du marché, avec 15 % »
    reason: "a share of a market, which no metric of the vocabulary records",
    units: (unit) => unit === "fraction",
    before:
      /(?<!\p{L})(?:largest|biggest|leading|dominant|plus\s+grande|principale)\s+(?:market\s+)?(?:share|part)\s+(?:of|du|de|des|d['’])[^.;:%]{0,120}$/iu,
  },
  {
    // "$17 billion in positive cash flow", « 5 milliards de flux de trésorerie disponible »
    reason: "a cash flow, which no metric records",
    units: isCurrencyCode,
    after:
      /^\s*(?:of|in|de|d['’])\s*(?:(?:positive|negative|free|operating)\s+)?(?:cash\s+flows?|flux\s+de\s+trésorerie)(?!\p{L})/iu,
  },
  {
    // "agreed to pay $1.5 billion to settle a lawsuit", "une amende de 500 millions d'euros"
    reason: "a fine or a legal settlement, outside the vocabulary of company finance",
    units: isCurrencyCode,
    before: new RegExp(
      String.raw`(?:\bfined\s+(?:[\p{L}.'’-]+\s+){0,3}?|\b(?:fines?|penalt(?:y|ies)|damages)\s+(?:of|totall?ing)\s+|\bamendes?\s+(?:\p{L}+\s+){0,2}?(?:de|d['’])\s*|\bpénalités?\s+(?:de|d['’])\s*|dommages(?:[-\s]et[-\s]|\s+)intérêts\s+(?:de|d['’])\s*)${optionalHedge(["approx", "at_least"])}$`,
      "iu",
    ),
  },
  {
    reason: "a fine or a legal settlement, outside the vocabulary of company finance",
    units: isCurrencyCode,
    after:
      /^[^.;]{0,50}?(?:\bto\s+settle\b|\bsettl(?:e|es|ed|ing)\s+(?:a|the|its)\s+(?:[\p{L}-]+\s+){0,2}?(?:lawsuits?|suits?|cases?|claims|dispute)|\bpour\s+(?:solder|régler|clore|mettre\s+fin\s+à)\s+(?:un|une|le|la|les|ce|cette)\s+(?:[\p{L}-]+\s+){0,2}?(?:litiges?|procès|plaintes?|poursuites|contentieux|différends?|action\s+collective))/iu,
  },
  {
    // "Jensen Huang's net worth has climbed to $150 billion", "des rémunérations allant jusqu'à 100 millions"
    reason: "a person's pay or wealth, not a company's figure",
    units: isCurrencyCode,
    before:
      /\b(?:net\s+worth|fortune|personal\s+wealth|pay\s+(?:packages?|deals?|awards?)|compensation\s+(?:packages?|plans?)|salar(?:y|ies)|salaires?|rémunérations?|bonus(?:es)?|signing\s+bonus(?:es)?)\b[^.;:\d]{0,40}$/iu,
  },
  {
    // "BlackRock, which manages about $13 trillion", « un fonds qui gère 100 milliards de dollars »,
    // "a fund with $100 billion under management", « doté de 900 milliards de dollars d'actifs »
    reason: "the assets an investor manages, not a figure of the deal",
    units: isCurrencyCode,
    before: new RegExp(
      String.raw`(?<!\p{L})(?:manag(?:es|ed|ing)|oversees?|overseeing|gère|gèrent|gérait|gérant)\s+${optionalHedge(["approx", "at_least"])}$`,
      "iu",
    ),
  },
  {
    reason: "the assets an investor manages, not a figure of the deal",
    units: isCurrencyCode,
    after:
      /^\s*(?:(?:in|of)\s+(?:total\s+)?assets|(?:of\s+)?assets\s+under\s+management|under\s+management|d['’]actifs(?:\s+sous\s+gestion)?|(?:d['’]encours|en\s+actifs)\s*(?:sous\s+gestion)?|sous\s+gestion)(?!\p{L})/iu,
  },
  {
    // "le nombre de requêtes a bondi de 300 %", "AI server shipments will grow 28%": a count's change
    reason: "the change of a count, which no metric of the vocabulary measures",
    units: (unit) => unit === "fraction",
    before: new RegExp(
      String.raw`\b(?:(?:(?:le|du|the)\s+nombre|number)\s+(?:de|d['’]|of)(?!\s*(?:utilisateurs|users|abonnés|subscribers)\b)|shipments|livraisons|expéditions|downloads|téléchargements|headcount|effectifs|workforce)\s*(?:(?!\b(?:revenues?|sales|chiffre|ventes|revenus|recettes|dépenses|capex|spending|investissements?)\b)[^.;:\d]){0,60}?(?<!\p{L})(?:bondi\p{L}*|progress\p{L}*|augment\p{L}*|grimp\p{L}*|recul\p{L}*|baiss\p{L}*|chut\p{L}*|cro[iî]t\p{L}*|rose|ris(?:e|es|ing)|jump\p{L}*|gr[eo]w\p{L}*|climb\p{L}*|increas\p{L}*|surg\p{L}*|soar\p{L}*|f[ae]ll\p{L}*|drop\p{L}*|declin\p{L}*|en\s+(?:hausse|baisse|progression|recul)|up|down)\s+(?:de|by|d['’])?\s*${optionalHedge(["approx", "at_least"])}$`,
      "iu",
    ),
  },
  {
    // "some $3.3bn above what the Street expected", "2 milliards sous le consensus", "beat estimates by $1.2bn"
    reason: "the gap between a figure and expectations, not the figure",
    units: isCurrencyCode,
    // not the figure itself compared ("revenue of $57 billion ahead of consensus")
    before: new RegExp(
      String.raw`(?<!(?:\b(?:of|at|to|de|à|reached|hit|atteint|totali[sz]ed|totall?ed)\s+|\bd['’]\s*)${optionalHedge(["approx", "at_least"])})$`,
      "iu",
    ),
    after:
      /^\s*(?:above|below|ahead\s+of|short\s+of|au-dessus\s+(?:du|des|de)|en\s+dessous\s+(?:du|des|de)|sous\s+(?:le|les|la)|de\s+plus\s+que|de\s+moins\s+que)\s+(?:[\p{L}'’-]+\s+){0,3}?(?:expectations|estimates|consensus|forecasts?|analysts?|Street|attentes|estimations|prévisions|analystes)(?!\p{L})/iu,
  },
  {
    reason: "the gap between a figure and expectations, not the figure",
    units: isCurrencyCode,
    before: new RegExp(
      String.raw`\b(?:beat(?:s|ing)?|top(?:s|ped|ping)|exceed(?:s|ed|ing)?|miss(?:es|ed|ing)?|surpass(?:es|ed|ing)?|dépass\p{L}*|battu\p{L}*|manqu\p{L}*)\s+(?:(?:[\p{L}'’-]+\s+){0,3}?(?:expectations|estimates|consensus|forecasts?|attentes|estimations|prévisions|Wall\s+Street|(?:the\s+)?Street|analysts?|analystes)\s+)?(?:by|de)\s+${optionalHedge(["approx"])}$`,
      "iu",
    ),
    after:
      /^[^.;]{0,20}?(?:expectations|estimates|consensus|forecasts?|attentes|estimations|prévisions)(?!\p{L})|^\s*(?:[.;,]|$)/iu,
  },
  {
    reason: "the demand for an issue (its order book), not the amount raised",
    units: isCurrencyCode,
    before: new RegExp(
      String.raw`(?:carnet\s+d['’]ordres|livre\s+d['’]ordres|order\s+book|demande\s+des\s+investisseurs|investor\s+demand)\s+(?:(?:de|d['’]|of|reached|atteignant|topping|totalling|totaling)\s*)?${optionalHedge(["approx", "at_least"])}$`,
      "iu",
    ),
  },
  {
    reason: "a profit, which no metric records",
    units: isCurrencyCode,
    // "19,2 billions de wons (13,2 milliards de dollars) de résultat d'exploitation": past a conversion too
    after:
      /^(?:\s*\([^()]{0,40}\))?\)?\s+(?:de|d['’]|of|in)\s*(?:(?:adjusted|ajusté)\s+)?(?:bénéfices?(?:\s+(?:nets?|opérationnels?|d['’]exploitation))?|(?:operating\s+)?profits?|(?:net|operating)\s+income|résultats?\s+(?:nets?|opérationnels?|d['’]exploitation)|earnings|EBITDA|EBIT)(?!\p{L})/iu,
  },
  {
    // "the first quarter with $1 billion in revenue", « le premier trimestre à plus d'un milliard de
    // revenus »: a round threshold the period crossed, not the period's figure (given beside it).
    reason: "a milestone's round threshold, not the figure itself",
    units: isCurrencyCode,
    before:
      /(?<!\p{L})(?:first|premier|première)\s+(?:quarter|year|month|half|time|trimestre|semestre|exercice|année|mois|fois)\s+(?:ever\s+)?(?:with|above|over|of|exceeding|topping|past|à|au-delà\s+de|avec|dépassant)\s+(?:both\s+|à\s+la\s+fois\s+)?(?:(?:more\s+than|over|plus\s+de|plus\s+d['’])\s*)?(?:US)?[$€£]?\s*$/iu,
  },
  {
    reason: "a threshold that defines a group counted, not an amount",
    units: isCurrencyCode,
    atLeast: true,
    before:
      /\b(?:deals|contracts|customers|clients|accounts|organi[sz]ations|companies|enterprises|businesses|contrats|comptes|entreprises|sociétés|rounds|(?:méga-)?tours(?:\s+de\s+table)?|levées(?:\s+de\s+fonds)?|transactions|opérations|financements)\s*(?:\(\s*)?(?:(?:spending|that\s+spend|which\s+spend|paying|generating|that\s+generate|which\s+generate|bringing\s+in|contributing|qui\s+dépensent|dépens\p{L}*|payant|générant|qui\s+génèrent|rapportant|qui\s+rapportent)\s+)?$/iu,
  },
  {
    // "bought back $12.7 billion of shares", "a racheté pour 12,7 milliards d'actions", "a $100 billion
    // share buyback": a company buying its own shares, which no metric records.
    reason: "a buyback of the company's own shares",
    units: isCurrencyCode,
    before:
      /(?:\b(?:bought\s+back|buy(?:s|ing)?\s+back|repurchas\p{L}*)|(?<!\p{L})(?:rachat\s+(?:de\s+ses\s+propres\s+|d['’])(?:actions|titres)|rachet\p{L}*\s+(?:pour\s+)?))[^.;:]{0,30}$/iu,
    after:
      /^\s*(?:(?:worth|of|in)\s+(?:its\s+(?:own\s+)?)?(?:shares|stock)|(?:de\s+ses\s+propres\s+|d['’])(?:actions|titres)|(?:share|stock)\s+(?:buy\s*backs?|repurchases?))(?!\p{L})|^[^.;:]{0,40}?(?:share|stock)\s+(?:buy\s*backs?|repurchases?)/iu,
  },
  {
    // "enough to power 20 million homes", « de quoi alimenter deux millions de foyers »: an equivalence
    reason: "an equivalence, not a company's figure",
    units: () => true,
    before:
      /(?<!\p{L})(?:enough\s+(?:(?:electricity|power|energy)\s+)?to\s+(?:power|supply|run|light|heat)|the\s+equivalent\s+of\s+(?:powering|supplying)|de\s+quoi\s+(?:alimenter|fournir|éclairer|chauffer)|(?:assez|suffisamment)\s+(?:d['’](?:électricité|énergie)\s+)?pour\s+(?:alimenter|fournir|éclairer|chauffer)|l['’]équivalent\s+de\s+la\s+consommation\s+(?:de|d['’]))\s*(?:(?:about|around|roughly|some|nearly|more\s+than|over|environ|près\s+de|plus\s+de|quelque)\s+)?$/iu,
  },
  {
    // "$120 million in valuation per employee", « 2 millions d'euros par salarié »: a ratio per person
    reason: "a ratio per person, which no metric records",
    units: isCurrencyCode,
    after:
      /^\s*(?:(?:in|of|de|d['’])\s*(?:[\p{L}'’-]+\s+){0,3}?)?(?:per|a|par)\s+(?:employees?|workers?|staff(?:ers?)?|head|capita|persons?|residents?|inhabitants?|salariés?|employés?|collaborateurs?|habitants?|personnes?|tête)(?!\p{L})/iu,
  },
  {
    // "Funding Per Employee | $20 million": a table row or a label per person
    reason: "a ratio per person, which no metric records",
    units: isCurrencyCode,
    before:
      /(?<!\p{L})(?:per|par)\s+(?:employees?|workers?|head|capita|salariés?|employés?|habitants?)\s*[|:=]\s*(?:US)?[$€£]?\s*$/iu,
  },
  {
    // "revenue is not $1 trillion", « le chiffre d'affaires n'est pas de 1 000 milliards »: a figure denied
    reason: "a figure the text denies",
    units: () => true,
    before:
      /(?<!\p{L})(?:(?:is|are|was|were|be)\s+not|isn['’]t|aren['’]t|wasn['’]t|weren['’]t|n['’](?:est|était|sont|étaient|sera|seront)\s+pas(?:\s+de|\s+d['’])?)\s*$/iu,
  },
  {
    // "$13.5 million in annual tax revenue", « 50 millions d'euros de recettes fiscales »: public finance
    reason: "a tax, outside the vocabulary of company finance",
    units: isCurrencyCode,
    after:
      /^\s*(?:in|of|de|d['’])\s*(?:(?:annual|yearly|new|additional|local|state|property|annuelles?|nouvelles?|supplémentaires?|locales?)\s+)*(?:tax(?:es)?(?:\s+(?:revenues?|receipts|payments))?|recettes\s+fiscales|impôts?|taxes)(?!\p{L})/iu,
  },
  {
    // "100 percent clean energy", « 100 % d'énergie renouvelable »: an energy mix, outside company finance
    reason: "a share of a power or energy quantity, outside company finance",
    units: (unit) => unit === "fraction",
    after:
      /^\s*(?:(?:of|de|d['’])\s*)?(?:(?:clean|renewable|carbon[-\s]free|green|nuclear|low[-\s]carbon|zero[-\s]carbon|fossil)\s+(?:energy|power|electricity|sources?)|(?:énergies?|électricité)\s+(?:renouvelables?|décarbonée?s?|verte?s?|propres?|nucléaires?|bas[-\s]carbone|fossiles?))(?!\p{L})/iu,
  },
  {
    // "raised its quarterly dividend 10% to 65 cents a share", « un dividende de 0,50 euro par action »
    reason: "a dividend, which no metric records",
    units: (unit) => isCurrencyCode(unit) || unit === "USD_per_share" || unit === "fraction",
    before:
      /(?<!\p{L})(?:dividends?|dividendes?)(?:[^.;:\d]|\d[\d.,]*\s*(?:%|percent|per\s*cent|pour\s*cent)){0,60}$/iu,
  },
  {
    // "now trades near $100", "closed at $98.50", « le titre a clôturé à 220 dollars »: the market's quote
    reason: "a share's price on the market",
    units: (unit) => isCurrencyCode(unit) || unit === "USD_per_share",
    small: true,
    before:
      /(?<!\p{L})(?:trad(?:es|ed|ing)|clos(?:es|ed|ing)|open(?:s|ed|ing)|finish(?:es|ed|ing)|chang(?:es|ed)\s+hands|s['’]échang\p{L}*|clôtur\p{L}*|cot(?:e|ait|ée|aient))\s+(?:(?:the\s+(?:day|session)|la\s+séance)\s+)?(?:at|near|around|above|below|under|over|à|autour\s+de|près\s+de|sous|au-dessus\s+de|en\s+dessous\s+de)\s+(?:(?:about|around|roughly|nearly|environ)\s+)?(?:US)?[$€£]?\s*$/iu,
  },
  {
    // "à 31,02 dollars (+24,58 %)", "at $33.10 (+4.2%)": a share's quote and its move beside it
    reason: "a share's move on the market",
    units: (unit) => unit === "fraction",
    change: true,
    before:
      /(?:(?<![\d.,\u00a0\u202f]|\d\s)\d{1,4}(?:[.,]\d{1,2})?\s*(?:dollars?|euros?|\$|€|USD|EUR)|[$€]\s*\d{1,4}(?:[.,]\d{1,2})?)\s*\(\s*(?:[+−-]\s*)?$/iu,
  },
  {
    reason: "a size given as an example",
    units: (unit) => unit === "GW",
    before: /\b(?:a|an|un|une|each|every|chaque|tout|that|que)\s+$/iu,
    after:
      /^\s*(?:(?:AI\s+|d['’]IA\s+)?(?:data\s*cent(?:er|re)|centre\s+de\s+données|datacenter|campus|site|facility|installation)|of\s+(?:AI\s+)?(?:compute|capacity)|de\s+(?:capacité|calcul)(?:\s+d['’]IA)?)\s+(?:\p{L}+\s+){0,2}?(?:requires?|needs?|costs?|would\s+cost|coûte\p{L}*|nécessite\p{L}*|demande\p{L}*|exige\p{L}*)\b/iu,
  },
];

/** The reason a figure is no claim (CLAIMS.md §8), read from the words right around it; null when none applies. */
export function notAClaimReason(
  text: string,
  sentenceStart: number,
  sentenceEnd: number,
  q: QuantityMention,
  unit: string,
): string | null {
  let before: string | undefined;
  let after: string | undefined;
  for (const rule of RULES) {
    if (!rule.units(unit)) continue;
    if (rule.small && !perShareSized(text, q)) continue;
    if (rule.unscaled && SCALE_WORD.test(text.slice(q.numberSpan.start, q.numberSpan.end))) continue;
    if (rule.atLeast && q.bound !== "at_least") continue;
    if (rule.change && !writtenAsChange(text, sentenceStart, q)) continue;
    if (rule.currencyElided && q.unit !== null) continue;
    if (rule.vague && !q.vague) continue;
    if (rule.after) {
      after ??= text.slice(q.span.end, sentenceEnd);
      if (!firstMatch(rule.after, after)) continue;
    }
    if (rule.before) {
      before ??= text.slice(sentenceStart, q.span.start);
      if (!firstMatch(rule.before, before)) continue;
    }
    return rule.reason;
  }
  return null;
}

/** A market or the world as the subject ("the global cloud market reached…", "dans le monde"). */
const MARKET_SUBJECT =
  /(?:\b(?:le|du|au|les|des|the|a|this|that)\s+(?:[\p{L}-]+\s+){0,3}?(?:marchés?|markets?)(?!\p{L})(?!\s+(?:cap|capitali[sz]ation|value|valuation)(?!\p{L}))|\b(?:global|worldwide)\s+(?:[\p{L}-]+\s+){0,2}?(?:spending|investments?|sales|revenues?)(?!\p{L})|(?<!\p{L})(?:dépenses|investissements|ventes|revenus)\s+mondia(?:les|ux)(?!\p{L})|\bdans\s+le\s+monde\b|\bworldwide\b|\bin\s+the\s+world\b|à\s+l['’]échelle\s+mondiale)[^.;]{0,100}$/iu;

/**
 * A figure about a whole market or the world, with no company named before it in its sentence but
 * a bank or research firm that gives it ("McKinsey reckons the world market…").
 */
function marketSize(r: DocumentReading, s: SentenceReading, q: QuantityMention, unit: string): string | null {
  if (!isCurrencyCode(unit) && unit !== "GW") return null;
  const owner = (p: Party) =>
    p.kind === "company" && p.start < q.span.start && r.gazetteer.roles.get(p.canonical) !== "source";
  if (s.parties.some(owner)) return null;
  const before = r.text.slice(s.sentence.start, q.span.start);
  if (!firstMatch(MARKET_SUBJECT, before)) return null;
  // "the data-center market growing to $1 trillion": a market whose collective owns its figures.
  if (marketBefore(r.text, s.sentence.start, q.span.start, r.context.language)) return null;
  return "the size of a market, not of a company";
}

/**
 * The subject of a clause that totals a whole funding market rather than a company's money:
 * "global venture capital invested $91 billion", "M&A deals generated", « le capital-risque mondial a
 * investi », « les fusions-acquisitions ont généré », « les levées de fonds mondiales ».
 */
/**
 * Funding or sales of a whole sector, not of one company: « les levées de fonds des start-up françaises
 * de l'IA », « les investissements dans l'IA générative », « les ventes mondiales de semi-conducteurs »,
 * "AI startup funding", "investment in AI startups", "global chip sales".
 */
const SECTOR_FUNDING = String.raw`les\s+(?:levées\s+de\s+fonds|investissements|financements|montants\s+levés)\s+(?:des|dans\s+(?:les|la|l['’]))\s*(?:start-?up\p{L}*|jeunes\s+pousses|IA|intelligence\s+artificielle|secteur)(?:\s+(?!(?:ont|a|sont)\s)[\p{Ll}'’-]+){0,4}|les\s+ventes\s+mondiales\s+(?:de|d['’])\s*(?:semi-conducteurs|puces|serveurs|processeurs)(?:\s+(?!(?:ont|a|sont)\s)[\p{Ll}'’-]+){0,2}|(?:(?:global|worldwide|AI|generative\s+AI)\s+)+(?:startup|start-up)\s+(?:funding|investment|fundraising)|investments?\s+in\s+(?:generative\s+)?AI\s+start-?ups|(?:global|worldwide)\s+(?:chip|semiconductor)\s+sales`;

const FUNDING_MARKET = String.raw`(?:(?:global|worldwide|total|overall|US|U\.S\.|European|Chinese|AI|startup|start-up)\s+)*(?:venture(?:\s+capital)?|VC)(?:\s+(?:funding|investments?|investors|dollars|deals|firms))?|(?:global|worldwide|total|overall)\s+(?:startup\s+|AI\s+)?(?:funding|fundraising)|(?:M&A|mergers\s+and\s+acquisitions)(?:\s+(?:deals|activity|volume|market))?|(?:startup|start-up)\s+(?:funding|exits)|le\s+capital[-\s]risque(?:\s+(?:mondial|européen|américain|français|international))?|les\s+(?:investissements|fonds)\s+(?:en|de)\s+capital[-\s]risque|les\s+fusions[-\s]acquisitions|les\s+levées\s+de\s+fonds\s+(?:mondiales|européennes|américaines|françaises|des\s+start-?up\p{L}*|de\s+l['’]IA)|les\s+start-?up\p{L}*\s+(?:mondiales|européennes|américaines|françaises|de\s+l['’]IA)|${SECTOR_FUNDING}`;

/** A funding market heading its clause and its verb, with no company between them and the figure. */
const FUNDING_MARKET_SUBJECT = new RegExp(
  String.raw`(?:^|[.;:\n•\-–—]\s*|,\s*(?:(?:while|whereas|but|mais|alors\s+que|tandis\s+que)\s+)?)(?:the\s+|le\s+)?(?:${FUNDING_MARKET})\s+(?:(?:have|has|a|ont|also|aussi|already|déjà)\s+)*(?:invested|raised|reached|totall?ed|generated|drew|attracted|hit|poured|grew|rose|jumped|climbed|fell|dropped|investi|atteint|généré|levé|attiré|totalisé|cumulé|représenté|progressé|bondi|augmenté|reculé|baissé|chuté)(?!\p{L})[^.;]{0,160}$`,
  "iu",
);

/** A country or region named as where funding went: "the US captured $60 billion", « les États-Unis ont capté ». */
const COUNTRY_DRAW = new RegExp(
  String.raw`(?:^|[.;:\n•\-–—]\s*)(?:the\s+)?(?:les\s+|la\s+|l['’])?(?:United\s+States|U\.S\.|US|${PLACE_NAMES})\s+(?:(?:have|has|a|ont|also|aussi)\s+)*(?:captured|attracted|drew|accounted\s+for|took|capté|attiré|concentré|récolté|représenté)\s*$`,
  "iu",
);

/**
 * A figure that totals a funding market (venture capital, M&A, a country's share of the world's
 * funding), with no company heading the clause: no company's claim (CLAIMS.md §8), whatever
 * company the paragraph names later.
 */
function fundingMarketTotal(
  r: DocumentReading,
  s: SentenceReading,
  q: QuantityMention,
  unit: string,
): string | null {
  if (!isCurrencyCode(unit) && unit !== "fraction") return null;
  const before = r.text.slice(s.sentence.start, q.span.start);
  if (isCurrencyCode(unit) && firstMatch(COUNTRY_DRAW, before))
    return "the share of a market's funding a country drew";
  const m = firstMatch(FUNDING_MARKET_SUBJECT, before);
  if (!m) return null;
  const subjectAt = s.sentence.start + m.index;
  const companyInClause = (p: Party) =>
    p.kind === "company" &&
    p.start >= subjectAt &&
    p.start < q.span.start &&
    !r.gazetteer.publicBodies.has(p.canonical);
  return s.parties.some(companyInClause) ? null : "the total of a funding market, not a company's figure";
}

/** From a company's name to its move: "Alphabet rose >6%", "Tesla a cédé 2,3 %" (a company does not rise; its share does). */
const COMPANY_MOVE = new RegExp(
  `^\\s+(?:(?:a|ont|has|have|had)\\s+)?${PRICE_MOVE}(?!\\p{L})\\s*(?:by\\s+|de\\s+)?(?:${hedgeWords(["approx", "at_least"])}\\s+|[>≥~≈]\\s*)?$`,
  "iu",
);

/**
 * What stands before a company that heads its clause: the start of the sentence or a clause, a
 * conjunction, or the share named ("l'action Tesla", "shares of"). Anything else ("le chiffre
 * d'affaires d'Oracle", "revenue generated by Azure") makes the company a complement, not the subject.
 */
const CLAUSE_HEAD_BEFORE =
  /(?:^|[.;:,!?(—–-]\s*|(?:^|\s)(?:and|et|while|whereas|but|mais|alors\s+que|tandis\s+que)\s+)(?:(?:l['’]action|le\s+titre|l['’]action\s+de|(?:the\s+)?shares\s+of|(?:the\s+)?stock\s+of)\s*)?$/iu;

/**
 * What a percentage is of ("5% of its stake", "10 % du capital"), or the amount it moved to ("rose
 * 14% to $16.1 billion"): a share or a flow's growth, not a move on the market.
 */
const SHARE_OF_AFTER =
  /^(?:\s*(?:of|de|du|des|d['’])(?!\p{L})|\s*,?\s*(?:to|à)\s+[$€]?\s*\d[\d.,]*\s*(?:milliards?|millions?|billions?|trillions?|mds?|bn|mn|[MBT]\b))/iu;

/**
 * A change measured over a reporting period ("year on year", "sur un an", "au troisième trimestre",
 * "compared with"): a company's growth, as a share's move on the market is not.
 */
const PERIOD_CHANGE_AFTER =
  /^[^.;]{0,40}?\b(?:year[-\s](?:on|over)[-\s]year|YoY|y\/y|sur\s+un\s+an|en\s+un\s+an|(?:par\s+rapport|compar\p{L}*|from|than|versus|contre)\b|(?:in|over|during|au|du|sur\s+le|pour\s+le)\s+(?:the\s+)?(?:first|second|third|fourth|premier|deuxième|second|troisième|quatrième|last|dernier)?\s*(?:quarter|trimestre|semestre|half|fiscal\s+year|exercice))/iu;

/** A percentage moved by a company named right before its verb: its share price's move (CLAIMS.md §8). */
function companyShareMove(
  r: DocumentReading,
  s: SentenceReading,
  q: QuantityMention,
  unit: string,
): string | null {
  if (unit !== "fraction") return null;
  const mover = s.parties.findLast((p) => p.kind === "company" && p.end <= q.span.start);
  if (!mover || !COMPANY_MOVE.test(r.text.slice(mover.end, q.span.start))) return null;
  if (!CLAUSE_HEAD_BEFORE.test(r.text.slice(Math.max(s.sentence.start, mover.start - 30), mover.start)))
    return null;
  const after = r.text.slice(q.span.end, s.sentence.end);
  return SHARE_OF_AFTER.test(after) || PERIOD_CHANGE_AFTER.test(after)
    ? null
    : "a share's move on the market";
}

/**
 * What a percentage is a share of, when that is a whole of the world ("du parc de GPU à l'échelle
 * mondiale", "of the world's AI compute", "of global capacity") and not the company's sales or capital.
 */
const WORLD_WHOLE_AFTER =
  /^\s*(?:(?:of|de|du|des)(?!\p{L})|d['’])(?:(?!\b(?:revenues?|revenus?|chiffres?|ventes|sales|capital|actions|shares|equity|stakes?|participations?)\b)[^,;.]){0,60}?(?:(?<!\p{L})du\s+monde\b|(?<!\p{L})mondia(?:l|le|ux|les)(?!\p{L})|à\s+l['’]échelle\s+(?:mondiale|de\s+la\s+planète)|\bworld['’]s\b|\bglobal\b|\bworldwide\b|\bin\s+the\s+world\b)/iu;

/** The second term of a comparison: « contre 85 % pour … », "compared with 74% for …". */
const COMPARED_TERM_BEFORE = /(?:(?<!\p{L})contre|\bcompared\s+(?:with|to)|\bversus|\bvs\.?|\bagainst)\s*$/iu;

/**
 * A region's or a country's share of a world total ("L'Asie détient 0,4 % des serveurs du monde,
 * contre 70 % pour l'Amérique du Nord"), with no company named before it: no stake nor any figure of a
 * company's. The second term of the comparison goes with the first.
 */
function worldShare(r: DocumentReading, s: SentenceReading, q: QuantityMention, unit: string): string | null {
  if (unit !== "fraction") return null;
  const clauseBefore = r.text.slice(s.sentence.start, q.span.start);
  const named = (p: Party) => p.kind === "company" && p.start < q.span.start;
  if (s.parties.some(named)) return null;
  const reason = "a share of a world total, not a company's figure";
  if (WORLD_WHOLE_AFTER.test(r.text.slice(q.span.end, s.sentence.end))) return reason;
  if (!COMPARED_TERM_BEFORE.test(clauseBefore)) return null;
  const earlier = clauseBefore.search(/\d[\d.,\s\u00a0\u202f]*(?:%|pour\s*cent|per\s*cent|percent)/iu);
  if (earlier < 0) return null;
  const afterEarlier = clauseBefore
    .slice(earlier)
    .replace(/^\d[\d.,\s\u00a0\u202f]*(?:%|pour\s*cent|per\s*cent|percent)/iu, "");
  return WORLD_WHOLE_AFTER.test(afterEarlier) ? reason : null;
}

/** A question that opens with a question word or a condition: "How much of a 1 GW site…?", « Si OpenAI devait dépenser…, qui paierait ? ». */
const ASKING_OPENER =
  /^\W*(?:how|what|who|why|which|would|could|should|if|comment|combien|quel(?:le)?s?|pourquoi|qui|que|qu['’]|est-ce|si|s['’]il)(?!\p{L})/iu;

/** What closes a question after its mark: spaces, closing quotes, a closing parenthesis. */
const AFTER_QUESTION_MARK = /[\s»"”’)]/u;

/** Whether `text` from `start` to `end` ends with "?", spaces and closing quotes or parentheses aside. */
function endsWithQuestionMark(text: string, start: number, end: number): boolean {
  let last = end - 1;
  while (last >= start && AFTER_QUESTION_MARK.test(text[last]!)) last--;
  return last >= start && text[last] === "?";
}

/** A figure in a question asked rather than a fact stated: the text does not give it as a company's. */
function askedFigure(r: DocumentReading, s: SentenceReading): string | null {
  if (!endsWithQuestionMark(r.text, s.sentence.start, s.sentence.end)) return null;
  // past a quoted speaker's label ("Question d'un analyste : « Comment…"), up to closing quotes
  const sentence = r.text
    .slice(s.sentence.start, s.sentence.end)
    .replace(/^[^:?]{0,80}:\s*/u, "")
    .replace(/[\s»"”’)]+$/u, "");
  if (!sentence.endsWith("?") || !ASKING_OPENER.test(sentence)) return null;
  if (HOW_ACHIEVED_QUESTION.test(sentence)) return null;
  return "a figure in a question, not a fact stated";
}

/** Sets a figure aside, with an issue, when CLAIMS.md §8 says it is no claim. */
export function isNotAClaim(
  r: DocumentReading,
  s: SentenceReading,
  q: QuantityMention,
  unit: string,
): boolean {
  const reason =
    verbalProportion(q) ??
    notAClaimReason(r.text, s.sentence.start, s.sentence.end, q, unit) ??
    marketSize(r, s, q, unit) ??
    fundingMarketTotal(r, s, q, unit) ??
    companyShareMove(r, s, q, unit) ??
    worldShare(r, s, q, unit) ??
    outsideDealReason(r, s, q, unit) ??
    askedFigure(r, s) ??
    imaginedCase(r, s, q) ??
    historicalEra(r, s, q, unit) ??
    surveyShare(r, s, q, unit) ??
    unnamedEach(r, s, q) ??
    noCompanySubject(r, s, q);
  if (!reason) return false;
  issue(
    r.context,
    "not_a_claim",
    extractMessages.not_a_claim(r.text.slice(q.span.start, q.span.end), reason),
    q.span,
  );
  return true;
}

function perShareSized(text: string, q: QuantityMention): boolean {
  const value = q.high ?? q.low;
  return value !== null && value < 1000 && !SCALE_WORD.test(text.slice(q.numberSpan.start, q.numberSpan.end));
}

/** A figure written as a change: a sign before it ("+44 %", "−3%"), or "up", "en hausse de". */
function writtenAsChange(text: string, sentenceStart: number, q: QuantityMention): boolean {
  const lead = text.slice(Math.max(sentenceStart, q.span.start - 16), q.numberSpan.start);
  return /(?:[+−]|(?:^|\s)-|\bup|\bhausse\s+de)\s*$/iu.test(lead);
}
