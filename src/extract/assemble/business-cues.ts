import { BUSINESS_LINE, METRIC_RULES, TRADE_WORDS, tradeNouns, wordsOfAim } from "../lexicon.js";
import { escapeRegExp, matchesIn, nextMatch } from "../patterns.js";
import { findNameStarts, matchesStartingAt, type NameStarts } from "./name-starts.js";

/**
 * Cues that a capitalised name the gazetteer does not know is a company because of what the text
 * says it does or owns: the subject of a verb of corporate finance ("Polymarket secured $2 billion",
 * "Zorbex a levé"), the owner of a corporate figure ("Zorbex's valuation", "le chiffre d'affaires
 * de Zorbex"), or the head of a list item that carries a figure ("Zorbex (1 Md€)", "- Zorbex: $2bn").
 * Each pattern captures the name in its numbered groups; the caller screens every capture.
 */

/** One or more capitalised words ("Polymarket", "Safe Superintelligence"); a digit may end one ("Data4"). */
const NAME = "(\\p{Lu}[\\p{L}\\p{N}&-]*(?:[ \\u00a0]\\p{Lu}[\\p{L}\\p{N}&-]*){0,3})";

const SPACE = "[ \\u00a0]+";

/** Auxiliaries and adverbs between a subject and its verb: "has also raised", "a déjà levé". */
export const AUXILIARIES = `(?:(?:has|have|had|also|just|recently|now|then|each|together|a|avait|aurait|vient${SPACE}d['’]|vient${SPACE}de|va|vont|ont|ont${SPACE}chacune?|chacune?|également|aussi|déjà|récemment)${SPACE}){0,3}`;

/**
 * "a annoncé mardi le rachat de", "a finalisé l'acquisition", "announced a $2 billion investment":
 * announcing is what people do too, but announcing a purchase, an investment or a build is a
 * company's act (a person's name is screened apart).
 */
const ANNOUNCED_CORPORATE_ACT = `(?:annonc[ée]|finalis[ée]|conclu|nou[ée]|scell[ée]|paraph[ée]|struck|strikes|clinched|sealed|d[ée]voil[ée]|officialis[ée]|confirm[ée]|announced|completed|finali[sz]ed|unveiled|confirmed)${SPACE}(?:\\p{L}+${SPACE}){0,2}?(?:(?:le|la|les|un|une|son|sa|ses|the|an?|its)${SPACE}|l['’])(?:[^.;:\\n]{0,30}?${SPACE})?(?:rachat|acquisition|construction|investissement|achat|cession|contrat|accord|partenariat|purchase|investment|deal|contract|agreement|partnership|takeover)`;

/**
 * "is in talks to raise", "is seeking to borrow", "serait en discussions pour lever", "cherche à
 * lever", "s'apprête à investir", « vise à lever »: a frame of talks or intent before a verb of
 * corporate finance (the words of aim are lexicon.ts's WORDS_OF_AIM).
 */
const INTENT_TO_FINANCE = `(?:(?:(?:is|are|was|were)${SPACE}(?:(?:also|now|reportedly|already)${SPACE})?(?:in${SPACE}(?:early${SPACE}|advanced${SPACE})?(?:talks|discussions|negotiations)${SPACE}to|(?:seeking|looking|aiming|preparing|planning|hoping|trying|set|poised|expected)${SPACE}to)|(?:seeks|aims|hopes|intends|expects|wants|is${SPACE}set)${SPACE}to)${SPACE}(?:raise|borrow|invest|spend|secure|acquire|buy|build)|(?:(?:est|serait|était|sont|seraient)${SPACE}en${SPACE}(?:discussions?|n[ée]gociations?|pourparlers)${SPACE}(?:pour${SPACE}|afin${SPACE}d(?:e${SPACE}|['’]))|(?:cherche|s['’]appr[êe]te|songe)${SPACE}à${SPACE}|${wordsOfAim("intent", ["fr"], SPACE)}|(?:compte|espère|veut|souhaite|entend|pourrait|devrait)${SPACE}|(?:envisage|projette|pr[ée]voit|d[ée]cid[ée])${SPACE}d(?:e${SPACE}|['’]))(?:lever|emprunter|investir|d[ée]penser|acqu[ée]rir|racheter|obtenir|boucler))`;

