import { MONTHS as ALL_MONTHS, type Language } from "../../core/index.js";

/**
 * The words of quantities, French and English: spelled numbers, scale words, unit words and the
 * hedges that bound a figure. Keys are lower case; apostrophes are written "'" (the scanner folds
 * the typographic one).
 */

/** Spelled numbers below one hundred, and the multipliers "cent"/"hundred" and "mille"/"thousand". */
export const SPELLED: Record<Language, ReadonlyMap<string, number>> = {
  fr: new Map([
    ["zéro", 0],
    ["un", 1],
    ["une", 1],
    ["deux", 2],
    ["trois", 3],
    ["quatre", 4],
    ["cinq", 5],
    ["six", 6],
    ["sept", 7],
    ["huit", 8],
    ["neuf", 9],
    ["dix", 10],
    ["onze", 11],
    ["douze", 12],
    ["treize", 13],
    ["quatorze", 14],
    ["quinze", 15],
    ["seize", 16],
    ["vingt", 20],
    ["vingts", 20],
    ["trente", 30],
    ["quarante", 40],
    ["cinquante", 50],
    ["soixante", 60],
    ["septante", 70],
    ["huitante", 80],
    ["octante", 80],
    ["nonante", 90],
    ["cent", 100],
    ["cents", 100],
    ["mille", 1000],
    ["mil", 1000],
  ]),
  en: new Map([
    ["zero", 0],
    ["one", 1],
    ["two", 2],
    ["three", 3],
    ["four", 4],
    ["five", 5],
    ["six", 6],
    ["seven", 7],
    ["eight", 8],
    ["nine", 9],
    ["ten", 10],
    ["eleven", 11],
    ["twelve", 12],
    ["thirteen", 13],
    ["fourteen", 14],
    ["fifteen", 15],
    ["sixteen", 16],
    ["seventeen", 17],
    ["eighteen", 18],
    ["nineteen", 19],
    ["twenty", 20],
    ["thirty", 30],
    ["forty", 40],
    ["fourty", 40],
    ["fifty", 50],
    ["sixty", 60],
    ["seventy", 70],
    ["eighty", 80],
    ["ninety", 90],
    ["hundred", 100],
    ["thousand", 1000],
    ["dozen", 12],
  ]),
};

/** Words that read as 1 only before a scale word ("un milliard", "a billion"): alone they are articles. */
export const ARTICLE_ONE: Record<Language, ReadonlySet<string>> = {
  fr: new Set(["un", "une"]),
  en: new Set(["one", "a", "an"]),
};

/** Ordinals that count one unit before a power word ("le premier gigawatt", "the first gigawatt"). */
export const ORDINAL_ONE: Record<Language, ReadonlySet<string>> = {
  fr: new Set(["premier", "première"]),
  en: new Set(["first"]),
};

/**
 * The words before a bare number that say it counts chips: a chip count brought to a figure ("double
 * its GPU count to 200,000", « porter son nombre de GPU à 200 000 ») or a share of chips named in the
 * clause's lead ("Of the total GPUs, 104,000 go to Texas", « Sur ces puces, 60 000 iront au Texas »).
 */
export const CHIP_COUNT_BEFORE: Record<Language, RegExp> = {
  fr: /(?:(?<!\p{L})(?:nombre|parc|flotte|total)\s+(?:de\s+|d['’]\s*)(?:GPU|puces|processeurs\s+graphiques|accélérateurs)\s+(?:à|de|d['’]|jusqu['’]à)\s*|(?<!\p{L})(?:sur|parmi)\s+(?:ces|les|leurs|ses|le\s+total\s+des|l['’]ensemble\s+des)\s+(?:[\p{L}-]+\s+)?(?:GPU|puces|processeurs\s+graphiques|accélérateurs)\s*,\s*)$/iu,
  en: /(?:(?<!\p{L})(?:GPU|chip|accelerator)s?\s+(?:count|fleet|tally)\s+(?:to|of|at|from|reaching)\s+|(?<!\p{L})number\s+of\s+(?:GPUs|chips|accelerators)\s+(?:to|at)\s+|(?<!\p{L})of\s+(?:the|its|their|these|those|all)\s+(?:[\p{L}-]+\s+)?(?:GPUs|chips|accelerators)\s*,\s*)$/iu,
};

/**
 * A count set beside the chips it counts, after a comma and an optional hedge ("access to advanced
 * chips, as many as 300,000", « l'accès à des puces avancées, jusqu'à 300 000 »).
 */
