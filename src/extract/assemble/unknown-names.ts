/**
 * Companies the gazetteer does not know, found by the corporate cues around a capitalised name:
 * "la start-up Nscale", "the company Prologis", "DataVolt, a Saudi developer", "Talen Energy",
 * "Acme Inc.". Once a name is found this way, every mention of it in the document is a company.
 */
import { MONTH_NAMES, WEEKDAY_NAMES } from "../../core/index.js";
import { foldName, type Gazetteer, type NameMention } from "../gazetteer.js";
import {
  isFinanceLabel,
  isNationalityAdjective,
  isPlaceName,
  SINGULAR_ARTICLE,
  TRADE_WORDS,
  tradeNouns,
} from "../lexicon.js";
import { escapeRegExp } from "../patterns.js";
import { brandShapedNames } from "./brand-names.js";
import { businessCueNames, namesAnOrganisation } from "./business-cues.js";
import { companyActNames, listOpenings } from "./company-acts.js";
import { coordinatedNames, type ListedName } from "./coordinated-names.js";
import { namesAPostField, POST_HELD_AT } from "./job-titles.js";
import { type ListedSymbol, listedSymbols } from "./listed-symbols.js";
import { findNameStarts, matchesStartingAt, type NameStarts } from "./name-starts.js";
import { ACT_NOUN_BY } from "./nominal-agent.js";
import { organisationCueNames } from "./organisation-cues.js";
import { RELATION_BEFORE_NAME } from "./relation-names.js";
import { isSegmentName } from "./segment-names.js";

/** Nouns that say a name is a company: "la start-up X", "X, a cloud provider". */
const COMPANY_NOUN = `(?:${tradeNouns(TRADE_WORDS, "marker", "\\s+")})`;

/** One or more capitalised words ("Prologis", "Vantage Data Centers"), never a sentence's "The". */
const NAME = "(\\p{Lu}[\\p{L}\\p{N}&-]*(?:[ \\u00a0]\\p{Lu}[\\p{L}\\p{N}&-]*){0,3})";

/** Lower-case words between the noun and the name: "la société britannique Fluidstack". */
const ADJECTIVES =
  "(?:[ \\u00a0]+(?!(?:a|est|has|is|was|will|va|doit|et|and|de|of|du|des)\\b|(?:à|au|aux|en|dans|près|in|at|near|from|based|basée?s?|située?s?|installée?s?|implantée?s?|located|headquartered)(?![\\p{L}-]))[\\p{Ll}-]+){0,3}";

/** What a French trade noun is of: « le spécialiste des supercalculateurs », « le fabricant de puces ». */
const TRADE_COMPLEMENT = "(?:[ \\u00a0]+(?:(?:de|des|du)[ \\u00a0]+|d['’][ \\u00a0]*)\\p{Ll}[\\p{Ll}-]*)?";

/** "la start-up Crusoe", "le promoteur immobilier américain Prologis", "the company Talen", « le spécialiste des serveurs Corvel ». */
const NOUN_BEFORE = new RegExp(
  `(?<![\\p{L}])${SINGULAR_ARTICLE}[ \\u00a0]*(?:[\\p{L}-]+[ \\u00a0]+){0,2}?${COMPANY_NOUN}${TRADE_COMPLEMENT}${ADJECTIVES}[ \\u00a0]+${NAME}(?![\\p{L}\\p{N}])`,
  "gu",
);

/**
 * A person's role whose complement is the company ("le cofondateur du groupe", "the chief executive of
 * the company", « la directrice générale de la société »): the name it is apposed to is a person.
 */
const PERSON_ROLE_OF = `(?!(?:[\\p{L}-]+[ \\u00a0]+)?(?:(?:co-?)?(?:fondat(?:eur|rice)|founder)|patron(?:ne)?|PDG|CEO|dirigeant(?:e)?|direct(?:eur|rice)|pr[ée]sident(?:e)?|chair(?:man|woman)?|chief|executive|officer|head|boss|porte-parole|spokes(?:man|woman|person))s?(?:[ \\u00a0]+[\\p{L}-]+)?[ \\u00a0]+(?:de|du|des|d['’]|of)(?![\\p{L}]))`;