/**
 * A change, forecast or aim of a corporate figure, or money about to be raised or spent: "lifted its
 * capex by", « a relevé ses investissements de », "expects revenue of",
 * "is targeting a valuation", "forecasts sales", « vise un chiffre d'affaires », « table sur une
 * valorisation », "will spend", « va lever », « est sur le point d'obtenir », "opened a funding round".
 */
const FORECAST_OF_FIGURE = `(?:(?:(?:lifted|boosted|increased|raised|cut|trimmed|lowered|reduced|hiked)${SPACE}(?:its|their)|(?:relev[ée]|augment[ée]|accru|r[ée]duit|abaiss[ée]|rehauss[ée])${SPACE}(?:son|sa|ses|leur|leurs)|expects|forecasts|projects|guides${SPACE}for|${wordsOfAim("figure", ["en", "fr"], SPACE)}|pr[ée]voit|anticipe|projette)${SPACE}(?:(?:an?|the|its|un|une|le|la|son|sa|des|de)${SPACE}|l['’])?(?:[\\p{Ll}-]+${SPACE}){0,2}?(?:revenues?|sales|valuation|capex|capital${SPACE}(?:expenditures?|spending)|chiffre${SPACE}d['’]affaires|valorisation|ventes|revenus|investissements|d[ée]penses${SPACE}d['’]investissement)|will${SPACE}(?:spend|raise)|va${SPACE}(?:lever|investir|d[ée]penser)|l[èe]vera|${wordsOfAim("imminent", ["fr"], SPACE)}(?:obtenir|lever|boucler|investir)|(?:started|opened|launched|kicked${SPACE}off)${SPACE}(?:an?|its)${SPACE}(?:new${SPACE})?(?:funding|financing|fundraising)${SPACE}round|(?:a${SPACE})?lanc[ée]${SPACE}une${SPACE}(?:nouvelle${SPACE})?lev[ée]e${SPACE}de${SPACE}fonds)`;
/** Nouns of a corporate figure a company owns. */
const METRIC_NOUN_EN =
  "(?:valuation|revenues?|sales|funding|(?:quarterly[ \\u00a0]+)?(?:results|earnings|accounts|financials)|cash(?:[ \\u00a0]+(?:reserves|position|pile))?|reserves|run[- \\u00a0]?rate|ARR|annuali[sz]ed[ \\u00a0]+revenue|(?:net[ \\u00a0]+)?losses|(?:cash[ \\u00a0]+)?burn|spending|expenses|costs|debt|commitments|(?:weekly|monthly|active|paying)[ \\u00a0]+(?:users|subscribers)|subscribers|customers|(?:funding|financing|investment|Series[ \\u00a0]+\\p{Lu})[ \\u00a0]+round|market[ \\u00a0]+(?:cap|capitali[sz]ation|value)|capital[ \\u00a0]+expenditures?|capex|IPO|net[ \\u00a0]+(?:loss|income)|operating[ \\u00a0]+(?:profit|income)|backlog|shares|stock)";

const METRIC_NOUN_FR =
  "(?:valorisation|chiffre[ \\u00a0]+d['’]affaires|r[ée]sultats|comptes|tr[ée]sorerie|pertes|revenus|ventes|dette|engagements|utilisateurs[ \\u00a0]+(?:actifs|hebdomadaires|mensuels)|abonn[ée]s[ \\u00a0]+payants|lev[ée]e[ \\u00a0]+de[ \\u00a0]+fonds|capitalisation(?:[ \\u00a0]+boursi[èe]re)?|d[ée]penses[ \\u00a0]+(?:en[ \\u00a0]+capital|d['’]investissement)|b[ée]n[ée]fices?(?:[ \\u00a0]+net)?|perte[ \\u00a0]+nette|introduction[ \\u00a0]+en[ \\u00a0]+[Bb]ourse|tour[ \\u00a0]+de[ \\u00a0]+table)";

