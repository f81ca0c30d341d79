import type { Language, Metric, Qualifier } from "../core/index.js";
import { keepingCapitals } from "./capitals.js";
import type { CompanyKind, CompanyRole } from "./gazetteer.js";

/**
 * The words that decide a claim's metric, qualifier and attribution, French and English side by
 * side. Each metric rule names the unit classes it applies to; `bonus` (in characters of distance)
 * lets a specific phrase beat a generic word that stands closer to the figure.
 */

/** What a hedge word before a figure says of it: rounded off, a floor, or a ceiling. */
export type HedgeKind = "approx" | "at_least" | "up_to";

/**
 * Hedge words written right before a figure, per language, as regular-expression alternatives:
 * "about", « près de » round it off; "more than", « plus de » give a floor; "up to", « jusqu'à » a ceiling.
 */
export const HEDGE_WORDS: Readonly<Record<HedgeKind, Readonly<Record<Language, string>>>> = {
  approx: {
    en: String.raw`about|around|roughly|nearly|almost|some|approximately`,
    fr: String.raw`environ|près\s+de|quelque|autour\s+de|presque`,
  },
  at_least: { en: String.raw`more\s+than|over`, fr: String.raw`plus\s+de` },
  up_to: { en: String.raw`up\s+to|as\s+much\s+as`, fr: String.raw`jusqu['’]à` },
};

/** The words that open a ceiling a plan may grow to: "with the potential to", "with capacity to". */
export const EXPANSION_LEAD = String.raw`with\s+(?:the\s+)?(?:potential|capacity|ability|option|room|scope|plans?)\s+to`;

/**
 * A ceiling a plan may grow to, written before its figure: "with the potential to scale to" (a ceiling),
 * "scalable to", "could expand to", « extensible à », « avec la possibilité de passer à ».
 */
export const EXPANSION_CEILING = String.raw`(?:(?:${EXPANSION_LEAD}\s+|(?:could|may|might|will|would|can|to|plans?\s+to|expected\s+to)\s+)?(?:scale|expand|grow)\s+(?:up\s+)?to|(?:scalable|expandable)\s+to|(?:extensibles?|évolutifs?|évolutives?)\s+(?:jusqu['’]\s*)?à|(?:avec\s+la\s+possibilité\s+de\s+|pouvant\s+)(?:passer|monter|croître|être\s+port[ée]e?s?)\s+à)`;

/** The hedge words of some kinds and languages as one group: "(?:about|…|près\s+de)". */
export function hedgeWords(
  kinds: readonly HedgeKind[],
  languages: readonly Language[] = ["en", "fr"],
): string {
  return `(?:${kinds.flatMap((kind) => languages.map((language) => HEDGE_WORDS[kind][language])).join("|")})`;
}

/** An optional hedge with the space after it, right before a figure: "(?:(?:about|…)\s+)?". */
export function optionalHedge(
  kinds: readonly HedgeKind[],
  languages: readonly Language[] = ["en", "fr"],
): string {
  return String.raw`(?:${hedgeWords(kinds, languages)}\s+)?`;
}

/**
 * The words of a fall, French and English, written once: the revenue-growth cue reads a rate after
 * them as a growth, and the sign of a growth rate reads it as negative (assemble/growth-sign.ts).
 * Verbs in any tense ("fell", "has slumped", « ont reculé », « diminue »), and nouns ("a drop of",
 * "a 7% decline", « un repli de »), as regular-expression alternatives.
 */
export const DECLINE_WORDS = {
  verbs: String.raw`fell|fall(?:s|ing|en)?|drop(?:s|ped|ping)?|declin(?:e|es|ed|ing)|decreas(?:e|es|ed|ing)|slid(?:e|es|ing)?|slipp?(?:s|ed|ing)?|shr[ai]nk(?:s|ing)?|shrunk(?:en)?|plung(?:e|es|ed|ing)|sank|sunk|sink(?:s|ing)?|tumbl(?:e|es|ed|ing)|slump(?:s|ed|ing)?|dipp?(?:s|ed|ing)?|contract(?:ed|ing)|retreat(?:s|ed|ing)?|baiss\p{L}*|recul\p{L}*|chut\p{L}*|diminu\p{L}*|fléchi\p{L}*|plong\p{L}*|régress\p{L}*|repli\p{L}*|contract(?:é|ée|és|ées|e|ent|ait|aient)`,
  nouns: String.raw`decline|drop|fall|decrease|dip|slump|contraction|baisse|chute|recul|repli|diminution|décrue`,
} as const;

/**
 * A fall right before a rate, French and English: a verb ("slumped 14%", « a reculé de 6 % »), a noun
 * (« une chute brutale de 9 % », "a decline of 4%", « en repli de 8 % ») or "down", then a hedge.
 */
export const DECLINE_BEFORE_RATE = String.raw`(?:(?:${DECLINE_WORDS.verbs}|down)(?:\s+(?:de|by|of)\s+|\s+d['’]\s*|\s+)|(?:en\s+)?(?:${DECLINE_WORDS.nouns})\s+(?:\p{Ll}+\s+)?(?:(?:de|of)\s+|d['’]\s*))${optionalHedge(["approx", "at_least"])}`;

/**
 * An earlier forecast a new one is measured against: "the previous expectation", "prior guidance",
 * "initial projections", « les précédentes prévisions », « l'objectif initial ».
 */
export const EARLIER_FORECAST = String.raw`(?:(?:previous|prior|earlier|initial|original|former)\s+(?:[\p{L}-]+\s+){0,2}?(?:expectations?|projections?|guidance|forecasts?|estimates?|outlook|targets?)|(?:précédent(?:e|es|s)?|ancien(?:ne|nes|s)?|initia(?:l|le|les|ux))\s+(?:prévisions?|estimations?|objectifs?|perspectives?|projections?)|(?:prévisions?|estimations?|objectifs?|perspectives?|projections?)\s+(?:[\p{L}-]+\s+)?(?:précédent(?:e|es|s)?|initia(?:l|le|les|ux)|antérieur(?:e|es|s)?))(?!\p{L})`;

/** A forecast a company raises or cuts: guidance, outlook, forecast, « prévision », « objectif ». */
export const FORECAST_NOUN = String.raw`(?:guidance|outlook|forecasts?|projections?|expectations?|prévisions?|objectifs?|perspectives?)`;

/** A change's size said as a noun: "an increase", "a cut", « une hausse », « un relèvement ». */
export const CHANGE_NOUN = String.raw`(?:increase|rise|jump|gain|hike|cut|reduction|revision|${DECLINE_WORDS.nouns}|hausse|augmentation|réduction|relèvement|révision|progression)`;

/** Machines and chips counted by the unit: "millions of CPUs", « des milliers de serveurs ». */
export const COUNTED_MACHINES = String.raw`(?:CPUs?|GPUs?|TPUs?|chips?|puces?|processeurs?|processors?|accélérateurs?|accelerators?|serveurs?|servers?|machines?|racks?|baies|cores?|cœurs?)(?!\p{L})`;

/** A fall right after a rate: "a 7% decline in", "7% lower", « 7 % de moins », « 7 % en baisse ». */
export const DECLINE_AFTER_RATE = String.raw`(?:de\s+moins|less\s+than|lower|(?:en\s+)?(?:${DECLINE_WORDS.nouns}))(?!\p{L})`;

export type UnitClass =
  | "currency"
  | "GW"
  | "users"
  | "customers"
  | "subscribers"
  | "GPUs"
  | "shares"
  | "fraction"
  | "x"
  | "USD_per_GW"
  | "USD_per_month"
  | "USD_per_share"
  | "GW_per_week";

export interface MetricRule {
  metric: Metric;
  units: UnitClass[];
  pattern: RegExp;
  bonus?: number;
  /** The unit the claim takes when the rule fires (cost per GW, price per month). */
  unit?: string;
  /** A generic word ("accord", "deal") that a more telling word elsewhere may override. */
  weak?: boolean;
}

/** One metric's words in one record: each kind of phrase with the unit classes and bonus it has. */
export interface MetricPhrases {
  metric: Metric;
  phrases: Omit<MetricRule, "metric">[];
}

/** The metric rules of a per-metric record, in its order. */
function rulesOf({ metric, phrases }: MetricPhrases): MetricRule[] {
  return phrases.map((phrase) => ({ metric, ...phrase }));
}

/** The currency written in words after a figure's scale: « 5 milliards de dollars », « 3 millions d'euros », "2 billion dollars". */
export const CURRENCY_WORDS_AFTER_FIGURE = String.raw`(?:de\s+dollars|d['’]euros|dollars|euros)`;

const A = "['’]";

/** A site or build-out a company puts up: data centres, campuses, plants, fabs, supercomputers. */
/** Sites a company builds, English and French: what a builder's own spending goes into. */
const BUILT_SITE_EN =
  "(?:[Dd]ata[\\s-]*[Cc]ent(?:er|re)s?|[Cc]ampus(?:es)?|facilit(?:y|ies)|plants?|fabs?|supercomputers?)";
const BUILT_SITE_FR = "(?:centres?\\s+de\\s+données|campus|usines?|supercalculateurs?)";
/** A built site in either language, for patterns read case-insensitively. */
export const BUILT_SITE = `(?:${BUILT_SITE_EN}|${BUILT_SITE_FR})`;
const FACILITY_EN = `(?:${BUILT_SITE_EN}|(?:AI\\s+)?factor(?:y|ies)|build[\\s-]?outs?|(?:mega-?)?projects?|hubs?)`;
const FACILITY_FR = `(?:${BUILT_SITE_FR}|gigafactor\\p{L}*|data\\s+cent(?:er|re)s?|(?:méga-?)?projets?|chantiers?|complexes?|hubs?)`;
/** What makes a priced facility something else: a contract for it, its sales, its financing. */
const NOT_ITS_COST_EN =
  "(?:deals?|contracts?|agreements?|leases?|commitments?|business|revenues?|sales|segments?|units?|divisions?|capacity|bonds?|loans?|debt|financing|funds?|stakes?)";
/** What makes a facility's price something else in either language: a market, a sector, a contract. */
const NOT_ITS_COST = `(?:${NOT_ITS_COST_EN}|markets?|industr(?:y|ies)|sectors?|marchés?|industries?|secteurs?|contrats?|accords?|revenus?|ventes|dettes?|financements?|rounds?|levées?|emprunts?|obligations?|prêts?)`;
/** What a facility costs, said by a verb or a participle: "will cost", "worth", « coûtera », « estimé à ». */
const FACILITY_COST_VERB =
  "(?:(?:will|would|could|should|may|might|to|is\\s+expected\\s+to|are\\s+expected\\s+to)\\s+cost|costs?|costing|(?:is\\s+|are\\s+|was\\s+|were\\s+)?(?:worth|valued\\s+at|priced\\s+at|estimated\\s+at)|co[uû]t(?:e|ent|era|eront|erait|eraient)|(?:devrai(?:t|ent)|doi(?:t|vent)|va|vont|pourrai(?:t|ent))\\s+co[uû]ter|(?:est|sont|serait|seraient)\\s+(?:chiffrée?s?|estimée?s?|évaluée?s?)\\s+à)";

/** A site's verb for the money it stands for: "represents", "will require", « représente », « nécessitera ». */
const SITE_STANDS_FOR = String.raw`(?:représent(?:e|ent|era|eront|erait|eraient|ant)|represent(?:s|ing|ed)?|(?:will|would)\s+(?:represent|require)|requir(?:es|ing)|nécessit(?:e|ent|era|eront|erait|eraient|ant))(?!\p{L})`;

/**
 * The price of a facility written on the facility itself: "its $1 billion data center in Kansas City",
 * "a $50 billion data center buildout", "the $10bn Ohio campus", « un centre de données de 3 milliards
 * d'euros », « son campus géant de 10 milliards »: the builder's capital spending. A contract, the
 * sales or the financing of the facility ("a $10 billion data center deal", « les revenus des centres
 * de données de 41 milliards ») are not.
 */
const FACILITY_PRICED: MetricPhrases = {
  metric: "capex",
  phrases: [
    {
      // The investment a site or a phase of it stands for, the site the subject: "the campus represents a
      // $9 billion investment", "the first phase requires an investment of $2 billion", « le site
      // représente 6 milliards d'euros d'investissements », « la phase initiale, qui représente un
      // investissement de 3 milliards »: the builder's capital spending, over the investment word.
      units: ["currency"],
      pattern: new RegExp(
        String.raw`(?<!\p{L})(?:${FACILITY_EN}|${FACILITY_FR}|sites?|phases?|tranches?)(?!\p{L})(?:\s+(?!${NOT_ITS_COST}(?!\p{L}))[\p{L}'’-]+){0,5}?\s+${SITE_STANDS_FOR}(?=(?:[^.;]|[.,](?=\d)){0,40}?\d(?:[^.;]|[.,](?=\d)){0,40}?(?<!\p{L})invest(?:issements?|ments?)(?!\p{L})|\s+(?:un|an)\s+(?:[\p{L}-]+\s+)?invest(?:issement|ment)\s+(?:de|d['’]|of)\s*${optionalHedge(["approx", "at_least", "up_to"])}(?:US\$|[$€£]|\d))`,
        "giu",
      ),
      bonus: 60,
    },
    {
      units: ["currency"],
      pattern: new RegExp(
        `(?<=(?:[$€£]\\s?[\\d.,]*\\d|\\d\\s*(?:billion|million|trillion|bn|tn|[BMT]))(?:[\\s-]+(?:\\p{Lu}[\\p{L}.-]*|AI|new|hyperscale|nuclear|giant|massive|planned|proposed|chip|memory|semiconductor|battery|power|gas|solar|manufacturing|research|training)){0,2}[\\s-]+)${FACILITY_EN}(?!\\p{L})(?!\\s+(?:[\\p{L}-]+\\s+)?${NOT_ITS_COST_EN}(?!\\p{L}))`,
        "gu",
      ),
      bonus: 45,
    },
    {
      units: ["currency"],
      pattern: new RegExp(
        `(?<!(?:revenus?|chiffres?\\s+d${A}affaires|ventes|vendu\\p{L}*|recettes|accords?|contrats?|baux|bail|location|dette|financement|marchés?|industries?|secteurs?)\\s+(?:\\p{L}+\\s+){0,2}?)(?<!\\p{L})${FACILITY_FR}(?:\\s+(?!(?:de|d${A}|à|au|aux|en|pour|dans|par|sur|avec|hauteur)(?!\\p{L}))[\\p{L}-]+){0,2}?\\s+(?:de|à|d${A}(?:un|une)\\s+(?:montant|coût|valeur)\\s+(?:de\\s+|d${A})?|(?:chiffrée?s?|estimée?s?|évaluée?s?)\\s+à)(?=\\s*(?:plus\\s+de\\s+|près\\s+de\\s+|environ\\s+|quelque\\s+)?(?:\\d|plusieurs\\s|quelques\\s))`,
        "giu",
      ),
      bonus: 45,
    },
    {
      // The price said of the facility by a verb: "the new campus in Indiana will cost $11 billion", "a
      // project worth $40 billion", « le campus d'Amazon coûtera 11 milliards », « le centre de données
      // devrait coûter 3 milliards d'euros ».
      units: ["currency"],
      pattern: new RegExp(
        `(?<!(?:credit|loan|lending|financing|revolving|debt|de\\s+crédit|de\\s+loi)\\s+)(?<!(?:marchés?|markets?|industr\\p{L}*|secteurs?|sectors?)\\s+(?:(?:des|du|de|for|of|the)\\s+)?)(?<!\\p{L})(?:${FACILITY_EN}|${FACILITY_FR})(?!\\p{L})(?!\\s+(?:de\\s+loi|de\\s+crédit)(?!\\p{L}))(?:\\s+(?!${NOT_ITS_COST}(?!\\p{L}))[\\p{L}'’-]+){0,5}?\\s+(?:${FACILITY_COST_VERB})(?=\\s+${optionalHedge(["approx", "at_least", "up_to"])}(?:US\\$|[$€£]|\\d|plusieurs\\s|several\\s))`,
        "giu",
      ),
      bonus: 45,
    },
  ],
};

/**
 * Contracted revenue not yet recognised, orders already booked: a backlog, remaining performance
 * obligations, « carnet de commandes ».
 */