/** "DataVolt, a Saudi developer", "Nscale, le néocloud britannique", "Fluidstack, which rents out". */
const APPOSITION_AFTER = new RegExp(
  `${NAME},[ \\u00a0]+(?:une?|le|la|l['’]|the|an?|autre)[ \\u00a0]*${PERSON_ROLE_OF}(?:[\\p{L}-]+[ \\u00a0]+){0,4}?${COMPANY_NOUN}(?:[ \\u00a0]+[\\p{Ll}-]+){0,2}(?=[ \\u00a0]*[,.;:)—–]|[ \\u00a0]+(?:qui|dont|which|that|whose|based|basée?|founded|fondée?|installée?|implantée?|située?|headquartered|located)(?![\\p{L}]))`,
  "gu",
);

/** « Corvel est une jeune entreprise », "Corvel is a Danish chip designer": a name a copula says is a company. */
const COPULA_AFTER = new RegExp(
  `${NAME}[ \\u00a0]+(?:est|était|is|was)[ \\u00a0]+(?:une?|le|la|l['’]|the|an?)[ \\u00a0]*${PERSON_ROLE_OF}(?:[\\p{L}-]+[ \\u00a0]+){0,3}?${COMPANY_NOUN}(?![\\p{L}])`,
  "gu",
);

/**
 * "Acme Inc.", "Talen Energy", "Primary Digital Infrastructure": a name that ends with a corporate
 * word, unless a facility noun follows it ("the Clinton Clean Energy Center" is a plant).
 */
const CORPORATE_SUFFIX = new RegExp(
  `${NAME.slice(0, -1)}[ \\u00a0]+(?:Inc|Corp|Corporation|SAS|SA|Ltd|LLC|plc|AG|GmbH|Energy|Capital|Partners|Holdings|Technologies|Infrastructure|Data[ \\u00a0]Centers|Networks|Power|Group|Systems|Systèmes|Industries|Solutions|Software|Semiconductors?|Robotics|Labs|Computing|Compute|Companies|Ventures|Management|Investments))(?![\\p{L}\\p{N}])(?![ \\u00a0]+(?:Center|Centre|Plant|Station|Facility|Campus|Park|Project)(?![\\p{L}]))`,
  "gu",
);

/**
 * "Data Co, a subsidiary of Arnhelm", « Corvel, filiale du fonds Arnhelm », "Corvel, owned by Arnhelm":
 * a name whose apposition gives its parent company or owner is a company (a place is "part of" a
 * region, never a subsidiary nor owned by one); so is "Helix, a venture between A and B", « Helix,
 * une coentreprise entre A et B ».
 */
const PARENT_AFTER = new RegExp(
  `${NAME},[ \\u00a0]+(?:(?:une?|la|the|an?|its|sa)[ \\u00a0]+)?(?:[\\p{Ll}-]+[ \\u00a0]+)?(?:filiale|subsidiary)[ \\u00a0]+(?:de|du|des|d['’]|of)(?![\\p{L}])|${NAME},[ \\u00a0]+(?:(?:wholly|majority)[- \\u00a0])?(?:owned|controlled)[ \\u00a0]+by[ \\u00a0]|${NAME},[ \\u00a0]+(?:détenue?|contrôlée?)[ \\u00a0]+(?:par|à[ \\u00a0]+\\d+[ \\u00a0]*%[ \\u00a0]+par)[ \\u00a0]|${NAME},[ \\u00a0]+(?:une?|la|le|l['’]|the|an?)[ \\u00a0]*(?:[\\p{Ll}-]+[ \\u00a0]+){0,2}?(?:joint[ \\u00a0]+venture|venture|consortium|co-?entreprise|entreprise[ \\u00a0]+commune)[ \\u00a0]+(?:between|among|entre|formée?[ \\u00a0]+par)[ \\u00a0]`,
  "gu",
);

/**
 * "le directeur financier de Deutsche Telekom", "la PDG d'Orano", "the chief executive of Nscale",
 * "the founder of Lambda": the organisation an executive's title names.
 */