/** "Norvane reached a post-money valuation", « Quarkon a atteint un chiffre d'affaires »: a company reaching or reporting its figure (« a enregistré », « a affiché » are verbs of finance on their own). */
const REACHED_FIGURE = `(?:reached|reaches|hit|hits|booked|books|recorded|records|reported|reports|atteint|publi[ée])${SPACE}(?:(?:an?|the|its|un|une|le|la|son|sa|ses|des)${SPACE}|l['’])?(?:[\\p{Ll}-]+${SPACE}){0,2}?(?:${METRIC_NOUN_EN}|${METRIC_NOUN_FR})`;

/** "Halvard will ship 80,000 GPUs", « Brunelle fournira 2 GW de capacité »: a company supplying compute. */
export const SUPPLY_OF_COMPUTE = `(?:(?:will|to)${SPACE})?(?:ships?|deliver(?:s|ed)?|suppl(?:y|ies|ied)|provides?|provided|rents?|leases?|leased)${SPACE}(?:[^.;:\\n]{0,40}?${SPACE})?(?:GPUs|chips|servers|accelerators|capacity|compute|computing${SPACE}power|gigawatts|megawatts)|(?:fournira|fournit|a${SPACE}fourni|livrera|livre|a${SPACE}livr[ée]|louera|loue)${SPACE}(?:[^.;:\\n]{0,40}?${SPACE})?(?:GPU|puces|serveurs|acc[ée]l[ée]rateurs|capacit[ée]s?|puissance${SPACE}de${SPACE}calcul|gigawatts|m[ée]gawatts)`;

/**
 * Verbs whose subject is an organisation that raises, borrows, earns or commits money. Verbs that
 * people take as often as companies ("announced", "said", "a annoncé") are left out.
 */
const FINANCE_VERBS =
  "(?:raised|raises|secured|secures|fetched|bagged|snagged|(?:pulled|hauled|reeled)[ \\u00a0]+in|signed|signs|inked|inks|sign[ée]|signent|closed|closes|landed|lands|borrowed|borrows|obtained|posted|posts|generated|priced|invested|invests|is[ \\u00a0]+investing|plans?[ \\u00a0]+to[ \\u00a0]+(?:invest|raise|spend|build)|(?:expect|intend)[ \\u00a0]+to[ \\u00a0]+(?:invest|spend)|have[ \\u00a0]+committed|will[ \\u00a0]+invest|agreed[ \\u00a0]+to[ \\u00a0]+(?:buy|acquire|invest)|acquired|lev[ée]|l[èe]ve|l[èe]vent|lever|boucler|signer|conclure|obtenir|d[ée]crocher|finaliser|obtenu|obtient|boucl[ée]|r[ée]colt[ée]|d[ée]croch[ée]|r[ée]alis[ée]|enregistr[ée]|engrang[ée]|affich[ée]|investi|investit|investissent|investira|pr[ée]voi(?:t|ent)[ \\u00a0]+d['’](?:investir|injecter)|comptent[ \\u00a0]+investir|investiront|d[ée]pens[ée]|rachet[ée]|rach[èe]te|promis|committed|commits|has[ \\u00a0]+committed|will[ \\u00a0]+(?:pay|spend|commit)|pays|paid|s['’]est[ \\u00a0]+engag[ée]e?s?|s['’]engage(?:nt)?|paiera|versera|a[ \\u00a0]+vers[ée]|" +
  `${ANNOUNCED_CORPORATE_ACT}|${INTENT_TO_FINANCE}|${FORECAST_OF_FIGURE}|${REACHED_FIGURE}|${SUPPLY_OF_COMPUTE})(?![\\p{L}])`;

/** A relative clause, an apposition or a comparison set off by commas after a subject: ", qui compte Meta parmi ses clients,", ", like its rivals,". */
export const INCIDENTAL = `(?:,${SPACE}(?:meanwhile|however|for${SPACE}its${SPACE}part|in${SPACE}turn|pour${SPACE}sa${SPACE}part|de${SPACE}son${SPACE}c[ôo]t[ée]|[àa]${SPACE}son${SPACE}tour|en${SPACE}revanche|elle${SPACE}aussi|lui${SPACE}aussi),|,${SPACE}(?:qui|dont|que|qu['’]|which|who|whose|that|le|la|l['’]|les|un|une|the|an?|like|unlike|comme|tout${SPACE}comme|à${SPACE}l['’]instar${SPACE}d(?:e|u|es|['’]))[^,.;:\\n]{1,80},)?`;