export const CONTRACTED_REVENUE =
  /backlog|carnets?\s+de\s+commandes|remaining\s+performance\s+obligations?|\bRPO\b|obligations?\s+de\s+(?:performance|prestation)|obligations?\s+d['’]achats?|purchase\s+obligations?|commandes\s+(?:en\s+cours|engrangées)|revenus?\s+(?:futurs?\s+)?contractuels?|contracted\s+(?:future\s+)?revenues?|revenues?\s+under\s+contract/iu;

/** A company's round named by its noun: "the funding round", "fundraising", « la ronde de financement », « le tour de table ». */
const ROUND_NAME = String.raw`(?:(?:funding|financing|equity|investment|seed|series[\s-]+[A-H])\s+)?(?:rounds?|fundraising)|rondes?(?:\s+de\s+financement)?|tours?\s+de\s+(?:table|financement)|levées?(?:\s+de\s+fonds)?|augmentations?\s+de\s+capital`;
/** A round's noun, or "raise" as one ("the raise"), as regular-expression alternatives. */
export const ROUND_NOUN = `${ROUND_NAME}|raise|fundraise`;
/** A clause that names a company's round: money in it goes to the round, not to the spender's own sites. */
export const ROUND_NAMED = new RegExp(String.raw`(?<!\p{L})(?:${ROUND_NAME})(?!\p{L})`, "iu");
/**
 * Words of holding a company's equity (a stake, shares, capital, a shareholder): a sentence's
 * investment that speaks of them buys into a company, not into a place, a programme or its own sites.
 */
export const EQUITY_OWNERSHIP_WORD =
  /\b(?:stake|stakes|shares|equity|shareholder|holding)\b|(?<!\p{L})(?:participation|participations|actions|actionnaire|actionnariat|capital)(?!\p{L})/iu;
/**
 * The verbs that create a fund, as regular-expression stems a letter run may follow: "launches",
 * "is setting up", "unveiled", « lance », « a créé », « met en place ». A fund created is money its
 * owner commits; the fund-size cue of the metric rules reads the fund's noun and size, whichever verb.
 */
export const FUND_CREATING_VERB = String.raw`launch|set(?:s|ting)?\s+up|creat|prepar|unveil|announc|start|lanc|cré|prépar|annonc|(?:mis|met|mettre|mettra)\s+en\s+place`;
/** A word of commitment: "committed", "pledges", « un engagement », « s'est engagé ». */
const COMMITMENT_WORD = String.raw`committed|commit(?:s|ting)?|commitments?|pledged|pledges?|engagements?|engagée?s?|s['’]engag\p{L}*`;

/**
 * Money committed to a company's round is equity, not compute bought: investors "have committed $700
 * million to the first tranche of the round", « avec un engagement de 30 milliards, la ronde de
 * financement… » is each investor's investment; "$1 billion in commitments for the round", « 2 milliards
 * d'engagements pour sa levée » is the round's money raised so far (CLAIMS.md §2).
 */
const ROUND_COMMITMENTS: readonly MetricRule[] = [
  {
    metric: "funding_round",
    units: ["currency"],
    pattern: new RegExp(
      String.raw`(?<=(?:\d|(?<!\p{L})(?:billion|million|trillion|bn|mn|milliards?|millions?|dollars|euros))\s*(?:in|of|d['’]|de)\s*(?:(?:new|fresh|firm|investor)\s+)?)(?:commitments|engagements)(?!\p{L})(?:\s+(?:fermes|d['’]investisseurs))?(?=(?:[^.;]|[.,](?=\d)){0,60}?(?<!\p{L})(?:${ROUND_NOUN})(?!\p{L}))`,
      "giu",
    ),
    bonus: 60,
  },
  {
    metric: "investment",
    units: ["currency"],
    pattern: new RegExp(
      String.raw`(?<!\p{L})(?:${COMMITMENT_WORD})(?!\p{L})(?=(?:[^.;]|[.,](?=\d)){0,80}?(?<!\p{L})(?:${ROUND_NOUN})(?!\p{L}))`,
      "giu",
    ),
    bonus: 45,
  },
];

/**
 * Short forms that name a measure in a table's column header, and only there: "Latest val.",
 * "Valo.", "Rev. 2025", "CA 2024", "Mkt cap". In prose they are too ambiguous to read.
 */
export const HEADER_ABBREVIATIONS: readonly { metric: Metric; pattern: RegExp }[] = [
  { metric: "valuation", pattern: /(?<!\p{L})(?:val|valn|valo|valoris)\.?(?!\p{L})/iu },
  {
    metric: "market_cap",
    pattern:
      /(?<!\p{L})(?:mkt\.?\s*cap|m\.\s*cap|capi(?:\.|talisation)?\s*(?:bours\.?|boursière)?)(?!\p{L})/iu,
  },
  { metric: "revenue", pattern: /(?<!\p{L})(?:[Rr]evs?\.?|REVS?|CA)(?!\p{L})/u },
];

/**
 * A company growing its own sales or capital spending, named as the verb's object before the rate: "lifted
 * its capex by 70%", "grew sales by a third… by 23%", "boosted its revenue by 40 percent", « a augmenté
 * ses investissements de 70 % », « a accru son chiffre d'affaires de 12 % ». The noun says which growth
 * (revise.ts sends one of capital spending to capex_growth); an object of another kind ("raised its
 * prices by 5%", « a relevé ses tarifs de 5 % ») is none of these.
 */
const TRANSITIVE_GROWTH = String.raw`(?:\b(?:lift|boost|increas|grew|grow|expand|rais|push|hik)\p{L}*\s+(?:its|their|the\s+company['’]s)\s+(?:[\p{L}-]+\s+){0,2}?(?:sales|revenues?|turnover|top[-\s]line|capex|capital\s+(?:spending|expenditures?)|investments?|outlays)\s+(?:\p{L}+\s+){0,3}?by\s+(?:over\s+|more\s+than\s+|nearly\s+|about\s+|almost\s+|roughly\s+|some\s+)?(?=\d)|(?<!\p{L})(?:augment|accru|accroît|accroiss|relev|gonfl|dop|port)\p{L}*\s+(?:ses|leurs|son|sa)\s+(?:[\p{L}-]+\s+){0,2}?(?:ventes|chiffres?\s+d['’]affaires|revenus|recettes|investissements|dépenses(?:\s+d['’]investissement)?)\s+(?:\p{L}+\s+){0,3}?de\s+(?:plus\s+de\s+|près\s+de\s+|environ\s+)?(?=\d))`;

/**
 * Revenue said to come in at a pace over a year: "generating revenue at a pace of $600 million a year",
 * "sales are coming in at a rate of $2 billion per year", « des revenus au rythme de 600 millions par an »,
 * « ses ventes progressent à une cadence de 1 milliard par an »: an annualised figure, a run-rate. The
 * revenue word stands before the pace and a year closes the amount; money burned at a pace is no revenue.
 */
const REVENUE_PACE = String.raw`(?<=(?<!\p{L})(?:revenues?|sales|revenus|recettes|ventes|chiffres?\s+d['’]affaires)(?!\p{L})[^.;\d]{0,40})(?<!\p{L})(?:at|à|au)\s+(?:(?:an?|un|une|the|le|la)\s+)?(?:(?:annual|yearly)\s+)?(?:pace|rate|clip|rythme|cadence)\s+(?:annuel(?:le)?\s+)?(?:of|de|d['’])(?=\s*(?:US\$|[$€£]|\d)[^.;]{0,40}?(?<!\p{L})(?:a|per|each|every|par|chaque)\s+(?:year|an|année)(?!\p{L}))`;

/**
 * A sale verb and what may stand between it and the shares it sold ("a vendu en octobre 12,4 millions
 * d'", "sold its 12.4 million AMD "), with no warrant word between ("sold a warrant for 160 million").
 */
const SHARES_SOLD_BEFORE = String.raw`(?<!\p{L})(?:vendu\p{L}*|vend(?:ait|ra|rait|ent)?|cédé\p{L}*|cèd(?:e|ent)|céd(?:ait|era|erait)|sold|sells?|selling|offload\p{L}*|unload\p{L}*|dump(?:s|ed|ing)?)\s(?:(?!warrants?|bons?\s|options?)(?:[^.;:]|(?<=\d)[.,](?=\d))){0,45}`;

/** Verbs saying where a share of money comes from ("proviennent de", "would come from"). */
const SHARE_SOURCE_VERBS = String.raw`provien\p{L}*|provenant|viendr\p{L}*\s+d|vien(?:nent|t|draient)\s+d|would\s+come\s+from|(?:came|come|comes|coming)\s+from`;
/**
 * Between a part of a contracted amount and the customer it comes from: "$14 billion comes from Meta",
 * "$14 billion from Meta", « 14 milliards proviennent de Meta », « 14 milliards de dollars viennent d'OpenAI ».
 */
export const PART_SOURCE_AFTER_FIGURE = new RegExp(
  String.raw`^\s*(?:${CURRENCY_WORDS_AFTER_FIGURE}\s+)?(?:(?:${SHARE_SOURCE_VERBS})(?:e\s+|es\s+|u\s+|['’]\s*|\s+(?:de\s+|d['’]\s*|du\s+|des\s+|auprès\s+d(?:e\s+|['’]\s*))|\s+)|from\s+)(?:la\s+|le\s+|l['’]|the\s+)?$`,
  "iu",
);
/** A round named earlier in the sentence, the money whose shares come from somewhere. */
const ROUND_BEFORE_SOURCE = String.raw`(?<!\p{L})(?:rounds?|levée|lev(?:er|é|ée|ait|ant|ent)|tour\s+de\s+table|rais(?:e|es|ed|ing)|fund(?:ing|raising)|financement|financing|montants?)(?!\p{L})[^.;]{0,160}`;
/** The source that follows: investors or funds, the givers of a round. */
const INVESTOR_AFTER_SOURCE = String.raw`[^.;]{0,40}?(?<!\p{L})(?:invest\p{L}*|backers?|fonds|funds?|actionnaires|shareholders|souverain\p{L}*|sovereign|capital[-\s]risque|venture|family\s+offices?)(?!\p{L})`;

/** Goods that compute is bought as: chips, servers, processing capacity. */
const COMPUTE_GOODS = String.raw`(?<!\p{L})(?:chips?|puces?|GPUs?|processeurs?|processors?|accelerators?|accélérateurs?|servers?|serveurs?|(?:cloud|computing|compute|GPU)\s+capacity|capacités?\s+(?:cloud|GPU|de\s+calcul)|computing\s+power|puissance\s+de\s+calcul)(?!\p{L})`;

/** A verb of intent governing a purchase: "plans to buy", "intends to purchase", « prévoit l'achat de », « envisage d'acheter ». */
const PLAN_TO_BUY = String.raw`\b(?:plans?|planned|planning|intends?|intended|intending|aims?|aimed|aiming|expects?|expected|expecting|hopes?|hoped|wants?|wanted)\s+to\s+(?:buy|purchase|acquire)\b|\bplans?\s+(?:to\s+|for\s+(?:the\s+)?)?(?:buy|purchas)\p{L}*|(?<!\p{L})(?:prév(?:oi[rt]|oient|oyait|oyaient|oira|oyons|u|ue)|envisag\p{L}*|compt(?:e|ent|ait|aient)|entend(?:ent|ait|aient)?|projet(?:te|tent|ait|aient)|souhait(?:e|ent|ait|aient))\s+(?:d['’]\s*|de\s+)?(?:acheter|acquérir|(?:l['’]\s*|un\s+|des\s+|de\s+nouveaux\s+)?(?:achats?|acquisitions?))(?!\p{L})`;

/** A deal named earlier in the sentence, whose terms a purchase then sets out. */
const DEAL_WORD_BEFORE = String.raw`(?<!\p{L})(?:contrats?|contracts?|accords?|deals?|agreements?|partenariats?|partnerships?|engagements?|commitments?)(?!\p{L})[^.;]{0,100}`;

export const METRIC_RULES: MetricRule[] = [
  // Currency: revenue family.
  {
    metric: "revenue_run_rate",
    units: ["currency"],
    pattern: new RegExp(
      `(?:revenus?|chiffres?\\s+d${A}affaires|recettes|ventes)\\s+(?:\\p{L}+\\s+)?(?:annualisés?|annuels?|récurrents?\\s+annuels?)|rythme\\s+(?:de\\s+revenus\\s+)?annualisé|annuali[sz]\\p{L}*|run[-\\s]rate|\\bARR\\b|annual(?:ized|ised)?\\s+(?:recurring\\s+)?revenue|revenue\\s+run|(?:annual|annualised|annualized|yearly)\\s+pace|rythme\\s+annuel|(?:revenue|sales)\\s+running\\s+at|(?:revenus?|chiffres?\\s+d${A}affaires|ventes|recettes)\\s+en\\s+rythme\\s+annu(?:el(?:lement)?|alisé)|(?:revenues?|sales)\\s+on\\s+an\\s+annual(?:i[sz]ed)?\\s+basis|cadence\\s+annuelle|${REVENUE_PACE}`,
      "giu",
    ),
    bonus: 40,
  },
  {
    metric: "revenue_growth",
    units: ["fraction"],
    pattern: new RegExp(
      String.raw`(?:hausse|augmentation|croissance|progression|bond|envolée)(?:\s+(?!de(?!\p{L}))\p{Ll}+)?\s+de\s+(?:plus\s+de\s+|près\s+de\s+|environ\s+)?(?=\d)|(?:increase|growth|jump|rise|surge)\s+of\s+(?:over\s+|more\s+than\s+|nearly\s+|about\s+|almost\s+)?(?=\d)|(?:grew|grows?|rose|rises?|jump(?:ed|s)?|climb(?:ed|s)?|increase[ds]?|surge[ds]?|soar(?:ed|s)?|accelerat(?:ed|es|ing)|(?:ris|grow|jump|climb|increas|surg|soar)ing)\s+(?:by\s+|to\s+)?(?:over\s+|more\s+than\s+|nearly\s+|about\s+|almost\s+|roughly\s+)?(?=\d)|(?:progress|augment|bondi|grimp)\p{L}*\s+de\s+(?:seulement\s+|plus\s+de\s+|près\s+de\s+|environ\s+)?(?=\d)|%\s+(?:year[-\s]over[-\s]year|yoy|annual|y\/y)|%\s+from\s+a\s+year\s+(?:earlier|ago)|(?<!\b(?:make|makes|making|made)\s)\bup\s+(?:by\s+)?(?:over\s+|more\s+than\s+|nearly\s+|about\s+|almost\s+)?(?=\d)|en\s+hausse\s+de\s+(?:plus\s+de\s+|près\s+de\s+|environ\s+)?(?=\d)|(?:a|ont)\s+(?:progressé|augmenté|bondi|grimpé|crû|cru)\s+de\s+(?:plus\s+de\s+|près\s+de\s+|environ\s+)?(?=\d)|(?:year[-\s]over[-\s]year|annual)\s+growth|croissance\s+(?:du\s+|de\s+son\s+|des\s+)?(?:chiffre|revenu)|(?:revenus?|chiffre\s+d['’]affaires|ventes)\s+(?:ont\s+|a\s+)?(?:augmenté|progressé|bondi|crû|grimpé)|revenue\s+(?:growth|grew|rose|increased|jumped)|(?:grew|growth|increase)\s+(?:in\s+|of\s+)?revenue|${TRANSITIVE_GROWTH}`,
      "giu",
    ),
  },
  {
    // A fall before the rate ("slumped 14%", « ont reculé de 6 % »), or its noun after ("a 7% decline").
    metric: "revenue_growth",
    units: ["fraction"],
    pattern: new RegExp(
      String.raw`(?<!\p{L})${DECLINE_BEFORE_RATE}(?=\d)|(?:%|\bper\s?cent|\bpercent)\s+${DECLINE_AFTER_RATE}`,
      "giu",
    ),
  },
  {
    // A growth word anywhere in the clause ("une croissance annuelle moyenne … supérieure à 35 %",
    // "grow at more than 60% a year"), a signed percentage ("+18 %"), a comparison with last year.
    metric: "revenue_growth",
    units: ["fraction"],
    pattern:
      /croissance|progression|\bgrowth\b|\bgrow(?:s|n|ing)?\b|\+\s?(?=\d)|%\s+(?:de\s+plus|more|higher)\s+(?:que|qu['’]|than)|(?:%|pour\s+cent)\s+(?:par\s+an|d['’]une\s+année\s+sur\s+l['’]autre|en\s+glissement\s+annuel|a\s+year|per\s+year|annually|sur\s+un\s+an|en\s+un\s+an|in\s+a\s+year)|compound\s+annual|annual\s+rate|taux\s+annuel|(?:%|\bper\s?cent|\bpercent)\s+(?:jump|rise|increase|surge|gain|climb|leap)\b/giu,
  },
  {
    metric: "capex_growth",
    units: ["fraction"],
    pattern:
      /(?:capex|dépenses\s+d['’]investissement|capital\s+expenditure)\s+(?:\p{L}+\s+){0,3}(?:hausse|croissance|growth|rose|increase)/giu,
  },
  {
    // A part of sales named by its verb ("making up nearly 90% of revenue", "accounting for about 70%
    // of the data center business", "pèsent 60 % du chiffre d'affaires"): never a growth rate.
    metric: "revenue_share",
    units: ["fraction"],
    pattern: new RegExp(
      String.raw`(?:account(?:s|ing)?\s+for|mak(?:e|es|ing)\s+up|made\s+up|représent(?:ant|aient|ait)|constitu(?:e|ent|ait|aient|ant)|pès(?:e|ent)|pes(?:ait|aient|ant))\s+${optionalHedge(["approx", "at_least"])}(?=[\d.,\s]+(?:%|pour\s*cent|percent)\s+(?:of|de|du|des|d['’])\s+(?:[\p{L}'’-]+\s+){0,4}?(?:revenues?|sales|business|turnover|revenus|ventes|chiffre|activité|recettes)(?!\p{L}))`,
      "giu",
    ),
  },
  {
    metric: "revenue_share",
    units: ["fraction"],
    pattern: keepingCapitals(
      /partage\s+des\s+revenus|accounted\s+for\s+(?=\d)|représent(?:e|ent|ait|aient|é)\s+(?=\d)|part\s+(?:du\s+chiffre\s+d['’]affaires|(?:des\s+|de\s+(?:ses\s+|leurs\s+)?)?(?:revenus|ventes))|revenue[-\s]shar\p{L}*|share\s+of\s+(?:its\s+|their\s+|\p{Ll}?\p{Lu}\p{L}*['’]s\s+)?revenue|(?<!(?:hausse|augmentation|croissance|progression|bond|baisse|recul|repli|increase|rise|growth|jump|gain|decline|drop|fall)(?:\s+\p{L}+)?\s+(?:de|d['’]|of|by)\s+(?:(?:plus\s+de|près\s+de|environ|more\s+than|over|about|nearly|almost)\s+)?[\d.,\s]*)(?:%|pour\s+cent|percent|per\s+cent)\s+(?:de\s+(?:ses|leurs?|son)|des|du|of\s+(?:its|their|the|\p{Ll}?\p{Lu}[\p{L}.&-]*['’]s?))\s+(?:\p{L}+\s+)?(?:revenus|revenues?|chiffre\s+d['’]affaires|sales|ventes)/giu,
    ),
  },
  {
    // The part of a whole company's sales, the owner perhaps named in between: "40% of the company's
    // total DRAM revenue", "6% of total revenue", « 20 % du chiffre d'affaires total de la société »; a
    // customer's "contribution to TSMC's revenue", « sa contribution au chiffre d'affaires de TSMC »:
    // never a stake in the company nor a growth rate, even beside "grow" or "rising"; so is a spelled
    // fraction of sales or demand ("two-thirds of TSMC's AI-related demand", « les deux tiers de ses
    // ventes »). A rise written
    // right before the figure ("une hausse de 22 % de ses revenus") makes it the revenue's growth.
    metric: "revenue_share",
    units: ["fraction"],
    pattern: keepingCapitals(
      /(?<!(?:hausse|augmentation|croissance|progression|bond|baisse|recul|repli|increase|rise|growth|jump|gain|decline|drop|fall)(?:\s+\p{L}+)?\s+(?:de|d['’]|of|by)\s+(?:(?:plus\s+de|près\s+de|environ|more\s+than|over|about|nearly|almost)\s+)?[\d.,\s]*)(?:%|pour\s+cent|percent|per\s+cent)\s+(?:of\s+(?:(?:its|their|the)\s+)?(?:(?:company|group|firm|chipmaker|\p{Ll}?\p{Lu}[\p{L}.&-]*)['’]s?\s+)?(?:(?:total|overall|annual|quarterly|global)\s+)?(?:[\p{L}-]+\s+){0,2}?(?:revenues?|sales|turnover)|(?:de\s+(?:ses|leurs?|son)|des|du)\s+(?:chiffre\s+d['’]affaires|revenus|ventes)(?:\s+(?:total|totaux|globa(?:l|ux)|annuel|annuels|trimestriel))?)(?!\p{L})|(?<=(?<!\p{L})(?:thirds?|quarters?|half|tiers|quarts|moitié)\s+)(?:of\s+(?:(?:its|their|the)\s+)?(?:\p{Ll}?\p{Lu}[\p{L}.&-]*['’]s?\s+)?(?:[\p{L}-]+\s+){0,2}?(?:revenues?|sales|demand|orders|business|turnover)|(?:de\s+(?:ses|leurs?|son|sa|la|l['’])|des|du|d['’])\s*(?:chiffre\s+d['’]affaires|revenus|ventes|demande|commandes|activité))(?!\p{L})|(?<!\p{L})contribution\s+(?:(?:de\s+|d['’]\s*)\p{Lu}[\p{L}.&-]*\s+)?(?:to\s+(?:(?:its|their|the)\s+)?(?:\p{Ll}?\p{Lu}[\p{L}.&-]*['’]s?\s+)?(?:total\s+)?(?:revenues?|sales)|au\s+chiffre\s+d['’]affaires|aux\s+(?:revenus|ventes))(?!\p{L})/giu,
    ),
    bonus: 30,
  },
  {
    // "revs of $5.1 bln": the wire-copy short form, only before what states the amount ("revs up" is a verb).
    // Revenue still to come is no revenue: "contracts not yet recognized as revenue" (a backlog, RPO),
    // "deferred revenue", « pas encore comptabilisés en chiffre d'affaires ».
    metric: "revenue",
    units: ["currency"],
    pattern:
      /(?<!(?:(?:not|pas|non)\s+(?:yet\s+|encore\s+)?(?:been\s+|été\s+)?(?:recogni[sz]ed|booked|recorded|comptabilisée?s?|reconnue?s?|enregistrée?s?)|yet\s+to\s+be\s+(?:recogni[sz]ed|booked|recorded))\s+(?:as|in|into|en|comme)\s+(?:du\s+|des\s+)?|(?:deferred|unearned|unrecogni[sz]ed)\s+)(?:chiffres?\s+d['’]affaires|revenus?|recettes|ventes|revenues?|sales|turnover|top[-\s]line|a\s+généré|ont\s+généré|générer|generated|croissance|growth|\bCA\b|(?<!\p{L})revs(?=\s+(?:of|were|came|rose|grew|fell|totaled|totalled|reached|at|[$€£+\d]))|(?<!\p{L})(?:a|ont|avait|avaient)\s+rapporté(?=\s+(?:environ\s+|près\s+de\s+|plus\s+de\s+|quelque\s+)?\d))/giu,
  },
  {
    // What a division brought in: "les centres de données ont représenté 41 milliards", "dont 35 milliards
    // pour la division", "avait réalisé 35,1 milliards".
    metric: "revenue",
    units: ["currency"],
    pattern:
      /(?<!\p{L})(?:a|ont|avait|avaient)\s+(?:représenté|réalisé)(?!\p{L})|(?<!\p{L})(?:se\s+sont|s['’]est)\s+(?:bien\s+)?vendu(?:e|s|es)?(?!\p{L})|\bdivision\b|\bsegment\b|brought\s+in|bringing\s+in/giu,
    bonus: 10,
  },
  {
    // A line of business said to contribute the amount: « sa branche serveurs a contribué
    // pour 7 milliards », "the storage unit contributed $2 billion", « le pôle cloud a pesé 12
    // milliards »: that business's sales, whatever sites or deals its name holds.
    metric: "revenue",
    units: ["currency"],
    pattern:
      /(?<!\p{L})(?:units?|segments?|divisions?|business(?:es)?|activit(?:y|ies|é|és)|pôles?|branches?|métiers?)(?!\p{L})[^.;:!?$€£\d]{0,60}?(?<!\p{L})(?:(?:a|ont|avait|avaient|aurait)\s+(?:contribué|pesé)|contribu(?:e|ent|ait|aient)\s+(?:pour|à\s+hauteur\s+de)|(?:contributed|contributing)(?!\s+to\b))(?!\p{L})/giu,
    bonus: 40,
  },
  {
    // Money earned, or earned from a line of business: "made $51 billion", "$51 billion from data
    // centers", « a engrangé 4 milliards », « 4,3 milliards provenant des centres de données »: sales of
    // that business, not a contract for sites nor the sites' cost. Cloud giants or data-centre
    // operators named after "from" are companies money comes from.
    metric: "revenue",
    units: ["currency"],
    pattern:
      /(?<!\p{L})(?:made|makes|earned|earns|(?:a|ont|avait|avaient)\s+(?:gagné|engrangé|encaissé)|engrang(?:e|ent|eait|eaient))(?=\s+(?:about\s+|nearly\s+|some\s+|more\s+than\s+|over\s+|environ\s+|près\s+de\s+|plus\s+de\s+|quelque\s+)?(?:US\$|[$€£]|\d))|(?<=(?:\d|[$€£]|\b(?:billion|million|bn|mn|milliards?|millions?|dollars|euros))[^.;:]{0,30}?\s)(?:from|provenant\s+d(?:e|es|u)|issus?\s+d(?:e|es|u))\s+(?:(?:its|the|their|ses|leurs|son|sa|la|le|les)\s+)?(?:(?:AI|IA|cloud)\s+)?(?:data[\s-]*cent(?:er|re)s?|centres?\s+de\s+données|cloud|gaming|jeux\s+vidéo)(?:\s+(?:business|segment|unit|division|activit(?:y|ies)|activités?))?(?!\s+(?:deals?|contracts?|agreements?|projects?|leases?|construction|accords?|contrats?|projets?|giants?|providers?|companies|firms|players|operators?|developers?|customers?|clients?|géants?|fournisseurs?|opérateurs?|acteurs?|entreprises|sociétés)(?!\p{L}))/giu,
    bonus: 40,
  },
  {
    metric: "investment_loss",
    units: ["currency"],
    pattern: keepingCapitals(
      /perte\s+sur\s+sa\s+participation|(?:loss|hit|charge|write[-\s]?down|impairment)\s+(?:on|from|related\s+to|tied\s+to|linked\s+to)\s+(?:its|their|the)\s+(?:\p{L}[\p{L}.&-]*\s+)?(?:stake|investment|holding)|share\s+of\s+(?:\p{Ll}?\p{Lu}[\p{L}.&-]*['’]s?\s+)?(?:losses|net\s+loss)|loss\s+on\s+its\s+(?:stake|investment)|(?<=(?:pertes?|loss(?:es)?|charges?|dépréciations?)(?!\p{L})(?:[^.;]|\.(?=\d)){0,60}?)(?<!\p{L})(?:(?:sur|liée?s?\s+à|relatives?\s+à)\s+(?:sa|leur|son)\s+(?:participation|investissement)|on\s+(?:its|their)\s+(?:stake|investment|holding))(?!\p{L})|(?:profits?|bénéfices?|résultats?)\s+nets?\s+(?:\p{L}+\s+){0,3}(?:amputé|grevé|plombé|réduit)\p{L}*|(?:net\s+income|profits?|earnings)\s+(?:\p{L}+\s+){0,3}(?:reduced|cut|hit|dented)\s+by/giu,
    ),
    bonus: 40,
  },
  {
    metric: "net_loss",
    units: ["currency"],
    pattern:
      /pertes?|perdu|(?<!\p{L})perd(?:re|ra|rait|ront|raient|ent)?(?!\p{L})|déficit|net\s+loss|losses|\blost\b|\bloss\b|\blos(?:e|es|ing)\b/giu,
  },
  ...rulesOf({
    metric: "cash_burn",
    phrases: [
      {
        // Burn verbs and nouns, cash consumed or flowing out, yearly spending: "consommation de
        // trésorerie", "burned through", "cash outflows", "dépenses annuelles".
        units: ["currency", "USD_per_month"],
        pattern:
          /consommation\s+de\s+(?:trésorerie|cash)|(?<!\p{L})consomm(?:é|er|era|erait|eraient|ait|aient|ant|e|ent)(?!\p{L})|consumed|burned\s+through|brûl\p{L}*|\bburn\p{L}*|cash\s+burn|cash\s+outflows?|sorties?\s+de\s+(?:trésorerie|cash)|dépenses?\s+annuelles?|annual\s+spending/giu,
        bonus: 20,
      },
      {
        // A company's spending each month with nothing it is spent on: "la start-up dépense 1 milliard
        // de dollars par mois", "xAI spends $1 billion a month" (not "… a month on chips").
        units: ["USD_per_month"],
        pattern:
          /(?<!\p{L})(?:dépens(?:e|ent|ait|aient|era|eront|erait|eraient|ant)|dépensé|spend(?:s|ing)?|spent)(?!\p{L})(?![^.;]{0,70}?(?:month|mois)\s+(?:on|en|dans|pour|in|into|à)\s)/giu,
        bonus: 20,
      },
      {
        // Cash used up, the amount between the verb and the cash: "will use $17 billion of cash", "went
        // through $2 billion in cash", "utilisera 17 milliards de dollars de trésorerie"; not cash used
        // to buy something or cash in hand.
        units: ["currency"],
        pattern:
          /\b(?:us(?:e|es|ed|ing)|(?:go(?:es)?|went|gone|going|run(?:s|ning)?|ran|chew(?:s|ed)?|blow(?:s)?|blew)\s+through)\s+(?:[^.;:\n]|\.(?=\d)){0,40}?\d(?:[^.;:\n]|\.(?=\d)){0,25}?\s(?:of|in)\s+(?:(?:its|their|free)\s+)?cash\b(?!\s+(?:on\s+hand|reserves?|pile|balance|to\s+(?:buy|repurchase|pay|fund|finance|acquire|purchase|return)|for\s+(?:buybacks?|dividends?|acquisitions?|the\s+(?:purchase|acquisition))))|(?<!\p{L})utilis(?:er|era|eront|erait|eraient|é|ée|ait|aient)\s+(?:[^.;:\n]|,(?=\d)){0,40}?\d(?:[^.;:\n]|,(?=\d)){0,40}?\s(?:de|en)\s+(?:sa\s+|leur\s+)?(?:trésorerie|cash|liquidités)(?!\p{L})(?!\s+pour\s+(?:racheter|payer|financer|acquérir|acheter|verser))/giu,
        bonus: 50,
      },
      {
        // Free cash flow below zero: "negative free cash flow", "flux de trésorerie disponible négatif".
        units: ["currency"],
        pattern:
          /free\s+cash\s+flow\s+(?:of\s+)?(?:minus|negative)|flux\s+de\s+trésorerie\s+(?:disponible\s+)?(?:[\p{L}'’]+\s+){0,4}négatif|negative\s+free\s+cash\s+flow/giu,
        bonus: 60,
      },
    ],
  }),
  {
    metric: "rd_expense",
    units: ["currency"],
    pattern:
      /recherche\s+et\s+(?:au\s+|le\s+|du\s+)?développement|\bR&D\b|research\s+and\s+development|(?<!\p{L})(?:for|on|pour|dans|en)\s+(?:(?:la|sa|leur|ses|leurs|its|their)\s+)?re(?:search|cherche)(?:\s+(?:activities|efforts|work|programmes?|programs?|projects|activités|travaux|programmes?|projets))?(?=\s*(?:[,.;)]|$)|\s+(?:and|et|in|en|alone|seule|au|pendant|cette|this|last|during|over)\b)|(?<!\p{L})(?:research\s+(?:spending|expenses?|costs?|budgets?|outlays)|(?:dépenses|frais|coûts|budgets?)\s+de\s+recherche)(?!\p{L})/gimu,
    bonus: 20,
  },
  {
    // Cash handed over is how a payment is made, not cash held: "contributed $7 billion in cash to the
    // venture", « a apporté 7 milliards en liquidités à la coentreprise »; so is cash consumed, a burn:
    // « prévoit de consommer 3 milliards de liquidités », « a consommé 2 milliards de liquidités ».
    metric: "cash_position",
    units: ["currency"],
    pattern:
      /trésorerie\s+disponible|(?<!(?<!\p{L})(?:apport|vers|inject|invest|pa[yi]|engag|brûl|consomm|englout|dépens)\p{L}*\s(?:[^.;]|,(?=\d)){0,40})liquidités|\bliquidity\b|(?:cash|trésorerie)\s+(?:and|et|&)\s+(?:cash\s+)?(?:(?:marketable|short[-\s]term)\s+)?(?:securities|investments|équivalents|equivalents|placements)|(?<=\b(?:ended|ending|ends|finished|closed|had|has|have|held|holds|sits\s+on|sitting\s+on|sat\s+on)\s(?:[^.;]|\.(?=\d)){0,60}?)(?<!\b(?:burn\p{L}*|spen[dt]\p{L}*|consum\p{L}*|us(?:e|ed|es|ing)|through|contribut\p{L}*|inject\p{L}*|invest\p{L}*|paid|pa(?:y|ys|ying)|put(?:s|ting)?|pump\p{L}*|pour\p{L}*|provid\p{L}*|commit\p{L}*|pledg\p{L}*|offer\p{L}*)\s(?:[^.;]|\.(?=\d)){0,30})\b(?:in|of)\s+cash(?!\p{L})(?!\s+(?:burn|flow|outflow))|cash\s+on\s+hand|cash\s+position|position\s+de\s+trésorerie|\bcash\s+(?:balance\s+)?(?:of|totall?ed|stood\s+at)(?=\s)|(?<!(?:brûl|consomm|dépens|englout)\p{L}*\s+)(?:une|sa|leur)\s+trésorerie\s+(?:nette\s+)?de\s+(?=\d)|cash\s+reserves|en\s+caisse|(?<!(?:brûl|consomm|dépens|englout|perd|perte|sortie|flux|utilis|burn|apport|inject|(?<!\p{L})vers[ée])[^.;]{0,60})(?<=\d[^.;]{0,30}\s)(?:de|en)\s+(?:trésorerie|liquidités)(?!\p{L})(?!\s+(?:brûl|consomm))|(?<!\p{L})(?:la|sa|leur)\s+trésorerie\s+(?:nette\s+)?(?:(?:de|d['’]|du)\s*\p{L}[\p{L}\p{N}.&'’-]*(?:\s+\p{L}[\p{L}\p{N}.&'’-]*)?\s+)?(?:s['’](?:él[eè]v|établi)\p{L}*|atteign\p{L}*|(?:a|avait)\s+atteint|atteint|se\s+mont\p{L}*|ressort\p{L}*|(?:est|était)\s+de)(?!\p{L})/giu,
    bonus: 20,
  },
  {
    // A company's cash named by a figure of speech: "a cash pile of $2 billion", "a war chest", "$10
    // billion on its balance sheet", « un trésor de guerre », « un matelas de trésorerie ».
    metric: "cash_position",
    units: ["currency"],
    pattern:
      /\bcash\s+(?:pile|hoard|cushion|stockpile)s?\b|\bwar[\s-]?chest\b|(?<!\p{L})trésors?\s+de\s+guerre(?!\p{L})|(?<!\p{L})matelas\s+(?:de\s+)?(?:trésorerie|liquidités|cash)(?!\p{L})|\b(?:on|in)\s+(?:its|their|the\s+company['’]s)\s+balance\s+sheets?\b/giu,
    bonus: 20,
  },
  // Currency: compute and capital.
  {
    metric: "compute_spending_target",
    units: ["currency"],
    pattern:
      /objectifs?\s+de\s+dépenses|plan\s+de\s+dépenses|location\s+de\s+serveurs|training\s+costs?|(?:server|inference|compute|computing)\s+(?:costs?|bills?)|(?:coûts?|factures?)\s+(?:de\s+|des\s+|en\s+)?(?:serveurs|calcul|l['’]inférence|inférence)(?!\p{L})|costs?\s+of\s+training|(?:coûts?|dépenses|frais)\s+d['’]entraînement|server\s+rental|rent(?:ing)?\s+servers|dépenses\s+(?:[\p{L}'’]+\s+){0,3}(?:en|de)\s+(?:(?:puissance|capacités?)\s+de\s+)?calcul|dépenser|spending\s+(?:target|plan|goal)|plans?\s+to\s+spend|(?:compute|computing)\s+spend\p{L}*|spend\p{L}*\s+on\s+(?:compute|computing|infrastructure)|(?:compute|computing|spending)\s+plan|(?<!\p{L})(?:budget(?:s|ed|ing)?|budg[éè]t\p{L}*)\s+[^.;:]{0,40}?(?<!\p{L})(?:on|for|en|pour|dans)\s+(?:(?:la|le|les|des|de|du|new|more|its|their|AI|cloud)\s+){0,2}(?:compute|computing|chips|puces|(?:puissance|capacités?)\s+de\s+calcul|calcul)(?!\p{L})|\bspend\s+[^.;:]{0,40}?\bon\s+(?:(?:new|more|its|their|U\.S\.|US|American|European|AI|domestic)\s+){0,2}(?:compute|computing|chips|infrastructure|data\s*cent(?:er|re)s)|dépenser\s+[^.;:]{0,40}?\b(?:en|dans)\s+(?:la\s+|les\s+|des\s+)?(?:puissance\s+de\s+calcul|calcul|puces|centres\s+de\s+données)/giu,
    bonus: 40,
  },
  {
    // A bare plan to spend ("will spend $120 billion", "will devote", "va consacrer 10 milliards"), also
    // when a sum word stands before the amount ("will spend a combined $6 billion", « consacreront au total
    // 6 milliards »), or in the passive after the amount ("$3 billion will be devoted to training",
    // « 12 milliards seront consacrés à l'entraînement »): any more specific word nearby wins.
    metric: "compute_spending_target",
    units: ["currency"],
    pattern:
      /(?<=\d(?:[^.;]|,(?=\d)){0,40}?\s)(?:seront|sera|serai(?:en)?t|(?:va|vont|doi(?:t|vent)|devrai(?:en)?t)\s+être)\s+(?:consacr|affect|allou|dédi)(?:é|ée|és|ées)\s+(?:à|au|aux)(?!\p{L})|(?<=\d(?:[^.;]){0,40}?\s)(?:will|would|is\s+to|are\s+to)\s+be\s+(?:spent|devoted|dedicated|allocated|earmarked)\s+(?:to|on|for)\b|(?<!\p{L})consacr(?:er|era|eront|erait|eraient)(?=\s+(?:(?:au\s+total|en\s+tout|ensemble|un\s+total(?:\s+cumulé)?\s+de)\s+)?(?:environ\s+|près\s+de\s+|plus\s+de\s+|quelque\s+|jusqu['’]à\s+)?\d)|\b(?:will|to|would)\s+(?:spend|devote|dedicate)(?=\s+(?:(?:a\s+(?:combined|total(?:\s+of)?|cumulative)|collectively|together|jointly|in\s+total)\s+)?(?:about\s+|around\s+|roughly\s+|nearly\s+|some\s+|more\s+than\s+|over\s+|up\s+to\s+|as\s+much\s+as\s+|at\s+least\s+)?(?:US)?[$€£])/giu,
  },
  {
    metric: "compute_commitment",
    units: ["currency"],
    pattern:
      /engagements?|engagée?s?|s['’]engage\p{L}*(?!\p{L})(?!\s*[:;—–])|contrats?(?![\p{L}])|contracts?(?![\p{L}])|contracted\s+(?:to|with)|commitments?|committed(?!\s+to\s*[:;—–])|\bpledges?\b|\bcommit(?:s|ting)?\b(?!\s+to\s*[:;—–])|capacités?\s+de\s+calcul|(?:compute|computing|cloud|GPU)\s+capacity|(?<!\p{L})capacités?\s+GPU(?!\p{L})|(?<=(?:\d|\b(?:billion|million|trillion|bn|milliards?|millions?|dollars|euros))\s+)(?:of|de|d['’])\s*(?:(?:AI|IA|GPU|cloud)\s+)?(?:comput(?:e|ing)\s+power|puissance\s+de\s+calcul)(?!\p{L})|capacity\s+(?:agreements?|deals?)|accords?\s+de\s+capacité|agreed\s+to\s+(?:spend|buy|purchase|pay)/giu,
    bonus: 30,
  },
  {
    // A pledge to spend on compute: "s'est engagé à dépenser 1 400 milliards en puissance de calcul",
    // "has committed to spend $1.4 trillion on computing";
    // the pledge, not the plan the spending verb alone would say.
    metric: "compute_commitment",
    units: ["currency"],
    pattern:
      /(?<!\p{L})(?:engagée?s?|engagent|engage)\s+à\s+dépenser\s+[^.;:]{0,40}?(?<!\p{L})(?:(?:en|dans|sur)\s+(?:la\s+|le\s+|les\s+|des\s+|de\s+la\s+|du\s+)?(?:(?:puissance|capacités?|infrastructures?|ressources)\s+de\s+calcul|calcul|cloud|puces|GPU)(?!\p{L})|(?:chez\s+|auprès\s+d(?:e\s+|['’]\s*))(?=\p{L}))|\b(?:committed|pledged|agreed|commits|pledges|agrees)\s+to\s+spend(?:ing)?\s+[^.;:]{0,40}?\b(?:on\s+(?:(?:AI|cloud)\s+)?(?:compute|computing|cloud|chips|GPUs)(?!\p{L})|on\s+[\p{L}.&-]+['’]s?\s+(?:cloud|chips|GPUs|servers|compute|computing)(?!\p{L})|with\s+(?=\p{L}))/giu,
    bonus: 70,
  },
  {
    // A payment promised to a named company, the payer's contract with it (CLAIMS.md §6: payer →
    // payee): "will pay Oracle $30 billion a year", "will pay $10 billion to Cerebras", « paiera 17
    // milliards de dollars à Nebius », « versera 30 milliards par an à Oracle », « versera chaque année
    // 2 milliards à Cerebras »; the payee's side: « touchera 30 milliards par an d'OpenAI », "will
    // receive $30 billion a year from OpenAI". A sum handed over once, with no word of payment, stays
    // an investment. Which payments buy compute is settled by payment.ts. A payment each month
    // ("will pay Oracle $1 billion a month") is the same contract, counted by the month.
    metric: "compute_commitment",
    units: ["currency", "USD_per_month"],
    pattern: keepingCapitals(
      /\b(?:pay|pays|paid|paying)\b(?=\s+(?:\p{Lu}[\p{L}\p{N}&.'’-]*\s+){1,3}(?:(?:about|around|roughly|nearly|some|more\s+than|over|up\s+to|as\s+much\s+as|at\s+least|an?\s+(?:additional|extra|further))\s+)?(?:US)?[$€£]\s?\d|\s+(?:(?:about|around|roughly|nearly|some|more\s+than|over|up\s+to|as\s+much\s+as|at\s+least|an?\s+(?:additional|extra|further))\s+)?(?:US)?[$€£]\s?\d(?:[^.;]|\.(?=\d)){0,40}?\bto\s+(?:the\s+)?\p{Lu})|(?<!\p{L})pa(?:ie|ient|iera|ieront|ierait|ieraient|yer|yé|yée)(?!\p{L})(?=(?:[^.;]|[.,](?=\d)){0,60}?\d(?:[^.;]|[.,](?=\d)){0,60}?(?<!\p{L})(?:à|au)\s+\p{Lu})|(?<!\p{L})(?:vers(?:e|ent|era|eront|erait|eraient|er|é|ée)|touch(?:e|ent|era|eront|erait|eraient|er|é)|percev(?:ra|ront|rait|raient|oir)|perçoi(?:t|vent)|recev(?:ra|ront|rait|raient|oir)|reçoi(?:t|vent))(?!\p{L})(?=(?:[^.;]|[.,](?=\d)){0,60}?\d(?:[^.;]|[.,](?=\d)){0,40}?(?<!\p{L})(?:par\s+an|chaque\s+année|annuellement|par\s+année)(?!\p{L})|\s+(?:par\s+an|chaque\s+année|annuellement|par\s+année)(?!\p{L})(?:[^.;]|[.,](?=\d)){0,40}?\d)|\b(?:receiv(?:e|es|ed|ing)|collect(?:s|ed|ing)?|earn(?:s|ed|ing)?|get(?:s|ting)?)\b(?=(?:[^.;]|\.(?=\d)){0,40}?[$€£]\s?\d(?:[^.;]|\.(?=\d)){0,40}?\b(?:a|per|each|every)\s+year\b(?:[^.;]){0,20}?\bfrom\s+\p{Lu})/giu,
    ),
    bonus: 40,
  },
  {
    // A sum received under a contract, read from the payee's side: "CoreWeave will receive $14 billion
    // from Meta under a six-year contract", « recevra 14 milliards de Meta dans le cadre d'un contrat »:
    // the payer's side of the deal, as a payment is (payment.ts settles whether it buys compute).
    metric: "compute_commitment",
    units: ["currency"],
    pattern: keepingCapitals(
      /\b(?:receiv(?:e|es|ed|ing)|get(?:s|ting)?|collect(?:s|ed|ing)?)\b(?=(?:[^.;]|\.(?=\d)){0,40}?[$€£]\s?\d(?:[^.;]|\.(?=\d)){0,40}?\bfrom\s+\p{Lu}[^.;]{0,60}?\b(?:under|as\s+part\s+of|through)\s+(?:an?|the|its|their|this|that)\s+(?:[\p{L}\p{N}-]+\s+){0,3}?(?:contract|deal|agreement|lease)s?\b)|(?<!\p{L})(?:recev(?:ra|ront|rait|raient|oir)|reçoi(?:t|vent)|touch(?:e|ent|era|eront|erait|eraient|er)|percev(?:ra|ront|rait|oir)|perçoi(?:t|vent))(?!\p{L})(?=(?:[^.;]|[.,](?=\d)){0,60}?\d(?:[^.;]|[.,](?=\d)){0,60}?(?<!\p{L})(?:dans\s+le\s+cadre|au\s+titre|en\s+vertu)\s+d(?:['’]\s*|e\s+|u\s+)(?:(?:un|une|le|la|l['’]|son|sa|cet|cette)\s*)?(?:[\p{L}-]+\s+){0,3}?(?:contrat|accord|bail)s?(?!\p{L}))/giu,
    ),
    bonus: 40,
  },
  {
    // An obligation to pay for compute or capacity: "is on the hook for $300 billion of computing power
    // from Oracle", "on the hook for $14 billion in payments to CoreWeave"; debt owed is a loan instead.
    metric: "compute_commitment",
    units: ["currency"],
    pattern:
      /\bon\s+the\s+hook\s+for(?=(?:[^.;]|\.(?=\d)){0,60}?(?:comput\p{L}*|cloud|chips?|GPUs?|servers?|capacity|data\s*cent(?:er|re)s?|payments?|leases?|contracts?)(?!\p{L}))/giu,
    bonus: 40,
  },
  {
    // An amount put on compute with no verb of its own: "$1.4 trillion on compute over eight years",
    // "1 400 milliards de dollars en puissance de calcul": a commitment to buy it, not a plan of one's own.
    // An amount budgeted for compute is a plan (compute_spending_target).
    metric: "compute_commitment",
    units: ["currency"],
    pattern: new RegExp(
      String.raw`(?<!(?:budget(?:s|ed|ing)?|budg[éè]t\p{L}*)\s+[^.;:]{0,40})(?<=\d(?:\s*(?:trillion|billion|million|bn|tn|milliards?|millions?|mds?|md)(?:\s*[$€£])?)?(?:\s+${CURRENCY_WORDS_AFTER_FIGURE})?)\s+(?:on|in|for|en|de|pour|dans(?:\s+(?:la|le|du))?)\s+(?:(?:AI|cloud)\s+)?(?:compute|computing|(?:la\s+)?(?:puissance|capacités?)\s+de\s+calcul|calcul)(?!\p{L})(?!\s+(?:equipment|hardware|infrastructures?)(?!\p{L}))`,
      "giu",
    ),
    bonus: 30,
  },
  {
    // Money put into compute suppliers as a kind, not into a named company: "a $60 billion investment
    // into neocloud data center providers", "un investissement de 10 milliards dans des fournisseurs de
    // cloud": contracts to buy their capacity, not a stake in any of them.
    metric: "compute_commitment",
    units: ["currency"],
    pattern:
      /\binvestments?\s+(?:in|into|with)\s+(?:["“”'‘’]?[\p{L}-]+["“”'‘’]?\s+){0,3}?(?:neoclouds?|(?:neocloud|cloud|compute|computing|GPU|data\s+cent(?:er|re)|AI\s+infrastructure)["“”'‘’]?\s+(?:providers|operators|suppliers|companies|firms))(?!\p{L})|(?<!\p{L})investissements?\s+(?:[^.;:]{0,30}?\s)?dans\s+(?:les|des|de)\s+(?:[«"“]\s?)?(?:néo-?clouds?|neo-?clouds?|(?:fournisseurs|opérateurs|prestataires)\s+(?:[«»"“”]?\s?[\p{L}-]+\s?[«»"“”]?\s+){0,2}?(?:de\s+|d['’])?(?:cloud|calcul|centres\s+de\s+données|néo-?clouds?|neo-?clouds?))(?!\p{L})/giu,
    bonus: 40,
  },
  {
    // A purchase of compute goods only planned, with no deal named before it: "plans to buy $2 billion
    // of chips", « prévoit l'achat de 300 millions de processeurs » (CLAIMS.md: a plan, not a contract).
    metric: "compute_spending_target",
    units: ["currency"],
    pattern: new RegExp(
      String.raw`(?<!${DEAL_WORD_BEFORE})(?:${PLAN_TO_BUY})(?=(?:[^.;]|\.(?=\d)){0,60}?${COMPUTE_GOODS})`,
      "giu",
    ),
    bonus: 35,
  },
  {
    // Buying compute goods: "will buy $10 billion of chips", "achètera pour 10 milliards de puces".
    metric: "compute_commitment",
    units: ["currency"],
    pattern:
      /(?<!\p{L})(?:acquisitions?\s+(?:of|de|d['’]|des)(?=\s*(?:[\d.,\s]+)?(?:GPUs?|TPUs?|puces?|chips?|processeurs?|processors?|accélérateurs?|accelerators?|serveurs?|servers?|équipements?|equipment)(?!\p{L}))|buy|buys|buying|bought|purchase|purchases|purchasing|purchased|sell|sells|selling|supply|supplies|ach[eè]t(?:e|ent|era|eront|er|erait)|achats?|vend(?:re|ra|ront)|fourni(?:r|ra|ront))(?!\p{L})(?=(?:[^.;]|\.(?=\d)){0,60}?(?:chips?|puces?|GPUs?|processeurs?|processors?|accelerators?|accélérateurs?|servers?|serveurs?|compute|calcul|(?:cloud|computing|compute|Azure|GPU)\s+(?:capacity|power)|capacité\s+(?:cloud|GPU|Azure|de\s+calcul)|computing\s+power|worth\s+of\s+(?:(?:cloud|computing|compute|AI|GPU)\s+)?services)(?!\p{L}))|(?<=(?:chips?|puces?|GPUs?|processeurs?|processors?|accelerators?|accélérateurs?|servers?|serveurs?)(?!\p{L})[^.;]{0,60}?)(?<!\p{L})(?:bought|purchased|achet(?:é|ée|és|ées))(?!\p{L})/giu,
    bonus: 30,
  },
  {
    // Contracted revenue not yet recognised: a backlog, remaining performance obligations, "carnet de
    // commandes", orders in hand. Customers' commitments, never the seller's revenue.
    metric: "compute_commitment",
    units: ["currency"],
    pattern: new RegExp(CONTRACTED_REVENUE.source, "giu"),
    bonus: 70,
  },
  {
    // An order placed with a named supplier: "placed a $10 billion order with Broadcom", "a passé une
    // commande de 2 milliards auprès de Nvidia", « une commande de 10 milliards de puces »: the buyer's
    // commitment to that supplier.
    metric: "compute_commitment",
    units: ["currency"],
    pattern:
      /(?<!\bin\s)\b(?:orders?|ordered)\b(?!\s+to\b)(?=(?:[^.;]|\.(?=\d)){0,60}?\b(?:with|from)\s+\p{Lu})|(?<!\p{L})commandes?(?!\p{L})(?=[^.;]{0,60}?auprès\s+d)|(?<!\p{L})(?:commandes?|command(?:é|ée|és|ées|e|ent|era|eront))(?!\p{L})(?=[^.;]{0,60}?(?:puces?|GPU|processeurs?|accélérateurs?|serveurs?|capacités?\s+de\s+calcul)(?!\p{L}))/gu,
    bonus: 60,
  },
  {
    // Orders a supplier has received, or sees coming: "a customer placed production orders worth $10
    // billion", "visibility into $500 billion of Blackwell orders": the supplier's revenue to come.
    metric: "revenue",
    units: ["currency"],
    pattern: /\b(?:production\s+)?orders\b|\bvisibility\b/giu,
    bonus: 50,
  },
  {
    // Renting from a named supplier: "spend $5 billion to rent servers from Lambda", "louer
    // auprès de Nebius": a contract with that supplier, not spending of one's own.
    metric: "compute_commitment",
    units: ["currency"],
    pattern:
      /(?<!\p{L})(?:rent(?:s|ing|ed)?|lease[sd]?|leasing)(?!\p{L})(?=[^.;]{0,60}?\bfrom\b[^.;]{0,50}?\p{Lu})|(?<!\p{L})(?:lou(?:er|e|ent|era|eront|ait|aient)|location)(?!\p{L})(?=[^.;]{0,60}?(?:(?<!\p{L})à\s+|auprès\s+d['’]|auprès\s+de\s+)\p{Lu})/gu,
    bonus: 50,
  },
  {
    // Hardware or capacity handed to a company named by "lui": "CoreWeave lui louera pour 14 milliards
    // de serveurs", "Nvidia lui a vendu pour 5 milliards de puces": a deal with that customer, not the
    // supplier's own sales of the period.
    metric: "compute_commitment",
    units: ["currency"],
    pattern:
      /(?<!\p{L})lui\s+(?:(?:a|avait|aura|va|allait|doit|devrait|pourrait)\s+)?(?:lou|fourni|fourn|vend|livr)\p{L}*(?=(?:[^.;]|\.(?=\d)){0,60}?(?:puces?|GPU|processeurs?|accélérateurs?|serveurs?|calcul|capacités?|centres?\s+de\s+données|cloud)(?!\p{L}))/giu,
    bonus: 50,
  },
  {
    metric: "compute_commitment",
    units: ["currency"],
    // Not the first noun of a compound that names sales ("data center sales", "cloud revenue").
    pattern:
      /(?:centres?\s+de\s+données|data\s*cent(?:er|re)s?|\bcloud\b)(?!\s+(?:sales|revenues?|business|segment|division|unit)(?!\p{L}))/giu,
    weak: true,
  },
  {
    metric: "compute_commitment",
    units: ["currency"],
    pattern: /accords?(?!\p{L})|deals?|agreements?/giu,
    weak: true,
  },
  {
    // A deal priced as a whole, or an option in it to spend more: "a pact valued at $6.2 billion, plus an
    // option for up to $7 billion more", "un contrat d'une valeur de 3 milliards", "an agreement worth",
    // "a contract with Meta Platforms valued at":
    // the contract's size, over a spending word near it.
    metric: "compute_commitment",
    units: ["currency"],
    pattern:
      /\b(?:deals?|agreements?|contracts?|leases?|pacts?)\s+(?:(?:with|between)\s+(?:(?:the|and)\s+)?(?:\p{Lu}[\p{L}\p{N}.&'’-]*\s+){1,3})?(?:(?:valued|priced)\s+at|worth|totall?ing)(?=\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|some\s+|up\s+to\s+|more\s+than\s+)?(?:US\$|[$€£]|\d))|(?<!\p{L})(?:accords?|contrats?|baux|bail)\s+(?:(?:valorisée?s?|évaluée?s?|estimée?s?|chiffrée?s?)\s+à|d['’](?:une\s+valeur|un\s+montant)\s+(?:totale?\s+)?(?:de|d['’]))(?=\s*(?:environ\s+|près\s+de\s+|quelque\s+|jusqu['’]à\s+)?\d)/giu,
  },
  {
    // The deal's value told by a participle after its object, with no comma or verb of being between:
    // "a five-year agreement to buy GPU capacity from Tessara valued at $3 billion", "agreed to rent chips from
    // Tessara valued at", "a contract for chips from
    // Tessara priced at", « un contrat de location de serveurs auprès de Nebius évalué à 8 milliards »:
    // the contract's size, not the supplier's valuation ("a deal with Nebius, valued at $20 billion in
    // its last round", "Nebius, which is valued at" keep the company's).
    metric: "compute_commitment",
    units: ["currency"],
    pattern:
      /(?<!\p{L})(?:deals?|agreements?|contracts?|leases?|pacts?|(?:buy|bought|purchas|rent|leas)\p{L}*\s+(?:[\p{L}-]+\s+){0,3}?(?:capacity|compute|computing|GPUs?|chips|servers))(?!\p{L})(?:[^.;,:!?$€£\d]){1,90}?(?<!(?<!\p{L})(?:is|are|was|were|be|been|being|now|currently|which|that|who|itself)\s+)(?<!(?<!\p{L})(?:company|start-?up|firm|lab|group)\s+)(?:valued|priced)\s+at(?!\p{L})|(?<!\p{L})(?:accords?|contrats?|baux|bail)(?!\p{L})(?:[^.;,:!?$€£\d]){1,90}?(?<!(?<!\p{L})(?:est|sont|était|sera|serait|a\s+été|qui|elle-même|société|start-?up|entreprise|groupe)\s+)(?:valorisée?s?|évaluée?s?|estimée?s?|chiffrée?s?)\s+à(?!\p{L})/giu,
    bonus: 40,
  },
  {
    metric: "compute_commitment",
    units: ["currency"],
    pattern:
      /\boptions?\s+to\s+spend\b|(?<!\p{L})options?\s+(?:de|pour|permettant\s+de)\s+dépenser(?!\p{L})/giu,
    bonus: 30,
  },
  {
    metric: "capex",
    units: ["currency"],
    pattern:
      /\bcapex\b|dépenses\s+d['’]investissement|investissements?\s+en\s+capital|capital\s+expenditures?|dépenses\s+en\s+capital|capital\s+spending|capital\s+projects|property,?\s+(?:plant\s+)?and\s+equipment|dépenses\s+d['’]équipement|prévisions\s+d['’]investissements?|\boutlays\b|(?:plans?|budgets?|enveloppes?)\s+d['’]investissements?|(?<!\p{L})(?:ses|leurs|dont\s+les|en)\s+investissements(?!\s+(?:dans|au\s+capital)\s)|investment\s+(?:plans?|budgets?|guidance)|capital\s+(?:investment\s+|spending\s+)?(?:plans?|budgets?|programmes?|programs?)|(?:plans?|programmes?)\s+d['’]investissements?\s+en\s+capital/giu,
    // Above a spending plan's 40: "plan to spend $320 billion on capital projects" is capex.
    bonus: 45,
  },
  {
    // Not "as each gigawatt is deployed": a pace, the amount a total.
    metric: "cost_per_gw",
    units: ["currency", "USD_per_GW"],
    pattern:
      /(?<!\b(?:over|than|about|nearly|around|almost|d['’]|de|environ|près\s+d['’]|bring|add|adds|adding|of|as|when|once|whenever|quand|lorsque)\s+|\bd['’])(?:chaque|par|le|un|each|per|a|every)\s+gigawatt|(?:par|per|\/)\s*(?:GW\b|MW\b|m[ée]gawatt)|(?:\ba|\bun|\beach|\bchaque|\bthat|\bque)\s+1[\s-]?(?:GW|gigawatt)\b(?:[\s-]+(?!(?:that|which|will|qui|que|sera)(?!\p{L}))[\p{L}-]+){0,4}?\s+(?:requires?|needs?|costs?|would\s+cost|coûte\p{L}*|nécessite\p{L}*|représente\p{L}*|demande\p{L}*|exige\p{L}*)\b|gigawatt\s+(?:coûte|costs?)/giu,
    bonus: 60,
    unit: "USD_per_GW",
  },
  {
    metric: "debt_issuance",
    units: ["currency"],
    pattern:
      /(?<!(?:equity\s+and|propres\s+et(?:\s+de)?|actions\s+et(?:\s+(?:de|en))?|y\s+compris(?:\s+la)?|en\s+comptant(?:\s+la)?|incluant(?:\s+la)?|hors)\s+)\bdettes?\b(?!\s+et\s+(?:de\s+|d['’]|en\s+)?(?:(?:capitaux|fonds)\s+propres|actions|capital)(?!\p{L}))(?!\s+(?:comprise|incluse|nette)s?(?!\p{L}))|(?<!\p{L})obligataires?(?!\p{L})|(?<!performance\s)obligations(?!\s+(?:contractuelles|de\s+performance|d['’]achats?)(?!\p{L}))|emprunt\p{L}*|\bprêts?\b|(?<!(?:equity\s+and|stock\s+and|shares\s+and|propres\s+et(?:\s+de)?|including|includes|excluding|net\s+of|plus|assumed|assuming|assumption\s+of)\s+)\bdebt\b(?!\s+and\s+(?:equity|stock|shares)\b)(?!\s+(?:included|assumed)(?!\p{L}))|\bbonds?\b|\bloans?\b|notes\s+offering|(?:senior|convertible|secured)\s+notes|notes\s+due|borrow\p{L}*|\blen(?:t|ds?|ding)\s+(?=US\$|[$€£]|\d|(?:up\s+to|about|nearly)\s)|financement\s+par\s+la\s+dette|(?<!\p{L})(?:s['’]|se\s+)?endett(?:e|ent|ait|aient|er|era|erait|eront|eraient|ant|é|ée|és|ées)(?!\p{L})|(?<!\p{L})prêt(?:er|era|eront|erait|eraient|ent|é|ée|és|ées)\s+(?=\d|(?:jusqu['’]à|environ|près\s+de|plus\s+de|quelque)\s)/giu,
    bonus: 10,
  },
  {
    metric: "debt_issuance",
    units: ["currency"],
    pattern:
      /lignes?\s+de\s+crédit|facilités?\s+de\s+crédit|crédits?\s+(?:à\s+terme|syndiqués?|relais)|prêts?\s+(?:à\s+terme|syndiqués?|relais|bancaires?)|crédit\s+renouvelable|(?:of|in)\s+private\s+credit|(?<!\p{L})private[\s-]+credit\s+(?:deals?|facilit(?:y|ies)|loans?|financing|packages?|agreements?|lines?|tranches?)(?!\p{L})|(?<!\p{L})(?:de|en)\s+(?:crédit|dette)\s+privée?|credit\s+(?:line|facility|facilities)|debt\s+(?:facility|facilities|financing|package)|(?:term|bridge|syndicated)\s+loans?|delayed[-\s]draw|\bDDTL\b|revolving/giu,
    bonus: 40,
  },
  {
    metric: "debt_issuance",
    units: ["currency"],
    pattern:
      /\b(?:in|through|via)\s+(?:(?:a|an|new|the)\s+)?(?:(?:convertible|senior|secured|unsecured|green)\s+){0,2}(?:debt|bonds|loans|notes)\b(?!\s+and\s+(?:equity|stock|shares)\b)|\b(?:de|en)\s+(?:dettes?|obligations)(?![\p{L}])(?!\s+et\s+(?:de\s+|d['’]|en\s+)?(?:(?:capitaux|fonds)\s+propres|actions|capital)(?!\p{L}))/giu,
    bonus: 40,
  },
  {
    metric: "funding_round",
    units: ["currency"],
    pattern:
      /levée\s+de\s+fonds|(?<!\p{L})lev(?:er|é|ée|ées|és|ant|e|ons|ait|aient|ra|rait)(?!\p{L})|(?<!\p{L})lèv(?:e|ent)(?!\p{L})|augmentation\s+de\s+capital|capital\s+(?:increase|raise)|tours?\s+de\s+table|tours?\s+de\s+financement|rondes?\s+(?:de\s+financement|d['’]investissement|de\s+table)|(?<!\p{L})tour\s+(?=(?:de|d['’])\s*(?:plus\s+de\s+|près\s+de\s+|quelque\s+|environ\s+)?\d)|\braise[sd]?\b(?!\s+(?:(?:its|their|the)\s+)?(?:(?:full[-\s]year|annual|yearly|bottom|top|low|high|lower|upper)\s+(?:end\s+)?(?:of\s+(?:its|their|the)\s+)?)?(?:forecasts?|guidance|outlook|range|estimates?|targets?|projections?|expectations?|prices?)(?!\p{L}))|raising\b(?!\s+(?:(?:its|their|the)\s+)?(?:[\p{L}\p{N}-]+\s+){0,2}?(?:forecasts?|guidance|outlook|range|estimates?|targets?|projections?|expectations?|prices?|valuation)(?!\p{L}))|funding\s+rounds?|\brounds?\b|fundraising|fund[-\s]raise|amorçage|\bseed\b/giu,
    bonus: 10,
  },
  {
    metric: "funding_round",
    units: ["currency"],
    pattern: /\b(?:[Ss]érie|[Ss]eries)[\s-]+[A-H]\b/gu,
    bonus: 10,
  },
  {
    // The equity part of a raise, beside its debt part ("$4 billion in debt and $4 billion in equity",
    // « 2 milliards en dette et 1 milliard en fonds propres »): the round.
    metric: "funding_round",
    units: ["currency"],
    pattern:
      /(?<=(?:\d|\b(?:billion|million|bn|mn|[BM]))\s+)in\s+(?:(?:new|fresh|strategic|primary|additional)\s+)?equity\b(?!\s+(?:stakes?|value|holdings?|investments?|markets?)\b)|(?<!\p{L})en\s+(?:fonds|capitaux)\s+propres(?!\p{L})|(?<!\p{L})(?:in|en)\s+(?:(?:debt|dettes?)\s+(?:and|et)\s+(?:en\s+)?(?:equity|stock|shares|actions|capital|(?:fonds|capitaux)\s+propres)|(?:equity|stock|actions|(?:fonds|capitaux)\s+propres)\s+(?:and|et)\s+(?:en\s+)?(?:debt|dettes?))(?!\p{L})/giu,
    bonus: 40,
  },
  {
    // A fund closed by its manager: "closed $7.2 billion of new funds", « a bouclé un fonds de 950 millions ».
    metric: "funding_round",
    units: ["currency"],
    pattern:
      /(?<!\p{L})(?:closed|clos(?:es|ing)|bouclé|boucle|clôturé|clôture|finalisé)(?!\p{L})(?=(?:[^.;]|[.,](?=\d)){0,50}(?<!\p{L})(?:funds?|fonds)(?!\p{L}))/giu,
    bonus: 10,
  },
  {
    // A fund sized by the amount it holds: « Orvane, un fonds souverain de 40 milliards d'euros », « lance
    // un fonds de 3 milliards », "is preparing a $7 billion growth fund", "a $5bn AI fund":
    // the money its owner puts to work, an investment (CLAIMS.md §2). A fund closed, or raised, by its
    // manager is the manager's round (above); « levée de fonds », « fonds propres » are no fund.
    metric: "investment",
    units: ["currency"],
    pattern:
      /(?<!(?:levées?|lev(?:er|é|ée|ant|e|ent|era|ra)|lèv(?:e|ent)|collectes?|appels?|closed|bouclé|boucle|clôturé)\s+(?:de\s+|d['’]\s*)?(?:(?:un|des|son|leur|nouveaux?|nouvel)\s+){0,2})(?<!\p{L})fonds(?!\s+(?:propres|levés|réunis|récoltés|collectés)(?!\p{L}))(?:\s+(?:d['’](?:investissement|infrastructures?)|de\s+capital[-\s]risque|(?!de\s|d['’]|doté)[\p{L}'’-]+)){0,3}?\s+(?:doté\s+)?(?:de\s+|d['’]\s*)(?=(?:plus\s+de\s+|près\s+de\s+|environ\s+)?\d)|(?<!\b(?:raise[sd]?|raising|close[sd]?|closing)\s+(?:[^\s.;]+\s+){0,4})(?<=(?:\d|\b(?:billion|million|bn|mn|[BM]))\s)(?:(?:venture|investment|sovereign|wealth|infrastructure|AI|growth|private\s+equity|technology|tech|new)[\s-]+){0,3}funds?\b(?!\s+(?:round|raise|raising|managers?)\b)/gu,
    bonus: 40,
  },
  {
    // A deal said to value a company is an equity round: "the deal … values xAI at $230bn", « l'opération
    // valorise la start-up à 6 milliards »; not a contract priced as a whole ("a deal valued at").
    metric: "funding_round",
    units: ["currency"],
    pattern:
      /(?<!\p{L})(?:deals?|accords?|transactions?|opération)(?!\p{L})(?=(?:[^.;]|[.,](?=\d)){0,100}?(?<!\p{L})(?:values|valuing|valorise|valorisant|valoriserait)(?!\p{L}))/giu,
    bonus: 10,
  },
  {
    // A deal or a total named as money raised: "the funding deal", "le total des fonds réunis",
    // "fonds levés", "total raised", a running total received ("has received $12 billion so far"); not a
    // compute contract nor one investor's cheque.
    metric: "funding_round",
    units: ["currency"],
    pattern:
      /(?:funding|financing|fundraising|equity)\s+(?:deal|agreement|package)s?|fonds\s+(?:réunis|levés|récoltés|collectés)|accords?\s+de\s+financement|total\s+(?:raised|funding)|(?:a|ont|avait)\s+réuni(?!\p{L})|(?:has|have|had)\s+(?:already\s+)?received(?=\s+(?:about\s+|nearly\s+|more\s+than\s+|some\s+)?[$€£]?\s?\d[^.;:]{0,30}\b(?:so\s+far|to\s+date|since\s+(?:its|their)\s+(?:founding|inception|launch|creation))\b)|(?:a|ont)\s+(?:déjà\s+)?reçu(?=\s+(?:environ\s+|près\s+de\s+|plus\s+de\s+)?\d[^.;:]{0,50}\b(?:depuis\s+(?:sa|leur)\s+(?:création|fondation)|jusqu['’]à\s+présent|à\s+ce\s+jour))/giu,
    bonus: 30,
  },
  {
    // Money raised named by its complement, with no round noun: "$5 billion in fresh equity", "$6 billion
    // in funding", "2 milliards de dollars de financement en fonds propres", "$1.5 billion from a group of
    // investors", "200 millions d'euros auprès d'investisseurs", « 3 milliards de capitaux frais ».
    metric: "funding_round",
    units: ["currency"],
    pattern:
      /(?<=\bin\s)(?:(?:new|fresh|additional|venture|outside|private)\s+)?(?:equity\s+)?(?:funding|equity)(?!\s+(?:and|or)\s+(?:[\p{L}-]+\s+)?(?:debt|loans?|credit|bonds?|notes|financing|funding|equity)\b|\s+(?:stakes?|financing)\b)(?!\p{L})|(?<=\bin\s)(?:new|fresh|additional|outside|growth)\s+capital(?!\p{L})|(?<=\d(?:[^.;]|\.(?=\d)){0,40}?\s)(?:from|auprès\s+d(?:e|['’]))\s*(?:(?:a\s+(?:group|consortium|syndicate)\s+of|un\s+(?:groupe|consortium)\s+d['’]|(?:its|their|new|existing|outside|private|institutional|ses|leurs|nouveaux)))?\s*(?:investors|backers|investisseurs)(?!\p{L})|(?<=\d\s*(?:billion|million|bn|mn|[BM])?\s+of\s)(?:(?:new|fresh|additional)\s+)?equity(?!\s+(?:in|into|to|stakes?)\b)(?!\p{L})|(?<=(?<!\p{L})(?:de|d['’])\s?)(?:nouveaux\s+)?financements?\s+(?:en\s+fonds\s+propres|en\s+capital)|(?<=(?<!\p{L})(?:de|d['’]|en)\s?)(?:(?:capitaux|fonds)\s+frais|argent\s+frais)(?!\p{L})|(?<=(?:euros?|dollars?|livres?|francs?)\s+(?:de|en)\s)(?<!(?:vend|cèd|céd|mobilis|invest|apport|inject|engag)\p{L}*\s+(?:pour\s+)?[^.;]{0,40})(?:capitaux|fonds)\s+propres(?!\p{L})|(?<=\bof\s)(?:new|fresh)\s+capital(?!\p{L})/giu,
    bonus: 30,
  },
  {
    // Shares of a class a company issues to raise equity: "$900 million in preferred equity", "$350
    // million of convertible shares", « 300 millions d'euros en actions de préférence »: the round, beside
    // any debt the sentence names (convertible notes and bonds are debt).
    metric: "funding_round",
    units: ["currency"],
    pattern:
      /(?<!\p{L})(?:(?:convertible\s+)?preferred|convertible|common|ordinary)\s+(?:equity|shares|stock)(?!\p{L})|(?<!\p{L})actions\s+(?:de\s+préférence|préférentielles|ordinaires\s+nouvelles|convertibles)(?!\p{L})/giu,
    bonus: 30,
  },
  {
    // An offering of shares sized by the amount right before it: "its record $75 billion public offering",
    // "a $2 billion share offering", « une émission d'actions de 3 milliards d'euros »: the money raised.
    metric: "funding_round",
    units: ["currency"],
    pattern:
      /(?<=\d(?:[.,]\d+)?\s?(?:billion|million|bn|mn|[BM])?\s)(?:(?:initial\s+)?public|share|stock|equity)\s+offering(?!\p{L})|(?<!\p{L})(?:émission|offre)\s+d['’]actions\s+(?:nouvelles\s+)?de\s+(?=(?:plus\s+de\s+|près\s+de\s+|environ\s+)?\d)/giu,
    bonus: 30,
  },
  ...ROUND_COMMITMENTS,
  {
    metric: "investment",
    units: ["currency"],
    pattern:
      /(?:engagée?s?|committed|s['’]engage\p{L}*)\s+(?:à|to)\s+(?:invest\p{L}*|apporter|verser|injecter|contribute)|\b(?:committed|pledged|contributed)\s+[^.;]{0,30}?\s(?:of|in)\s+(?:new\s+)?equity\s+(?:to|in|into)\b/giu,
    bonus: 60,
  },
  {
    // "previously committed hyperscaler investment", "$2 billion of committed equity", « 3 milliards
    // d'investissements déjà engagés »: the commitment qualifies money put into a company, not
    // compute bought (committed capital expenditure stays capex).
    metric: "investment",
    units: ["currency"],
    pattern:
      /(?<!\p{L})committed\s+(?:(?!to\s)[\p{L}-]+\s+)?(?:investments?|equity|capital(?!\s+(?:expenditure|spending))|funding)(?!\p{L})|(?<!\p{L})(?:investissements?|capitaux|fonds\s+propres)\s+(?:déjà\s+)?engagés?(?!\p{L})/giu,
    bonus: 45,
  },
  {
    // Money spent on the spender's own machines and sites: "invest $50 billion in US data centres",
    // "has committed $600 billion to data centres", "4 milliards d'euros pour ses infrastructures",
    // "10 milliards dans un supercalculateur"; sales
    // "dans les centres de données" are a segment's revenue; deals
    // for data centres, "infrastructure commitments" and a sum "committed to" outright are compute
    // bought from others.
    metric: "capex",
    units: ["currency"],
    pattern: keepingCapitals(
      /(?<!(?:accords?|deals?|agreements?|contrats?|contracts?)\b[^.;]{0,40})(?<!(?:vendu\p{L}*|sold|sells?|selling|sales|ventes)\s+)(?<!(?:chiffres?\s+d['’]affaires|revenus|revenues?|ventes|sales)\b[^.;:\d–—]{0,40})(?<!\bcommitted\s+to\s+(?:(?:about|around|roughly|nearly|almost|more\s+than|over|some)\s+)?(?:US)?\$\s?[\d.,]+\s*(?:billion|trillion|bn|tn|[BT])?\s+)(?<!\p{L})(?:in|into|towards?|dans|pour|à|aux?|(?<=(?:\d(?:\s?(?:bn|tn|mn|[BMT]))?|(?<!\p{L})(?:trillion|billion|million|dollars|euros))\s)to)\s+(?:(?:un|une|des|de|du|la|le|l['’]|les|ses|leurs|son|sa|its|their|a|an|the|new|nouveaux|nouvelles|own|propres?|seule?|single|US|American|américains|AI|IA|hyperscale|domestic|two|three|four|five|several|deux|trois|quatre|cinq|plusieurs|[«"“])\s*){0,3}(?:[\p{L}-]+\s+(?:[\p{L}-]+\s+)?(?:and|et)\s+(?:(?:AI|IA|new|nouveaux|nouvelles)\s+)?)?(?:[\d.,]+[\s-]*(?:acres?|hectares?|gigawatts?|megawatts?|mégawatts?|GW|MW)[\s,-]+){0,2}(?:data\s*cent(?:er|re)s?|centres?\s+de\s+données|supercalculateurs?|supercomputers?|(?:(?:computing|compute|cloud|digital|numériques?|informatiques?)\s+)?infrastructures?(?:\s+(?:numériques?|informatiques?))?|AI\s+zones?|campus(?:es)?|(?:computing|compute|IT|server|network(?:ing)?)\s+(?:equipment|hardware)|(?:équipements?|matériels?)\s+informatiques?|(?:(?:first|second|initial|première|deuxième|seconde)\s+)?(?:phases?|tranches?)(?=\s+(?:of|du|de\s+(?:ce|son|leur|la|l['’])))|(?<=(?:ses|leurs|its|their|own|propres?)\s*)(?:serveurs|servers|bâtiments|buildings|équipements|equipment|réseaux|networks))(?!\s+(?:capacity|capacité|de\s+calcul|de\s+\p{Ll}?\p{Lu}|commitments?|obligations?|deals?|contracts?|agreements?|sales|revenues?|business|segment|division|unit|projects?|projets?|funds?|fonds))/giu,
    ),
    bonus: 45,
  },
  {
    // The amount a relative clause says a company will put into its own sites: "the $15 billion that
    // Orbitek plans to invest in new plants", « les 15 milliards d'euros qu'Orbitek compte investir dans
    // ses usines »: capital spending, whatever noun the amount
    // complements before it ("les ventes découlant des …").
    metric: "capex",
    units: ["currency"],
    pattern:
      /(?<=(?:\d|(?<!\p{L})(?:milliards?|millions?|billions?|trillions?|dollars|euros))[^.;]{0,25}\s)(?:que|qu['’]|that|which)\s*(?:\p{Lu}[\p{L}.&-]*\s+|(?:il|elle|ils|elles|it|they)\s+)(?:(?:va|vont|compte|comptent|prévoit\s+d['’]|doit|doivent|devrait|will|would|plans\s+to|is\s+set\s+to|expects\s+to)\s*)?(?:investir|dépenser|invest|spend)(?=[^.;]{0,50}?(?<!\p{L})(?:dans|in|on|en|into)\s+(?:(?:des|les|de|new|its|ses|leurs|their|AI|IA)\s+)*(?:data\s*cent|centres?\s+de\s+données|infrastructures?|campus))/gu,
    bonus: 60,
  },
  {
    // Money spent building one's own sites: "will spend $50 billion building data centres in Texas",
    // "to build new campuses", "10 milliards pour construire des centres de données": capital spending,
    // not a plan to buy compute. Money lent or paid to a named company to build is that company's,
    // money borrowed to build is debt, and money raised to build is the round ("aims to raise $2 billion
    // to build data centres", « cherche à lever 800 millions pour construire des campus »).
    metric: "capex",
    units: ["currency"],
    pattern: keepingCapitals(
      /(?<!(?:borrow|lend|lent|loan|debt|dette|endett|prêt|emprunt|(?<!\p{L})(?:rais(?:e|es|ed|ing)|lev(?:er|é|ée|ées|és|ant|ons|ait|aient|ra|rait)|lèv(?:e|ent))(?!\p{L}))\p{L}*(?:[^.;]|\.(?=\d)){0,60})(?<=(?:\d|(?<!\p{L})(?:billions|trillions|milliards))[\p{Ll}\s'’$€£.,]{0,40}\s)(?:(?:on\s+)?building|to\s+build|(?:on\s+)?constructing|to\s+construct|pour\s+(?:construire|bâtir)|à\s+la\s+construction\s+d(?:e|es|u|['’]))\s+(?:(?:a|an|un|une|new|more|its|their|own|AI|two|three|four|five|several|large|giant|massive|the|des|de|les|l['’]|nouveaux|nouvelles|ses|leurs|son|sa|grands?|gigantesques?)\s*){0,3}(?:data\s*cent(?:er|re)s?|centres?\s+de\s+données|campus(?:es)?|sites?|facilities|plants|centrales|usines|supercomputers?|supercalculateurs?|infrastructures?)(?!\p{L})/giu,
    ),
    bonus: 50,
  },
  {
    // A sum whose purpose clause builds a site, past the noun phrase that holds it: "a $3.4 billion joint
    // venture with Blue Owl to construct a data center", "a $27 billion partnership with Blue Owl to
    // support construction of its data centre", « une coentreprise de 7 milliards avec Blackstone pour
    // bâtir des campus »: the builders' capital spending. A round, debt, a sale, a lease or a contract on
    // the way makes it money of another kind.
    metric: "capex",
    units: ["currency"],
    pattern:
      /(?<!(?<!\p{L})(?:borrow|lend|lent|loan|debt|dette|endett|prêt|emprunt|rais|levé|lève|lever)\p{L}*(?:[^.;]|[.,](?=\d)){0,150})(?<=(?:\d|(?<!\p{L})(?:billions|trillions|milliards))(?:(?!(?<!\p{L})(?:rais\p{L}*|rounds?|series|séries?|lev[ée]\p{L}*|tours?|debt|dettes?|loans?|prêts?|bonds?|notes|obligations|borrow\p{L}*|emprunt\p{L}*|lend\p{L}*|lent|credit|crédit|sales?|sold|vend\p{L}*|ventes?|contracts?|contrats?|leases?|leasing|rent\p{L}*|lou\p{L}*|location|deals?|accords?|agreements?)(?!\p{L}))[^.;:!?\d]){0,90}\s)(?:to\s+(?:help\s+)?(?:support\s+|fund\s+|finance\s+)?(?:build|construct|develop|(?:the\s+)?construction\s+of)|pour\s+(?:(?:financer|soutenir)\s+)?(?:construire|bâtir|développer|(?:la\s+)?construction\s+d(?:e|es|u|['’])))\s*(?:[\p{L}'’-]+\s+){0,3}?(?:data\s*cent(?:er|re)s?|centres?\s+de\s+données|campus(?:es)?|sites?|facilit(?:y|ies)|plants?|centrales?|usines?|supercomputers?|supercalculateurs?|infrastructures?)(?!\p{L})/giu,
    bonus: 50,
  },
  ...rulesOf(FACILITY_PRICED),
  {
    // What the sites, plants or projects a builder announced cost: "le coût de ces centrales", "ces
    // campus coûteront", "the plants will cost", "the cost of the new campuses": its capital spending.
    // Plural only: one site's cost ("Le site coûtera") is no announced build-out.
    metric: "capex",
    units: ["currency"],
    pattern:
      /(?<!\p{L})(?:(?:co[uû]ts?(?:\s+(?:total|totaux|global|de\s+construction))?\s+(?:de|des|du)\s+)?(?:ces|ses|leurs|les)\s+(?:nouveaux\s+|nouvelles\s+|grands\s+|futurs\s+)?(?:centrales|réacteurs|sites|campus|centres\s+de\s+données|projets|usines|installations)(?:\s+(?:nucléaires|prévus|annoncés))?|(?:(?:total\s+|construction\s+|building\s+)?costs?\s+of\s+)?(?:these|those|the|its|their)\s+(?:new\s+|planned\s+|large\s+|nuclear\s+)?(?:plants|reactors|sites|campuses|data\s*cent(?:er|re)s|projects|facilities))(?=\s+(?:est\s+(?:estimé|évalué)|sont\s+(?:estimés|évalués)|s['’]él[eè]v\p{L}*|atteindr\p{L}*|coûter\p{L}*|coûtent|is\s+(?:estimated|put|expected)|are\s+(?:estimated|expected\s+to\s+cost)|will\s+cost|would\s+cost|could\s+cost|cost)(?!\p{L}))/giu,
    bonus: 45,
  },
  {
    // "received $4 billion from Amazon", "takes $4 billion from Amazon", "is set to receive $1 billion
    // from Nvidia", "will get $5 billion from Microsoft", "a reçu 4 milliards de dollars de la part
    // d'Amazon", « touchera 5 milliards de Microsoft », "… de dollars de SoftBank": money put in by the
    // company named.
    metric: "investment",
    units: ["currency"],
    pattern:
      /(?:received|receives|will\s+receive|(?:to|would)\s+receive|(?:will|to|would)\s+get|[Tt]akes|[Tt]ook|[Tt]aking|(?:has\s+|have\s+|had\s+)?secured|secures|(?:has\s+|have\s+)?obtained|(?:a|ont)\s+(?:obtenu|décroché|sécurisé)|obtient|obtiennent|a\s+reçu|ont\s+reçu|reçoit|reçoivent|recevra|recevront|recevoir|touchera|toucheront)(?=\s+(?:[Uu]p\s+[Tt]o\s+|[Aa]bout\s+|[Nn]early\s+|jusqu['’]à\s+|environ\s+|près\s+de\s+)?(?:[$€£]|US\$|\d)(?:[^.;]|\.(?=\d)){0,60}?(?:\b[Ff]rom\s+\p{Lu}|auprès\s+d|de\s+la\s+part\s+d|(?:dollars|euros|[$€£]|\d)\s+(?:de\s+|d['’])\p{Lu}))/gu,
  },
  {
    // An amount spent so as to lead or join a round: "laid out $300 million to lead the round", "spent
    // $1 billion to join Zorbex's raise", « a déboursé 300 millions pour mener le tour de table »: the
    // spender's cheque, not the round.
    metric: "investment",
    units: ["currency"],
    pattern:
      /(?<!\p{L})(?:la(?:y|ys|id|ying)\s+out|spen(?:d|ds|t|ding)|pa(?:y|ys|id|ying)|put(?:s|ting)?\s+up|commit(?:s|ted|ting)?|fork(?:s|ed|ing)?\s+(?:out|over)|débours\p{L}*|mis|met|mett(?:re|ra|ront|rait)|engag(?:e|é|ée|era|eront|er)|dépens(?:e|é|era|er)|align(?:e|é|era|er))(?=\s+(?:(?:about|some|nearly|roughly|up\s+to|environ|près\s+de|quelque|jusqu['’]à)\s+)?(?:US\$|[$€£]|\d)[^.;]{0,60}?\s(?:to\s+(?:co-?)?(?:lead|anchor|head|join)|pour\s+(?:co-?)?(?:mener|diriger|conduire|piloter|participer\s+à|prendre\s+part\s+à))\s+(?:[\p{L}'’$€£\d.,-]+\s+){0,4}?(?:round|raise|financing|fundraising|funding|tour|levée|financement)(?!\p{L}))/giu,
    bonus: 45,
  },
  {
    // The lead investor's own cheque: "led the round with €1.3 billion", "a mené le tour de table avec
    // 1,3 milliard": the amount after "with" is the investor's, not the round's.
    metric: "investment",
    units: ["currency"],
    pattern:
      /\b(?:led|co-led|anchored|headed)\s+(?:the\s+|this\s+|its\s+)?(?:[\p{L}$€£\d.,-]+\s+){0,3}?(?:round|raise|fundraising)\s+with(?=\s+(?:about\s+|some\s+|nearly\s+|roughly\s+)?(?:[$€£]|US\$|\d))|(?<!\p{L})(?:a|ont|avait|avaient)\s+(?:co-)?(?:mené|dirigé)\s+(?:le\s+tour\s+de\s+table|la\s+levée(?:\s+de\s+fonds)?|l['’]opération)\s+avec(?=\s+(?:environ\s+|près\s+de\s+|quelque\s+)?\d)/giu,
    bonus: 45,
  },
  {
    // Money put into a company: "put $2 billion into", "is putting in €1.3 billion", "en apporte 1,3
    // milliard", "une participation de 5 milliards de dollars", "mobiliser 200 milliards".
    metric: "investment",
    units: ["currency"],
    pattern: keepingCapitals(
      /\bput(?:s|ting)?\b(?=(?:[^.;]|\.(?=\d)){0,50}\bin(?:to)?\b)|(?<!\p{L})(?:apport(?:e|ent|era|eront|ait|aient|é|ée|és|ées)|mobiliser)(?!\p{L})|(?<!\p{L})(?:mis|mett(?:re|ra|ront|rait)|misé|mise|miser|misera|plac(?:er|era|eront|erait|é|e|ent|ait))(?!\p{L})(?=(?:[^.;]|[.,](?=\d)){0,60}?\s(?:dans|sur)\s+(?!la\s+table(?!\p{L}))(?:la\s+start-?up\s+|l['’])?\p{L})|\bto\s+mobili[sz]e\b|(?:participation|stake)\s+(?:\p{L}+\s+)?(?:pour|de|d['’]|of|worth)\s*(?=[\d$€£])|(?<!\p{L})(?:paid|pays|paying|pay|payé|payer|paiera|déboursé|débourser)(?!\p{L})(?=(?:[^.;]|[.,](?=\d)){0,50}(?<!\p{L})(?:for|pour)\s+(?:a|an|une|its|sa|leur)\s+(?:\d+(?:[.,]\d+)?\s*(?:%|per\s*cent|pour\s+cent)\s+)?(?:minority\s+|minoritaire\s+)?(?:stake|participation)(?!\p{L}))|\bcontribut(?:e|es|ed|ing)\b(?=(?:[^.;]|\.(?=\d)){0,60}\bto\s+(?:\p{Ll}?\p{Lu}|the\s+(?:[\p{L}-]+\s+){0,2}(?:round|raise|financing|funding)\b))|(?<!\p{L})(?:particip|contribu)(?:e|ent|era|eront|erait|eraient|é|ait|aient)\s+(?:\p{L}+\s+)?à\s+hauteur(?!\p{L})/giu,
    ),
    bonus: 10,
  },
  {
    metric: "investment",
    units: ["currency"],
    pattern: keepingCapitals(
      /investi\p{L}*|investissements?|inject\p{L}*|prise\s+de\s+participation|prendre\s+une\s+participation|particip(?:e|era|erait|eraient|ent|é)\s+(?:\p{L}+\s+)?pour|en\s+échange\s+d['’]actions|entr\p{L}*\s+au\s+capital|ch[eè]ques?|invest(?:s|ed|ing|ment|ments)?\b|stake\s+worth|(?<!(?<!\p{L})(?:sold|sells?|selling|sale\s+of|offload\p{L}*|divest\p{L}*|dispos\p{L}*\s+of|trimm\p{L}*|cut|cuts|cutting)\s+(?:(?:a|an|its|their|the)\s+)?(?:US\$|[$€£])?\s?[\d.,]+\s*(?:billion|million|trillion|bn|mn|[BMT])?\s+)(?<=(?:\d|\b(?:billion|million|trillion|bn|mn|[BMT]))\s+)(?:(?:minority|majority|equity|strategic)\s+)?stakes?\s+in(?!\p{L})|in\s+exchange\s+for\s+(?:shares|equity|a\s+stake)|(?:take|took|taking)\s+a\s+stake|participat\p{L}*\s+in\s+the\s+round|\bback(?:ed|ing)\s+(?!by\b)\p{Ll}?\p{Lu}|(?<!\p{L})vers(?:er|é|ée|és|era|eront|ait|e|ent|ements?)(?!\p{L})/giu,
    ),
  },
  {
    // An investor's slice of someone else's round or share offering: "will anchor $5 billion of the
    // $30 billion offering", "took $500 million of Zorbex's round", « souscrira 2 milliards de l'augmentation
    // de capital », « prendra 1 milliard de la levée »: the verb's amount is the investor's cheque.
    metric: "investment",
    units: ["currency"],
    pattern:
      /(?<!\p{L})(?:anchor(?:s|ed|ing)?|t(?:ake|akes|ook|aking)|b(?:uy|uys|ought|uying)|subscrib(?:e|es|ed|ing)\s+(?:to|for)|souscri(?:t|re|ra|ront|rait|vent|vait)|pr(?:end|endra|endront|is|endre)|achète|achètera|acheté)\s+(?=(?:(?:about|around|roughly|nearly|some|up\s+to|environ|près\s+de|jusqu['’]à)\s+)?(?:US\$|[$€£]|\d)[^.;]{0,40}?\s(?:of|de\s+la|de\s+l['’]|du|des)\s*(?:(?:the|its|their|this|a|cette|son|sa|leur)\s+)?(?:\p{Lu}[\p{L}\d.&-]*(?:\s+\p{Lu}[\p{L}\d.&-]*)?['’]s\s+)?(?:[^.;]{0,40}?\s)?(?:(?:funding|financing|investment|equity|share|stock)\s+)?(?:round|raise|offering|IPO|listing|share\s+sale|levée|augmentation\s+de\s+capital|introduction\s+en\s+Bourse|tour\s+de\s+table)(?!\p{L}))/giu,
    bonus: 45,
  },
  {
    // An investor buying or holding a slice of someone else's bonds or loans: "hoovered up about
    // $18 billion", "bought $2 billion of the notes", "its biggest single holding at $2 million", "a loan
    // fund adding another $600,000", "a raflé 5 milliards de dollars d'obligations".
    metric: "investment",
    units: ["currency"],
    pattern:
      /(?<!\p{L})(?:hoover|snapp|scoop|gobbl|lapp|pick|stump)(?:ed|ing)\s+up\s+(?=(?:(?:about|around|roughly|nearly|some|over|another|(?:more|less)\s+than)\s+)?(?:US\$|[$€£]|\d))|(?<!\p{L})(?:bought|purchased|buys|buying|acquired)\s+(?=(?:(?:about|around|roughly|nearly|some|over|another|(?:more|less)\s+than)\s+)?(?:US\$|[$€£]|\d)[^.;]{0,40}?\s(?:of|in)\s+(?:(?:the|its|their|new)\s+)?(?:[\p{L}-]+\s+)?(?:bonds|notes|debt|loans|paper)(?!\p{L}))|(?<!\p{L})(?:biggest|largest|top|single)\s+holding\s+(?:at|of|worth)\s+(?=(?:US\$|[$€£]|\d))|(?<!\p{L})(?:ETFs?|funds?|portfolios?)\s+(?:holding|adding)\s+(?:(?:another|about|some)\s+)?(?=(?:US\$|[$€£]|\d))|(?<!\p{L})(?:raflé|ramassé|acheté|souscrit|racheté)\s+(?:pour\s+)?(?=(?:(?:environ|près\s+de|plus\s+de|quelque)\s+)?\d[^.;]{0,40}?\sd(?:e\s+|['’])(?:obligations|dette|titres\s+de\s+dette|prêts)(?!\p{L}))/giu,
    bonus: 70,
  },
  {
    // Paying for a site or a project: "financeront un campus … pour 30 milliards", "will fund the campus".
    metric: "investment",
    units: ["currency"],
    pattern:
      /(?<!\p{L})financ(?:er|era|eront|erait|eraient|ée?s?)(?!\p{L})|\b(?:will|would|to)\s+(?:help\s+)?(?:fund|finance|bankroll)\b/giu,
  },
  {
    metric: "valuation",
    units: ["currency"],
    pattern:
      /(?<!(?:accords?|contrats?|bail|baux|commandes?|transactions?|partenariats?)\s+)valoris\p{L}*|valuation|(?<!(?:deals?|contracts?|agreements?|partnerships?|transactions?|leases?|pacts?|orders?|packages?|arrangements?|period|term)(?:\s+(?:with|between)(?:\s+(?:the|and))?(?:\s+\p{Lu}[\p{L}\p{N}.&'’-]*){1,3})?(?:\s+(?:potentially|reportedly|initially|collectively|jointly|together|now|currently|then))?\s+)valued|\bvalue\s+(?:it|the\s+company)|\bvalu(?:e|es|ing)\s+(?:[\p{L}\p{N}.'’-]+\s+){1,8}?at\b|post-money|pre-money|\bpost-investment\s+value\b|\b(?:company|start-?up|firm|lab)['’]s\s+(?:estimated|implied|new)\s+value(?!\p{L})|(?<!\p{L})évalu(?:é|ée|ant|ait|aient|e|ent|er|era|erait)\s+(?:l['’](?:entreprise|ensemble\s+de\s+la\s+société)|la\s+(?:société|start-?up|jeune\s+pousse|firme|compagnie)|le\s+(?:groupe|laboratoire))\s+à(?!\p{L})|(?<!\p{L})(?:l['’]entreprise|la\s+(?:société|start-?up|jeune\s+pousse|firme)|le\s+groupe|elle)\s+(?:est|était|serait|a\s+été|avait\s+été|sera)\s+(?:désormais\s+|ainsi\s+|aujourd['’]hui\s+|maintenant\s+)?évalué(?:e)?\s+à(?!\p{L})/giu,
    bonus: 10,
  },
  {
    // What a company named right before is worth: « Hugging Face vaut désormais », « Perplexity ne « valait »
    // que », « elle vaut »; a private company's value turns to its valuation later. Case matters: a
    // capitalised name, never a noun ("le contrat valait").
    metric: "market_cap",
    units: ["currency"],
    pattern:
      /(?<=(?<![\p{L}\p{N}])(?:\p{Lu}[\p{L}\p{N}]*|[Ee]lle|[Ii]l)\s+(?:ne\s+)?(?:«\s*)?)(?:vaut|valait|vaudrait)(?!\p{L})(?!\s+(?:mieux|la\s+peine)\b)/gu,
    bonus: 40,
  },
  {
    metric: "market_cap",
    units: ["currency"],
    pattern:
      /capitalisation(?:\s+boursière)?|market\s+(?:cap|capitalization|capitalisation|value)|(?<=\d\s?(?:bn|tn|billion|trillion)\s)(?:(?:listed|Nasdaq-listed|chip|tech|cloud|AI|technology)\s+)?(?:company|group|firm|chipmaker|conglomerate)(?!\p{L})(?!\s+(?:deal|deals|contract|contracts|budget|plan|programme|program|investment|bet)\b)|valeur\s+boursière|(?<!\p{L})pès(?:e|ent|erait)(?!\p{L})|\bto\s+be\s+worth\b|\b(?:company|companies|firm|group|business|chipmaker|maker)\s+worth\b|(?<!\p{L})à\s+valoir(?!\p{L})|(?<!(?:deal|agreement|contract|partnership|pact|transaction|order|stake|shares|it|they)\s+)\b(?:is|are|was|were)\s+(?:now\s+)?worth\b|(?<!\p{L})(?:val(?:ent|ait|aient|oir|ant)|vaut|valoris\p{L}*)(?!\p{L})(?=[^.;]{0,50}(?:\ben\s+Bourse|(?<!\p{L})à\s+Wall\s+Street)\b)/giu,
    bonus: 40,
  },
  {
    metric: "acquisition_price",
    units: ["currency"],
    pattern:
      /(?<!(?:traffic|customer|user|talent)\s+)acqu(?:is|ise|iert|érir|isition)\p{L}*(?!\p{L})(?!\s+(?:costs?|coûts?|expenses?|frais|de\s+(?:clients|trafic)))(?!\s+(?:of|de|d['’]|des|du)\s*(?:[\d.,\s]+)?(?:GPUs?|TPUs?|puces?|chips?|processeurs?|processors?|accélérateurs?|accelerators?|serveurs?|servers?|équipements?|equipment|matériels?|hardware|racks?)(?!\p{L}))|rach[eè]t\p{L}*(?!(?:[^.;]|[.,](?=\d)){0,40}?\s(?:de\s+ses\s+propres\s+|d['’])(?:actions|titres))|rachat(?!\s+(?:de\s+ses\s+propres\s+|d['’])(?:actions|titres))|[Aa]cquir\p{L}*(?!\s+(?:of|de|d['’]|des|du)\s*(?:[\d.,\s]+)?(?:GPUs?|TPUs?|puces?|chips?|processeurs?|processors?|accélérateurs?|accelerators?|serveurs?|servers?|équipements?|equipment|matériels?|hardware|racks?)(?!\p{L}))|bought(?!\s+back)(?!\s+(?:about\s+|around\s+|some\s+|nearly\s+|roughly\s+|more\s+than\s+)?(?:US\$|[$€£])?\s?[\d.,]+\s*(?:billion|million|trillion|bn|mn|tn|[BMT])?\s+worth\s+of)|\b(?:buys|(?:is|are|was|were)\s+buying|(?:to|will|would|could|may|might|shall)\s+buy)\s+(?=\p{Lu})(?![\p{L}\p{N}.-]+(?:\s+[\p{L}\p{N}.-]+)?\s+(?:chips?|GPUs?|processors?|servers?|capacity|power|electricity|shares?|stakes?)\b)|(?<!\p{L})(?:achet(?:er|é|ée|ait|aient|era|eront|erait|eraient)|achète(?:nt)?)\s+(?=\p{Lu})(?![\p{L}\p{N}.-]+(?:\s+[\p{L}\p{N}.-]+)?\s+(?:des\s+|de\s+|d['’])?(?:puces|GPU|processeurs|serveurs|capacités?|électricité|énergie|actions|titres|parts)(?!\p{L}))|s['’](?:est|sont|était)\s+offert\p{L}*|s['’]offr(?:e|ent|ira|irait)(?!\p{L})|(?:mis|mettre|met|mettent)\s+la\s+main\s+sur|s['’]empar\p{L}*|snapped\s+up|purchase\s+of\s+(?:the\s+(?:startup|company)|(?=\p{Lu}))|\btakeover\s+of\b|\bbuyout\s+of\b|(?<!\p{L})(?:paid|pay(?:s|ing)?|pa(?:yé|yer|ie|iera|ieront|ierait)|débours(?:é|er|e|era|eront|erait))(?!\p{L})(?=[^;]{0,40}(?<!\p{L})(?:for|pour)\s+(?:(?:the|les|la|le|l['’])\s*(?:startup|start-up|société|company|firm|entreprise|actifs|assets|jeune\s+pousse)\s+(?:de\s+|d['’]|of\s+)?)?\p{Lu}(?![\p{L}\p{N}.-]*(?:['’]s)?\s+(?:[\p{L}-]+\s+)?(?:capacity|cloud|chips?|GPUs?|services?|compute|computing|servers?|shares?|stock|stakes?)(?!\p{L})))|(?<!(?:stakes?|shares?|holdings?|stock|participations?|actions|titres|parts)(?!\p{L})[^.;]{0,40})(?:\b(?:was|were|been|be|being|is|are)\s+(?:\p{Ll}+\s+)?sold\s+(?:to|for)(?!\p{L})|(?<!\p{L})(?:été|sera|seront|serait|seraient|était|est|sont|être)\s+(?:\p{Ll}+\s+)?(?:vendue?s?|cédée?s?)\s+(?:à|au|pour)(?!\p{L})|(?<=\p{Lu}[\p{L}\p{N}.:-]*\s+)sold\s+for(?!\p{L}))|(?<!\p{L})sur\s+la\s+table(?=\s+pour\s+(?:racheter\s+|acquérir\s+|s['’]offrir\s+)?\p{Lu})|\bput(?:s|ting)?\s+up\b(?=[^.;]{0,40}\bfor\s+\p{Lu}(?![\p{L}\p{N}.-]*(?:['’]s)?\s+(?:[\p{L}-]+\s+)?(?:round|raise|funding|financing|capacity|cloud|chips?|shares?|stakes?)(?!\p{L})))/gu,
    bonus: 10,
  },
  {
    // A sale named by its noun, from a seller to a named buyer for a price: "a campus sale from Talen to
    // AWS for $650 million", « la cession du site par Orano à Equinix pour 200 millions »: the buyer's
    // purchase price. Shares, chips, power or capacity sold are another kind of deal.
    metric: "acquisition_price",
    units: ["currency"],
    pattern:
      /(?<!\p{L})(?:sale|divestiture|disposal|cession|vente)(?!\p{L})(?=(?:(?!(?<!\p{L})(?:shares?|stakes?|stock|equity|bonds?|notes|chips?|GPUs?|servers?|capacity|power|electricity|energy|compute|actions|titres|parts|participations?|obligations|puces|serveurs|capacités?|électricité|énergie|calcul)(?!\p{L}))[^.;]){0,80}?(?<!\p{L})(?:to|à|au)\s+(?:[\p{L}'’-]+\s+){0,3}?\p{Lu}(?:[^.;]|[.,](?=\d)){0,60}?(?<!\p{L})(?:for|pour)\s+(?:about\s+|around\s+|some\s+|nearly\s+|environ\s+|près\s+de\s+)?(?:US\$|[$€£]|\d))/gu,
    bonus: 30,
  },
  {
    // A seller handing a business or a site to a named buyer for a price: "Talen has sold its campus to
    // Amazon for $650m", "a cédé son centre de données à Equinix pour 200 millions d'euros": the buyer's
    // purchase price. Shares, chips, power or capacity sold are another kind of deal.
    metric: "acquisition_price",
    units: ["currency"],
    pattern:
      /\b(?:sold|sells|selling|sell)\b(?=(?:(?!\b(?:shares?|stakes?|stock|equity|holdings?|bonds?|notes|debt|chips?|GPUs?|servers?|capacity|power|electricity|energy|compute|computing|services)\b)[^.;]){0,80}?\bto\s+(?:[\p{L}-]+\s+){0,3}?\p{Lu}(?:[^.;]|\.(?=\d)){0,80}?\bfor\s+(?:about\s+|around\s+|some\s+|nearly\s+|roughly\s+)?(?:US\$|[$€£]|\d))|(?<!\p{L})(?:vendu|cédé|cède|cèdent|cédera|céderont|vend|vendent|vendra|vendront)(?!\p{L})(?=(?:(?!(?<!\p{L})(?:actions|titres|parts|participations?|obligations|puces|GPU|serveurs|capacités?|électricité|énergie|calcul|services)(?!\p{L}))[^.;]){0,80}?(?<!\p{L})(?:à|au)\s+(?:[\p{L}'’-]+\s+){0,3}?\p{Lu}(?:[^.;]|[.,](?=\d)){0,80}?(?<!\p{L})pour\s+(?:environ\s+|près\s+de\s+|quelque\s+)?\d)/gu,
    bonus: 30,
  },
  {
    metric: "share_price",
    units: ["USD_per_share", "currency"],
    pattern:
      /prix\s+d['’]exercice|exercise\s+price|strike\s+price|price\s+(?:target|threshold)|\bshare\s+price\b|seuil\s+de\s+(?:prix|cours)|cours\s+cible|(?:par|per)\s+action|per\s+share|a\s+share\b/giu,
    bonus: 30,
    unit: "USD_per_share",
  },
  {
    metric: "unit_price",
    units: ["currency", "USD_per_month"],
    pattern:
      /vendu\p{L}*|prix|tarif\p{L}*|coût\p{L}*\s+(?:unitaire|de\s+l['’]abonnement)|abonnement|priced|price[ds]?|sells?\s+for|retail\p{L}*|subscription|\bpaying\b|se\s+vend\p{L}*|\beach\b|\bapiece\b|(?:per|par)\s+(?:unit|unité|puce|chip|GPU)|l['’]unité/giu,
  },
  {
    // What one unit costs: "each Blackwell chip costs $30,000", « chaque puce coûte 30 000 dollars ».
    metric: "unit_price",
    units: ["currency"],
    pattern:
      /(?<!\p{L})(?:each|every|chaque|one|une?)\s+(?:[\p{L}\d-]+\s+){0,2}?(?:puces?|chips?|GPUs?|processeurs?|processors?|accélérateurs?|accelerators?|serveurs?|servers?|racks?|appareils?|devices?|units?|unités?)\s+(?:[\p{L}\d'’-]+\s+){0,3}?(?:co[uû]t(?:e|ent|era|erait|ait)|costs?|cost|se\s+vend\p{L}*|sells?\s+for|(?:is|are)\s+priced|est\s+vendue?s?)(?!\p{L})/giu,
    bonus: 30,
  },
  {
    // What a monthly plan costs its buyer: "coûte 20 $/mois", "est facturée 4,50 dollars par mois",
    // "proposé à 8 euros par mois", "costs $20 a month", "is offered at $4.50 per month".
    metric: "unit_price",
    units: ["USD_per_month"],
    pattern:
      /(?<!\p{L})(?:co[uû]t(?:e|ent|era|eront|erait|ait)|factur\p{L}*|(?:propos|offert|disponible)\p{L}*\s+(?:à|pour)|costs?|charg(?:es|ed)|billed|(?:offered|available|sold)\s+(?:at|for))(?!\p{L})/giu,
  },
  {
    // A price a month written without a scale word ("costs $20 a month", "charges $8 per month",
    // "launched at $4.99 a month"): a subscription, never a company's monthly spending.
    metric: "unit_price",
    units: ["USD_per_month"],
    pattern:
      /(?<!\p{L})(?:costs?|costing|charg(?:e|es|ed|ing)|at|for)(?=\s+(?:(?:about|around|roughly|just|only|nearly)\s+)?(?:US)?[$€£]\s?\d{1,4}(?:[.,]\d{1,2})?\s+(?:a|per|each|every)\s+month)/giu,
  },
  {
    metric: "deal_value",
    units: ["currency"],
    pattern:
      /worth\s+of\s+(?:equity|shares|stock)|(?:shares|stock|warrants?|actions|bons)\s+(?:\p{L}+\s+){0,4}(?:are|is|would\s+be|could\s+be|vaudrai\p{L}*|valent|vaut)\s+(?:worth\s+)?|(?:valeur|value)\s+(?:de\s+ces\s+|of\s+(?:the|these|those)\s+)(?:actions|shares|bons|warrants?)/giu,
    bonus: 60,
  },
  {
    // The value of a holding, or what selling it brought: "Microsoft's holding in X is worth $135
    // billion", "holds equity valued at $130 billion", "sa participation dans X est valorisée 10
    // milliards", "sold its Nvidia shares for $5.8 billion", "raised $9 billion by selling part of its
    // holding", "en cédant une partie de sa participation": neither the company's valuation nor a round.
    metric: "deal_value",
    units: ["currency"],
    pattern:
      /(?<!\p{L})(?:holding|stake|equity|participation)s?\s+(?:(?:[\p{L}\p{N}.&'’-]+\s+){0,4}?(?:(?:is|are|was|were|would\s+be|could\s+be)\s+worth|(?:est|sont|était|serait)\s+valorisée?s?|vaut|valent|valait)|valorisée?s?|valued\s+at)(?!\p{L})|(?<!\p{L})(?:sold|sells|selling|vendu|vend|cédé|cède)\s+(?:[^.;$€£]|[.,](?=\d)){0,60}?(?:shares|stake|holding|actions|participation)(?!\p{L})[^.;$€£]{0,40}?\s(?:for|pour)(?=\s+(?:(?:a\s+(?:total|value)\s+of|une\s+valeur\s+(?:totale\s+)?d['’]|un\s+(?:montant|total)\s+(?:de|d['’]))\s*)?(?:about\s+|some\s+|environ\s+|près\s+de\s+)?(?:[$€£]|US\$|\d))|\bby\s+selling\s+(?:[\p{L}-]+\s+){0,4}?(?:shares|stake|holding|equity)(?!\p{L})|(?<!\p{L})en\s+(?:cédant|vendant)\s+(?:[\p{L}'’-]+\s+){0,4}?(?:actions|participation|parts)(?!\p{L})/giu,
    bonus: 60,
  },
  {
    // Shares sold, their amount between the verb and the shares: « ont vendu pour 2 milliards d'actions »,
    // « cédé pour 40 millions d'euros de parts de capital », "sold $900 million of stock", "sold $2 billion
    // worth of shares". Shares newly issued, or a company's own ("sold $1 billion of new shares", "of its
    // shares"), are no holders' sale.
    metric: "deal_value",
    units: ["currency"],
    pattern:
      /(?<!\p{L})(?:vendu|vendre|vend|vendent|vendaient|cédé|céder|cède|cèdent)\s+pour(?=\s(?:[^.;]|[.,](?=\d)){0,50}?\s(?:d['’]\s*|de\s+|des\s+)(?!(?:nouvelles|actions\s+nouvelles)(?!\p{L}))(?:actions|parts|titres|capitaux\s+propres)(?!\p{L}))|\b(?:sold|sells?|selling)(?=\s+(?:about\s+|some\s+|more\s+than\s+|over\s+|nearly\s+)?(?:US)?[$€£](?:[^.;]|[.,](?=\d)){0,30}?\s(?:worth\s+)?of\s+(?!new\b|its\b)(?:(?:their|his|her|company|existing)\s+)?(?:shares|stock|equity)\b)/giu,
    bonus: 60,
  },
  {
    // Shares of a named company as the amount's complement: "$350 million of CoreWeave stock",
    // "350 millions de dollars d'actions CoreWeave": the value of shares handed over, not the deal's
    // size. Shares bought ("un ordre d'achat de …", "buys $250 million of …") are an investment.
    metric: "deal_value",
    units: ["currency"],
    pattern:
      /(?<!(?:achat|achet|achèt|acqu[ié]r|buy|bought|purchas)[^.;]{0,60})(?<=(?:\d|\b(?:billion|million|bn|mn|m))\s+of\s)(?!(?:Series|Class)\s)(?:\p{Lu}[\p{L}\d.&-]*\s+){1,2}(?:stock|shares|equity)(?!\p{L})|(?<!(?:achat|achet|achèt|acqu[ié]r|buy|bought|purchas)[^.;]{0,60})(?<=(?:dollars?|euros?|\$|€)\s+(?:de\s|d['’]))actions\s+(?:(?:de|du)\s+|d['’])?\p{Lu}/gu,
    bonus: 60,
  },
  {
    // A sale of shares named as a noun, then its amount: "la vente d'actions détenues par ses salariés,
    // pour un montant total de 2 milliards", "une cession de titres d'un montant de", "a sale of shares
    // held by staff worth $2 billion", "a sale of stock totalling"; or the amount right before it: "a
    // $2 billion share sale". What the shares sold for, not the company's valuation or a round.
    metric: "deal_value",
    units: ["currency"],
    pattern:
      /(?<!\p{L})(?:vente|cession)s?\s+(?:secondaires?\s+)?(?:d['’]\s*actions|de\s+(?:titres|parts|ses\s+actions|leurs\s+actions))(?!\p{L})(?=[^.;]{0,80}?(?:pour\s+un\s+(?:montant|total)|d['’]un\s+montant|à\s+hauteur\s+de)(?!\p{L}))|\b(?:sale|sell-?off)s?\s+of\s+(?:[\p{L}-]+\s+){0,2}?(?:shares|stock)\b(?=[^.;]{0,80}?\b(?:worth|totall?ing|for\s+a\s+total|amounting\s+to)\b)|(?<=(?:\d|\b(?:billion|million|bn|mn|m))\s+)(?:secondary\s+)?(?:share|stock)\s+sales?\b/giu,
    bonus: 60,
  },
  {
    // What a sale brings its seller: "expects net proceeds of $361m from the deal", "le produit net de la
    // cession, 361 millions"; not the proceeds of notes, loans or a listing (money raised).
    metric: "deal_value",
    units: ["currency"],
    pattern:
      /\b(?:(?:net|gross|cash|after-tax|pre-tax)\s+)?proceeds\b(?![^.;]{0,40}?\b(?:notes|bonds?|offering|loans?|debt|IPO|listing|round|raise|placement)\b)|(?<!\p{L})produits?\s+(?:nets?\s+|bruts?\s+)?(?:de\s+(?:la|cette|sa)\s+)(?:vente|cession)(?!\p{L})/giu,
    bonus: 60,
  },
  {
    metric: "total_expenses",
    units: ["currency"],
    pattern: /dépenses|coûts|charges|expenses|costs|spending|dépens\p{L}*|(?<!capital\s)expenditures?/giu,
  },
  {
    // A figure its spender is said, in a relative clause after it, to have spent: "the $40 billion it
    // spent last year", "the $3 billion that Orbitek spent in 2024" (as « les 40 milliards dépensés »).
    metric: "total_expenses",
    units: ["currency"],
    pattern:
      /(?<=(?:\d|(?<!\p{L})(?:billion|million|trillion|bn|mn|dollars|euros))\s+)(?:(?:that|which)\s+)?(?:it|they|he|she|we|\p{Lu}[\p{L}.&-]*(?:\s+\p{Lu}[\p{L}.&-]*){0,2})\s+(?:(?:had|has|have)\s+)?spent(?!\p{L})/gu,
  },
  {
    // Money spent with no object named, a company's whole spending over a period: "spent a total of $2.7
    // billion last year", "spent $900 million in 2024", « a dépensé au total 2,7 milliards l'an dernier »,
    // « ont dépensé 900 millions en 2024 ». Spent "on" or "in" something is that thing's money.
    metric: "total_expenses",
    units: ["currency"],
    pattern:
      /(?<!\p{L})(?:spent|spends|spending)\s+(?:a\s+(?:combined\s+|cumulative\s+)?total\s+of\s+|in\s+total\s+|(?:about|around|roughly|nearly|some|over|more\s+than|almost)\s+)*(?=(?:US\$|[$€£])\s?\d[\d.,]*\s*(?:billion|million|trillion|bn|mn|[BMT])?\s*(?:[,.;]|$|in\s+(?:total|all|(?:19|20)\d\d|fiscal|the\s+(?:year|quarter|first|second|third|fourth|last|past))(?!\p{L})|(?:last|this)\s+year|over\s+the\s+(?:year|quarter|period|past)|during\s+the|for\s+the\s+(?:year|quarter|full\s+year)))|(?<!\p{L})(?:a|ont|avait|avaient|aura|auront)\s+dépensé\s+(?:(?:au\s+total|en\s+tout|un\s+total\s+de|environ|près\s+de|plus\s+de|quelque)\s+)*(?=\d[\d\s,]*\s*(?:milliards?|millions?)?(?:\s+(?:de\s+dollars|d['’]euros))?\s*(?:[,.;]|$|au\s+total|en\s+tout|en\s+(?:19|20)\d\d|l['’]an\s+(?:dernier|passé)|l['’]année\s+(?:dernière|passée)|sur\s+l['’](?:année|exercice)|au\s+cours\s+d))/giu,
    bonus: 30,
  },
  {
    // Costs named as a whole: "total expenses", "operating costs", « dépenses totales », « charges
    // d'exploitation », « des dépenses comprises au total entre … »: all of a company's
    // costs, over a word of cash burned or of capital spent nearby.
    metric: "total_expenses",
    units: ["currency"],
    pattern:
      /\btotal\s+(?:(?:annual|yearly|operating|(?:19|20)\d{2})\s+)?(?:expenses|costs)\b|\b(?:operating|running)\s+(?:expenses|costs)\b|\bopex\b|(?<!\p{L})(?:dépenses|coûts|charges|frais)\s+(?:(?:annuel(?:le)?s|d['’]exploitation|de\s+fonctionnement|opérationnel(?:le)?s)\s+)?(?:totaux|totales|globaux|globales)(?!\p{L})|(?<!\p{L})(?:dépenses|coûts|charges|frais)\s+(?:d['’]exploitation|de\s+fonctionnement|opérationnel(?:le)?s)(?!\p{L})|(?<=(?<!\p{L})(?:dépenses|coûts|charges)(?!\p{L})[^.;\d]{0,40})(?<!\p{L})au\s+total(?!\p{L})/giu,
    bonus: 25,
  },
  // Capacity.
  {
    metric: "capacity_addition_rate",
    units: ["GW", "GW_per_week"],
    pattern: /(?:par|per|a|chaque|each|every)\s+(?:semaine|week)/giu,
    bonus: 40,
    unit: "GW_per_week",
  },
  {
    metric: "datacenter_capacity",
    units: ["GW"],
    pattern: /gigawatts?|(?<![\p{L}])(?:GW|MW)(?![\p{L}])|m[ée]gawatts?|capacit\p{L}*|puissance/giu,
  },
  // Users and customers.
  {
    metric: "weekly_active_users",
    units: ["users"],
    pattern:
      /(?:par|chaque|per|a|each)\s+semaine|toutes\s+les\s+semaines|hebdomadaires?|weekly|\ba\s+week|per\s+week|(?:every|each)\s+week|\bWAUs?\b/giu,
    bonus: 60,
  },
  {
    metric: "monthly_active_users",
    units: ["users"],
    pattern:
      /(?:par|chaque|per|a|each)\s+mois|tous\s+les\s+mois|mensuels?|monthly|\ba\s+month|per\s+month|(?:every|each)\s+month|\bMAUs?\b/giu,
    bonus: 60,
  },
  {
    metric: "business_seats",
    units: ["users"],
    pattern: /utilisateurs\s+professionnels|business\s+users|enterprise\s+users|sièges|\bseats\b/giu,
    bonus: 30,
  },
  {
    metric: "active_users",
    units: ["users"],
    pattern: /utilisateurs|users|usagers|utilisée?s?\s+par|used\s+by|développeurs|developers/giu,
  },
  {
    metric: "paying_subscribers",
    units: ["subscribers", "users"],
    pattern:
      /abonnés(?:\s+payants)?|abonnements\s+payants|paying\s+(?:subscribers|users)|subscribers|(?:paid|paying)\s+subscriptions|utilisateurs\s+payants/giu,
    bonus: 25,
  },
  {
    metric: "business_customers",
    units: ["customers"],
    pattern:
      /clients|customers?(?=\s+base)|customers|entreprises\s+clientes|organisations|organizations|businesses/giu,
  },
  {
    metric: "gpu_count",
    units: ["GPUs"],
    pattern:
      /[GT]PU|puces|processeurs|chips|processors|processing\s+units|accélérateurs|accelerators|équivalents|equivalents|graphics\s+cards|cartes\s+graphiques|unités|units|exemplaires/giu,
  },
  {
    metric: "warrant_shares",
    units: ["shares"],
    // Not the shares a holder sold ("a vendu 12,4 millions d'actions", "sold 12.4 million shares"): a
    // count of a stake sale is no claim; the sale's price is its deal_value.
    pattern: new RegExp(
      String.raw`(?<!${SHARES_SOLD_BEFORE})(?:actions|shares)|bons\s+de\s+souscription|warrants?`,
      "giu",
    ),
  },
  // Fractions.
  {
    metric: "gross_margin",
    units: ["fraction"],
    pattern: /marges?\s+brutes?|gross\s+margins?|marge\s+(?:de\s+)?calcul|compute\s+margin/giu,
    bonus: 40,
  },
  {
    metric: "funding_share",
    units: ["fraction"],
    // A share that comes from somewhere is a round's only when the money is a round's or its source
    // an investor: not "55 percent of the budget is to come from its accelerators".
    pattern: new RegExp(
      String.raw`(?:(?<=${ROUND_BEFORE_SOURCE})(?:${SHARE_SOURCE_VERBS})|(?:${SHARE_SOURCE_VERBS})(?=${INVESTOR_AFTER_SOURCE}))|de\s+la\s+levée|of\s+the\s+(?:round|money|capital|funding)|du\s+tour\s+de\s+table`,
      "giu",
    ),
    bonus: 20,
  },
  {
    metric: "equity_stake",
    units: ["fraction"],
    pattern:
      /participation|\bstake\b|détien\p{L}*|détenir|détenu\p{L}*\s+(?:à\s+(?:(?:hauteur\s+de|environ|près\s+de)\s+)?)?(?=\d)|\bowned\s+(?=\d)|(?:contrôl|possédé)\p{L}*\s+à\s+(?:(?:hauteur\s+de|environ|près\s+de)\s+)?(?=\d)|(?:%|per\s*cent)\s+(?:owned|held|controlled)\s+by\b|(?:%|per\s*cent)-owned\b|(?:per\s*cent|%)\s+(?:of\s+the\s+)?(?:equity|ownership)\b|\bowns?\b|\bhold(?:s|ing)?\b|\bheld\b|du\s+capital|de\s+(?:notre|son|leur)\s+capital|of\s+the\s+(?:company|shares|chipmaker|chip\s+designer|group|firm|start-?up|lab)\b|of\s+its\s+(?:shares|capital|equity)|actionnaire/giu,
    bonus: 10,
  },
  {
    // Selling or buying a share of a company: "is selling 30% of Quarkon to", "bought 15% of the lab",
    // « a cédé 40 % de sa filiale », « rachète 20 % du capital de »: the share changes hands, a stake
    // (whose holder is the buyer: assemble/stake-sold.ts). A share of revenue or of a market is none.
    metric: "equity_stake",
    units: ["fraction"],
    pattern:
      /(?<!\p{L})(?:sell(?:s|ing)?|sold|buy(?:s|ing)?|bought|acquir(?:e|es|ed|ing)|c[eéè]d(?:er|é|e|ent|era|eront|erait|ant)|vend(?:re|u|ra|ront|rait|ant|ent)?|(?:r?ach[eè]t|rachèt)(?:er|é|e|ent|era|eront|erait|ant)|acqu(?:érir|iert|is|erra))\s+(?:(?:up\s+to|about|around|roughly|nearly|some|a\s+further|another|jusqu['’]à|environ|près\s+de|quelque|encore)\s+)?(?=\d[\d.,\s]*(?:%|per\s*cent|pour\s*cent)\s+(?:of|de|du|d['’]|des)(?!\p{L})\s*(?:(?:the|its|their|sa|son|ses|leur|la|le|l['’])\s*)?(?:(?:[\p{Ll}-]+\s+){0,3}?(?:subsidiary|unit|business|division|company|start-?up|lab|firm|group|filiale|société|entreprise|groupe|jeune\s+pousse|capital|shares|equity|actions|titres|parts)(?!\p{L})|\p{Lu}))/gu,
    bonus: 10,
  },
  {
    // Taking or keeping a share of a company: "pourrait prendre jusqu'à 10 % du concurrent", "will retain
    // about 20 per cent", "conservera 15 %"; also with a noun for the piece kept: "keeps a modest
    // 20 per cent slice", "conserve une part de 30 %".
    metric: "equity_stake",
    units: ["fraction"],
    pattern:
      /(?<!\p{L})(?:prendr(?:e|a|ait|aient|ont)|pris|take[ns]?|taking|took|retain(?:s|ed|ing)?|keep(?:s|ing)?|kept|conserv(?:er|era|erait|eront|e|ent|ant)|gard(?:er|era|erait|eront|e|ent|ant)|poss[eè]d(?:e|ent|ait|aient|er|era|erait|eront)|contrôl(?:e|ent|ait|aient|er|era|erait|eront))\s+(?:(?:a|an|its|their)\s+(?:\p{L}+\s+)?(?=(?:(?:about|around|roughly|nearly|some)\s+)?\d[\d.,\s]*(?:%|per\s*cent)\s+(?:slice|chunk|piece|stake|holding|interest)(?!\p{L}))|(?:une|sa|leur)\s+(?:\p{L}+\s+)?(?:part|participation|tranche)\s+(?:de\s+|d['’]))?(?:(?:up\s+to|about|around|roughly|nearly|some|jusqu['’]à|environ|près\s+de|quelque)\s+)?(?=\d[\d.,\s]*(?:%|per\s*cent|pour\s*cent)(?![^.;]{0,40}?(?:revenue|revenus|chiffre\s+d|ventes|sales|recettes|profits?|bénéfices?|market|marché)))/giu,
    bonus: 10,
  },
  {
    metric: "paid_conversion",
    units: ["fraction"],
    pattern:
      /(?<=(?:abonnés\s+payants|utilisateurs\s+payants|paying\s+(?:subscribers|users|customers)|paid\s+(?:subscribers|users))[^.;]{0,60})(?:%|pour\s*cent|per\s*cent)\s+(?:de\s+(?:ses|leurs|la\s+base\s+d['’])|des|of\s+(?:its|their|the|all))\s+(?:\p{L}+\s+)?(?:utilisateurs|users)(?!\p{L})|(?:utilisateurs|users)\s+(?:\p{L}+\s+)?pa(?:yants|y|ying)|convert\p{L}*|conversion|\b(?:pay|paient|payent)\s+(?:for|pour)\b|(?:%|pour\s*cent|per\s*cent)\s+(?:des|de\s+(?:ses|leurs)|of(?:\s+(?:its|their|the))?)\s+(?:utilisateurs|users)(?!\p{L})(?:[^.;%]{0,40}?)\s(?:paient|payent|sont\s+payants|s['’]abonnent|pay|are\s+paying|subscribe)(?!\p{L})/giu,
    bonus: 10,
  },
  {
    metric: "adoption_rate",
    units: ["fraction"],
    pattern:
      /(?:%|pour\s+cent|percent|per\s+cent)\s+(?:des|of(?:\s+the)?)\s+(?:(?:Fortune|Global|S&P|CAC|FTSE|Nikkei|DAX)\s+\d+\s+)?(?:entreprises|sociétés|companies|firms|organisations|organizations)|ont\s+eu\s+recours|utilisent|\buse\b|adopt\p{L}*/giu,
    bonus: 10,
  },
  {
    metric: "expense_to_revenue",
    units: ["x", "currency"],
    pattern:
      /(?:for\s+(?:every|each)|pour\s+chaque)\s+(?:dollar|euro|[$€]\s?1|1\s?[$€])(?!\p{L})[^.;]{0,60}?(?<!\p{L})(?:spends?|spent|spending|burns?|loses?|dépense(?:nt)?|brûle(?:nt)?|perd(?:ent)?)(?!\p{L})|par\s+dollar\s+(?:gagné|de\s+revenus?)|pour\s+chaque\s+dollar|for\s+every\s+(?:dollar|\$\s?1\b)|per\s+dollar\s+of\s+revenue/giu,
    bonus: 50,
    unit: "x",
  },
  {
    metric: "valuation_multiple",
    units: ["x"],
    pattern: keepingCapitals(
      /fois\s+(?:ses|son|le|les|leurs?)\s+(?:revenus|chiffre|ventes)|(?:×|(?<!\p{L})x)\s*(?:(?:19|20)\d{2}[EF]?\s+|(?:son|le|les|ses|its|current|forward|trailing|annual|annuali[sz]ed)\s+)?(?:EV\s*\/\s*)?(?:revenues?|sales|ARR|CA|chiffre\s+d['’]affaires|revenus|ventes|run[\s-]rate|earnings|EBITDA)(?!\p{L})|(?<!\p{L})EV\s*\/\s*(?:ARR|revenues?|sales|rev\.?|EBITDA|CA)(?!\p{L})|(?<!\p{L})(?:price|valuation)[\s-]to[\s-](?:sales|revenues?|ARR)(?!\p{L})|times\s+(?:its\s+|their\s+|\p{Ll}?\p{Lu}\p{L}*['’]s\s+)?(?:(?:current|annual|annuali[sz]ed|forward|trailing|projected|expected|estimated|next)\s+){0,2}(?:revenue|sales|run[\s-]rate|ARR)|multiple/giu,
    ),
    bonus: 20,
  },
];

/**
 * Companies that build data centres for their own services at hyperscale without selling compute
 * (those that sell it have the "supplier" role in the gazetteer): their spending is capex.
 */
export const BUILD_OUT_SPENDERS: ReadonlySet<string> = new Set([
  "Meta",
  "Apple",
  "Alibaba",
  "Tencent",
  "ByteDance",
]);

/** A figure inside a clause about a class of companies ("parmi la poignée d'entreprises ayant …"). */
export const CLASS_OF_COMPANIES =
  /\b(?:parmi\s+(?:la\s+poignée|les\s+rares|le\s+petit\s+nombre|le\s+club|les\s+quelques)|among\s+(?:the\s+)?(?:handful|few|rare|small\s+group)|(?:rejoint|rejoindre|join(?:s|ed)?)\s+(?:le\s+|the\s+)?club)\b/iu;

/**
 * Where a verb of planning is read: a date it puts ahead (month-ahead.ts), a figure it makes a target
 * (the target rule below), an amount it leaves not yet committed (qualifier.ts).
 */
export type PlanReading = "ahead" | "target" | "unsettled";

/**
 * A verb of planning, with the forms each reading takes it in as regular-expression alternatives (a
 * reading without the verb has none): a date ahead reads its present before an infinitive ("plans
 * to", « prévoit de »), the target rule the forms it stands in on its own, the unsettled amount any
 * form of it before the verb of investing.
 */
export interface PlanVerb {
  language: Language;
  verb: string;
  forms: Readonly<Partial<Record<PlanReading, string>>>;
}

/** What « compte », « entende », « souhaitent » plan when a target: putting money or capacity somewhere. */
const PLANNED_OUTLAY =
  "(?:investir|dépenser|lever|consacrer|atteindre|déployer|porter|mobiliser|injecter|construire|bâtir|développer|ouvrir|installer|acquérir|racheter|doubler|tripler)";

/** « compte investir », « souhaitent déployer »: the verb, in its present forms, plans only before an outlay. */
function beforeOutlay(present: string): string {
  return String.raw`(?<!\p{L})(?:${present})\s+(?:\p{L}+\s+)?${PLANNED_OUTLAY}(?!\p{L})`;
}

/** « compte ouvrir », « entend bâtir »: the verb, in its present forms, plans only before an infinitive. */
function beforeInfinitive(present: string): string {
  return String.raw`(?:${present})(?=\s+\p{L}+(?:er|ir|re)(?!\p{L}))`;
}

/**
 * Every verb takes part in every reading. « compte », « entend » plan only before an infinitive
 * (else an account, a hearing), and as a target only before an outlay.
 */
export const PLAN_VERBS: readonly PlanVerb[] = [
  {
    language: "en",
    verb: "plan",
    forms: { ahead: "plans?", target: String.raw`\bplan(?:s|ned|ning)?\b`, unsettled: "plans?|planned" },
  },
  {
    language: "en",
    verb: "intend",
    forms: { ahead: "intends?", target: String.raw`\bintend(?:s|ed)?\s+to\b`, unsettled: "intends?" },
  },
  {
    language: "en",
    verb: "expect",
    forms: {
      ahead: "expects?",
      target: String.raw`\bexpects?\b|(?<!\b(?:than|as)[\s-]+)expected|expecting`,
      unsettled: "expects?",
    },
  },
  {
    language: "en",
    verb: "aim",
    forms: { ahead: "aims?", target: String.raw`\baims?\b`, unsettled: "aims?" },
  },
  {
    language: "en",
    verb: "hope",
    forms: { ahead: "hopes?", target: String.raw`\bhop(?:es|ing)\s+to`, unsettled: "hopes?" },
  },
  {
    language: "en",
    verb: "want",
    forms: { ahead: "wants?", target: String.raw`\bwants?\s+to\b`, unsettled: "wants?" },
  },
  {
    language: "en",
    verb: "seek",
    forms: { ahead: "seeks?", target: String.raw`\bseek(?:s|ing)?\s+to\b`, unsettled: "seeks?" },
  },
  {
    language: "fr",
    verb: "prévoir",
    forms: {
      ahead: "prévoi(?:t|ent)",
      target: String.raw`prévo[iy]\p{L}*`,
      unsettled: String.raw`prévoi\p{L}*`,
    },
  },
  {
    language: "fr",
    verb: "envisager",
    forms: {
      ahead: "envisag(?:e|ent)",
      target: String.raw`(?<!\p{L})envisag\p{L}*`,
      unsettled: String.raw`envisag\p{L}*`,
    },
  },
  {
    language: "fr",
    verb: "compter",
    forms: {
      ahead: "compt(?:e|ent)",
      target: beforeOutlay("compt(?:e|ent|ait|aient)"),
      unsettled: beforeInfinitive("compt(?:e|ent|ait|aient)"),
    },
  },
  {
    language: "fr",
    verb: "entendre",
    forms: {
      ahead: "entend(?:e|ent)?",
      target: beforeOutlay("entend(?:e|ent|ait|aient)?"),
      unsettled: beforeInfinitive("entend(?:e|ent|ait|aient)?"),
    },
  },
  {
    language: "fr",
    verb: "souhaiter",
    forms: {
      ahead: "souhait(?:e|ent)",
      target: beforeOutlay("souhait(?:e|ent|ait|aient)"),
      unsettled: String.raw`souhait\p{L}*`,
    },
  },
  {
    language: "fr",
    verb: "viser",
    forms: {
      ahead: String.raw`vis(?:e|ent)\s+à`,
      target: String.raw`\bvis(?:e|ai)\p{L}*|\bvisant`,
      unsettled: String.raw`vis\p{L}*`,
    },
  },
  {
    language: "fr",
    verb: "projeter",
    forms: {
      ahead: "projett(?:e|ent)",
      target: String.raw`projet(?:te|ai)\p{L}*`,
      unsettled: String.raw`projet\p{L}*`,
    },
  },
  {
    language: "fr",
    verb: "chercher à",
    forms: {
      ahead: String.raw`cherch(?:e|ent)\s+à`,
      target: String.raw`(?<!\p{L})cherch(?:e|ent|ait|aient)\s+à`,
      unsettled: String.raw`cherch(?:e|ent|ait|aient)\s+à`,
    },
  },
  {
    // « a l'intention de déployer », « ont l'intention d'investir », "has every intention of building";
    // the intention named as such is a plan too, however it is made known: « a annoncé son intention
    // d'investir », « leur intention de construire », "announced its intention to invest".
    language: "fr",
    verb: "avoir l'intention de",
    forms: {
      ahead: String.raw`(?:a|ont)\s+l['’]intention\s+d(?:e\s|['’])`,
      target: String.raw`(?<!\p{L})(?:(?:a|ont|avait|avaient)\s+l['’]|son\s+|leur\s+|sa\s+ferme\s+)intention\s+d(?:e\s|['’])`,
      unsettled: String.raw`(?:a|ont|avait|avaient)\s+l['’]intention\s+d(?:e\s|['’])`,
    },
  },
  {
    language: "en",
    verb: "have the intention",
    forms: {
      ahead: String.raw`ha(?:s|ve)\s+(?:the|every)\s+intention\s+of`,
      target: String.raw`\bha(?:s|ve|d)\s+(?:the|every)\s+intention\s+(?:of|to)\b|\b(?:its|their|his|her)\s+(?:stated\s+|firm\s+)?intention\s+(?:of|to)\b`,
      unsettled: String.raw`ha(?:s|ve)\s+(?:the|every)\s+intention\s+(?:of|to)`,
    },
  },
  {
    language: "fr",
    verb: "espérer",
    forms: {
      ahead: "espèr(?:e|ent)",
      target: String.raw`espér\p{L}*|espère\p{L}*`,
      unsettled: String.raw`espér\p{L}*|espèr\p{L}*`,
    },
  },
];

/** The forms of the plan verbs one reading takes, in some languages, as one group: "(?:plans?|…)". */
export function planVerbs(reading: PlanReading, languages: readonly Language[] = ["en", "fr"]): string {
  const forms = PLAN_VERBS.filter((v) => languages.includes(v.language)).flatMap(
    (v) => v.forms[reading] ?? [],
  );
  return `(?:${forms.join("|")})`;
}

/**
 * Wording that names a plan without a verb of planning: a project still "in the works" or "on the
 * drawing board", « en projet », « dans les cartons ». The noun alone is no plan: « le projet coûtera
 * 5 milliards » names a project and its cost, "the works" a site or a plant; only the idiom puts the
 * figure ahead as the company's aim (CLAIMS.md §7, target).
 */
export interface PlanPhrase {
  language: Language;
  phrase: string;
  /** A regular-expression alternative, case-insensitive, Unicode. */
  pattern: string;
}

export const PLAN_PHRASES: readonly PlanPhrase[] = [
  {
    language: "en",
    phrase: "in the works",
    pattern: String.raw`\bin\s+the\s+works\b(?!\s+(?:of|council|councils)\b)`,
  },
  {
    language: "en",
    phrase: "on the drawing board",
    pattern: String.raw`\bon\s+the\s+drawing[\s-]+boards?\b`,
  },
  {
    language: "fr",
    phrase: "en projet",
    pattern: String.raw`(?<!\p{L})en\s+projets?(?!\p{L})(?!\s+de\s+loi)`,
  },
  {
    language: "fr",
    phrase: "dans les cartons",
    pattern: String.raw`(?<!\p{L})dans\s+les\s+cartons(?!\p{L})`,
  },
];

/** The plan phrases of some languages as one group: "(?:\bin\s+the\s+works\b|…)". */
export function planPhrases(languages: readonly Language[] = ["en", "fr"]): string {
  const forms = PLAN_PHRASES.filter((p) => languages.includes(p.language)).map((p) => p.pattern);
  return `(?:${forms.join("|")})`;
}

export interface QualifierRule {
  qualifier: Qualifier;
  pattern: RegExp;
  /** Looked for in the whole sentence (sources) rather than only the figure's own clause. */
  sentence: boolean;
}

export const QUALIFIER_RULES: QualifierRule[] = [
  {
    qualifier: "letter_of_intent",
    pattern:
      /lettres?\s+d['’]intention|letters?\s+of\s+intent|\bLOI\b|protocole\s+d['’]accord|memorandum\s+of\s+understanding|\bMOU\b/iu,
    sentence: true,
  },
  {
    qualifier: "rumoured",
    pattern:
      /selon\s+des\s+sources|sources?\s+(?:proches?|anonymes?|bien\s+informées?|concordantes)|\b(?:one|another|a\s+single)\s+source\b(?!\s+of)|\ba\s+source\s+(?:close|familiar|confirmed|said|says|told|with|who|briefed)\b|(?<!\p{L})une\s+(?:autre\s+)?source\s+(?:interne|au\s+fait|informée)|(?:les|ces|deux|des|plusieurs|certaines|diverses|de\s+nombreuses)\s+sources|\b(?:several|multiple|various|two|three)\s+sources\b|(?:rapports|articles|informations)\s+(?:de\s+presse\s+)?(?:antérieur|précédent)\p{L}*|\b(?:earlier|previous|prior)\s+(?:media\s+|press\s+|news\s+)?reports\b|(?<!\p{L})(?:a|ont|avait|avaient)\s+eu\s+des\s+(?:discussions|négociations|pourparlers)|(?<!\p{L})(?:discussions|négociations|pourparlers)\s+(?:préliminaires|avancées|exclusives)|\b(?:held|has\s+held|have\s+held)\s+(?:(?:early|preliminary|advanced|exploratory|initial)\s+)?(?:talks|discussions|negotiations)\b|(?:personnes?|persons?|people|individuals?)\s+(?:proches?\s+d|familiar\s+with|with\s+(?:direct\s+)?knowledge|au\s+fait|informée?s?|briefed\s+on)|(?:des|plusieurs|certains|divers)\s+médias|(?:selon|d['’]après)\s+les\s+médias|selon\s+la\s+presse|media\s+reports|according\s+to\s+(?:[\p{L}.]+\s+)?media\b|il\s+(?:est|a\s+été)\s+(?:\p{L}+\s+)?rapporté|people\s+familiar|familiar\s+with\s+the\s+matter|(?:according\s+to|citing)\s+(?:[\p{L}.'’&-]+\s+){0,3}?(?:people|sources|unnamed)|sources\s+(?:said|say|told)|anonymous\s+sources|reportedly|\b(?:is|are|was|were)\s+(?:widely\s+)?(?:said|believed|understood|thought|reported|rumou?red)\s+to\b|\b(?:is|are)\s+(?:now\s+)?(?:preparing|gearing\s+up|getting\s+ready)\s+to\s+raise\b|(?<!\p{L})s['’]apprêt(?:e|ent)\s+à\s+(?:lever|boucler|finaliser)(?!\p{L})|en\s+pourparlers|en\s+discussions?|mène\s+(?:\p{L}+\s+){0,2}des\s+discussions|discussions\s+avec\s+des\s+investisseurs|talks\s+with|négoci\p{L}*|finalise\p{L}*|\bis\s+(?:now\s+|currently\s+)?(?:raising(?!\s+(?:the\s+bar|its\s+(?:guidance|outlook|forecast|targets?)))|preparing\s+(?:a|an)\s+(?:new\s+)?(?:[$€£\d.,]+\s*(?:billion|million|bn|mn|[BM])?\s+)?(?:round|raise|fundraise))\b|\blooking\s+to\s+raise\b|en\s+train\s+de\s+lever|(?<!\p{L})prépar(?:e|ent)\s+(?:un|une)\s+(?:nouve(?:au|lle)\s+)?(?:tour|levée)(?!\p{L})|in\s+(?:(?:early|advanced|preliminary|exclusive|late|serious|initial)(?:[-\s]stage)?\s+)?(?:talks|discussions|negotiations)|would\s+value|could\s+value|sounding\s+out|sound(?:ed|ing)?\s+out\s+investors|(?:recent|ongoing)\s+talks|sonde\p{L}*\s+(?:des\s+|les\s+)?investisseurs|rumou?r\p{L}*|unconfirmed|non\s+confirmé\p{L}*|\bclose\s+to\s+(?:securing|raising|closing|finali[sz]ing|agreeing|signing|a\s+deal)|\bnearing\s+a\s+deal|\binsiders\b|\bsupposedly\b|\bseek(?:s|ing)\s+a\s+(?:[\p{L}$€\d.,-]+\s+){0,4}?valuation|sur\s+le\s+point\s+d(?:e\s+|['’])(?:lever|boucler|conclure|finaliser|signer|obtenir|investir|injecter|recevoir|décrocher|racheter|acquérir)|\b(?:is|are)\s+(?:on\s+the\s+verge\s+of|about\s+to)\s+(?:rais|clos|secur|invest|inject|acquir|sign)\p{L}*|(?<!\p{L})discut(?:e|ent|ait|aient|ant)\s+(?:\p{L}+\s+){0,2}?d['’](?:une|un)\s+(?:\p{L}+\s+)?(?:levée|tour|financement|investissement|rachat)(?!\p{L})|\b(?:is|are)\s+(?:now\s+|currently\s+)?discussing\s+(?:a|an)\s+(?:[\p{L}$€\d.,-]+\s+){0,3}?(?:round|raise|fundraise|funding|investment)\b|(?<!\p{L})cherch(?:e|ent)\s+(?:désormais\s+|actuellement\s+|à\s+nouveau\s+)?(?:de\s+nouveaux\s+(?:fonds|financements|capitaux)|des\s+(?:fonds|financements|capitaux))(?!\p{L})|\b(?:is|are)\s+(?:now\s+|currently\s+)?seeking\s+(?:new\s+(?:funding|capital|funds)|fresh\s+(?:funding|capital|funds))\b|proches?\s+d['’](?:un\s+accord|une\s+levée|boucler|conclure)|\b(?:follows?|followed|following|after|amid|amidst|despite)\s+(?:(?:recent|earlier|previous|prior|press|media|news)\s+)?reports\b(?!\s+(?:by|from)\b)|(?<!\p{L})selon\s+lesquel(?:le)?s(?!\p{L})|\bwould\s+(?:lift|raise|push|bring|take|boost)\s+(?:its|their|the\s+\p{L}+['’]s|\p{Lu}[\p{L}.&-]*['’]s)\s+valuation\b|\b(?:was|were)\s+(?:reportedly\s+)?seeking\s+(?:to\s+raise\s+)?(?:up\s+to\s+|about\s+|around\s+|more\s+than\s+|as\s+much\s+as\s+)?(?:US)?[$€£]\s?\d|(?<!\p{L})cherch(?:e|ent|ait|aient)\s+(?:désormais\s+|actuellement\s+)?à\s+lever(?!\p{L})|(?<!\p{L})(?:personnes?|sources?)\s+(?:ayant\s+(?:eu\s+)?connaissance|au\s+courant|connaissant\s+(?:bien\s+)?le\s+dossier)(?!\p{L})|(?<!\p{L})rumeurs?(?!\p{L})|\b(?:people|persons?|sources?|insiders?)\s+in\s+the\s+know\b|\b(?:asked|requested|declined)\s+(?:not\s+to\s+be\s+(?:named|identified)|to\s+be\s+named|anonymity)\b|\bon\s+(?:the\s+)?condition\s+of\s+anonymity\b|(?<!\p{L})(?:sous\s+(?:le\s+)?couvert\s+de\s+l['’]anonymat|(?:ayant|a|ont)\s+(?:requis|demandé|souhaité\s+garder)\s+l['’]anonymat)(?!\p{L})/iu,
    sentence: true,
  },
  {
    qualifier: "target",
    pattern: new RegExp(
      String.raw`${planVerbs("target")}|${planPhrases()}|objectifs?|(?<!(?<!\p{L})(?:que|qu['’]|comme)\s*)prévu\p{L}*|\bguid(?:e|ed|es|ing)\b|\bcalls?\s+for\b|(?<!\p{L})attend(?:ent)?\s+(?:des|un|une|à)(?!\p{L})|\bvisée?s?(?![\p{L}])|s['’]attend\p{L}*|projection\p{L}*|anticip\p{L}*|(?<!(?<!\p{L})(?:dépass\p{L}*|battu\p{L}*|bat|battent|pulvéris\p{L}*|au-dessus\s+d(?:e|es|['’]))\s*(?:(?:ses|leurs|les|sa|son|ces|nos)\s+)?(?:propres\s+)?)prévision\p{L}*|ambition\p{L}*|\broad[\s-]?maps?\b|(?<!\p{L})feuilles?\s+de\s+route(?!\p{L})|\btarget\p{L}*|forecast\p{L}*|(?<!(?:(?<!\p{L})(?:infrastructure|energy|power|data\s+cent(?:er|re)|AI|construction|capital|solar|nuclear|gas|wind|building|its|their|the|these|those|new|of|such|several|many|two|three|four|five)|\p{L}-\p{L}+|\d)\s+)projects|projected|projections?|(?<!\b(?:exceed\p{L}*|beat(?:s|ing)?|top(?:s|ped|ping)|surpass\p{L}*|above|ahead\s+of|outpac\p{L}*)\s+(?:(?:its|their|the|our)\s+)?(?:own\s+)?(?:(?:full-year|annual|quarterly)\s+)?)guidance|\bgoal\b|outlook|\bmeant\s+to\b|(?<!\p{L})cens(?:é|ée|és|ées)(?!\p{L})|devrai(?:t|ent)|tabl(?:e|ent|ait|aient)\s+sur|en\s+passe\s+de|would\s+come\s+in|could\s+reach|could\s+(?:bring|generate|add|be\s+worth)|(?<!\p{L})pourrai(?:t|ent)\s+(?:\p{L}+\s+)?(?:rapporter|atteindre|dépasser|générer|représenter|peser|valoir)(?!\p{L})|should\s+(?:reach|hit|top|exceed|house)|is\s+(?:set|on\s+course)\s+to|(?:is|are)\s+to\s+be\s+(?:expanded|built|raised)|doi(?:t|vent)\s+(?:atteindre|réunir|dépasser)|budg[eé]t(?!aires?(?!\p{L}))\p{L}*|(?:termin|fin)(?:era|eront)\s+l['’]année|will\s+(?:end|finish|close)\s+the\s+year|on\s+track\s+to`,
      "iu",
    ),
    sentence: false,
  },
  {
    qualifier: "commitment",
    pattern:
      /engag\p{L}*|contrats?(?![\p{L}])|contracts?(?![\p{L}])|\bcontracted\b|(?<!\p{L})(?:sous\s+contrat|contractualisé\p{L}*|contractée?s?)(?!\p{L})|a\s+signé|ont\s+signé|signé\p{L}*|signed|signs|(?:has|have|had)\s+agreed\s+to|\bagreed\s+(?:\p{L}+\s+){0,3}to\s+(?:invest|buy|pay|spend|supply|give|sell|provide|deliver|rent|lease|contribute|fund|finance|lend|inject)|(?:a|ont|avait|avaient)\s+(?:déjà\s+)?accepté\s+(?:\p{L}+\s+){0,3}?d(?:e\s|['’])|(?<!\p{L})(?:a|ont|avait|avaient)\s+décidé\s+d(?:e\s+|['’])(?:investir|injecter|apporter|verser|racheter|acquérir|acheter|prendre|financer|construire|bâtir|déployer|louer)(?!\p{L})|\bdecided\s+to\s+(?:invest|inject|buy|acquire|take|pay|build|deploy|lease)\b|(?:a|ont|avait|avaient)\s+convenu|accords?(?!\p{L})|partenariat|partnership|(?<!\p{L})collaborations?(?!\p{L})|commit\p{L}*|will\s+invest|investira|deal\s+worth|\bdeals?\b|agreements?|\bpledg\p{L}*|(?<!\p{L})promis(?:e|es)?(?!\p{L})|\bpromised\b|(?<!\p{L})promet(?:tent)?(?!\p{L})|(?<!\p{L})command(?:é|ée|és|ées)(?!\p{L})|(?<!\p{L})pass(?:é|e|ent|era|eront)\s+(?:une\s+)?commandes?(?!\p{L})|\bordered\b|\bplac(?:ed|es|ing)\s+(?:an?\s+)?(?:firm\s+)?orders?\b|(?<!\p{L})(?:a|ont)\s+réservé|\b(?:reserved|booked)\b|\bagreed\s+(?:in\s+\p{L}+\s+)?to\s+(?:take|acquire|buy|pay|invest|supply|provide)\b/iu,
    sentence: false,
  },
  {
    qualifier: "estimated",
    pattern:
      /estim\p{L}*|analystes?|analysts?|consensus|selon\s+nos\s+calculs|by\s+our\s+calculations|according\s+to\s+estimates/iu,
    sentence: false,
  },
];

/**
 * Where a word of aim is read: before the noun of the figure aimed at ("targets revenue of", « vise un
 * chiffre d'affaires »), before an infinitive of finance it intends (« vise à lever »), before an act of
 * finance about to be done (« est sur le point d'obtenir »), or as the aim of a round still in talks
 * (ROUND_AIMED_AT, in any form).
 */
export type AimReading = "figure" | "intent" | "imminent" | "round";

/**
 * A word of aim, with the forms each reading takes it in as regular-expression alternatives (a reading
 * without the word has none), in lower case, a single space where words part.
 */
export interface WordOfAim {
  language: Language;
  words: string;
  forms: Readonly<Partial<Record<AimReading, string>>>;
}

/**
 * The words of aim: a subject names a figure or an act it aims at, still to come. One list for the three
 * patterns that read them: the forecast and intent cues of an unknown company (assemble/business-cues.ts)
 * and ROUND_AIMED_AT; each adds the words that are its own.
 */
export const WORDS_OF_AIM: readonly WordOfAim[] = [
  {
    language: "en",
    words: "target",
    forms: { figure: "targets|is (?:now )?targeting", round: "target(?:s|ed|ing)" },
  },
  {
    language: "en",
    words: "aim for",
    forms: { figure: "aims for|is aiming for", round: "aim(?:s|ed|ing)? (?:at|to|for)" },
  },
  {
    language: "fr",
    words: "viser",
    forms: { figure: "vise|visait", intent: "vise à ", round: "vis(?:e|ent|ait|aient|ant|erait)" },
  },
  { language: "fr", words: "cibler", forms: { figure: "cible", round: "cibl(?:e|ent|ait|aient)" } },
  {
    language: "fr",
    words: "tabler sur",
    forms: { figure: "table sur|tablait sur", round: "tabl(?:e|ent) sur" },
  },
  {
    language: "fr",
    words: "ambitionner de",
    forms: { figure: "ambitionne d['’]atteindre", round: "ambitionn(?:e|ent) de" },
  },
  {
    language: "fr",
    words: "être sur le point de",
    forms: { imminent: "est sur le point d['’]", round: "sur le point d" },
  },
];

/**
 * The forms of the words of aim one reading takes, in some languages, as one group, with `space` where
 * words part: `wordsOfAim("figure", ["fr"], "\\s+")` is "(?:vise|visait|cible|table\\s+sur|…)".
 */
export function wordsOfAim(
  reading: AimReading,
  languages: readonly Language[] = ["en", "fr"],
  space = String.raw`\s+`,
): string {
  const forms = WORDS_OF_AIM.filter((w) => languages.includes(w.language)).flatMap(
    (w) => w.forms[reading] ?? [],
  );
  return `(?:${forms.join("|").replaceAll(" ", space)})`;
}

/**
 * A company's listing on the stock market: "IPO", "initial public offering", "public debut", « introduction
 * en Bourse », « cotation ». Not a "pre-IPO" round, which is private money.
 */
export const PUBLIC_LISTING =
  /(?<![-\p{L}])IPO\b|\binitial\s+public\s+offering|\b(?:public|stock[-\s]market)\s+(?:listing|debut|flotation)|(?<!\p{L})(?:introduction|entrée)\s+en\s+bourse(?!\p{L})|(?<!\p{L})cotation\s+en\s+bourse(?!\p{L})/iu;

/**
 * A round aimed at or expected before it closes: "is targeting a valuation of", "a round aimed at raising",
 * "hopes to raise", "is about to", « vise une valorisation de », « devrait lever », « sur le point d'obtenir »,
 * « espère lever ». Said of a round's size or valuation, the round is still in talks (CLAIMS.md §7).
 */
export const ROUND_AIMED_AT = new RegExp(
  String.raw`\b(?:${wordsOfAim("round", ["en"])}|hop(?:es|ed|ing)\s+to|(?:is|are)\s+expected\s+to|(?:is|are)\s+(?:set|poised|about)\s+to|on\s+the\s+verge\s+of|should\s+(?:raise|value|bring\s+in|close))\b|(?<!\p{L})(?:${wordsOfAim("round", ["fr"])}|devrai(?:t|ent)|espèr(?:e|ent)\s+(?:lever|obtenir|atteindre|récolter)|compt(?:e|ent)\s+lever)(?!\p{L})`,
  "iu",
);

/**
 * The words that join a round's size to the valuation it is raised at, in one stretch of a sentence: "at a
 * valuation of", "valuing the company at", "that would value it at", « pour une valorisation de »,
 * « valorisant l'entreprise à », « sur la base d'une valorisation de ».
 */
export const ROUND_TO_ITS_VALUATION =
  /\b(?:valuation|valuing|valued?)\b|(?<!\p{L})(?:valorisation|valorisant|valorisée?s?)(?!\p{L})/iu;

/** What ends the stretch that joins a round to its valuation: a contrast or a new clause of its own. */
export const ROUND_VALUATION_BREAK =
  /[;:]|\b(?:but|while|whereas|although|however|up\s+from|down\s+from|compared)\b|(?<!\p{L})(?:mais|alors\s+que|tandis\s+que|contre|par\s+rapport)(?!\p{L})/iu;

/**
 * A holder's stake told in the future of a deal struck: "will own", "will hold", "will control", "will keep",
 * « détiendra », « possédera », « contrôlera », « conservera »: the share the deal gives it, a term of the
 * deal, not the holder's forecast (CLAIMS.md §7).
 */
export const HELD_AFTER_DEAL =
  /\b(?:will|would|is\s+to|are\s+to|['’]ll)\s+(?:(?:now|then|thus|each|both|still|jointly|together|also)\s+)?(?:own|hold|control|keep|retain)\b|(?<!\p{L})(?:détiendr|posséder|possèder|contrôler|conserver)(?:a|ont|ait|aient)(?!\p{L})/iu;

/**
 * A step of the deal still to come, named beside the stake it will leave: "after which", "once the sale
 * completes", "upon closing", "after the second closing", "after the transaction", « à l'issue de l'opération », « une fois la
 * transaction bouclée », « au terme de »: the stake then is the holder's forward-looking figure, a target.
 */
export const STEP_TO_COME =
  /\b(?:after\s+which|once|upon\s+(?:closing|completion)|when\s+the\s+(?:deal|transaction|sale|merger|acquisition|purchase)\s+(?:closes|completes|is\s+completed)|after\s+the\s+(?:\p{L}+\s+)?(?:closing|step|tranche|payment|completion|deal|transaction|acquisition|merger|purchase|sale|investment|takeover))\b|(?<!\p{L})(?:[àa]\s+l['’]issue\s+d|une\s+fois|au\s+terme\s+d|après\s+(?:la|le|l['’])\s*(?:\p{L}+\s+)?(?:clôture|finalisation|étape|tranche|versement|opération))/iu;

/**
 * The nouns of a deal struck between companies, singular or plural, as regular-expression alternatives:
 * the core every pattern of a deal's terms reads ("agreement", « contrat »), each composing it with
 * the words that are its own (a PPA, a lease, « un bail », a supply signed).
 */
export const DEAL_NOUNS: Readonly<Record<Language, string>> = {
  en: "agreements?|contracts?|deals?|partnerships?",
  fr: "accords?|contrats?|partenariats?",
};

/**
 * A deal a plural possessive opens the sentence on: "Their new supply contract:", « Leur nouvel accord »,
 * « Leurs contrats ». The deal is the one between the companies just named.
 */
export const THEIR_DEAL_OPENING = new RegExp(
  String.raw`^\s*(?:[-•*]\s*)?(?:their\s+(?:[\p{L}-]+\s+){0,2}?(?:${DEAL_NOUNS.en})|leurs?\s+(?:[\p{L}-]+\s+){0,2}?(?:${DEAL_NOUNS.fr}))(?!\p{L})`,
  "iu",
);

/**
 * A deal taken up by a definite or demonstrative noun, with up to two words before the noun: "The deal",
 * "the cloud contract", "This agreement", « L'accord », « Le contrat cadre », « Ce partenariat ».
 */
export const DEAL_TAKEN_UP = new RegExp(
  String.raw`\b(?:the|this|that)\s+(?:[\p{L}-]+\s+){0,2}?(?:${DEAL_NOUNS.en})\b|(?<!\p{L})(?:(?:le|la|ce|cet|cette)\s+|l['’]\s*)(?:[\p{L}-]+\s+){0,2}?(?:${DEAL_NOUNS.fr})(?!\p{L})`,
  "iu",
);

/**
 * A built site taken up by a definite or demonstrative noun: "The site", "the new campus", "This
 * facility", « Le site », « Ce campus », « Le futur centre de données ».
 */
export const SITE_TAKEN_UP = new RegExp(
  String.raw`\b(?:the|this|that)\s+(?:[\p{L}-]+\s+){0,2}?(?:sites?|${BUILT_SITE})(?![\p{L}])|(?<!\p{L})(?:(?:le|la|ce|cet|cette)\s+|l['’]\s*)(?:[\p{L}-]+\s+){0,2}?(?:sites?|${BUILT_SITE})(?!\p{L})`,
  "iu",
);

/** A deal struck, in a sentence naming its two sides: a deal noun, or "signed", "inked", « a signé », « a conclu ». */
export const DEAL_STRUCK = new RegExp(
  String.raw`\b(?:${DEAL_NOUNS.en}|signed|signs|inked|struck)\b|(?<!\p{L})(?:${DEAL_NOUNS.fr}|sign[ée]\p{L}*|conclu\p{L}*)(?!\p{L})`,
  "iu",
);

/**
 * A verb of supplying or building for another company: "will build capacity for", "supplies", "to host",
 * « construira … pour », « fournit », « hébergera ».
 */
export const SUPPLIES_OR_BUILDS =
  /\b(?:build(?:s|ing)?|built|suppl(?:y|ies|ied|ying)|provid(?:e|es|ed|ing)|deliver(?:s|ed|ing)?|host(?:s|ed|ing)?|operat(?:e|es|ed|ing))\b|(?<!\p{L})(?:construi\p{L}*|fourni\p{L}*|livr\p{L}*|héberg\p{L}*|exploit\p{L}*)/iu;

/** "with", « avec » right before a company, with its article: the other side of a deal ("a deal with the"). */
export const PARTNER_BEFORE_NAME = /(?:\bwith|(?<!\p{L})avec)\s+(?:the\s+|le\s+|la\s+|l['’])?$/iu;

/**
 * "for", « pour », "to supply", « fournir à » right before a company, with its article: the company
 * served, which buys.
 */
export const SERVED_BEFORE_NAME =
  /(?:\bfor|(?<!\p{L})pour|\b(?:suppl(?:y|ies|ied|ying)|provid(?:e|es|ed|ing))|(?<!\p{L})(?:fourni\p{L}*|livr\p{L}*)\s+(?:à|au|aux))\s+(?:the\s+|le\s+|la\s+|l['’])?$/iu;

/**
 * A deal as the subject of a plan verb: "the contract calls for", "the agreement provides for",
 * « l'accord prévoit », « le contrat stipule »: what it sets out are its terms, committed (CLAIMS.md §7).
 */
export const DEAL_SETS_OUT = new RegExp(
  String.raw`\b(?:${DEAL_NOUNS.en}|PPAs?|frameworks?)\b(?:\s*,[^,.;]{1,80},)?\s+(?:(?:also|further)\s+)?(?:calls?\s+for|provides?\s+for|stipulates?|envisages?|foresees?)\b|(?<!\p{L})(?:${DEAL_NOUNS.fr}|conventions?|protocoles?)(?:\s*,[^,.;]{1,80},)?\s+(?:prévoi(?:t|ent)|stipul(?:e|ent)|envisag(?:e|ent))(?!\p{L})`,
  "iu",
);

/**
 * A figure marked as standing now: "its existing 300 MW", "the current 2 GW", « ses 300 MW actuels »,
 * « les 2 GW existants »: what is already there, not what a plan or a future verb aims at.
 */
export const EXISTING_BEFORE = new RegExp(
  String.raw`\b(?:existing|current|present|today['’]s)\s+${optionalHedge(["approx"], ["en"])}$|(?<!\p{L})(?:actuel(?:le)?s?|existante?s?)\s+${optionalHedge(["approx"], ["fr"])}$`,
  "iu",
);
export const EXISTING_AFTER =
  /^[-\s]*(?:(?:MW|GW|megawatts?|gigawatts?|mégawatts?|gigawatts?)\s+)?(?:actuel(?:le)?s?|existante?s?|déjà\s+(?:en\s+service|install\p{L}*|opérationnel\p{L}*))(?!\p{L})/iu;

/**
 * Wording that says capacity or chips stand and run now: "running", "operational", "online", "in
 * service", "already", « en service », « opérationnels », « en fonctionnement », « déjà ».
 */
export const IN_SERVICE_NOW =
  /\b(?:running|operational|online|on\s+line|live|in\s+(?:operation|service|use)|already|currently|today|now)\b|(?<!\p{L})(?:en\s+(?:service|fonctionnement|exploitation)|opérationnel(?:le)?s?|déjà|actuellement|aujourd['’]hui)(?!\p{L})/iu;

/**
 * "ended the quarter with 2.9 GW of contracted power", « a terminé le trimestre avec 2,9 GW sous contrat »:
 * a position at a date already past, as the company reports it, whatever its words of deals.
 */
export const ENDED_PERIOD_WITH =
  /\b(?:ended|closed|finished)\s+(?:the\s+|its\s+)?(?:(?:first|second|third|fourth|fiscal|financial|calendar)\s+)?(?:quarter|year|half|period)\s+with\b|(?<!\p{L})(?:a|ont|avait|avaient)\s+(?:terminé|achevé|clôturé|fini|bouclé)\s+(?:le\s+|son\s+|leur\s+|l['’])?(?:(?:premier|deuxième|second|troisième|quatrième)\s+)?(?:trimestre|semestre|exercice|année)\s+(?:\p{L}+\s+)?avec(?!\p{L})/iu;

/**
 * Words of a sum: "in total", "all told", « au total », « à eux quatre », « cumulés »: a figure several
 * companies' own figures add up to is the writer's computation (CLAIMS.md §7). "Together" may tell a
 * joint plan instead.
 */
export const SUM_WORDS =
  /\b(?:in\s+total|all\s+told|between\s+them|collectively|combined)\b|(?<!\p{L})collectivement(?!\p{L})|(?<!\p{L})(?:au\s+total|au\s+cumul|en\s+cumul[ée]?|cumulée?s?|à\s+eux\s+(?:deux|trois|quatre|cinq|six|sept|huit|tous))(?!\p{L})/iu;

/**
 * Adverbs of companies acting as one: "together", "jointly", « ensemble », « conjointement » (not
 * "together with", « l'ensemble de », « ensemble avec »). A list of companies with them is a group.
 */
export const JOINT_ACTION =
  /\b(?:together(?!\s+with)|jointly(?!\s+with))\b|(?<![\p{L}'’])(?:ensemble(?!\s+(?:de|des|du|d['’]|avec))|conjointement(?!\s+avec))(?![\p{L}])/iu;

/** "Combined with $24 billion in Q1, total capex could reach", « ajoutés aux 24 milliards du premier trimestre »: one figure added to another. */
export const ADDED_TO_FIGURE =
  /\b(?:combined\s+with|added\s+to|together\s+with|on\s+top\s+of)\s*$|(?<!\p{L})(?:ajouté(?:e|s|es)?\s+(?:aux?|à)|additionné(?:e|s|es)?\s+(?:aux?|à)|cumulé(?:e|s|es)?\s+(?:aux?|à|avec))\s*(?:(?:les|la|le)\s+)?$/iu;

/**
 * Before a count of users or customers, a preposition of the people served: "offrir des outils à plus
 * de 500 millions d'utilisateurs", "to bring it to its 800 million users", "for more than 1 million
 * customers": the audience there now, not a number to reach (reaching takes a verb: atteindre, reach).
 */
export const AUDIENCE_SERVED_BEFORE = new RegExp(
  String.raw`(?:(?<!\p{L})(?:à|aux|pour|auprès\s+de|auprès\s+d['’])|\b(?:to|for|serving|serves|serve))\s+(?:(?:ses|leurs|nos|its|their|our|the)\s+)?${optionalHedge(["approx", "at_least"])}$`,
  "iu",
);

/** Verbs of reaching a number: after them a count of users is one to reach. */
export const REACHING_VERB =
  /(?<!\p{L})(?:atteindre|atteindra|dépasser|dépassera|franchir|franchira|passer|porter|portera|croître|reach|hit|top|exceed|surpass|cross|grow|climb|rise|increase)(?!\p{L})/iu;

/**
 * A verb in the future ("will invest", "investira", "va prendre", "doit verser"): a figure that is
 * not yet real. French futures end in -ra/-ront ("sera", "détiendra"), a few nouns too.
 */
export const FUTURE_TENSE =
  /\b(?:will|shall|would|is\s+to|are\s+to|(?:is|are)\s+due\s+to|(?:is|are)\s+set\s+to)\b|['’]ll\b|(?<!\p{L})(?:va|vont|doit|doivent|devra|devront)\s+(?:\p{L}+\s+)?\p{L}+(?:er|ir|re)(?!\p{L})|(?<!\p{L})(?!(?:extra|ultra|caméra|opéra|contra|infra|aura)(?!\p{L}))\p{Ll}{2,}r(?:a|ont)(?!\p{L})/u;

/** Verbs of money or goods handed over ("will ship", "will put $4 billion into"): in the future, a deal's committed term. */
export const HANDING_OVER =
  /invest|inject|débours|vers(?:er|era|eront|é)|\bpa(?:y|ie|iera|ieront)\b|suppl(?:y|ies)|fourni|(?<!\p{L})livr(?:er|era|eront)(?!\p{L})|\bdeliver\b|acqu[eéi]r|ach[eè]t|\bbuy\b|prendr|\btake\b|apport|financ|\bfund\b|provid|prêter|\blend\b|install|déploi|deploy|(?<!\p{L})lou(?:er|era|eront)(?!\p{L})|\b(?:rent|lease|ship)\b|(?<!\p{L})expédi|\b(?:put|pour|sink|plough|plow)\b(?=[^.;]{0,60}\binto\b|\s+(?:up\s+to\s+|about\s+|around\s+|some\s+)?(?:US)?[$€£]\s?\d)/iu;

/** A company's worth told in the present: « est valorisée », « vaut », "is valued", "is worth". */
export const PRESENT_WORTH_VERB =
  /(?<!\p{L})(?:est\s+(?:aujourd['’]hui\s+|désormais\s+|actuellement\s+|maintenant\s+)?valorisée?|vaut|is\s+(?:now\s+|currently\s+|today\s+)?(?:valued|worth))(?!\p{L})/iu;

/**
 * A milestone of a company's course dated as projected, right before its date: "breakeven projected for",
 * "with profitability expected in", "IPO planned for", « l'équilibre attendu en », « une rentabilité prévue
 * pour », « l'introduction en Bourse programmée en ».
 */
export const MILESTONE_PROJECTED_FOR =
  /(?<!\p{L})(?:break[-\s]?even|profitability|turning\s+(?:a\s+)?profit(?:able)?|positive\s+(?:free\s+)?cash[-\s]flow|IPO|listing|public\s+debut|équilibre(?:\s+financier|\s+opérationnel)?|rentabilité|point\s+mort|introduction\s+en\s+bourse|cotation)\s+(?:(?:is|being|now|still|currently|est|étant|désormais|toujours)\s+){0,2}(?:projected|expected|forecast|planned|scheduled|slated|due|anticipated|targeted|prévue?|attendue?|projetée?|programmée?|envisagée?|visée?|espérée?)(?:\s+(?:for|in|by|around|pour|en|d['’]ici|à|vers|autour\s+de))?\s*(?:(?:the\s+)?(?:end|start|middle|close)\s+of\s+|(?:la\s+)?(?:fin|début|mi)[-\s](?:de\s+|d['’])?|l['’]horizon\s+)?$/iu;

/** Impersonal expectation ("on s'attend à ce que", "it is expected"): not the company's own target. */
export const IMPERSONAL_EXPECTATION = /\bon\s+s['’]attend|\bit\s+is\s+expected|\bis\s+widely\s+expected/iu;

/**
 * A French conditional used as hearsay ("aurait investi", "serait vendue", "ferait grimper", "remplacerait").
 * « pourrait permettre à … de » says what a deal makes possible, not what is said: no hearsay.
 */
export const HEARSAY_CONDITIONAL =
  /\b(?!devrai)(?!pourrai(?:t|ent)\s+(?:\p{L}+\s+){0,2}?permettre\b)(?:aurai(?:t|ent)|serai(?:t|ent)|pourrai(?:t|ent)|ferai(?:t|ent)|\p{L}{3,}(?:erait|irait|rait|eraient|iraient|raient))\b/iu;

/** In every form HEARSAY_CONDITIONAL matches: a quick test before that slow one. */
export const CONDITIONAL_ENDING = /rai/i;

/** Who is credited: named outlets and people follow these words. */
export const ATTRIBUTION_LEAD =
  /\b(?:selon|d['’]après|according\s+to|citing|as\s+reported\s+by|reported\s+by|rapporté\s+par|cité\s+par|consultés?\s+par|obtenus?\s+par|seen\s+by|reviewed\s+by|obtained\s+by)\s+(?:ce\s+qu['’]a\s+publié\s+)?(?:(?:a|an|the|un|une|le|la)\s+(?:(?:new|recent|nouvel|nouveau|récent|nouvelle|récente)\s+)?(?:report|article|story|analysis|note|rapport|enquête|étude)\s+(?:by|from|in|of|de|du|d['’]|dans|publié\s+par)\s+)?(?:le\s+journal\s+|le\s+quotidien\s+|le\s+|la\s+|les\s+|l['’]|the\s+)?/giu;

/** A person speaking: "a estimé", "a déclaré", "said", "told". */
export const SPEECH_VERB =
  /\b(?:a|avait|ont)\s+(?:estimé|déclaré|indiqué|affirmé|annoncé|expliqué|précisé|confirmé|écrit|souligné|assuré|dit|donné)|\b(?:estime|déclare|indique|affirme|annonce|explique|précise|confirme|assure)\b|\b(?:said|says|told|estimated|estimates|wrote|announced|stated|noted|claimed)\b|selon\s+(?:lui|elle)/iu;

/** Verbs of saying or posting whose "on X" / « sur X » names the platform spoken on: "posted on", « a écrit sur ». */
export const POSTING_VERBS = String.raw`post(?:s|ed|ing)?|tweet(?:s|ed|ing)?|wr(?:ote|ites|iting|itten)|sa(?:id|ys)|announc(?:ed|es|ing)|shar(?:ed|es|ing)|stat(?:ed|es|ing)|(?:a|avait|ont)\s+(?:écrit|publié|posté|annoncé|déclaré|indiqué|tweeté|partagé|affirmé)|écrit|publie|poste|annonce|déclare|affirme|tweete`;

/** Posts, accounts and pages spoken from: "in a post on", « dans un message sur son compte ». */
export const POSTING_PLACES =
  "posts?|messages?|tweets?|threads?|videos?|accounts?|pages?|profiles?|publications?|billets?|vidéos?|comptes?|profils?";

/** Unnamed sources, credited as such. */
export const UNNAMED_SOURCES: [RegExp, string][] = [
  [/des\s+médias\s+étrangers|foreign\s+media/iu, "foreign media"],
  [
    /(?:selon|d['’]après)\s+(?:des|les|plusieurs|certains|divers)\s+médias|selon\s+la\s+presse|media\s+reports|according\s+to\s+(?:several\s+|some\s+|[\p{Lu}][\p{L}.]*\s+)?media/iu,
    "media reports",
  ],
  [
    /selon\s+des\s+sources|sources?\s+(?:proches|anonymes|bien\s+informées|concordantes)|(?:les|ces|deux|plusieurs|certaines|diverses|de\s+nombreuses)\s+sources|\b(?:several|multiple|various)\s+sources\b|(?:personnes?|persons?|people|individuals?)\s+(?:proches?\s+d|familiar\s+with|with\s+(?:direct\s+)?knowledge|au\s+fait|informée?s?|briefed\s+on)|people\s+familiar|familiar\s+with\s+the\s+matter|anonymous\s+sources|sources\s+(?:said|say|told)|according\s+to\s+(?:people|sources)/iu,
    "unnamed sources",
  ],
];

/** Generic nouns that stand for a company already named ("la société", "the lab"). */
export const COMPANY_ANAPHOR = String.raw`(?:la\s+société|l['’]entreprise|la\s+start-?up|la\s+jeune\s+pousse|le\s+groupe|la\s+firme|le\s+laboratoire|l['’]éditeur|the\s+company|the\s+start-?up|the\s+firm|the\s+group|the\s+lab)`;

/**
 * Words that set a company beside the one the text is about, for comparison: "just as OpenAI",
 * "unlike Google", « tout comme OpenAI », « à l'instar de Google », « contrairement à Meta ». A
 * description later in the text ("la start-up", "the company") does not point back at that company.
 */
export const COMPARED_BEFORE =
  /(?<![\p{L}])(?:unlike|like|as\s+with|just\s+as|compared\s+(?:with|to)|contrairement\s+(?:à|au)|tout\s+comme|à\s+l['’]instar\s+(?:de|d['’]|du)|à\s+la\s+différence\s+(?:de|d['’]|du))\s*(?:l['’]|la\s+|le\s+|the\s+)?$/iu;

/**
 * Words before a figure that take up a company named earlier without naming it: a pronoun or a
 * possessive ("it", "its", « il », « elle », « son », « sa », « ses », « leur »), or a bare description
 * ("the company", « le groupe »). A sentence that has one goes on about a company already in view.
 */
export const TAKE_UP = new RegExp(
  String.raw`(?<![\p{L}])(?:it|its|il|elle|son|sa|ses|lui|celle-ci|celui-ci|${COMPANY_ANAPHOR})(?![\p{L}\p{N}_-])`,
  "iu",
);

/** Anaphora that stand for the article's subject. */
export const ANAPHORA = new RegExp(String.raw`\b${COMPANY_ANAPHOR}(?![\p{L}\p{N}_])`, "giu");

/** Pronoun subjects at a clause start, resolved to the article's subject. */
export const PRONOUN_SUBJECT = /(?:^|[,;:]\s*|\bqu['’]|\bque\s+)(?:elle|il|it|she)\b/iu;

/**
 * English adjectives of nationality or region, written with a capital ("Danish", "South Korean"):
 * before lower-case words describing a company ("buying Danish data center operator Nordhalle") they
 * describe it and are no name. French writes them lower-case after the noun (« la société danoise »).
 */
export const NATIONALITY_ADJECTIVES_EN = [
  "American",
  "Australian",
  "Austrian",
  "Belgian",
  "Brazilian",
  "British",
  "Canadian",
  "Chinese",
  "Danish",
  "Dutch",
  "Emirati",
  "European",
  "Finnish",
  "French",
  "German",
  "Indian",
  "Irish",
  "Israeli",
  "Italian",
  "Japanese",
  "Korean",
  "Nordic",
  "Norwegian",
  "Polish",
  "Portuguese",
  "Saudi",
  "Singaporean",
  "South Korean",
  "Spanish",
  "Swedish",
  "Swiss",
  "Taiwanese",
] as const;

/**
 * Places that open a sentence as its subject ("Hong Kong a levé…", "Virginia leads…"): a market, a
 * state or a city, never an unknown company when it is the whole name.
 */
export const PLACE_NAMES = [
  "Hong[ \\u00a0]Kong",
  "Singapo(?:re|ur)",
  "Lond(?:on|res)",
  "New[ \\u00a0]York",
  "Californi[ae]",
  "Silicon[ \\u00a0]Valley",
  "Wall[ \\u00a0]Street",
  "Shanghai",
  "Shenzhen",
  "Tokyo",
  "S[ée]oul",
  "Ta[ïi]wan",
  "Duba[ïi]",
  "Riya(?:dh|d)",
  "Doha",
  "Mumbai",
  "Bengaluru",
  "Tel[ \\u00a0]Aviv",
  "Toronto",
  "Montr[ée]al",
  "Qu[ée]bec",
  "Canada",
  "Virgini[ae]",
  "Northern[ \\u00a0]Virginia",
  "Ohio",
  "Arizona",
  "Louisian[ae]",
  "Pennsylvani[ae]",
  "Wisconsin",
  "Indiana",
  "Iowa",
  "Wyoming",
  "Oregon",
  "Nevada",
  "Flori(?:da|de)",
  "Tennessee",
  "Mississippi",
  "Japan",
  "Japon",
  "Inde",
  "India",
  "Asi[ae]",
  "Europe",
  "Afri(?:ca|que)",
  "Am[ée]ri(?:ca|que)",
  "Allemagne",
  "Germany",
  "Espagne",
  "Spain",
  "Itali[ey]",
  "Portugal",
  "Norv[èe]ge",
  "Norway",
  "Su[èe]de",
  "Sweden",
  "Finland",
  "Finlande",
  "Irlande",
  "Ireland",
  "Pays-Bas",
  "Netherlands",
  "Malaisie",
  "Malaysia",
  "Johor",
  "Indon[ée]si[ae]",
  "Australi[ae]",
  "Br[ée]sil",
  "Brazil",
  "Isra[ëe]l",
  "France",
  "Royaume-Uni",
  "United[ \\u00a0]Kingdom",
  "Chine",
  "China",
  "[ÉE]tats-Unis",
  "United[ \\u00a0]States",
  "Texas",
  "Georgia",
  "G[ée]orgie",
  "Danemark",
  "Denmark",
  "Pologne",
  "Poland",
  "Belgi(?:que|um)",
].join("|");

const PLACE_NAME = new RegExp(`^(?:${PLACE_NAMES})$`, "u");

/** A state, a city or a region a text may open a sentence with ("Hong Kong", "Virginia"). */
const NATIONALITY_ADJECTIVE = new RegExp(`^(?:${NATIONALITY_ADJECTIVES_EN.join("|")})$`, "u");

/** "Swedish" in "Swedish data centre firm Nordvik": an adjective of nationality alone names no company. */
export function isNationalityAdjective(name: string): boolean {
  return NATIONALITY_ADJECTIVE.test(name);
}

export function isPlaceName(name: string): boolean {
  return PLACE_NAME.test(name);
}

/**
 * Finite verbs that may follow a clause's subject name right away, per language: auxiliaries and
 * modals, and the present or future forms business news uses ("Google has", "Nvidia also", "Oracle
 * holds", « Intel a », « Spark Capital s'est engagé », « Cisco injecte »). English past tenses in -ed
 * ("agreed", "pledged") are read by their ending.
 */
export const FINITE_VERBS_AFTER_NAME: Readonly<Record<Language, string>> = {
  en: "has|have|had|is|are|was|were|will|would|could|should|may|might|also|then|later|itself|expects|plans|intends|aims|agreed|sees|targets|wants|holds|owns|spends|invests|needs|builds|operates|reports|gets",
  fr: "a|ont|est|sont|était|va|vont|sera|seront|avait|avaient|aura|auront|doit|doivent|devait|devrait|devraient|pourrait|pourraient|prévoit|prévoient|compte|comptent|entend|entendent|s['’]est|s['’]était|s['’]engage|investit|investira|injecte|apporte|apportera|détient|détenait|possède",
};

/** Prepositions that make the following company a counterparty. */
export const COUNTERPARTY_LEAD =
  /\b(?:avec|auprès\s+d(?:e|['’])|dans|chez|de\s+la\s+part\s+d(?:e|['’])|en\s+faveur\s+d(?:e|['’])|from|with|into|in|to)\s+(?:[\p{L}'’-]+\s+){0,5}?$/iu;

/**
 * Words that, right before a company name, mark it as no subject (a complement): a preposition
 * ("à" too, which no ASCII word boundary finds), or a preposition other than "de" / "of" and a
 * common noun with its determiner (« avec l'initiative X », "with its partner X", « grâce à la start-up X »).
 */
export const COMPLEMENT_BEFORE =
  /(?:(?<![\p{L}\p{N}])(?:de|d['’]|du|des|avec|auprès\s+de|dans|chez|à|au|aux|pour|par|sur|entre|from|with|in|into|of|by|to|for|at|on|than|que\s+ses|tels?\s+que|telles?\s+que|such\s+as|notamment|including|comme)\s*["“«]?\s*|(?<![\p{L}\p{N}])(?:avec|auprès\s+d(?:e\s+|['’])|dans|chez|à|pour|par|sur|entre|from|with|in|into|by|to|for|at|on)\s*(?:(?:le|la|les|the|its|their|son|sa|ses|leurs?)\s+|l['’])[\p{Ll}-]{3,}\s+)$/iu;

/** Right after a company name, a participle that makes it describe the next name ("Microsoft-backed Mistral"). */
export const MODIFIER_AFTER =
  /^[-‑](?:backed|owned|funded|financed|led|controlled|supported|affiliated)(?!\p{L})/iu;

/** Demonstrative references to a deal mentioned just before ("cet accord", "these commitments"). */
export const DEAL_DEMONSTRATIVE =
  /\b(?:ce|cet|cette|ces|this|these|that|those)\s+(?:même\s+|\p{L}+\s+)?(?:accords?|contrats?|engagements?|investissements?|ch[eè]ques?|checks?|cadres?|partenariats?|collaborations?|opérations?|transactions?|levées?|tours?|deals?|agreements?|commitments?|investments?|partnerships?|collaborations?|frameworks?|rounds?)\b/iu;

/** "la même période", "the same period", "the year-ago quarter": the previous figure's period (a year back for the last). */
export const SAME_PERIOD =
  /\b(?:la\s+même\s+période|même\s+période|the\s+same\s+period|over\s+the\s+same\s+period|(?:the\s+)?(?:year[-\s]ago|year[-\s]earlier|prior[-\s]year)\s+(?:period|quarter|half))\b/iu;

/** Words that tie an elided figure to the previous one ("contre 800 millions"). */
export const COMPARISON_LEAD =
  /(?:\bcontre|\bvs\.?|\bversus|\bcompared\s+(?:with|to)|\bagainst|\bup\s+from|\bdown\s+from|\bfrom|\bpuis|\bthen|\bsoit|\bet|\band|\ben\s+dessous\s+des?|\bau-dessus\s+des?|\bpar\s+rapport\s+à)\s+(?:les\s+|des\s+|the\s+)?(?:\p{L}+\s+){0,2}$/iu;

/** Item words: the product, basis or segment a figure is about. */
export const ITEM_RULES: [RegExp, string | null][] = [
  [/ajusté\p{L}*|adjusted/iu, "adjusted"],
  [/post-money/iu, "post-money"],
  [/pre-money|pré-money/iu, "pre-money"],
  [/introduction\s+en\s+bourse|\bIPO\b/iu, "IPO"],
  [/secondaire|secondary/iu, "secondary"],
  [
    /(?:à\s+)?chaque\s+(?:étape|tranche)|par\s+tranche|per\s+tranche|each\s+tranche|each\s+stage/iu,
    "per tranche",
  ],
  [
    /\b(?:\p{L}+|\d+)\s+(?:versements|tranches|paiements|instal(?:l)?ments|payments)\s+(?:de|of)\s+\d/iu,
    "per tranche",
  ],
  [/\b(?:Fortune|Global|Forbes)\s+\d+/u, null],
  [/investisseurs\s+stratégiques|strategic\s+investors/iu, "strategic investors"],
  [/\b(?:[Ss]érie|[Ss]eries)\s+[A-H]\b/u, null],
];

/**
 * A business line a company reports its results by ("Advertising", "Gaming", "Publicité",
 * "Jeux vidéo"): a label of a list item or a table row, never a company's name.
 */
export const BUSINESS_LINE =
  /^(?:advertising|ads|gaming|games|automotive|networking|devices|hardware|software|services|subscriptions?|retail|licensing|consumer|enterprise|mobile|search|e-?commerce|online\s+stores|physical\s+stores|streaming|professional\s+visuali[sz]ation|publicité|jeux(?:\s+vidéo)?|automobile|réseaux|logiciels?|matériel|abonnements?|commerce\s+en\s+ligne|magasins|distribution|appareils|terminaux|visualisation\s+professionnelle|grand\s+public|entreprises)$/iu;

/** Devices and subscriptions a unit price is about. */
export const PRICED_ITEM =
  /\b(?:enceintes?\s+(?:intelligentes?|connectées?)|lunettes\s+(?:intelligentes|connectées)|appareils?|casques?|abonnements?|smart\s+speakers?|smart\s+glasses|devices?|subscriptions?|plans?|puces?|chips?)\b/iu;

/** English translations of item words, so items read the same whatever the report's language. */
export const ITEM_TRANSLATIONS: Record<string, string> = {
  "enceinte intelligente": "smart speaker",
  "enceintes intelligentes": "smart speakers",
  "enceinte connectée": "smart speaker",
  "enceintes connectées": "smart speakers",
  "lunettes intelligentes": "smart glasses",
  "lunettes connectées": "smart glasses",
  appareil: "device",
  abonnement: "subscription",
};

/**
 * Participles that assign part of a count to a place or a use: "earmarked for", "set aside for",
 * « destinés à », « réservés à ». A bare figure before them closes its item (assemble/elided-count.ts).
 */
export const ALLOCATED_PARTICIPLE =
  /^\s*(?:earmarked|allocated|reserved|destined|set\s+aside|slated|planned|bound|going|headed|intended|designated|dedicated|destiné(?:e|s|es)?|réservé(?:e|s|es)?|alloué(?:e|s|es)?|affecté(?:e|s|es)?|prévu(?:e|s|es)?|dédié(?:e|s|es)?)(?![\p{L}])/iu;

/** Grades written before a count of chips: "40,000 state-of-the-art accelerators", "cutting-edge GPUs". */
const CHIP_GRADE =
  "(?:state-of-the-art|cutting-edge|leading-edge|top-of-the-line|high-end|high-performance|next-generation|next-gen|advanced|powerful|specialized|specialised)";

/** The noun right after a figure that names what is counted, when the number recognizer gave no unit. */
export const COUNTED_NOUN: [RegExp, string][] = [
  [
    /^\s*(?:d['’]|de\s+)?(?:(?:paid|paying)\s+)?(?:utilisateurs|usagers|users|people|personnes|developers|développeurs)/iu,
    "users",
  ],
  // "15M paid seats", "2 millions de sièges payants": a seat is a business user, paid or not
  [/^\s*(?:de\s+)?(?:(?:paid|paying|commercial|enterprise|business)\s+)?(?:sièges|seats)/iu, "users"],
  // "650M MAUs", "20 millions de WAU": monthly or weekly active users, abbreviated
  [/^\s*(?:de\s+)?(?:MAU|WAU|DAU)s?(?![\p{L}])/u, "users"],
  [
    /^\s*(?:d['’]|de\s+)?(?:clients|customers|entreprises\s+clientes|organi[sz]ations|businesses)/iu,
    "customers",
  ],
  [
    /^\s*(?:d['’]|de\s+)?(?:[\p{Lu}][\p{L}\d-]*\s+){0,2}(?:(?:paid|paying)\s+)?(?:abonnés|subscribers)(?![\p{L}])/u,
    "subscribers",
  ],
  [
    new RegExp(
      String.raw`^\s*(?:de\s+|of\s+)?(?:(?:ses|leurs|its|their|the|[\p{Lu}][\p{L}]*['’]s)\s+(?:own\s+|latest\s+|propres\s+)?)?(?:${CHIP_GRADE}\s+){0,2}(?:[\p{Lu}\d][\p{L}\d-]*\s+(?:(?:and|et)\s+)?){0,4}(?:AI\s+|IA\s+)?(?:[GT]PUs?|puces|processeurs|chips|processors|accélérateurs|accelerators|graphics\s+processors|[Tt]ensor\s+[Pp]rocessing\s+[Uu]nits?)(?![\p{L}])`,
      "u",
    ),
    "GPUs",
  ],
  [/^\s*(?:[A-Z]{1,2}\d{2,3}s)(?![\p{L}\d])/u, "GPUs"],
  [
    /^\s*(?:d['’]|de\s+|of\s+)?(?:unités\s+de\s+traitement\s+(?:graphique|tensoriel)s?|processeurs\s+graphiques|cartes\s+graphiques|graphics\s+(?:processing\s+units|cards))(?![\p{L}])/iu,
    "GPUs",
  ],
  [/^\s*(?:d['’])?(?:[\p{Lu}][\p{L}\d-]*\s+){0,2}(?:actions|shares)(?![\p{L}])/u, "shares"],
  [/^\s*(?:d['’])?(?:équivalents?\s+[\p{Lu}\d]|[\p{Lu}\d][\p{L}\d-]*\s+equivalents?\b)/u, "GPUs"],
];

/**
 * A counted noun as the subject of the verb that reaches a bare figure: "le nombre d'utilisateurs
 * hebdomadaires a atteint 20 millions", "its customer base now exceeds 40,000".
 */
export const COUNTED_SUBJECT: [RegExp, string][] = (() => {
  // "passant de 400 à 700 millions", "rose from 400 to 700 million": both ends of a change count them.
  const change = String.raw`(?:pass\p{L}*|grimp\p{L}*|bondi\p{L}*|augment\p{L}*|progress\p{L}*|rose|grew|jumped|climbed|increased|went|growing|rising)\s+(?:de|from)(?:\s+\d[\d\s\u00a0.,]*(?:\s+(?:millions?|milliards?|billions?))?\s+(?:à|to))?`;
  const reach = String.raw`(?:\s+[\p{L}'’-]+,?){0,5}?\s+(?:(?:a|ont|avait|have|has|had)\s+)?(?:désormais\s+|now\s+|déjà\s+|already\s+)?(?:atteint|dépass\p{L}*|franchi\p{L}*|s['’]élèv\p{L}*\s+à|totalis\p{L}*|reach(?:ed|es)?|exceed(?:ed|s)?|top(?:ped|s)|surpass(?:ed|es)?|stood\s+at|stands\s+at|totall?ed|${change})\s+(?:(?:les|la|le|l['’]|plus\s+de|près\s+de|environ|quelque|more\s+than|about|nearly|over|almost|some)\s+)*$`;
  const noun = (words: string) => new RegExp(String.raw`(?<![\p{L}])(?:${words})${reach}`, "iu");
  return [
    [noun("utilisateurs|usagers|users"), "users"],
    [noun(String.raw`clients|customers|customer\s+base|client\s+base`), "customers"],
    [noun(String.raw`abonnés|subscribers|subscriber\s+base`), "subscribers"],
  ];
})();

/**
 * Collective words, French and English, in one place. Plural nouns of actors that spend, buy, build
 * or lend and may own a figure as written ("les opérateurs de centres de données", "AI labs",
 * "utilities", "chipmakers"); never a market, a product or a figure.
 */
export const COLLECTIVE_ACTORS =
  "g[ée]ants|giants|op[ée]rateurs|exploitants|laboratoires|entreprises|soci[ée]t[ée]s|acteurs|fournisseurs|h[ée]bergeurs|d[ée]veloppeurs|promoteurs|industriels|start-?ups|investisseurs|banques|pr[êe]teurs|groupes|operators|labs|laboratories|companies|firms|groups|developers|providers|builders|utilities|investors|banks|lenders|chipmakers|neoclouds|n[ée]oclouds";

/** The biggest technology companies as a whole: « les géants de la tech », "hyperscalers", "the mega-caps". */
export const BIG_TECH_NOUNS = "géants|mastodontes|hyperscalers|hyperscaleurs|giants";

/**
 * Nouns a count or "both" turns into companies the text has named: « les deux entreprises », "the
 * three labs", "both firms", « les deux groupes ».
 */
export const COUNTED_COMPANY_NOUNS =
  "companies|groups|firms|start-?ups?|labs|groupes|entreprises|sociétés|laboratoires";

/**
 * Nouns naming a company by its relation to another: « son concurrent Anthropic », "its partner
 * Crusoe", "their supplier Broadcom". After a possessive determiner they introduce the company named
 * next, which is the company itself, not a modifier of the noun.
 */
export const RELATION_NOUNS = String.raw`rivals?|competitors?|challengers?|partners?|customers?|clients?|suppliers?|investors?|backers?|allies|ally|shareholders?|subsidiary|subsidiaries|parent|concurrente?s?|rivale?s?|challengeurs?|partenaires?|fournisseurs?|investisseurs?|alliée?s?|actionnaires?|filiales?|maison\s+mère`;

/**
 * The words that open an apposition naming a company's parent, owner or backer, right after the
 * company: "Data Co, owned by the fund Arnhelm,", "X, a subsidiary of Y,", « X, filiale du groupe Y, »,
 * « X, détenue par Y, », "X, part of Y,". The company before the apposition is the one the clause is
 * about; the parent only says who holds it.
 */
export const PARENT_APPOSITION_LEAD = String.raw`(?:(?:a|an|the|its|une?|la|le|l['’]|sa|son)\s+)?(?:[\p{Ll}-]+\s+)?(?:filiale|subsidiary|unit|division|branche|arm|entité)\s+(?:de|du|des|d['’]|of)|(?:(?:wholly|majority|partly|jointly)[-\s]+)?(?:owned|controlled|held|backed|acquired|bought)\s+by|(?:détenue?s?|contrôlée?s?|possédée?s?|soutenue?s?|rachetée?s?|acquise?s?)\s+(?:par|à\s+\d+\s*%\s+par)|propriété\s+d(?:e|u|es|['’])|part\s+of|(?:which|that)\s+is\s+(?:owned|controlled|backed)\s+by|qui\s+appartient\s+(?:à|au|aux)`;

/**
 * The words right before a company that name it a partner in building or running something, not a
 * buyer: "developed in partnership with X", "jointly with X", « en partenariat avec X », « aux côtés de X ».
 */
export const PARTNERSHIP_LEAD =
  /(?<!\p{L})(?:in\s+(?:partnership|collaboration|cooperation|conjunction)\s+with|(?:jointly|together)\s+with|co-?(?:developed|built|owned|designed)\s+with|en\s+(?:partenariat|collaboration|coopération)\s+avec|conjointement\s+avec|aux\s+côtés\s+d(?:e|u|es|['’]))\s*(?:(?:the|le|la|les)\s+|l['’])?$/iu;

/**
 * The words right before a company that name it the party something is bought or taken from, the
 * seller: "take over six plants from X", "acquired from X", « rachète auprès de X », « cédées par X ».
 */
export const SELLER_LEAD =
  /(?<!\p{L})(?:from|auprès\s+d(?:e|u|es|['’])|(?:cédée?s?|vendue?s?)\s+par)\s*(?:(?:the|le|la|les)\s+|l['’])?$/iu;

/**
 * Between a part of a cost and the company whose goods it is spent on: "$30 billion goes on
 * Acme chips", "is spent on Acme systems", « 30 milliards de dollars vont aux puces Acme », « en puces Acme ».
 */
export const SPENT_ON_GOODS_OF =
  /^\s*(?:(?:de\s+dollars|d['’]euros|dollars|euros)\s+)?(?:(?:goes|go|going|is|are|gets?|spent|va|vont|part|partent|revient|reviennent|est|sont|dépensés?)\s+(?:spent\s+|consacrés?\s+)?)?(?:on|in|into|of|worth\s+of|à|aux|au|en|dans|de|des|d['’])\s*(?:(?:the|les|la|le)\s+)?(?:[\p{L}-]+\s+){0,3}?$/iu;

/**
 * Right after a programme's name: the programme is said to be one part of a whole ("of which Stargate
 * will be a part", "Stargate is part of the campus", « dont Stargate fera partie », « Stargate fait partie du campus »).
 */
export const IS_A_PART_AFTER =
  /^[\s\u00a0]+(?:will\s+(?:be|become|form)|would\s+be|is|becomes?|forms?|fera|ferait|fait|formera|forme|sera)\s+(?:(?:a|une)\s+|only\s+(?:a|one)\s+)?(?:part(?:ie)?|component|composante|élément|piece)(?!\p{L})/iu;

/**
 * Words in a sentence that take up, as one party, companies coordinated just before: a plural
 * pronoun ("they", « ils », « elles »), the parties as a whole ("the partners", « les partenaires »,
 * « ces entreprises »), the venture they formed ("the consortium", « la coentreprise », "their joint
 * venture") or an adverb of joint action ("together", "jointly", « ensemble », « conjointement »;
 * not « l'ensemble de », "the whole of"). Read by plural-group.ts.
 */
export const PLURAL_TAKE_UP =
  /(?<![\p{L}])(?:they|the\s+(?:partners|companies|firms|groups)|(?:both|these|those)\s+(?:companies|firms|groups)|the\s+(?:consortium|joint\s+venture|alliance)|their\s+(?:joint\s+venture|venture|consortium|alliance|partnership)|together(?!\s+with)|jointly(?!\s+with)|collectively|ils|elles|les\s+partenaires|ces\s+(?:entreprises|sociétés|groupes|firmes)|le\s+consortium|la\s+co-?entreprise|l['’]alliance|leur\s+(?:co-?entreprise|consortium|alliance|partenariat)|(?<!l['’])ensemble(?!\s+(?:de|des|du|d['’]|avec))|conjointement(?!\s+avec))(?![\p{L}])/giu;

/**
 * A plural take-up that names the members' class ("the companies", "these firms", « ces sociétés »):
 * unlike a pronoun or an adverb, it may take up companies listed with "or", « ou », or as complements
 * ("talk of A or B… these companies", « parler de A et de B… ces entreprises »).
 */
export const CLASS_PLURAL =
  /^(?:the|both|these|those|ces)\s+(?:companies|firms|groups|entreprises|sociétés|groupes|firmes)$/iu;

/**
 * Before a plural take-up: a word that picks some of the group, not all of it ("one of these
 * companies", "each of the partners", « l'une de ces entreprises », « chacune des sociétés »).
 */
export const PARTITIVE_LEAD =
  /(?<!\p{L})(?:(?:one|each|any|some|several|many|most|none|either|neither|all\s+but\s+one)\s+of|l['’]\s*une?\s+d(?:e|es)|chacune?\s+d(?:e|es)|certaine?s?\s+d(?:e|es)|plusieurs\s+d(?:e|es)|aucune?\s+d(?:e|es)|la\s+plupart\s+d(?:e|es))\s*$/iu;

/**
 * Present-tense verbs of business news that may follow a pronoun-like subject ("the former boasts",
 * « la première revendique », « cette dernière emploie »): the word after « le premier », « ce
 * dernier », "the latter" is then a verb, not a noun (« le premier trimestre »). Words that are also
 * nouns after « la dernière » (« mise », « table », « dépense », « contrôle ») are left out.
 */
export const PRONOUN_SUBJECT_VERBS =
  "affiche|détient|possède|dispose|investit|annonce|vise|revendique|réalise|enregistre|emploie|pèse|vaut|génère|lève|atteint|dépasse|représente|totalise|cumule|engrange|perd|publie|achète|vend|fournit|exploite|gère|boasts|posts|reports|counts|claims|generates|employs|books|targets|runs|operates|serves|sells|makes|earns|invests|raises|controls|ships|remains|needs|has|had|is|was";

/**
 * Nouns for a company described by another it is set against or likened to (counterpart-periphrasis.ts):
 * with "of", « de » ("the French rival of OpenAI", « le pendant hexagonal de ChatGPT »), with "to",
 * « à » ("the European answer to OpenAI", « la réponse européenne à Nvidia »), and in English after
 * the name ("the OpenAI rival", "Nvidia's challenger"). Singular only: "OpenAI's rivals" are no company.
 */
export const COUNTERPART_NOUNS_OF = String.raw`rival|competitor|challenger|counterpart|equivalent|concurrente?|rivale?|challengeu?r|pendant|équivalent|homologue|alter\s+ego`;
export const COUNTERPART_NOUNS_TO = "answer|counterpart|rival|challenger|equivalent|réponse|équivalent";
export const COUNTERPART_NOUNS = "rival|competitor|challenger|counterpart";

/** Two companies named before, without a count word: "both firms", "the pair", « le duo », « le tandem ». */
export const PAIR_WORDS = String.raw`both|the\s+pair|le\s+duo|le\s+tandem`;

/** Small counts written as words, French and English ("trois ans", "the big four"). */
export const SMALL_NUMBER_WORDS: Readonly<Record<string, number>> = {
  deux: 2,
  trois: 3,
  quatre: 4,
  cinq: 5,
  six: 6,
  sept: 7,
  huit: 8,
  neuf: 9,
  dix: 10,
  quinze: 15,
  vingt: 20,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  twelve: 12,
  douze: 12,
  fifteen: 15,
  twenty: 20,
};

/** A singular article, definite or indefinite, English or French, as it opens a description ("a", "the", « une », « l' »). */
export const SINGULAR_ARTICLE = "(?:[Aa]n?|[Tt]he|[Uu]ne?|[Ll]e|[Ll]a|[Ll]['’])";

/**
 * What a trade noun is read for: `trade` describes a company's trade beside its name ("Halvard, a GPU
 * cloud,", « le néocloud Halvard ») and gives it the trade's kind and side; `anaphora` heads a
 * description pointing back at a company named before ("the chipmaker", « le fabricant de puces »);
 * `marker` marks a capitalised name beside it as a company ("the company Talen", « la start-up Nscale »).
 */
export type TradeUse = "trade" | "anaphora" | "marker";

/**
 * One noun of a trade as a pattern without groups: a space stands for the gap between two words
 * (each reader writes the gap its own way); a literal space inside a character class is `\x20`.
 */
export interface TradeNoun {
  form: string;
  uses: readonly TradeUse[];
}

/** A trade and the English and French nouns that name it. */
export interface TradeWords {
  name: "neocloud" | "datacentre" | "chipmaker" | "energy" | "lab" | "fund" | "hyperscaler" | "company";
  /** The kind a company described by this trade gets, or null when the nouns name no trade. */
  kind: CompanyKind | null;
  /** Its side in compute deals. */
  role: CompanyRole | null;
  /** The gazetteer sector a description headed by one of its nouns asks of the company, or null. */
  sector: string | null;
  en: readonly TradeNoun[];
  fr: readonly TradeNoun[];
}

const noun = (form: string, ...uses: TradeUse[]): TradeNoun => ({ form, uses });

/**
 * The nouns of companies' trades, English and French, with what each is read for. The order of
 * trades is the order a description is tried in; "company" (nouns naming no trade) comes last, so
 * that « le fabricant de puces » is read before « le fabricant ».
 */
export const TRADE_WORDS: readonly TradeWords[] = [
  {
    name: "neocloud",
    kind: "neocloud",
    role: "supplier",
    sector: "neocloud",
    en: [
      noun("neocloud", "trade", "anaphora", "marker"),
      noun("(?:AI|GPU)[\\x20\\u00a0-]+cloud(?: (?:provider|company|firm|operator))?", "trade"),
      noun("GPU[\\x20\\u00a0-]+(?:rental|hosting) (?:firm|company|provider)", "trade"),
      noun("cloud provider", "trade"),
    ],
    fr: [
      noun("n[ée]o-?cloud", "trade", "anaphora", "marker"),
      noun("fournisseur (?:de cloud|d['’]informatique en nuage)", "trade"),
      noun("loueur de (?:GPU|puces|processeurs)", "trade"),
    ],
  },
  {
    name: "datacentre",
    kind: "datacentre",
    role: "supplier",
    sector: "datacenter",
    en: [
      noun(
        "data[\\x20\\u00a0-]?cent(?:er|re) (?:developer|operator|builder|company|firm|landlord|specialist)",
        "trade",
      ),
    ],
    fr: [
      noun(
        "(?:op[ée]rateur|exploitant|constructeur|promoteur|b[âa]tisseur) de centres de donn[ée]es",
        "trade",
        "anaphora",
      ),
      noun("sp[ée]cialiste de centres de donn[ée]es", "trade"),
      noun("fonci[èe]re de centres de donn[ée]es", "anaphora"),
      noun("h[ée]bergeur", "trade", "anaphora", "marker"),
    ],
  },
  {
    name: "chipmaker",
    kind: "chipmaker",
    role: "supplier",
    sector: "chips",
    en: [
      noun("chip(?: |-)?(?:maker|designer)", "trade", "anaphora"),
      noun("chip(?: |-)?(?:company|firm|startup|start-up)", "trade"),
      noun("chip giant", "anaphora"),
      noun("chipmaker", "marker"),
    ],
    fr: [
      noun("(?:fabricant|concepteur) de (?:puces|semi-conducteurs|processeurs)", "trade", "anaphora"),
      noun("sp[ée]cialiste de (?:puces|semi-conducteurs|processeurs)", "trade"),
      noun("fondeur", "trade", "anaphora", "marker"),
    ],
  },
  {
    name: "energy",
    kind: "energy",
    role: "supplier",
    sector: "utility",
    en: [
      noun("utility", "trade", "anaphora", "marker"),
      noun("power (?:company|producer|provider|generator)", "trade", "anaphora"),
      noun("energy company", "trade", "anaphora"),
      noun("energy (?:producer|group)", "trade"),
      noun("electricity (?:company|provider|supplier)", "anaphora"),
    ],
    fr: [
      noun("[ée]nerg[ée]ticien", "trade", "anaphora", "marker"),
      noun("[ée]lectricien", "trade", "anaphora"),
      noun("producteur d['’][ée]lectricit[ée]", "trade", "anaphora"),
      noun("fournisseur d['’][ée]lectricit[ée]", "anaphora"),
    ],
  },
  {
    name: "lab",
    kind: "lab",
    role: "developer",
    sector: null,
    en: [
      noun("AI (?:lab|developer|model developer)", "trade"),
      noun("(?:model|LLM) developer", "trade"),
      noun("lab", "anaphora", "marker"),
      noun("developer", "anaphora", "marker"),
    ],
    fr: [
      noun("laboratoire d['’](?:IA|intelligence artificielle)", "trade"),
      noun("d[ée]veloppeur de mod[èe]les", "trade"),
      noun("laboratoire", "anaphora", "marker"),
      noun("d[ée]veloppeur", "marker"),
    ],
  },
  {
    name: "fund",
    kind: "fund",
    role: "investor",
    sector: null,
    en: [
      noun("(?:venture|investment|private equity|sovereign(?: wealth)?) (?:firm|fund|investor)", "trade"),
      noun("asset manager", "trade", "marker"),
      noun("fund", "anaphora", "marker"),
      noun("investor", "anaphora", "marker"),
    ],
    fr: [
      noun("fonds(?: (?:souverain|d['’]investissement|de capital-risque))?", "trade"),
      noun("soci[ée]t[ée] de capital-risque", "trade"),
      noun("fonds", "anaphora", "marker"),
      noun("investisseur", "anaphora", "marker"),
    ],
  },
  {
    name: "hyperscaler",
    kind: null,
    role: null,
    sector: null,
    en: [noun("hyperscaler", "anaphora")],
    fr: [
      noun("hyperscaler", "anaphora"),
      noun("géant (?:de la tech|des technologies|du numérique|du cloud|technologique)", "anaphora"),
    ],
  },
  {
    name: "company",
    kind: null,
    role: null,
    sector: null,
    en: [
      noun("company", "anaphora", "marker"),
      noun("group", "anaphora", "marker"),
      noun("firm", "anaphora", "marker"),
      noun("start-?up", "anaphora", "marker"),
      noun("giant", "anaphora", "marker"),
      noun("conglomerate", "anaphora", "marker"),
      noun("builder", "anaphora", "marker"),
      noun("operator", "anaphora", "marker"),
      noun("landlord", "anaphora"),
      noun("REIT", "anaphora"),
      noun("specialist", "anaphora"),
      noun("maker", "anaphora", "marker"),
      noun("manufacturer", "anaphora", "marker"),
      noun("supplier", "anaphora", "marker"),
      noun("publisher", "anaphora"),
      noun("provider", "marker"),
      noun("designer", "marker"),
      noun("vendor", "marker"),
      noun("unicorn", "marker"),
      noun("leader", "marker"),
      noun("champion", "marker"),
    ],
    fr: [
      noun("soci[ée]t[ée]", "anaphora", "marker"),
      noun("groupe", "anaphora", "marker"),
      noun("firme", "anaphora"),
      noun("entreprise", "anaphora", "marker"),
      noun("start-?up", "anaphora", "marker"),
      noun("jeune pousse", "anaphora", "marker"),
      noun("géant", "anaphora", "marker"),
      noun("conglomérat", "anaphora"),
      noun("champion", "anaphora", "marker"),
      noun("sp[ée]cialiste", "anaphora", "marker"),
      noun("équipementier", "anaphora"),
      noun("[ée]diteur", "anaphora", "marker"),
      noun("fabricant", "anaphora", "marker"),
      noun("constructeur", "anaphora", "marker"),
      noun("op[ée]rateur", "marker"),
      noun("concepteur", "marker"),
      noun("promoteur", "marker"),
      noun("fournisseur", "marker"),
      noun("licorne", "marker"),
      noun("p[ée]pite", "marker"),
      noun("leader", "marker"),
    ],
  },
];

/**
 * The nouns of `trades` read for `use`, in `languages`, as one alternation without a group, each
 * gap between words written `gap` ("[ \\u00a0]+", "\\s+").
 */
export function tradeNouns(
  trades: readonly TradeWords[],
  use: TradeUse,
  gap: string,
  languages: readonly ("en" | "fr")[] = ["en", "fr"],
): string {
  return trades
    .flatMap((trade) => languages.flatMap((language) => trade[language]))
    .filter((n) => n.uses.includes(use))
    .map((n) => n.form.replaceAll(" ", gap))
    .join("|");
}

/** What a company does that a clause measures in money, power or chips. */
export type CompanyActKind = "operate" | "build" | "plan" | "spend" | "earn" | "deal" | "buy" | "deploy";

/**
 * Verbs whose subject is a company when the same clause gives a figure of money, power or chips:
 * "Quillon now operates 450 megawatts", « Orbelis construira un campus de 300 MW », "Varnel earned
 * $90 million", "Tessaly struck a $2 billion deal". People take some of these verbs too ("bought
 * $2 million of shares"); the names they catch are screened for persons, places and common words
 * (business-cues.ts). Forms are written with single spaces; an auxiliary before them ("has", « a »,
 * "now", « vient de ») is read apart.
 */
export interface CompanyAct {
  act: CompanyActKind;
  en: readonly string[];
  fr: readonly string[];
}

export const COMPANY_ACTS: readonly CompanyAct[] = [
  {
    act: "operate",
    en: ["operates", "operated", "runs", "is running", "will operate", "manages"],
    fr: ["exploite", "exploitait", "exploitera", "g[èe]re", "op[èe]re"],
  },
  {
    act: "build",
    en: [
      "builds",
      "built",
      "is building",
      "will build",
      "develops",
      "is developing",
      "will develop",
      "broke ground on",
    ],
    fr: [
      "construit",
      "construira",
      "construisait",
      "b[âa]tit",
      "b[âa]tira",
      "d[ée]veloppera",
      "am[ée]nage",
      "am[ée]nagera",
    ],
  },
  {
    act: "plan",
    en: [
      "plans",
      "is planning",
      "eyes",
      "(?:unveiled|announced|outlined) plans to (?:invest|build|spend|deploy)",
    ],
    fr: ["vise", "planifie", "projette", "ambitionne", "pr[ée]voit", "d[ée]voil[ée] un plan de"],
  },
  {
    act: "spend",
    en: ["spends", "spent", "is spending", "is investing", "poured", "pumped", "earmarked", "set aside"],
    fr: [
      "d[ée]pense",
      "d[ée]pensera",
      "consacre",
      "consacrera",
      "consacr[ée]",
      "injecte",
      "injectera",
      "mobilise",
      "mobilisera",
    ],
  },
  {
    act: "earn",
    en: ["earned", "earns", "made", "brought in", "brings in", "took in", "grossed", "booked"],
    fr: [
      "gagn[ée]",
      "gagne",
      "encaiss[ée]",
      "encaisse",
      "g[ée]n[èé]re",
      "g[ée]n[ée]r[ée]",
      "d[ée]gag[ée]",
      "d[ée]gage",
    ],
  },
  {
    act: "deal",
    en: ["struck", "strikes", "clinched", "sealed", "won", "wins", "was awarded", "reached"],
    fr: ["nou[ée]", "scell[ée]", "paraph[ée]", "remport[ée]", "remporte", "d[ée]croche"],
  },
  {
    act: "buy",
    en: ["ordered", "orders", "bought", "buys", "purchased", "is buying", "will buy"],
    fr: ["command[ée]", "commande", "achet[ée]", "ach[èe]te", "ach[èe]tera", "acquiert"],
  },
  {
    act: "deploy",
    en: [
      "deployed",
      "deploys",
      "will deploy",
      "is deploying",
      "installed",
      "brought online",
      "energized",
      "commissioned",
    ],
    fr: [
      "d[ée]ploy[ée]",
      "d[ée]ploie",
      "d[ée]ploiera",
      "install[ée]",
      "installera",
      "mis en service",
      "met en service",
    ],
  },
];

/** The forms of the company acts in `languages`, as one alternation without a group, words parted by `space`. */
export function companyActVerbs(
  languages: readonly Language[] = ["en", "fr"],
  space = String.raw`\s+`,
): string {
  return COMPANY_ACTS.flatMap((a) => languages.flatMap((l) => a[l]))
    .map((form) => form.replaceAll(" ", space))
    .join("|");
}

/** What a finance label names: a measure, a deal or event, a period, a post. */
export type FinanceLabelKind = "measure" | "event" | "period" | "post";

/**
 * Acronyms and labels of company finance, never a company's name however they are written ("IPO",
 * "EPS", « BPA », "FY", "H1", "Guidance:"): a name finder that meets one as a whole name drops it.
 */
export const FINANCE_LABELS: readonly { label: string; kind: FinanceLabelKind }[] = [
  ...[
    "EPS",
    "BPA",
    "BNPA",
    "FFO",
    "AFFO",
    "EBITDA",
    "EBITDAR",
    "EBIT",
    "EBE",
    "CAPEX",
    "OPEX",
    "GAAP",
    "IFRS",
  ].map((label) => ({ label, kind: "measure" as const })),
  ...["ARR", "MRR", "RPO", "TAM", "SAM", "NAV", "ANR", "ROE", "ROIC", "ROA", "FCF", "YoY", "QoQ", "CAGR"].map(
    (label) => ({ label, kind: "measure" as const }),
  ),
  ...["Guidance", "Consensus", "Outlook", "Revenue", "Revenues", "Earnings", "Dividend", "Dividende"].map(
    (label) => ({ label, kind: "measure" as const }),
  ),
  ...["IPO", "SPAC", "OPA", "OPE", "M&A", "LBO"].map((label) => ({ label, kind: "event" as const })),
  ...["FY", "CY", "YTD", "H1", "H2", "Q1", "Q2", "Q3", "Q4", "T1", "T2", "T3", "T4", "S1", "S2"].map(
    (label) => ({ label, kind: "period" as const }),
  ),
  ...["CEO", "CFO", "CTO", "COO", "PDG", "DG", "DAF"].map((label) => ({ label, kind: "post" as const })),
];

const FINANCE_LABEL_SET = new Set(FINANCE_LABELS.map((l) => l.label));

/** Whether a whole found name is a finance label as written ("IPO", "EPS"; "Sam" is no "SAM"). */
export function isFinanceLabel(name: string): boolean {
  return FINANCE_LABEL_SET.has(name.trim());
}

/** A noun of buying ("l'offre de rachat de X", "the acquisition of X"): its complement may be the bidder, no object. */
export const BUYING_NOUN = /^(?:acquisition|purchase|takeover|r?achat)(?!\p{L})/iu;

/** A word of bidding just before a noun of buying (« l'offre de rachat de X », "the takeover bid of X"). */
export const BID_BEFORE =
  /(?<!\p{L})(?:offres?(?:\s+publiques?)?\s+(?:de\s+|d['’]\s*)|bids?\s+(?:for\s+(?:the\s+)?)?|proposals?\s+(?:for\s+)?)$/iu;

/** A verb of buying, English and French, in any tense, as a regular-expression alternative. */
const BUYING_VERB = String.raw`(?:acquir(?:e|es|ed|ing)|bought|buy(?:s|ing)?|purchas(?:e|es|ed|ing)|snapp(?:ed|ing)\s+up|acqu(?:iert|is|ise|ièrent|érir|erra|erront|errait)|r?ach[eè]t(?:e|ent|er|é|ée|era|eront|erait|ait)|r?achèt(?:e|ent|era|eront|erait))`;
/** What stands between a verb of buying and the stake it buys: an article and up to two words ("a further minority"). */
const STAKE_OBJECT_LEAD = String.raw`\s+(?:a|an|une|its|their|sa|son|leur)\s+(?:[\p{L}-]+\s+){0,2}?`;
/** The noun of a stake in a company, English and French, with a French adjective after it (« minoritaire »). */
const STAKE_NOUN = String.raw`(?:stake|holding|participation)s?(?:\s+(?:minoritaire|majoritaire|stratégique|supplémentaire|nouvelle)s?)?`;

/** A stake named by its share of the company, up to its price: "took a 10% stake in X for", « pris 11 % du capital contre ». */
const SHARE_OF_CAPITAL_FOR = String.raw`(?:%|\bper\s?cent|\bpour\s?cent)\s+(?:du\s+capital|de\s+participation|stake|equity|of\s+(?:the\s+)?(?:capital|shares|equity))(?:[^.;%]{0,40})\s(?:contre|pour|for)`;

/**
 * A stake bought, up to the amount paid for it: "acquired a stake in X for", "bought a minority holding
 * in X worth", « a racheté une participation de », « a acquis une participation dans X pour », "took a
 * 10% stake in X for": the money buys a slice of the company, an investment in it, not its price
 * (CLAIMS.md §2).
 */
export const STAKE_BOUGHT_BEFORE_AMOUNT = new RegExp(
  String.raw`(?:(?<!\p{L})${BUYING_VERB}${STAKE_OBJECT_LEAD}${STAKE_NOUN}\s+(?:(?:in|dans|au\s+capital\s+de)\s+(?:[^.;]|[.,](?=\d)){1,60}?\s(?:for|pour|worth)|of|worth|de|d['’]|valued\s+at|valorisée?\s+à)|${SHARE_OF_CAPITAL_FOR})\s*${optionalHedge(["approx", "at_least", "up_to"])}(?:US)?[$€£]?\s*$`,
  "iu",
);

/**
 * A verb of buying whose object is an amount, then "stake": "acquired a $150 million stake in", "bought a
 * further €80 million holding"; the amount's noun follows it (STAKE_AFTER_AMOUNT).
 */
export const BUYING_AN_AMOUNT = new RegExp(
  String.raw`(?<!\p{L})${BUYING_VERB}${STAKE_OBJECT_LEAD}${optionalHedge(["approx", "at_least", "up_to"])}(?:US)?[$€£]?\s*$`,
  "iu",
);

/** The noun right after an amount bought, when it names a stake: "[$150 million] minority stake in". */
export const STAKE_AFTER_AMOUNT = new RegExp(
  String.raw`^\s*(?:[\p{L}-]+\s+){0,2}?${STAKE_NOUN}(?!\p{L})`,
  "iu",
);

/**
 * A part of a company that is sold as a going concern, English and French: "the server unit", "its chip
 * division", « la branche puces », « l'activité centres de données ». What precedes it ("server", "chip")
 * names its trade, not goods bought.
 */
export const BUSINESS_PART =
  "(?:units?|divisions?|business(?:es)?|arms?|subsidiar(?:y|ies)|operations|branch(?:es)?|branches?|activités?|pôles?|filiales?|départements?)";

/**
 * Between two items of a list, a comma, a joining word, or both: "A, B and C", « 12, 9 et 6 », nothing
 * else. "and" and « et » join; `extra` adds the words a list of its kind also joins with ("&" for names).
 */
export function listItemGap(extra: readonly string[] = []): RegExp {
  return new RegExp(String.raw`^\s*(?:,|,?\s*(?:${["and", "et", ...extra].join("|")}))\s*$`, "iu");
}

/**
 * Between two figures of one list that share a verb: a comma, "and"/"et", "respectively", the
 * currency written out ("12 milliards d'euros et 9 milliards"). A verb between them opens a clause
 * of its own.
 */
export const SHARED_VERB_FIGURE_GAP =
  /^(?:[\s,]|(?<!\p{L})(?:et|and|&|respectivement|respectively|de\s+dollars|d['’]euros|of\s+dollars)(?!\p{L}))*$/iu;

/**
 * A phrase opening the sentence that sets a company beside the verb's subject without making it one
 * of them: "Alongside OpenAI, …", "Along with Nvidia, …", « Aux côtés d'OpenAI, … », « À côté de Nvidia, … ».
 */
export const COMPANION_LEAD =
  /^\s*(?:alongside|along\s+with|aux\s+côtés\s+d(?:e\s+|['’])|à\s+côté\s+d(?:e\s+|['’]))\s*(?:(?:the|le|la|les)\s+|l['’])?$/iu;

/**
 * A phrase opening the sentence that joins a company to the verb's action: "Together with OpenAI,
 * …", "Jointly with Nvidia, …", « Conjointement avec OpenAI, … », « De concert avec Nvidia, … ».
 */
export const JOINED_COMPANION_LEAD =
  /^\s*(?:together\s+with|jointly\s+with|conjointement\s+avec|ensemble\s+avec|de\s+concert\s+avec)\s*(?:(?:the|le|la|les)\s+|l['’])?$/iu;

/**
 * "With Nvidia, …", « Avec Nvidia, … » opening the sentence: a company beside the verb's subject,
 * which keeps whatever role the verb gives it ("With Nvidia, OpenAI signed a deal": its counterparty).
 */
export const BARE_COMPANION_LEAD = /^\s*(?:with|avec)\s*(?:(?:the|le|la|les)\s+|l['’])?$/iu;

/**
 * An absolute clause's predicate right after its subject, no finite verb: "set to", "poised to",
 * "expected to", a verb in -ing (en); a present participle, « qui » and a verb, « prêts à » (fr).
 * An adverb may come first ("collectively set to", « toutes prévoyant »).
 */
export const ABSOLUTE_PREDICATE =
  /^\s+(?:(?:collectively|together|jointly|all|each|both|ensemble|toutes?|tous)\s+)?(?:(?:set|poised|expected|due|slated|scheduled|likely|about)\s+to\s|\p{Ll}{3,}ing\s|(?:\p{Ll}{2,}ant|qui\s+\p{Ll}+|prêt(?:e|s|es)?\s+à|décidé(?:e|s|es)?\s+à|appelé(?:e|s|es)?\s+à|censé(?:e|s|es)?)(?!\p{L}))/u;

/**
 * Right after a name, an apposition saying it is a venture of other companies: ", a venture between",
 * ", a joint venture of", ", the consortium formed by", « , une coentreprise entre », « , l'alliance de ».
 */
export const VENTURE_OF_APPOSED =
  /^\s*,\s*(?:(?:a|an|the|une|la|le)\s+|l['’])(?:[\p{L}-]+\s+){0,2}?(?:joint\s+venture|venture|partnership|consortium|alliance|coentreprise|co-entreprise|entreprise\s+commune)\s+(?:between|of|among|formed\s+by|entre|de\s+|d['’]|formée?\s+par|créée?\s+par)\s*$/iu;

/** "Both" or « tous (les) deux » right before the first of two companies: what they then do, each does. */
export const BOTH_BEFORE_PAIR = /(?:^|[\s,;:(])(?:both|(?:tous|toutes)\s+(?:les\s+)?deux\s*,?)\s*$/iu;

/**
 * Right after an amount invested, a company named by its kind rather than its name: « investir 2
 * milliards dans la licorne », « dans la jeune pousse parisienne », "put $3 billion into the startup",
 * "in the AI company". The money goes into another company, not into the spender's own sites. The
 * company's own things ("in the company's data centres") are not one.
 */
export const INTO_A_COMPANY_OF_A_KIND =
  /^[^.;:!?]{0,20}?(?<!\p{L})(?:dans|into|in)\s+(?:(?:la|le|une|un|cette|ce|the|a|an|this|that)\s+|l['’]\s*)(?:[\p{L}-]+\s+)?(?:licornes?|start-?ups?|jeunes?\s+pousses?|pépites?|sociétés?|entreprises?|unicorns?|compan(?:y|ies)|firms?)(?!\p{L})(?!['’]s\b)(?!\s+(?:mère|elle-même|itself)(?!\p{L}))/iu;

/**
 * A clause's subject that denies every company of a kind: « aucune start-up française n'avait »,
 * « nulle autre jeune pousse ne », "no European startup had", "no other AI company has". What follows
 * is a figure no company reached, up to the figure with no clause break.
 */
export const NO_COMPANY_OF_A_KIND_SUBJECT =
  /(?:(?<!\p{L})(?:aucune?|nulle?|pas\s+une?)\s+(?:autres?\s+)?(?:start-?ups?|jeunes?\s+pousses?|entreprises?|sociétés?|licornes?|compagnies?|firmes?|groupes?|acteurs?|laboratoires?)(?:\s+[\p{L}-]+){0,3}?\s+(?:n['’]|ne\s)|\bno\s+(?:other\s+)?(?:[\p{L}-]+\s+){0,2}?(?:start-?ups?|compan(?:y|ies)|firms?|unicorns?|labs?|groups?|players?)\s+(?:(?:had|has|have|could|was|were|ever|yet|before|until\s+now|so\s+far|previously)\s+){1,3})(?:[^.;:!?]|(?<=\d)[.,](?=\d)){0,160}$/iu;

/**
 * Words in -ant / -ing that open no participle clause: prepositions and adverbs ("including",
 * "according", « pendant », « cependant »).
 */
export const NOT_PARTICIPLES =
  /^(?:including|excluding|according|during|regarding|concerning|following|notwithstanding|pending|nothing|something|anything|everything|morning|evening|thing|king|spring|ring|bring|sing|string|ping|wing|being|avant|pendant|durant|cependant|maintenant|suivant|concernant|moyennant|néanmoins|devant|dorénavant|auparavant|autant|pourtant|tant|quant|sachant|étant|ayant)$/iu;

/** A sentence that opens on the deal just told: "The agreement", "Under this contract", « Cet accord », « Le contrat ». */
export const DEAL_TOLD_BEFORE =
  /^\s*(?:(?:under\s+)?(?:the|this|that)\s+(?:\p{L}+\s+)?(?:deal|agreement|contract|partnership)|(?:cet|ce|cette|l['’]|le|la)\s*(?:\p{L}+\s+)?(?:accord|contrat|partenariat|entente))(?!\p{L})/iu;

/** Words that give the year a deal starts: "takes effect in 2027", « entrera en vigueur en 2027 », « débutera en 2027 ». */
export const DEAL_STARTS_IN_YEAR =
  /(?<!\p{L})(?:takes?\s+effect|(?:will\s+)?(?:start|begin|kick\s+in|take\s+effect)s?|starting|beginning|(?:prendra|prend|prenant)\s+effet|(?:entrera|entre|entrant)\s+en\s+vigueur|débutera|démarrera|commencera)\s+(?:in|from|en|à\s+partir\s+de|dès)\s+(?:(?:early|late|début|fin)\s+)?((?:19|20)\d\d)(?!\d)/iu;

/**
 * What a payment buys, said after it: compute, cloud capacity or data centres ("for access to
 * cloud-computing infrastructure", "for compute", « pour de la puissance de calcul », « pour l'accès à
 * ses centres de données »).
 */
export const PAID_FOR_COMPUTE =
  /(?<!\p{L})(?:for|pour)\s+(?:(?:access\s+to|l['’]accès\s+à|l['’]usage\s+d(?:e|es|['’]))\s*)?(?:[\p{L}'’-]+\s+){0,3}?(?:compute|computing|cloud[-\s]computing|GPUs?|servers|data\s*cent(?:er|re)s|(?:computing\s+)?capacity|calcul|(?:puissance|capacités?)\s+de\s+calcul|serveurs|centres?\s+de\s+données)(?!\p{L})/iu;

/**
 * A plan a class of companies owns: "plan to spend", "are set to pour", « prévoient », « doivent
 * mobiliser ». Without one, a forward figure for a class of companies is nobody's own.
 */
export const GROUP_OWN_PLAN =
  /\bplan\p{L}*|\bintend\p{L}*|\baim(?:s|ed|ing)?\b|\btarget\p{L}*|\bgoals?\b|\bguidance\b|\bbudget\p{L}*|\b(?:is|are)\s+set\s+to\b|(?<!\p{L})(?:prévoi\p{L}*|prévoy\p{L}*|projett\p{L}*|projet(?:ons|ez|aient)|vis(?:e|ent|aient)|objectifs?|budg[eé]t\p{L}*|doi(?:t|vent)|compt(?:e|ent)\s+(?:investir|dépenser|consacrer|mobiliser))(?!\p{L})/iu;

/**
 * The writer's or the market's expectation, no one's plan: « devraient dépenser », "should reach", "are
 * expected to", "are on track to", « sont en passe de ».
 */
export const IMPERSONAL_FORECAST =
  /(?<!\p{L})(?:devrai(?:t|ent)|en\s+passe\s+de)(?!\p{L})|\bshould\b|\b(?:is|are)\s+(?:widely\s+)?expected\s+to\b|\b(?:is|are)\s+on\s+track\s+to\b/iu;

/**
 * "un contrat estimé à", "an agreement valued at", "a deal worth an estimated": the estimate sizes the
 * deal, which stays a commitment (CLAIMS.md §7: commitment comes before estimated).
 */
export const DEAL_NOUN_SIZED =
  /(?<!\p{L})(?:contrats?|accords?|partenariats?|commandes?|contracts?|agreements?|deals?|partnerships?|orders?)(?:\s+(?:\p{L}+\s+){0,2}?(?:worth|d['’]une\s+valeur))?\s+(?:estim(?:é|ée|és|ées)\s+à|évalu(?:é|ée|és|ées)\s+à|an\s+estimated|estimated\s+at|valued\s+at)\s*(?:\p{L}+\s+){0,2}?$/iu;

/** A share price a deal's term is tied to: "a $600 price target", "target price", « objectif de cours », « cours cible ». */
export const PRICE_HURDLE =
  /\bprice\s+targets?\b|\btarget\s+(?:share\s+)?prices?\b|(?<!\p{L})objectifs?\s+de\s+cours(?!\p{L})|(?<!\p{L})cours\s+cibles?(?!\p{L})/iu;

/**
 * A French rate named by a bare noun of change after « de » (« 66 % de croissance », « 12 % de hausse
 * annuelle »): no article, so the percentage measures the change rather than a share of it
 * (« 40 % de la croissance » is a share).
 */
export const BARE_CHANGE_NOUN_AFTER =
  /^\s*(?:de|d['’])\s*(?:croissance|hausse|progression|augmentation|baisse|recul)(?!\p{L})/iu;

/**
 * A question on how something came about, asked with a verb of achievement ("How did Orbitek manage
 * to raise $4 billion…?", « Comment Orbitek a-t-elle réussi à lever 4 milliards… ? »): the
 * achievement is presupposed, so its figure is a fact stated.
 */
export const HOW_ACHIEVED_QUESTION =
  /^\W*(?:how|comment)(?!\p{L})[^?.;]{0,80}?(?<!\p{L})(?:manag(?:e|es|ed)\s+to|succeed(?:s|ed)?\s+in|(?:parvien(?:t|nent|drait)|parvenu(?:e|s|es)?|réussi(?:t|ssent)?|arrive(?:nt)?)(?:-t)?(?:-(?:il|elle|ils|elles|on))?\s+à)(?!\p{L})/iu;

/**
 * The level a figure is said to reach, written between the verb and the figure: "to a record $4
 * billion", "reaching an all-time high of", « pour atteindre le niveau record de », « à un plus haut de ».
 */
export const RECORD_LEVEL_BEFORE = String.raw`(?:(?:(?:a|an|the|un|une|le|son|its|new|nouveau)\s+){1,2}(?:(?:all-time|record|historique|niveau|level|high|sommet|plus\s+haut|pic|peak)\s+){1,3}(?:de\s+|d['’]|of\s+)?)?`;

/**
 * A facility taken up by a definite or demonstrative noun phrase: "the facility", "this campus",
 * "the data centre", « le site », « ce campus », « le centre de données ». A programme named just
 * before owns the figures such a phrase opens (facility-programme.ts).
 */
export const FACILITY_TAKE_UP =
  /(?<!\p{L})(?:(?:the|this|that)\s+(?:new\s+|planned\s+|future\s+)?(?:facility|campus|site|data\s+cent(?:er|re)|cluster|complex)|(?:le|ce)\s+(?:futur\s+|nouveau\s+)?(?:site|campus|complexe|centre\s+de\s+(?:données|calcul)|data\s+center)|(?:cette|la)\s+(?:future\s+|nouvelle\s+)?(?:installation|infrastructure))(?!\p{L})/iu;

/**
 * A sentence that opens by naming who the previous sentence's unnamed party is: "The buyer is X",
 * "The investor was X", "X confirmed the amount", « Il s'agit de X », « L'acquéreur est X »,
 * « X a confirmé ce montant ». `lead` ends where the name starts; `confirm` follows the name.
 */
export const OWNER_IDENTIFIED_LEAD =
  /^\s*(?:the\s+(?:buyer|acquirer|purchaser|investor|backer|lender|borrower|bidder|customer|client|tenant|company|firm|developer|operator)\s+(?:is|was|will\s+be)|il\s+s['’]agit\s+(?:de\s+|d['’]|du\s+)|(?:l['’](?:acheteur|acquéreur|investisseur|opérateur|emprunteur)|le\s+(?:client|prêteur|promoteur|groupe\s+en\s+question))\s+(?:est|était|sera)|c['’]est)\s*(?:the\s+|la\s+|le\s+|l['’])?$/iu;
export const OWNER_CONFIRMS_AFTER =
  /^\s*(?:,[^,]{1,60},\s*)?(?:has\s+|had\s+)?(?:confirmed|disclosed|is\s+behind|a\s+confirmé|a\s+dévoilé|est\s+derrière)\s+(?:the|this|that|these|le|la|l['’]|ce|cet|cette|ces)\s*(?:figure|amount|sum|investment|deal|number|plan|chiffre|montant|somme|investissement|accord|projet|information)s?(?!\p{L})/iu;

/**
 * The lead of an adjunct telling an act finished before the news, the figure its object: « après avoir
 * levé », « deux mois après avoir bouclé », "after securing", "after having raised", "a month after closing";
 * the lead itself is group 1.
 */
export const PRIOR_ACT_LEAD =
  /((?<!\p{L})après\s+avoir\s+(?:déjà\s+)?\p{L}{2,}(?:é|ée|és|ées|u|is|it)|\bafter\s+(?:having\s+(?:already\s+)?\p{L}{3,}(?:ed|d)|(?:securing|raising|closing|completing|signing|landing|receiving|bagging|striking)))(?!\p{L})[^,;:.!?()\n]{0,60}$/iu;

/** A finished act in the infinitive perfect: « annonçant avoir levé », « dit avoir investi », "said to have raised". */
export const PERFECT_INFINITIVE =
  /(?<!\p{L})avoir\s+(?:déjà\s+|été\s+)?\p{L}{2,}(?:é|ée|és|ées|u|is|it)(?!\p{L})|\bhaving\s+(?:already\s+)?\p{L}{3,}ed\b/iu;