const EXECUTIVE_OF = new RegExp(
  `(?<=(?:(?<![\\p{L}])(?:directeur|directrice)[ \\u00a0]+(?:financi(?:er|ère)|général|générale|technique|exécuti(?:f|ve))|(?<![\\p{L}])(?:PDG|patron|patronne|fondateur|fondatrice|cofondateur|cofondatrice|dirigeant|dirigeante)|\\bchief[ \\u00a0]+(?:executive|financial|technology|operating)(?:[ \\u00a0]+officer)?|\\b(?:CEO|CFO|CTO|COO|founder|co-founder))[ \\u00a0]+(?:de[ \\u00a0]+|du[ \\u00a0]+|d['’]|of[ \\u00a0]+|at[ \\u00a0]+)(?:the[ \\u00a0]+)?)${NAME}(?![\\p{L}\\p{N}])`,
  "gu",
);

/** « le rachat par Korvane de », "the purchase by Korvane of": the agent of a corporate act written as a noun. */
const AGENT_OF_ACT = new RegExp(`(?<=${ACT_NOUN_BY})${NAME}(?![\\p{L}\\p{N}])`, "gu");

/** "founded in 2021", "fondée par d'anciens ingénieurs", "créée en 2019": how a company's beginning is told. */
const FOUNDED =
  "(?:[Ff]ounded|[Ff]ond[ée]e?s?|[Cc]r[ée][ée]e?s?|[Ee]stablished|[Ii]ncorporated)[ \\u00a0]+(?:in|en|by|par|au|à|at)(?![\\p{L}])";

/** "Founded in 2021, Nexora…", "Fondée par deux anciens de Google, Nexora…": a company opening its clause after its founding. */
const FOUNDED_BEFORE = new RegExp(
  `(?<![\\p{L}])${FOUNDED}[^,.;:\\n]{1,60},[ \\u00a0]+${NAME}(?![\\p{L}\\p{N}])`,
  "gu",
);

/** "Nexora, founded in 2021,", "Nexora, qui a été fondée par…", "Nexora, créée en 2019": a company with its founding in apposition. */
const FOUNDED_AFTER = new RegExp(
  `${NAME},[ \\u00a0]+(?:(?:qui|which)[ \\u00a0]+(?:a[ \\u00a0]+été|avait[ \\u00a0]+été|was|had[ \\u00a0]+been|has[ \\u00a0]+been)[ \\u00a0]+)?(?:(?:only|just|seulement)[ \\u00a0]+)?${FOUNDED}`,
  "gu",
);

/** Capitalised words that open sentences (« Ensemble, A et B… »), name places and months: never companies on their own. */
const NOT_A_NAME = new RegExp(
  `^(?:le|la|les|l|the|a|an|un|une|en|in|on|au|aux|pour|for|selon|according|mais|but|et|and|ce|cette|this|that|il|elle|it|ils|they|we|nous|je|you|vous|he|she|our|notre|nos|your|votre|vos|celui-ci|celle-ci|ceux-ci|celles-ci|celui-là|celle-là|its|son|sa|ses|leur|their|${WEEKDAY_NAMES.fr.join("|")}|${WEEKDAY_NAMES.en.join("|")}|${Object.keys(MONTH_NAMES).join("|")}|france|paris|europe|états-unis|us|usa|uk|china|chine|texas|ia|ai|surtout|ensemble|together|collectively|collectivement|jointly|conjointement|infrastructure|energy|capital|partners|power)$`,
  "iu",
);

/** "Paris-based", "Texas-based": where a company is, written before its name. */
const BASED_IN = /-based$/iu;

/** A period written with capitals ("FY2024", "Q3 2025", "T1", "H2"): a list item's label, never a company. */
const PERIOD_LABEL = /^(?:FY|CY|AF|Q|T|H|S)[-\u00a0 ]?\d{1,4}(?:[ \u00a0]\d{2,4})?$/u;