/** A verb of corporate finance right after a subject, its auxiliaries allowed: " have also raised", " a levé". */
export const FINANCE_VERB_AFTER = new RegExp(`^${SPACE}${AUXILIARIES}${FINANCE_VERBS}`, "u");

/** "Polymarket secured", "Zorbex et Quillon ont chacun levé", "Zorbex, qui compte Meta parmi ses clients, a annoncé le rachat": one or two subjects of a finance verb. */
export const SUBJECT_OF_FINANCE_VERB = new RegExp(
  `(?<![\\p{L}\\p{N}'’])${NAME}(?:${SPACE}(?:and|et)${SPACE}${NAME})?${INCIDENTAL}${SPACE}${AUXILIARIES}${FINANCE_VERBS}`,
  "gu",
);

/** "Polymarket's valuation", "Zorbex’s first-quarter revenue". */
export const POSSESSIVE_METRIC = new RegExp(
  `(?<![\\p{L}\\p{N}])${NAME}['’]s?${SPACE}(?:[\\p{Ll}\\p{N}-]+${SPACE}){0,2}${METRIC_NOUN_EN}(?![\\p{L}])`,
  "gu",
);

/** "la valorisation de Zorbex", "le chiffre d'affaires trimestriel de Zorbex". */
export const METRIC_OF_NAME = new RegExp(
  `${METRIC_NOUN_FR}(?:${SPACE}[\\p{Ll}-]+){0,2}${SPACE}(?:de|d['’])[ \\u00a0]*${NAME}(?![\\p{L}\\p{N}])`,
  "gu",
);

/** A figure as written in a list: "$2.5 billion", "2 Md$", "1,2 Md €", "630 M€", "100 millions". */
const FIGURE =
  "(?:[$€£][ \\u00a0]?\\d|\\d[\\d,. \\u00a0]*(?:[ \\u00a0]?(?:Mds?|Md|M|G|billion|million|bn|mn|milliards?|millions?))?[ \\u00a0]?(?:[$€£]|d['’]euros|de[ \\u00a0]+dollars|(?:US)?D|EUR|euros|dollars|billion|million|bn|mn|milliards?|millions?|Mds?|Md|M€|GW|MW))";

/**
 * A list item headed by a name and carrying a figure: a line "1. Zorbex: $2.5bn", "- Zorbex — $2bn",
 * a table row "| Zorbex | 2 Md$ |", or an item of a running list "Zorbex (1 Md€)", "Zorbex, 100 millions".
 */
export const LIST_ITEM = new RegExp(
  `(?:(?:^|\\n)[ \\t]*(?:[-*•–—][ \\t]+|\\d{1,2}[.)][ \\t]+|\\|[ \\t]*)?${NAME}[ \\t]*(?:[:—–|(]|[ \\t]-)[ \\t]*(?:[^|:\\n]{0,24}[|:][ \\t]*)?${FIGURE}|(?<=[,;:][ \\u00a0\\n]*|\\b(?:comme|like|such[ \\u00a0]as|dont|including|et|and|ou|or)[ \\u00a0\\n]+)${NAME}(?:[ \\u00a0\\n]*\\([ \\u00a0]*|,[ \\u00a0\\n]+(?:avec[ \\u00a0]+|with[ \\u00a0]+)?)${FIGURE})`,
  "gu",
);

/**
 * What may stand just before the subject of a clause: the start of a sentence or clause, a
 * conjunction ("while Polymarket…"), or a noun that says what the company is ("start-up Crusoe").
 * A complement ("le géant des GPU affiche", "la division Data Center a engrangé") is not a subject.
 */