export const CHIP_COUNT_APPOSED: Record<Language, RegExp> = {
  fr: /(?<!\p{L})(?:GPU|puces|processeurs|accélérateurs)(?:\s+[\p{L}-]+){0,2}\s*,\s*(?:jusqu['’]à\s+|environ\s+|près\s+de\s+|plus\s+de\s+|quelque\s+)?$/iu,
  en: /(?<!\p{L})(?:GPUs|chips|processors|accelerators)\s*,\s*(?:as\s+many\s+as\s+|up\s+to\s+|about\s+|around\s+|roughly\s+|nearly\s+|some\s+|more\s+than\s+)?$/iu,
};

/**
 * The nouns a singular chip word may qualify, the compound counting the chips ("2 million AI
 * accelerator engines", "30,000 chip systems", « 5 000 cartes accélératrices » is French's own order).
 */
export const CHIP_COMPOUND_HEADS: ReadonlySet<string> = new Set([
  "systems",
  "engines",
  "cards",
  "boards",
  "modules",
  "packages",
]);

/** A chip word in the singular, qualifying a compound's head noun ("accelerator engines"). */
export const CHIP_WORDS_SINGULAR: ReadonlySet<string> = new Set(["chip", "accelerator", "processor"]);

/**
 * Adjectives French writes between the number and its scale word ("les 5 autres milliards", "ses 10
 * premiers millions", "3 nouveaux milliards"); English puts them before the number ("the other 5 billion").
 */
export const ADJECTIVES_BEFORE_SCALE: Record<Language, ReadonlySet<string>> = {
  fr: new Set(["autres", "premiers", "derniers", "prochains", "nouveaux"]),
  en: new Set(),
};

/**
 * A definite article before a lone scale word makes it one of that scale, as a threshold
 * ("dépasser le million de puces", "la barre du milliard d'utilisateurs", "pass the billion users").
 */
export const DEFINITE_BEFORE_SCALE: Record<Language, ReadonlySet<string>> = {
  fr: new Set(["le", "du"]),
  en: new Set(["the"]),
};
export const SINGULAR_SCALES: Record<Language, ReadonlySet<string>> = {
  fr: new Set(["million", "milliard"]),
  en: new Set(["million", "billion"]),
};

export interface ScaleWord {
  factor: number;
  /** A single letter ("M", "B", "k") is a scale only attached to the digits or beside a currency. */
  letter: boolean;
  /** "trillion" in French: 10^18, or the English calque 10^12 before a currency. */
  calque?: boolean;
  /** French "billion": the long scale, 10^12. */
  longScale?: boolean;
}

const W = (factor: number): ScaleWord => ({ factor, letter: false });
const L = (factor: number): ScaleWord => ({ factor, letter: true });

/**
 * Parts of a scale word: "half a trillion", "a quarter million", "three quarters billion",
 * "un demi-milliard". The value multiplies the scale that must follow.
 */
export const SCALE_FRACTIONS: Record<Language, ReadonlyMap<string, number>> = {
  fr: new Map([
    ["demi", 0.5],
    ["quart", 0.25],
  ]),
  en: new Map([
    ["half", 0.5],
    ["quarter", 0.25],
    ["quarters", 0.25],
  ]),
};

/**
 * Words that may stand between a bare count and the chips it counts ("18,000 of its GB300 chips",
 * "60,400 of Nvidia's A100 chips", "one million of its tensor processing units"), beside model
 * names (capitalised words and digits) and possessives.
 */
export const CHIP_MODIFIERS: ReadonlySet<string> = new Set([
  "of",
  "de",
  "d",
  "its",
  "their",
  "the",
  "ses",
  "leurs",
  "own",
  "latest",
  "new",
  "ai",
  "ia",
  "and",
  "et",
  "graphics",
  "tensor",
  "nouvelles",
  "dernières",
  "cutting-edge",
  "advanced",
  "high-end",
  "high-performance",
  "next-generation",
  "next-gen",
  "additional",
  "custom",
  "specialized",
  "specialised",
]);

/**
 * After "un gigawatt", "a gigawatt": a cost follows, so the gigawatt is the base of a rate ("un
 * gigawatt coûte 50 milliards"), not a quantity of its own.
 */
export const COST_OF_ONE =
  /^[^.;!?]{0,60}?(?<!\p{L})(?:co[uû]t|cost|repr[ée]sent|requir|n[ée]cessit|vaut|worth)/iu;

/** Before "un gigawatt": "le prix d'", "the cost of" — the gigawatt is what a price is given for. */
export const PRICE_OF = /(?:prix|co[uû]ts?|price|cost)\s+(?:d['’]|de\s+|of\s+)$/iu;

/** A weekly pace written later in the clause ("a gigawatt of new capacity every week"). */
export const WEEKLY_PACE =
  /^[^.;!?,]{0,50}?(?<!\p{L})(?:every|each|per|a|par|chaque)\s+(?:week|semaine)(?!\p{L})/iu;

/** Scale words, matched on the word as written (case matters for the one-letter forms). */
export const SCALES: Record<Language, ReadonlyMap<string, ScaleWord>> = {
  fr: new Map<string, ScaleWord>([
    ["mille", W(1e3)],
    ["milliers", W(1e3)],
    ["million", W(1e6)],
    ["millions", W(1e6)],
    ["mn", W(1e6)],
    ["mln", W(1e6)],
    ["milliard", W(1e9)],
    ["milliards", W(1e9)],
    ["md", W(1e9)],
    ["mds", W(1e9)],
    ["mrd", W(1e9)],
    ["mrds", W(1e9)],
    ["billion", { factor: 1e12, letter: false, longScale: true }],
    ["billions", { factor: 1e12, letter: false, longScale: true }],
    ["trillion", { factor: 1e18, letter: false, calque: true }],
    ["trillions", { factor: 1e18, letter: false, calque: true }],
    ["bn", W(1e9)],
    ["tn", W(1e12)],
    ["k", L(1e3)],
    ["m", L(1e6)],
    ["g", L(1e9)],
    ["b", L(1e9)],
    ["t", L(1e12)],
  ]),
  en: new Map<string, ScaleWord>([
    ["thousand", W(1e3)],
    ["thousands", W(1e3)],
    ["million", W(1e6)],
    ["millions", W(1e6)],
    ["mn", W(1e6)],
    ["mln", W(1e6)],
    ["mm", W(1e6)],
    ["billion", W(1e9)],
    ["billions", W(1e9)],
    ["bn", W(1e9)],
    ["bln", W(1e9)],
    ["hundred", W(1e2)],
    ["trillion", W(1e12)],
    ["trillions", W(1e12)],
    ["tn", W(1e12)],
    ["trn", W(1e12)],
    ["k", L(1e3)],
    ["m", L(1e6)],
    ["b", L(1e9)],
    ["t", L(1e12)],
  ]),
};

/**
 * Short scale forms written glued before a currency code ("30 MUSD", "12,5 MdsUSD", "4 bnEUR"),
 * as the power of ten they carry. Letters that are also a code's own start ("BUSD") are left out.
 */
export const SCALES_GLUED_TO_CODE: ReadonlyMap<string, number> = new Map([
  ["k", 3],
  ["K", 3],
  ["M", 6],
  ["Mn", 6],
  ["mn", 6],
  ["Md", 9],
  ["Mds", 9],
  ["Mrd", 9],
  ["Mrds", 9],
  ["bn", 9],
  ["Bn", 9],
]);

/** Plural scale words that make a vague amount on their own ("des milliards", "billions of"). */
export const VAGUE_SCALES: Record<Language, ReadonlyMap<string, number>> = {
  fr: new Map([
    ["milliers", 1e3],
    ["millions", 1e6],
    ["milliards", 1e9],
    ["billions", 1e12],
  ]),
  en: new Map([
    ["thousands", 1e3],
    ["millions", 1e6],
    ["billions", 1e9],
    ["trillions", 1e12],
  ]),
};

/** Multiples of a scale in a vague amount ("des dizaines de", "hundreds of"). */
export const VAGUE_MULTIPLES: Record<Language, ReadonlyMap<string, number>> = {
  fr: new Map([
    ["dizaines", 10],
    ["vingtaine", 10],
    ["centaines", 100],
    ["milliers", 1000],
  ]),
  en: new Map([
    ["tens", 10],
    ["dozens", 10],
    ["hundreds", 100],
    ["thousands", 1000],
  ]),
};

/** Determiners that open a vague amount ("des", "plusieurs", "several"). */
export const VAGUE_OPENERS: Record<Language, ReadonlySet<string>> = {
  fr: new Set(["des", "plusieurs", "quelques", "de"]),
  en: new Set(["several", "few", "many", "multiple"]),
};

/** One-word vague amounts ("accords multimilliardaires", "a multibillion deal"). */
export const VAGUE_WORDS: Record<Language, ReadonlyMap<string, number>> = {
  fr: new Map([
    ["multimilliardaire", 1e9],
    ["multimilliardaires", 1e9],
    ["multi-milliardaire", 1e9],
    ["multi-milliardaires", 1e9],
    ["plurimilliardaire", 1e9],
    ["plurimilliardaires", 1e9],
    ["multimillionnaire", 1e6],
    ["multimillionnaires", 1e6],
  ]),
  en: new Map([
    ["multibillion", 1e9],
    ["multi-billion", 1e9],
    ["multimillion", 1e6],
    ["multi-million", 1e6],
    ["multitrillion", 1e12],
    ["multi-trillion", 1e12],
  ]),
};

export interface UnitWord {
  unit: string;
  /** Multiplier from the written number to the unit (MW -> GW: 0.001; % -> fraction: 0.01). */
  factor: number;
  currency: boolean;
}

const cur = (unit: string): UnitWord => ({ unit, factor: 1, currency: true });
const cnt = (unit: string, factor = 1): UnitWord => ({ unit, factor, currency: false });

/** A currency's hundredth, by language ("one cent", "50 cents"; "50 centimes"): French "cent" is a number. */
export const SUBUNIT_WORDS: Record<Language, ReadonlyMap<string, string>> = {
  fr: new Map([
    ["centime", "EUR"],
    ["centimes", "EUR"],
  ]),
  en: new Map([
    ["cent", "USD"],
    ["cents", "USD"],
  ]),
};

/** Unit words after the number (lower case); a currency's adjective is looked up in CURRENCY_ADJECTIVES. */
export const UNIT_WORDS: ReadonlyMap<string, UnitWord> = new Map<string, UnitWord>([
  ["dollars", cur("USD")],
  ["dollar", cur("USD")],
  ["euros", cur("EUR")],
  ["euro", cur("EUR")],
  ["livres", cur("GBP")],
  ["livre", cur("GBP")],
  ["pounds", cur("GBP")],
  ["pound", cur("GBP")],
  ["yens", cur("JPY")],
  ["yen", cur("JPY")],
  ["yuans", cur("CNY")],
  ["yuan", cur("CNY")],
  ["renminbi", cur("CNY")],
  ["rmb", cur("CNY")],
  ["roupies", cur("INR")],
  ["rupees", cur("INR")],
  ["rupee", cur("INR")],
  ["wons", cur("KRW")],
  ["ringgit", cur("MYR")],
  ["francs", cur("CHF")],
  ["franc", cur("CHF")],
  ["gw", cnt("GW")],
  ["gigawatts", cnt("GW")],
  ["gigawatt", cnt("GW")],
  // "a gigawatt-scale cluster": one gigawatt, as the head of a compound adjective
  ["gigawatt-scale", cnt("GW")],
  ["gigawatt-class", cnt("GW")],
  ["mw", cnt("GW", 1e-3)],
  ["mégawatts", cnt("GW", 1e-3)],
  ["mégawatt", cnt("GW", 1e-3)],
  ["megawatts", cnt("GW", 1e-3)],
  ["megawatt", cnt("GW", 1e-3)],
  ["utilisateurs", cnt("users")],
  ["utilisateur", cnt("users")],
  ["users", cnt("users")],
  ["developers", cnt("users")],
  ["développeurs", cnt("users")],
  ["businesses", cnt("customers")],
  ["user", cnt("users")],
  ["clients", cnt("customers")],
  ["client", cnt("customers")],
  ["customers", cnt("customers")],
  ["customer", cnt("customers")],
  ["abonnés", cnt("subscribers")],
  ["abonnes", cnt("subscribers")],
  ["abonné", cnt("subscribers")],
  ["subscribers", cnt("subscribers")],
  ["subscriber", cnt("subscribers")],
  ["subscriptions", cnt("subscribers")],
  ["abonnements", cnt("subscribers")],
  ["gpu", cnt("GPUs")],
  ["gpus", cnt("GPUs")],
  ["tpu", cnt("GPUs")],
  ["tpus", cnt("GPUs")],
  ["puces", cnt("GPUs")],
  ["processeurs", cnt("GPUs")],
  ["accélérateurs", cnt("GPUs")],
  ["chips", cnt("GPUs")],
  ["processors", cnt("GPUs")],
  ["accelerators", cnt("GPUs")],
  ["actions", cnt("shares")],
  ["shares", cnt("shares")],
  ["percent", cnt("fraction", 0.01)],
  // "8 pct": the wire services' abbreviation of percent
  ["pct", cnt("fraction", 0.01)],
  ["pourcent", cnt("fraction", 0.01)],
  ["pourcents", cnt("fraction", 0.01)],
]);

/** Currency qualifiers written after "dollars" ("dollars américains", "dollars canadiens"). */
export const CURRENCY_ADJECTIVES: ReadonlyMap<string, string> = new Map([
  ["américains", "USD"],
  ["us", "USD"],
  ["canadiens", "CAD"],
  ["australiens", "AUD"],
  ["singapouriens", "SGD"],
  ["néo-zélandais", "NZD"],
  ["sterling", "GBP"],
  ["suisses", "CHF"],
  ["indiennes", "INR"],
  ["japonais", "JPY"],
  ["taïwanais", "TWD"],
  ["taiwanais", "TWD"],
  ["hongkongais", "HKD"],
]);

/** Currency qualifiers written before "dollars" ("US dollars", "Canadian dollars"). */
export const CURRENCY_PREFIX_ADJECTIVES: ReadonlyMap<string, string> = new Map([
  ["us", "USD"],
  ["u.s.", "USD"],
  ["american", "USD"],
  ["canadian", "CAD"],
  ["australian", "AUD"],
  ["singapore", "SGD"],
  ["hong", "HKD"],
  ["swiss", "CHF"],
  ["british", "GBP"],
  ["chinese", "CNY"],
  ["japanese", "JPY"],
  ["indian", "INR"],
  ["taiwan", "TWD"],
  ["taiwanese", "TWD"],
  ["korean", "KRW"],
]);

/** ISO 4217 codes recognised when written in capitals beside a number. */
export const ISO_CODES: ReadonlySet<string> = new Set([
  "USD",
  "EUR",
  "GBP",
  "JPY",
  "CNY",
  "CHF",
  "CAD",
  "AUD",
  "NZD",
  "SGD",
  "HKD",
  "INR",
  "KRW",
  "SEK",
  "NOK",
  "DKK",
  "BRL",
  "MXN",
  "AED",
  "SAR",
  "ZAR",
  "RUB",
  "TWD",
  "MYR",
]);

/**
 * Currency abbreviations that are no ISO code, written as a code is, before or after the number
 * ("RMB 33.4 billion", "Rmb50bn", "12 milliards RMB").
 */
export const CURRENCY_ABBREVIATIONS: ReadonlyMap<string, string> = new Map([
  ["RMB", "CNY"],
  ["Rmb", "CNY"],
  // "NTD 2.1 billion", « 2.060 milliards de NTD »: the New Taiwan dollar
  ["NTD", "TWD"],
  // "RM91.46 billion": the Malaysian ringgit
  ["RM", "MYR"],
]);

/** The currency a code written beside a number stands for: an ISO code, or an abbreviation of one. */
export function currencyOfCode(raw: string): string | null {
  return ISO_CODES.has(raw) ? raw : (CURRENCY_ABBREVIATIONS.get(raw) ?? null);
}

/** Currency symbols, and the letters that may stand before "$" ("US$", "C$", "HK$"). */
export const CURRENCY_SYMBOLS: ReadonlyMap<string, string> = new Map([
  ["$", "USD"],
  ["€", "EUR"],
  ["£", "GBP"],
  ["¥", "JPY"],
  ["₹", "INR"],
  ["₩", "KRW"],
]);
export const DOLLAR_PREFIXES: ReadonlyMap<string, string> = new Map([
  ["US", "USD"],
  ["U.S.", "USD"],
  ["C", "CAD"],
  ["CA", "CAD"],
  ["A", "AUD"],
  ["AU", "AUD"],
  ["S", "SGD"],
  ["SG", "SGD"],
  ["HK", "HKD"],
  ["NZ", "NZD"],
  ["NT", "TWD"],
  // "T$2.6 trillion": the Taiwan dollar as Taipei's wires write it
  ["T", "TWD"],
  ["R", "BRL"],
]);

/** What a rate is counted per: "par gigawatt", "per month", "/mois". */
export const RATE_WORDS: ReadonlyMap<string, "GW" | "MW" | "month" | "share" | "week" | "dollar"> = new Map([
  ["gigawatt", "GW"],
  ["gigawatts", "GW"],
  ["gw", "GW"],
  ["megawatt", "MW"],
  ["megawatts", "MW"],
  ["mégawatt", "MW"],
  ["mégawatts", "MW"],
  ["mw", "MW"],
  ["mois", "month"],
  ["month", "month"],
  ["mo", "month"],
  ["mth", "month"],
  ["action", "share"],
  ["share", "share"],
  ["semaine", "week"],
  ["week", "week"],
  ["dollar", "dollar"],
]);
export const RATE_LINKS: ReadonlySet<string> = new Set(["par", "per", "a", "/", "each"]);

/**
 * Who a subscription price is counted per, between the currency and the month: "$30 per user per
 * month", "£32/seat/mo", « 25 € par utilisateur et par mois ».
 */
export const PER_HEAD_WORDS: ReadonlySet<string> = new Set([
  "user",
  "seat",
  "member",
  "licence",
  "license",
  "employee",
  "utilisateur",
  "siège",
  "poste",
  "salarié",
]);

export type HedgeBound = "approx" | "at_least" | "at_most" | "up_to";

/**
 * Hedges written before the number, as word sequences (apostrophes are their own token). The
 * longest matching phrase wins ("pas plus de" before "plus de").
 */
export const HEDGES_BEFORE: Record<Language, ReadonlyArray<readonly [string, HedgeBound]>> = {
  fr: [
    ["environ", "approx"],
    ["près de", "approx"],
    ["près d '", "approx"],
    ["quelque", "approx"],
    ["autour de", "approx"],
    ["autour d '", "approx"],
    ["presque", "approx"],
    ["approximativement", "approx"],
    ["à peu près", "approx"],
    ["aux alentours de", "approx"],
    ["de l ' ordre de", "approx"],
    ["grosso modo", "approx"],
    // "avoisiner": to come close to, « devraient avoisiner 200 milliards »
    ["avoisiner", "approx"],
    ["avoisine", "approx"],
    ["avoisinent", "approx"],
    ["avoisinera", "approx"],
    ["avoisineront", "approx"],
    ["avoisinerait", "approx"],
    ["avoisineraient", "approx"],
    ["avoisinant", "approx"],
    ["~", "approx"],
    ["≈", "approx"],
    ["plus de", "at_least"],
    ["plus d '", "at_least"],
    ["au moins", "at_least"],
    ["au minimum", "at_least"],
    ["ne dépasse pas", "at_most"],
    ["ne dépassent pas", "at_most"],
    ["ne dépassera pas", "at_most"],
    ["ne dépasseront pas", "at_most"],
    ["ne dépasserait pas", "at_most"],
    ["ne dépasseraient pas", "at_most"],
    ["ne devrait pas dépasser", "at_most"],
    ["ne devraient pas dépasser", "at_most"],
    ["ne pas dépasser", "at_most"],
    ["sans dépasser", "at_most"],
    ["dépasser", "at_least"],
    ["atteindre ou dépasser", "at_least"],
    ["pouvant dépasser", "at_least"],
    ["dépasse", "at_least"],
    ["dépassent", "at_least"],
    ["dépassera", "at_least"],
    ["dépasseront", "at_least"],
    ["dépasserait", "at_least"],
    ["dépassant", "at_least"],
    ["dépassé", "at_least"],
    ["dépassée", "at_least"],
    ["dépassés", "at_least"],
    ["dépassait", "at_least"],
    ["dépassaient", "at_least"],
    ["dépasseraient", "at_least"],
    ["franchir la barre des", "at_least"],
    ["franchir la barre de", "at_least"],
    ["dépasser la barre des", "at_least"],
    ["la barre des", "at_least"],
    ["supérieur à", "at_least"],
    ["supérieure à", "at_least"],
    ["supérieurs à", "at_least"],
    ["supérieures à", "at_least"],
    ["au-delà de", "at_least"],
    ["au-delà d '", "at_least"],
    ["excéder", "at_least"],
    ["excède", "at_least"],
    ["pas moins de", "at_least"],
    ["pas moins d '", "at_least"],
    ["moins de", "at_most"],
    ["moins d '", "at_most"],
    ["pas plus de", "at_most"],
    ["pas plus d '", "at_most"],
    ["au plus", "at_most"],
    ["au maximum", "at_most"],
    ["inférieur à", "at_most"],
    ["inférieure à", "at_most"],
    ["inférieurs à", "at_most"],
    ["inférieures à", "at_most"],
    ["jusqu ' à", "up_to"],
    ["pouvant atteindre", "up_to"],
    // le plafond d'un projet : « 50 MW, extensible à 90 MW »
    ["extensible à", "up_to"],
    ["extensibles à", "up_to"],
    ["extensible jusqu ' à", "up_to"],
    ["pourrait atteindre", "up_to"],
    ["pourrait porter le total à", "up_to"],
    ["pourraient porter le total à", "up_to"],
    ["pourrait le porter à", "up_to"],
    ["pourraient atteindre", "up_to"],
    ["pouvant aller jusqu ' à", "up_to"],
    ["pourrait aller jusqu ' à", "up_to"],
    ["pourrait monter à", "up_to"],
    ["pourraient monter à", "up_to"],
    ["pourrait grimper à", "up_to"],
    ["pourraient grimper à", "up_to"],
    ["pourrait s ' élever à", "up_to"],
    ["pourraient s ' élever à", "up_to"],
  ],
  en: [
    ["about", "approx"],
    ["around", "approx"],
    ["roughly", "approx"],
    ["approximately", "approx"],
    ["approx", "approx"],
    ["nearly", "approx"],
    ["almost", "approx"],
    ["some", "approx"],
    ["circa", "approx"],
    ["close to", "approx"],
    ["in the region of", "approx"],
    ["in the neighborhood of", "approx"],
    ["in the neighbourhood of", "approx"],
    ["on the order of", "approx"],
    ["of the order of", "approx"],
    ["approaching", "approx"],
    ["~", "approx"],
    ["≈", "approx"],
    ["more than", "at_least"],
    ["over", "at_least"],
    ["above", "at_least"],
    ["at least", "at_least"],
    ["exceeding", "at_least"],
    ["top", "at_least"],
    ["topped", "at_least"],
    ["surpassed", "at_least"],
    ["climbed past", "at_least"],
    ["rose past", "at_least"],
    ["passed", "at_least"],
    ["surpass", "at_least"],
    ["the mark of", "at_least"],
    ["exceed", "at_least"],
    ["exceeds", "at_least"],
    ["exceeded", "at_least"],
    ["crossed", "at_least"],
    ["surpassing", "at_least"],
    ["topping", "at_least"],
    ["in excess of", "at_least"],
    ["upwards of", "at_least"],
    ["north of", "at_least"],
    ["greater than", "at_least"],
    ["no less than", "at_least"],
    ["not less than", "at_least"],
    ["no fewer than", "at_least"],
    ["not fewer than", "at_least"],
    ["less than", "at_most"],
    ["fewer than", "at_most"],
    ["under", "at_most"],
    ["below", "at_most"],
    ["at most", "at_most"],
    ["no more than", "at_most"],
    ["not exceed", "at_most"],
    ["not to exceed", "at_most"],
    ["not exceeding", "at_most"],
    ["not more than", "at_most"],
    ["up to", "up_to"],
    // a plan's ceiling: "50 MW, scalable to 90 MW", "able to scale to 120,000"
    ["scalable to", "up_to"],
    ["expandable to", "up_to"],
    ["scale to", "up_to"],
    ["scale up to", "up_to"],
    ["scaling to", "up_to"],
    ["expand to", "up_to"],
    ["could reach", "up_to"],
    ["could top", "up_to"],
    ["could rise to", "up_to"],
    ["could take the total to", "up_to"],
    ["could bring the total to", "up_to"],
    ["could lift the total to", "up_to"],
    ["could take it to", "up_to"],
    ["could bring it to", "up_to"],
    ["could climb to", "up_to"],
    ["could hit", "up_to"],
    ["might reach", "up_to"],
    ["may reach", "up_to"],
    ["as much as", "up_to"],
    ["as many as", "up_to"],
    ["as high as", "up_to"],
  ],
};

/** Hedges written after the number and its unit ("10 milliards ou plus", "100 or more"). */
export const HEDGES_AFTER: Record<Language, ReadonlyArray<readonly [string, HedgeBound]>> = {
  fr: [
    ["ou plus", "at_least"],
    ["et plus", "at_least"],
    ["au moins", "at_least"],
    ["au minimum", "at_least"],
    ["au plus", "at_most"],
    ["au maximum", "at_most"],
    ["environ", "approx"],
  ],
  en: [
    ["or more", "at_least"],
    ["and more", "at_least"],
    ["and up", "at_least"],
    ["at least", "at_least"],
    ["or less", "at_most"],
    ["at most", "at_most"],
    ["or so", "approx"],
  ],
};

/** Words before an amount that open a range ("entre A et B", "de A à B"), with the connector they take. */
export const RANGE_OPENERS: Record<Language, ReadonlyMap<string, ReadonlySet<string>>> = {
  fr: new Map([
    ["entre", new Set(["et"])],
    ["de", new Set(["à"])],
    ["d '", new Set(["à"])],
  ]),
  en: new Map([
    ["between", new Set(["and"])],
    ["from", new Set(["to"])],
  ]),
};

/**
 * Words of change before "from A to B" / "de A à B": A is the old value and B the new one, not the
 * ends of a range ("net losses widened from …", "les pertes passent de … à …"). After most French
 * ones "de" may give the size of the change instead ("en hausse de 5 à 7 %"), so they count only
 * for amounts that are no percentage (`amounts`); passer, porter, ramener always name the old value.
 */
export const CHANGE_WORDS: Record<
  Language,
  { always: RegExp; amounts: RegExp; withObject: RegExp; notBefore: ReadonlySet<string> }
> = {
  fr: {
    always:
      /^(?:pass(?:e|es|ent|é|ée|és|ées|ant|er|era|eront|erait|eraient|age)|port(?:e|ent|é|ée|és|ées|ant|er|era|eront|erait)|ram[eè]n(?:e|ent|é|ée|és|ées|ant|er|era)|(?:doubl|tripl|quadrupl|décupl)(?:e|ent|é|ée|és|ées|ant|er|era|eront|ait|aient)|multipli(?:e|ent|é|ée|és|ées|ant|er|era|eront|ait|aient))$/u,
    amounts:
      /^(?:rel[eè]v(?:e|ent|é|ée|és|ées|ant|er|era|ement)|rehauss\p{L}*|hauss\p{L}*|augment\p{L}*|accro[iî]\p{L}*|accru(?:e|es|s)?|progress\p{L}*|cro[iî]t|croissent|cr[uû]|croissance|grimp\p{L}*|bond(?:it|i|issent|ir)|envol\p{L}*|gonfl\p{L}*|baiss\p{L}*|abaiss\p{L}*|recul\p{L}*|chut\p{L}*|diminu\p{L}*|rédui(?:t|ts|te|tes|sent|re|ra|sant)|réduction|revu(?:e|es|s)?|revoi(?:t|ent|r))$/u,
    withObject: /^$/u,
    notBefore: new Set(["sur"]),
  },
  en: {
    always:
      /^(?:ris(?:e|es|en|ing)|rose|increas(?:e|es|ed|ing)|gr(?:ow|ows|ew|own|owing|owth)|climb(?:s|ed|ing)?|jump(?:s|ed|ing)?|surg(?:e|es|ed|ing)|soar(?:s|ed|ing)?|leap(?:s|t|ed|ing)?|swell(?:s|ed|ing)?|balloon(?:s|ed|ing)?|rais(?:e|es|ed|ing)|lift(?:s|ed|ing)?|boost(?:s|ed|ing)?|hik(?:e|es|ed|ing)|cut(?:s|ting)?|lower(?:s|ed|ing)?|reduc(?:e|es|ed|ing|tion)|trim(?:s|med|ming)?|slash(?:es|ed|ing)?|drop(?:s|ped|ping)?|f(?:all|alls|ell|allen|alling)|declin(?:e|es|ed|ing)|decreas(?:e|es|ed|ing)|shr(?:ink|inks|ank|unk|inking)|narrow(?:s|ed|ing)?|widen(?:s|ed|ing)?|expand(?:s|ed|ing)?|revis(?:e|es|ed|ing|ion)|went|go(?:es|ne)?|moved?|swung|swing(?:s|ing)?|(?:doubl|tripl|quadrupl)(?:e|es|ed|ing)|multipli(?:ed|es)|multiply(?:ing)?|halv(?:e|es|ed|ing))$/u,
    amounts: /^$/u,
    withObject: /^rais(?:e|es|ed|ing)$/u,
    notBefore: new Set(["on"]),
  },
};

/**
 * Words before an amount that make it the size of a change ("rose by $2 billion to $9 billion"):
 * a "to" after it leads to the new value, not to a range's high end.
 */
export const CHANGE_SIZE_OPENERS: Record<Language, ReadonlySet<string>> = {
  fr: new Set(),
  en: new Set(["by"]),
};

/** Connectors that make a range without an opener ("50 à 60 milliards", "50 to 60 billion"). */
export const BARE_RANGE_CONNECTORS: Record<Language, ReadonlySet<string>> = {
  fr: new Set(["à"]),
  en: new Set(["to"]),
};

/**
 * Words offering two neighbouring figures as one estimate ("$97 or $98 billion", « 3 ou 4
 * gigawatts »): a range when the second end is above the first and at most twice it.
 */
export const ALTERNATIVE_CONNECTORS: Record<Language, ReadonlySet<string>> = {
  fr: new Set(["ou"]),
  en: new Set(["or"]),
};

/** Nouns after "fois"/"times" that make a valuation multiple ("dix fois le chiffre d'affaires"). */
export const MULTIPLE_NOUNS: ReadonlySet<string> = new Set([
  "chiffre",
  "revenus",
  "ventes",
  "ca",
  "bénéfices",
  "revenue",
  "revenues",
  "sales",
  "earnings",
  "arr",
  "run-rate",
]);
export const MULTIPLE_WORDS: ReadonlySet<string> = new Set(["fois", "times"]);

/** Month names: a day number beside one is a date, not a quantity. */
export const MONTHS: ReadonlySet<string> = new Set(Object.keys(ALL_MONTHS));

/** Adjectives that may stand between a number and its count noun ("800 million weekly active users"). */
export const COUNT_ADJECTIVES: ReadonlySet<string> = new Set([
  "weekly",
  "monthly",
  "daily",
  "active",
  "paying",
  "paid",
  "business",
  "enterprise",
  "corporate",
  "new",
  "total",
  "consumer",
  "registered",
  "individual",
  "nouveaux",
  "nouvelles",
  "grands",
  "grandes",
  "gros",
  "large",
]);

/**
 * Words one letter away from a scale word that are words of their own ("gold bullion", "a pillion
 * seat"): never read as a misspelled scale.
 */
export const SCALE_LOOKALIKES: ReadonlySet<string> = new Set([
  "bullion",
  "bullions",
  "billon",
  "billons",
  "pillion",
  "pillions",
  "mullion",
  "mullions",
  "hundreds",
]);

/**
 * The time a change took, right after "from A to B" / « de A à B » ("in 39 months", « en sept ans »):
 * the figures are two points of a path, not the ends of one range. A horizon ("over the next five
 * years", « au cours des cinq prochaines années ») bounds a cumulative amount and is not listed.
 */
export const CHANGE_DURATION_AFTER: Record<Language, RegExp> = {
  fr: /^[\s\u00a0\u202f]*(?:,\s*)?en\s+(?:(?:seulement|à\s+peine|moins\s+de|environ|près\s+de)\s+)?(?:\d+|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|quinze|vingt)\s+(?:mois|ans|années|semaines|trimestres|jours)(?!\p{L})/iu,
  en: /^[\s\u00a0\u202f]*(?:,\s*)?(?:in|within)\s+(?:(?:just|only|about|nearly|roughly|less\s+than|under)\s+)?(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)\s+(?:months?|years?|weeks?|quarters?|days?)(?!\p{L})/iu,
};

/**
 * Words just before a unit of currency that a ratio is counted against ("for every $1 it earns",
 * "for each dollar of sales", « pour chaque euro gagné », « par dollar de revenus »): that "$1" is the
 * ratio's base, no amount of its own.
 */
export const RATIO_BASE_BEFORE: Record<Language, RegExp> = {
  fr: /(?<!\p{L})(?:pour\s+chaque|par|chaque)[\s\u00a0\u202f]*$/iu,
  en: /(?<!\p{L})(?:for\s+(?:every|each)|per|every|each)[\s\u00a0\u202f]*$/iu,
};