/** A found name with its leading sentence and place words dropped ("The Prologis", "Paris-based Nscale"), or null. */
function cleanName(raw: string): string | null {
  const words = raw.split(/[ \u00a0]+/u);
  while (words.length > 0 && (NOT_A_NAME.test(words[0]!) || BASED_IN.test(words[0]!))) words.shift();
  if (words.length === 0) return null;
  const name = words.join(" ").replace(/[-&]+$/u, "");
  return name.length >= 2 &&
    !PERIOD_LABEL.test(name) &&
    !isPlaceName(name) &&
    !isFinanceLabel(name) &&
    !isNationalityAdjective(name)
    ? name
    : null;
}

/** The short form of "Talen Energy" or "Acme Inc": the words before the corporate suffix. */
function shortForm(name: string): string | null {
  const m =
    /^(.+?)[ \u00a0]+(?:Inc|Corp|Corporation|SAS|SA|Ltd|LLC|plc|AG|GmbH|Energy|Capital|Partners|Holdings|Technologies)$/u.exec(
      name,
    );
  return m?.[1] && !NOT_A_NAME.test(m[1]) ? m[1] : null;
}

/**
 * "Contracted Power" in a title-case headline, "contracted power" in the body: a name of several
 * words the document also writes with its later words in lower case is a common phrase, not a company.
 */
function writtenAsCommonPhrase(name: string, text: string): boolean {
  const [first, ...rest] = name.split(/[ \u00a0]+/u);
  if (!first || rest.length === 0) return false;
  const lowered = rest.map((w) => w.toLowerCase());
  if (lowered.every((w, i) => w === rest[i])) return false;
  const initial = `[${escapeRegExp(first[0]!.toUpperCase())}${escapeRegExp(first[0]!.toLowerCase())}]${escapeRegExp(first.slice(1))}`;
  const phrase = `${initial}${lowered.map((w) => `[ \\u00a0]+${escapeRegExp(w)}`).join("")}`;
  return new RegExp(`(?<![\\p{L}\\p{N}])${phrase}(?![\\p{L}\\p{N}])`, "u").test(text);
}

/** Every company named with a corporate cue that the gazetteer does not know, as written. */
export function unknownCompanies(
  text: string,
  known: NameMention[],
  gazetteer: Gazetteer,
  starts: NameStarts = findNameStarts(text),
): string[] {
  const found = new Set<string>();
  const consider = (raw: string, at: number, fromBusinessCue: boolean) => {
    const name = cleanName(raw);
    if (!name || gazetteer.byFolded.has(foldName(name))) return;
    // "Oracle Cloud Infrastructure", "Jensen Huang": a known name inside is the known company's.
    if (known.some((n) => n.start < at + raw.length && at < n.end)) return;
    if (fromBusinessCue && !namesAnOrganisation(name, text, at + raw.indexOf(name))) return;

    if (gazetteer.collectives.some((c) => foldName(c) === foldName(name))) return;
    if (writtenAsCommonPhrase(name, text) || isSegmentName(name, text)) return;
    if (namesAPostField(text, name, at + raw.indexOf(name))) return;
    const outlet = (o: string) =>
      [name, `the ${name}`, `le ${name}`].some((n) => foldName(n) === foldName(o));
    if (gazetteer.outlets.some(outlet)) return;
    found.add(name);
  };
  for (const [pattern, at] of [
    [NOUN_BEFORE, starts.articles],
    [APPOSITION_AFTER, starts.capitals],
    [CORPORATE_SUFFIX, starts.capitals],
    [EXECUTIVE_OF, starts.capitals],
    [POST_HELD_AT, starts.capitals],
    [RELATION_BEFORE_NAME, starts.capitals],
  ] as const) {
    for (const m of matchesStartingAt(pattern, text, at))
      consider(m[1]!, m.index + m[0].indexOf(m[1]!), false);
  }
  for (const m of matchesStartingAt(PARENT_AFTER, text, starts.capitals)) {
    const name = m[1] ?? m[2] ?? m[3] ?? m[4]!;
    consider(name, m.index + m[0].indexOf(name), false);
  }
  for (const m of matchesStartingAt(FOUNDED_BEFORE, text, starts.capitals))
    consider(m[1]!, m.index + m[0].lastIndexOf(m[1]!), true);
  for (const m of matchesStartingAt(FOUNDED_AFTER, text, starts.capitals)) consider(m[1]!, m.index, true);
  for (const m of matchesStartingAt(COPULA_AFTER, text, starts.capitals)) consider(m[1]!, m.index, true);
  for (const m of matchesStartingAt(AGENT_OF_ACT, text, starts.capitals)) consider(m[1]!, m.index, true);
  for (const { name, at } of businessCueNames(text, starts)) consider(name, at, true);
  for (const { name, at } of organisationCueNames(text, starts)) consider(name, at, true);
  for (const { name, at } of companyActNames(text, starts)) consider(name, at, true);
  for (const { name, nameAt } of listedSymbols(text, starts.capitals)) consider(name, nameAt, false);
  for (const { name, at } of namesListedWithCompanies(text, known, found, starts)) consider(name, at, true);
  for (const { name, at } of itemsBesideCompanies(text, known, found)) consider(name, at, true);
  const companies = known.filter((n) => n.kind === "company");
  for (const { name, at } of brandShapedNames(text, companies)) consider(name, at, false);
  return [...found];
}