const BEFORE_SUBJECT =
  /(?:^|[.!?:;,(«"“—–\n][ \u00a0]*|\n[ \t]*[-*•][ \u00a0]+|(?:^|[^\p{L}])(?:while|and|but|whereas|when|as|after|since|that|et|mais|tandis[ \u00a0]+que|alors[ \u00a0]+que|quand|après[ \u00a0]+que|que|start-?up|startup|firm|company|group|rival|developer|chipmaker|maker|provider|operator|lab|fund|investor|soci[ée]t[ée]|groupe|fonds|entreprise|concurrent|jeune[ \u00a0]+pousse|investisseur|fabricant)[ \u00a0]+|qu['’][ \u00a0]*)$/iu;

/**
 * A noun of the lexicon's trades just before the subject, maybe with the complement of its trade:
 * "software vendor Kellig", "the maker of cooling pumps Tervane", « le spécialiste du refroidissement
 * Aubrac ».
 */
const TRADE_BEFORE_SUBJECT = new RegExp(
  `(?:^|[^\\p{L}])(?:${tradeNouns(TRADE_WORDS, "marker", SPACE)})(?:${SPACE}(?:de|du|des|d['’]|of)[ \\u00a0]*[\\p{Ll}-]+(?:${SPACE}[\\p{Ll}-]+)?)?${SPACE}$`,
  "iu",
);

/** Whether what stands before `at` lets a name there be the subject of its clause. */
export function opensAClause(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 40), at);
  return BEFORE_SUBJECT.test(before) || TRADE_BEFORE_SUBJECT.test(before);
}

/** A noun opening a sentence before the name it describes: "Rival Quorvia raised…". */
const LEADING_NOUN =
  /^(?:Rival|Start-?up|Firm|Company|Group|Developer|Chipmaker|Maker|Provider|Operator|Lab|Fund|Investor|Concurrent|Soci[ée]t[ée]|Groupe|Fonds|Entreprise|Fabricant|Investisseur)[ \u00a0]+/u;

/** "$15 billion from Zorbex to expand…", "20 milliards de dollars de la part de Zorbex pour…": the name money comes from. */
export const AMOUNT_FROM_NAME = new RegExp(
  `(?<=\\d(?:[ \\u00a0]?(?:billion|million|trillion|bn|mn|milliards?|millions?|[MBT]))?(?:[ \\u00a0]+(?:US[ \\u00a0]+)?(?:dollars|euros|de[ \\u00a0]+dollars|d['’]euros))?)${SPACE}(?:from${SPACE}|de${SPACE}la${SPACE}part${SPACE}(?:de${SPACE}|d['’]))${NAME}(?=${SPACE}(?:to|for|pour)${SPACE}|,)`,
  "gu",
);

/**
 * The company bought: the object of a verb or noun of acquisition, maybe after a noun saying what it
 * is ("met la main sur Zorbex", "s'empare de la start-up Zorbex", "le rachat de Zorbex", "to acquire
 * cybersecurity firm Zorbex"); not the owner of a part bought ("to buy Zorbex's robotics division").
 */
export const ACQUIRED_NAME = new RegExp(
  `(?<![\\p{L}])(?:rach[èe]te(?:ra|nt)?|rachet[ée]e?|racheter|acquiert|acquis|acqu[ée]rir|acquerra|met${SPACE}la${SPACE}main${SPACE}sur|mis${SPACE}la${SPACE}main${SPACE}sur|s['’]empare${SPACE}d(?:e|u|['’])|s['’]offre|rachat${SPACE}d(?:e|u|['’])|acquisition${SPACE}d(?:e|u|['’])|acquires?|acquired|acquiring|acquisition${SPACE}of|buys?|bought|buying|takeover${SPACE}of|purchase${SPACE}of)[ \\u00a0]*(?:(?:la|le|l['’]|the)[ \\u00a0]*)?(?:(?:start-?up|startup|soci[ée]t[ée]|entreprise|[ée]diteur|sp[ée]cialiste|p[ée]pite|firm|company|maker|group|groupe|developer|provider|cybersecurity|cybers[ée]curit[ée]|cloud|fran[çc]aise?|am[ée]ricaine?|britannique|isra[ée]lienne?|allemande?|de|des|du|d['’]logiciels?|software|data|des${SPACE}donn[ée]es)[ \\u00a0]*){0,4}${NAME}(?![\\p{L}\\p{N}]|['’]s?[ \\u00a0])`,
  "gu",
);

/** Words of one clause up to an amount ("$1.5 billion", "300 millions d'euros"), then a space. */
const AMOUNT_IN_CLAUSE = `(?:[^.;:\\n]|\\.(?=\\d)){0,40}?\\d(?:[^.;:,\\n]|\\.(?=\\d)){0,40}?${SPACE}`;

/**
 * The company money goes into, named last in its clause: "led a $2 billion round in Zorbex.",
 * "invested $300 million into Zorbex,", "took a stake in Zorbex;", "a investi 300 millions d'euros
 * dans Zorbex." A place takes "in" too ("in Sweden."): places are screened apart.
 */
export const INVESTEE_AT_CLAUSE_END = new RegExp(
  `(?<![\\p{L}])(?:(?:round|investment|stake|Series${SPACE}\\p{Lu})${SPACE}(?:in|into)|(?:invest(?:s|ed|ing)?|put|puts|poured|pours|pumped|pumps|injected|injects)${SPACE}${AMOUNT_IN_CLAUSE}(?:in|into)|(?:investi|investit|investira|investissent|inject[ée]|injecte|injectera|plac[ée])${SPACE}${AMOUNT_IN_CLAUSE}dans)${SPACE}${NAME}(?=[ \\u00a0]*(?:[.,;:)\\n]|$))`,
  "gu",
);

/** The matches of each cue pattern, in the order of the patterns, each tried only where it may start. */
function cueMatches(text: string, starts: NameStarts): [RegExp, RegExpExecArray[]][] {
  return [
    [SUBJECT_OF_FINANCE_VERB, matchesStartingAt(SUBJECT_OF_FINANCE_VERB, text, starts.capitals)],
    [POSSESSIVE_METRIC, matchesStartingAt(POSSESSIVE_METRIC, text, starts.capitals)],
    [METRIC_OF_NAME, matchesIn(METRIC_OF_NAME, text)],
    [LIST_ITEM, matchesStartingAt(LIST_ITEM, text, starts.linesAndCapitals)],
    [AMOUNT_FROM_NAME, matchesAfterDigits(text)],
    [ACQUIRED_NAME, matchesIn(ACQUIRED_NAME, text)],
    [INVESTEE_AT_CLAUSE_END, matchesIn(INVESTEE_AT_CLAUSE_END, text)],
  ];
}

/**
 * AMOUNT_FROM_NAME's matches, found with its copy without the lookbehind (nextMatch): the figure
 * before "from" is checked only where "from" or "de la part" follows.
 */
function matchesAfterDigits(text: string): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  AMOUNT_FROM_NAME.lastIndex = 0;
  for (let m = nextMatch(AMOUNT_FROM_NAME, text); m; m = nextMatch(AMOUNT_FROM_NAME, text)) found.push(m);
  return found;
}

/** The names these cues capture in a text, with their offsets. */
export function businessCueNames(
  text: string,
  starts: NameStarts = findNameStarts(text),
): { name: string; at: number }[] {
  const out: { name: string; at: number }[] = [];
  for (const [pattern, matches] of cueMatches(text, starts)) {
    for (const m of matches) {
      if (pattern === SUBJECT_OF_FINANCE_VERB) {
        if (!opensAClause(text, m.index)) continue;
      }
      let from = m.index;
      for (const group of m.slice(1)) {
        if (!group) continue;
        const at = text.indexOf(group, from);
        const noun = LEADING_NOUN.exec(group)?.[0].length ?? 0;
        if (noun < group.length) out.push({ name: group.slice(noun), at: at + noun });
        from = at + group.length;
      }
    }
  }
  return out;
}

/** Words before a name that invest in it rather than locate something there: "a stake in", « investi … dans ». */
const INVESTED_BEFORE =
  /(?:invest\p{L}*|stake|round|put|poured|pumped|inject\p{L}*|participation|plac[ée])[^.;:!?\n]{0,40}$/iu;

/** "in Oporto", « près de Grenoble », « basé à Tarn »: the text locates something in the name (not "at", « à »: a post or a sale is "at" or « à » a company). */
export function locatedIn(name: string, text: string): boolean {
  const pattern = new RegExp(
    `(?<![\\p{L}])(?:in|near|outside|across|près${SPACE}de|dans|(?:bas[ée]e?s?|situ[ée]e?s?|install[ée]e?s?|implant[ée]e?s?|campus|sites?)${SPACE}(?:à|au))${SPACE}${escapeRegExp(name)}(?![\\p{L}\\p{N}'’])`,
    "giu",
  );
  for (const m of text.matchAll(pattern)) {
    if (!INVESTED_BEFORE.test(text.slice(Math.max(0, m.index - 60), m.index))) return true;
  }
  return false;
}