/**
 * The members of lists of coordinated names ("Microsoft, Nvidia and Quarkon") that hold a company,
 * known or found, or that open a clause with a verb of corporate finance; known names left out.
 */
function namesListedWithCompanies(
  text: string,
  known: NameMention[],
  found: ReadonlySet<string>,
  starts: NameStarts,
): ListedName[] {
  const isKnown = (m: ListedName) => known.some((n) => n.start < m.at + m.name.length && m.at < n.end);
  const isCompany = (m: ListedName) =>
    known.some((n) => n.kind === "company" && n.start < m.at + m.name.length && m.at < n.end) ||
    found.has(cleanName(m.name) ?? "");
  return coordinatedNames(text, starts.capitals).flatMap(({ members, subjectOfFinance }) =>
    subjectOfFinance || members.some(isCompany) ? members.filter((m) => !isKnown(m)) : [],
  );
}

/**
 * The names opening the items of a list in which another item opens on a company, known or found:
 * "- Pellaro posted higher sales…" beside "- Quarkon SAS opened…". Known names are left out.
 */
function itemsBesideCompanies(text: string, known: NameMention[], found: ReadonlySet<string>): ListedName[] {
  const covering = (m: ListedName) => known.filter((n) => n.start < m.at + m.name.length && m.at < n.end);
  const isCompany = (m: ListedName) =>
    covering(m).some((n) => n.kind === "company") || found.has(cleanName(m.name) ?? "");
  return listOpenings(text).flatMap((items) =>
    items.some(isCompany) ? items.filter((m) => covering(m).length === 0 && !found.has(m.name)) : [],
  );
}

/** A surface form standing for a company, and that company. */
interface NameForm {
  surface: string;
  canonical: string;
}