/** "40,000 Falcor boards", "its Falcor chips", "the Falcor chatbot": the name of a product a count, an owner or an article comes before. */
export function namesAProduct(name: string, text: string): boolean {
  const pattern = new RegExp(
    `(?:\\d|['’]s|\\b(?:its|their|ses|son|sa|leurs?|[Tt]he|[Ll][ea]|[Ll]es))${SPACE}${escapeRegExp(name)}${SPACE}(?:chips?|boards?|GPUs?|servers?|racks?|models?|chatbots?|assistants?|accelerators?|processors?|puces?|cartes?|serveurs?|mod[èe]les?|processeurs?|acc[ée]l[ée]rateurs?)(?![\\p{L}])`,
    "u",
  );
  return pattern.test(text);
}

/** Given names that open a person's name ("Jeff Bezos", "Marie Dupont"), never a company's. */
const GIVEN_NAMES = new Set(
  "adam alan alex alexander alexandre alice andrew andy anne antoine arthur arnaud ben benjamin bernard bill bob brad brian bruno carlos charles chris christian christophe claire colette dan daniel dario david elon emmanuel eric éric francois françois frank fred gary george greg guillaume hans henri isabelle ilya jack jacques james jan jane jean jeff jennifer jensen jim joe john jonathan joseph julie julien kevin laurent lisa marc marie mark martin mary masayoshi matt matthew michael michel mike mira nadella nathalie nicolas olivier patrick paul peter philippe pierre richard robert sam samuel sarah satya scott sebastien sébastien stephane stéphane steve steven sundar thomas thierry tim tom vincent william xavier yann".split(
    " ",
  ),
);

/** "Macron a promis…" in a text that writes "Emmanuel Macron": a surname after a given name elsewhere. */
function namedAfterGivenName(name: string, text: string): boolean {
  const before = new RegExp(`(\\p{L}+)[ \\u00a0]+${escapeRegExp(name)}(?![\\p{L}\\p{N}])`, "gu");
  for (const m of text.matchAll(before)) if (GIVEN_NAMES.has(m[1]!.toLowerCase())) return true;
  return false;
}

/**
 * "Trump said it…" in a text that writes "Donald Trump", "Blackwell" after "Nvidia Blackwell": a
 * one-word name the text also writes inside a sentence after another capitalised word ("Jane
 * Roe" then "Roe") is a surname or a product's name; a company's own name comes first ("Quorvia
 * Systems"). A place before it ("Texas-based Quorvia") or a sentence's first word is no such word.
 */
function writtenAsSurname(name: string, text: string): boolean {
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    if (/[\p{L}\p{N}]/u.test(text[at + name.length] ?? "")) continue;
    if (CAPITALISED_WORD_INSIDE_SENTENCE.test(text.slice(Math.max(0, at - 40), at))) return true;
  }
  return false;
}

/** A capitalised word after a lower-case word, a digit or a comma, then a space: "said Jane ", "the Nvidia ". */
const CAPITALISED_WORD_INSIDE_SENTENCE = /[\p{Ll}\p{N},;:)][ \u00a0]+\p{Lu}\p{Ll}+[ \u00a0]+$/u;

/** Words before a person's name: "le PDG Jean Dupont", "chief executive Jane Roe", "M. Dupont". */
const PERSON_TITLE =
  /(?:CEO|PDG|chief[ \u00a0]+executive|founder|fondat(?:eur|rice)|co-?founder|cofondat(?:eur|rice)|pr[ée]sidente?|president|chairman|directeur|directrice|ministre|minister|billionaire|milliardaire|analyst|analyste|M\.|Mr\.?|Mrs\.?|Ms\.?|Mme)[ \u00a0]+$/u;