/** Every mention of `forms` (longest first) that no name of `names` nor span of `blocked` covers, added in text order. */
function withMentionsOf(
  text: string,
  names: NameMention[],
  forms: NameForm[],
  blocked: readonly { start: number; end: number }[] = [],
): NameMention[] {
  if (forms.length === 0) return names;
  const added: NameMention[] = [];
  const sorted = [...forms].sort((a, b) => b.surface.length - a.surface.length);
  for (const { surface, canonical } of sorted) {
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(surface)}(?![\\p{L}\\p{N}])`, "gu");
    for (const m of text.matchAll(pattern)) {
      const start = m.index;
      const end = start + surface.length;
      const taken = (n: { start: number; end: number }) => n.start < end && start < n.end;
      if (names.some(taken) || added.some(taken) || blocked.some(taken)) continue;
      added.push({ start, end, canonical, kind: "company", surface });
    }
  }
  return added.length === 0 ? names : [...names, ...added].sort((a, b) => a.start - b.start);
}

/** A company, product, person or periphrasis of the gazetteer is written `surface`. */
function namedInGazetteer(surface: string, gazetteer: Gazetteer): boolean {
  if (gazetteer.byFolded.has(foldName(surface))) return true;
  const first = /^[\p{L}\p{N}_]+/u.exec(surface)?.[0].toLowerCase() ?? "";
  const lower = surface.toLowerCase();
  return gazetteer.byFirstWord.get(first)?.some((e) => e.surface.toLowerCase() === lower) ?? false;
}

/**
 * "Thrive" after "Thrive Capital", "Khosla" after "Khosla Technologies": a known company the document
 * names in full, later called by the words before its corporate suffix, when those words name
 * nothing else the gazetteer knows.
 */
function shortFormsOfKnown(names: NameMention[], gazetteer: Gazetteer): NameForm[] {
  const forms = new Map<string, NameForm>();
  for (const name of names) {
    if (name.kind !== "company" || gazetteer.publicBodies.has(name.canonical)) continue;
    const short = shortForm(name.surface.replace(/\s+/gu, " "));
    if (!short || forms.has(short) || namedInGazetteer(short, gazetteer)) continue;
    forms.set(short, { surface: short, canonical: name.canonical });
  }
  return [...forms.values()];
}

/**
 * The document's names with every mention of an unknown company added, and every short form of a
 * company it names in full; a mention inside a known name is left to the known name.
 */
export function withUnknownCompanies(
  text: string,
  found: NameMention[],
  gazetteer: Gazetteer,
): NameMention[] {
  const names = withMentionsOf(text, found, shortFormsOfKnown(found, gazetteer));
  const starts = findNameStarts(text);
  const unknown = unknownCompanies(text, names, gazetteer, starts);
  // "Cipher" in a headline and "Cipher Mining" in the body: the short name is the full one's.
  const fullName = (name: string) =>
    unknown.find((other) => other.startsWith(`${name} `)) ??
    names.find((n) => n.kind === "company" && n.surface.startsWith(`${name} `))?.canonical ??
    name;
  const shortened: NameForm[] = unknown
    .filter((name) => fullName(name) !== name)
    .map((name) => ({ surface: name, canonical: fullName(name) }));
  const forms = unknown
    .filter((name) => fullName(name) === name)
    .flatMap((name) => {
      const short = shortForm(name);
      return short && !gazetteer.byFolded.has(foldName(short))
        ? [
            { surface: name, canonical: name },
            { surface: short, canonical: name },
          ]
        : [{ surface: name, canonical: name }];
    });
  const withUnknown = withMentionsOf(text, names, [...forms, ...shortened]);
  return withListedSymbols(text, withUnknown, gazetteer, starts);
}

/**
 * The names with every later "OKLO" of a company introduced as "Oklo Inc. (NYSE: OKLO)" added, and
 * nothing inside the parenthesis itself, which belongs to the name before it.
 */
function withListedSymbols(
  text: string,
  names: NameMention[],
  gazetteer: Gazetteer,
  starts: NameStarts,
): NameMention[] {
  const listed = listedSymbols(text, starts.capitals);
  if (listed.length === 0) return names;
  const forms: NameForm[] = [];
  for (const entry of listed) {
    const company = companyIntroduced(entry, names);
    if (!company || namedInGazetteer(entry.symbol, gazetteer)) continue;
    if (forms.some((f) => f.surface === entry.symbol)) continue;
    forms.push({ surface: entry.symbol, canonical: company });
  }
  // "OKLO raised…" found as a company of its own: the symbol's company it is.
  const outsideParentheses = names
    .filter((n) => !listed.some((l) => l.start <= n.start && n.end <= l.end))
    .map((n) => {
      const form = n.kind === "company" ? forms.find((f) => f.surface === n.surface) : undefined;
      return form ? { ...n, canonical: form.canonical } : n;
    });
  return withMentionsOf(text, outsideParentheses, forms, listed);
}

/** The company named just before a symbol's parenthesis, or null. */
function companyIntroduced(entry: ListedSymbol, names: NameMention[]): string | null {
  const before = names.filter((n) => n.kind === "company" && n.end <= entry.start && n.end > entry.nameAt);
  return before.at(-1)?.canonical ?? null;
}