/** Places, months and openers a business cue can catch at the head of a clause. */
const NOT_AN_ORGANISATION = new Set(
  "wall street silicon valley nasdaq nyse europe portugal ireland irlande netherlands pays-bas belgium belgique switzerland suisse austria autriche poland pologne malaysia malaisie indonesia indonésie vietnam thailand thaïlande israel israël qatar chile chili argentina argentine egypt égypte morocco maroc kenya nigeria britain scotland écosse england angleterre wales ohio iowa nevada oregon utah wisconsin indiana michigan mississippi oklahoma wyoming asia asie america amérique africa afrique texas louisiana louisiane ohio virginia virginie arizona georgia géorgie tennessee pennsylvania pennsylvanie abilene memphis norway norvège sweden suède finland finlande denmark danemark japan japon korea corée inde india germany allemagne singapore singapour canada australia australie brazil brésil mexico mexique italy italie spain espagne uae emirates émirats abu dhabi dubai dubaï london londres new york washington californie california cambrai marseille lyon series série total overall meanwhile however together analysts investors shareholders lenders banks sources officials executives analystes investisseurs actionnaires banques ont sont est avait avaient aura auront nous vous on who what which where why how qui quoi q1 q2 q3 q4 h1 h2 ceo pdg ipo".split(
    " ",
  ),
);

/**
 * Whether a name a business cue caught is an organisation: not a person (a given name first or a
 * title just before), not a place or an opener, and not an ordinary word the text also writes in
 * lower case ("Investors raised…", "Revenue posted…").
 */
export function namesAnOrganisation(name: string, text: string, at: number): boolean {
  const words = name.toLowerCase().split(/[ \u00a0]+/u);
  if (GIVEN_NAMES.has(words[0]!) && words.length > 1) return false;
  if (words.length === 1 && (namedAfterGivenName(name, text) || writtenAsSurname(name, text))) return false;
  if (PERSON_TITLE.test(text.slice(Math.max(0, at - 40), at))) return false;
  if (NOT_AN_ORGANISATION.has(name.toLowerCase()) || NOT_AN_ORGANISATION.has(words[0]!)) return false;
  if (locatedIn(name, text) || namesAProduct(name, text)) return false;
  if (opensWithMetricWord(name) || isTitleCaseLabel(name) || namesABusinessLine(name, text, at)) return false;
  const first = name.split(/[ \u00a0]+/u)[0]!;
  if (first === first.toUpperCase() && first.length > 1) return true;
  const lower = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(first.toLowerCase())}(?![\\p{L}\\p{N}])`, "u");
  return !lower.test(text);
}

/** "Advertising", "Jeux vidéo :", "Online stores —": the name, or its label up to the figure, is a business line. */
function namesABusinessLine(name: string, text: string, at: number): boolean {
  const label = /^[^:|—–(\n\d$€£]{1,40}/u.exec(text.slice(at, at + 41))?.[0].trim() ?? "";
  return BUSINESS_LINE.test(name) || BUSINESS_LINE.test(label);
}

/** A period written with capitals ("FY26", "Q3", "H1", "T4", "2026"), never a company's first word. */
const PERIOD_WORD = /^(?:(?:FY|CY|AF|Q|T|H|S)[-\u00a0 ]?\d{1,4}|\d{4})$/u;

/** "Of", "Per", "Pour": a capitalised function word, written so only in a title-case label. */
const CAPITALISED_FUNCTION_WORD = /^(?:Of|Per|For|To|In|On|At|Vs|Versus|De|Du|Des|Par|Pour|Sur|Contre)$/u;

/**
 * "FY26 Guidance", "H1 Actual", "Funding Per Employee", "Coût Par Mégawatt": a list or table label
 * that opens with a period or writes its function words with capitals, not a company's name.
 */
function isTitleCaseLabel(name: string): boolean {
  const words = name.split(/[ \u00a0]+/u);
  return PERIOD_WORD.test(words[0]!) || words.slice(1).some((w) => CAPITALISED_FUNCTION_WORD.test(w));
}

/** "Valorisation", "Net loss", "Data Center": a label of a measure, not a name ("| Valorisation | 6 Md$ |"). */
function opensWithMetricWord(name: string): boolean {
  return METRIC_RULES.some(({ pattern }) => {
    pattern.lastIndex = 0;
    const m = pattern.exec(name);
    pattern.lastIndex = 0;
    return m?.index === 0;
  });
}
