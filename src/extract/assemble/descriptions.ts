/**
 * Descriptive anaphora: "the Dutch company", "le groupe américain", "the chipmaker", "le fabricant
 * de puces", "the AI lab" point back at the latest company named before them that fits the
 * description (its country, its sector, its role in the gazetteer), not at the nearest name.
 */
import { foldName, type Gazetteer, type NameMention } from "../gazetteer.js";
import { COMPARED_BEFORE, TRADE_WORDS, tradeNouns } from "../lexicon.js";
import { matchesIn } from "../patterns.js";
import type { Sentence } from "../sentences.js";
import { firstFrom, nameStart } from "./text.js";
import type { Party } from "./types.js";

/** Nationality adjectives, English and French (all genders), to ISO country codes. */
const NATIONALITIES: readonly [RegExp, string][] = [
  [/^(?:american|us|u\.s\.|américaine?s?|etats-uniens?|états-unien(?:ne)?s?)$/iu, "US"],
  [/^(?:dutch|néerlandaise?s?)$/iu, "NL"],
  [/^(?:french|français(?:e|es)?)$/iu, "FR"],
  [/^(?:japanese|japonaise?s?)$/iu, "JP"],
  [/^(?:chinese|chinoise?s?)$/iu, "CN"],
  [/^(?:british|uk|britanniques?)$/iu, "GB"],
  [/^(?:taiwanese|taïwanaise?s?|taiwanaise?s?)$/iu, "TW"],
  [/^(?:korean|south\s+korean|coréen(?:ne)?s?|sud-coréen(?:ne)?s?)$/iu, "KR"],
  [/^(?:german|allemande?s?)$/iu, "DE"],
  [/^(?:canadian|canadien(?:ne)?s?)$/iu, "CA"],
  [/^(?:saudi|saoudien(?:ne)?s?)$/iu, "SA"],
  [/^(?:emirati|émirien(?:ne)?s?|emirien(?:ne)?s?)$/iu, "AE"],
];

/** The head nouns of descriptions in one language, as one alternation. */
const heads = (language: "en" | "fr") => tradeNouns(TRADE_WORDS, "anaphora", "\\s+", [language]);

/** English: adjectives before a head noun ("the Dutch company", "the US chipmaker", "the AI lab"). */
const ENGLISH = new RegExp(
  `(?<![\\p{L}])[Tt]he\\s+((?:[\\p{L}.-]+\\s+){0,3}?)(${heads("en")})(?![\\p{L}-])`,
  "gu",
);
/** French: the head noun, then adjectives ("le groupe américain", "le fabricant de puces taïwanais"). */
const FRENCH = new RegExp(
  `(?<![\\p{L}])(?:[Ll]e|[Ll]a|[Ll]['’])\\s*(${heads("fr")})((?:\\s+(?!de\\b|du\\b|des\\b|et\\b|a\\b|est\\b|va\\b)[\\p{Ll}-]+){0,2})`,
  "gu",
);

/** Each trade, by its head nouns written whole: the trade a description's head noun names. */
const HEAD_TRADES = TRADE_WORDS.map((trade) => ({
  trade,
  head: new RegExp(`^(?:${tradeNouns([trade], "anaphora", "\\s+")})$`, "iu"),
}));
const tradeOfHead = (head: string) => HEAD_TRADES.find((t) => t.head.test(head))?.trade ?? null;

/** "the data-centre developer", "the data center operator": a head naming no trade, and the words that do. */
const DATACENTER_WORDS = /\bdata[-\s]?cent(?:er|re)s?$/iu;
/** "the tech giant", "the cloud giant": a giant of these words is one of the hyperscalers. */
const HYPERSCALER_WORDS = /^(?:tech|technology|cloud|technologique|numérique)$/iu;
/** Sectors a head noun names outright ("le néocloud", "the utility"): an unlisted company may fit them. */
const KIND_SECTORS = new Set(["neocloud", "datacenter", "utility"]);

interface Description {
  country: string | null;
  sector: string | null;
  developer: boolean;
  /** "the startup", "la jeune pousse": a young company, never one of the established groups the gazetteer lists. */
  startup: boolean;
  /** "le fonds", "the investor": an investor the gazetteer lists, or a company it does not. */
  fund: boolean;
  /** "the tech giant", « le géant de la tech »: a company the gazetteer lists as a hyperscaler. */
  hyperscaler: boolean;
  /** A head that names the business ("le néocloud", "le fonds"): a company the gazetteer does not list may fit it. */
  namesKind: boolean;
}

const STARTUP_HEAD = /^(?:startup|start-up|jeune\s+pousse)$/iu;

/** The gazetteer sector a description's head noun and words name, or null. */
function sectorOf(head: string, words: string[]): string | null {
  const sector = tradeOfHead(head)?.sector ?? null;
  if (sector === "chips" || words.some((w) => /^(?:chip|semiconductor)s?$/iu.test(w))) return "chips";
  if (sector) return sector;
  if (DATACENTER_WORDS.test(words.join(" "))) return "datacenter";
  return null;
}

/** What the words of a description say about the company; null when they say nothing specific. */
function describe(head: string, words: string[]): Description | null {
  let country: string | null = null;
  for (const word of words) country ??= NATIONALITIES.find(([pattern]) => pattern.test(word))?.[1] ?? null;
  const sector = sectorOf(head, words);
  const trade = tradeOfHead(head)?.name;
  const developer =
    sector === null &&
    (trade === "lab" || (/^(?:startup|start-up|company|firm)$/iu.test(head) && words.includes("AI")));
  const startup =
    STARTUP_HEAD.test(head) ||
    (/^(?:company|firm)$/iu.test(head) && words.some((w) => /^(?:young|fledgling|nascent)$/iu.test(w)));
  const fund = trade === "fund";
  const hyperscaler =
    trade === "hyperscaler" ||
    (/^(?:giant|géant)$/iu.test(head) && words.some((w) => HYPERSCALER_WORDS.test(w)));
  const namesKind = fund || (sector !== null && KIND_SECTORS.has(sector));
  return country || sector || developer || startup || fund || hyperscaler
    ? { country, sector, developer, startup, fund, hyperscaler, namesKind }
    : null;
}

/** A company the gazetteer does not list, a model developer or a neocloud: what "the startup" may be. */
function isYoungCompany(canonical: string, gazetteer: Gazetteer): boolean {
  if (!gazetteer.byFolded.has(foldName(canonical))) return true;
  return gazetteer.roles.get(canonical) === "developer" || gazetteer.sectors.get(canonical) === "neocloud";
}

/** A data-centre builder may be a neocloud that builds its own sites (Crusoe, Applied Digital). */
function fitsSector(sector: string | undefined, described: string): boolean {
  return sector === described || (described === "datacenter" && sector === "neocloud");
}

/**
 * The latest company named before `at` that fits the description: one the gazetteer knows to fit,
 * else, for a head naming a business ("le néocloud", "le fonds"), the latest company it does not list.
 */
function fittingCompany(
  text: string,
  names: readonly NameMention[],
  at: number,
  gazetteer: Gazetteer,
  d: Description,
  excluded: string | null = null,
): string | null {
  const known = (canonical: string) =>
    (!d.country || gazetteer.countries.get(canonical) === d.country) &&
    (!d.sector || fitsSector(gazetteer.sectors.get(canonical), d.sector)) &&
    (!d.fund || gazetteer.roles.get(canonical) === "investor") &&
    (!d.hyperscaler || (gazetteer.kinds.get(canonical) ?? []).includes("hyperscaler")) &&
    (!d.developer || gazetteer.roles.get(canonical) === "developer") &&
    (!d.startup || isYoungCompany(canonical, gazetteer));
  const unlisted = (canonical: string) => d.namesKind && !gazetteer.byFolded.has(foldName(canonical));
  // "…, tout comme Anthropic cherche à le faire", "just as OpenAI did": a company whose latest mention sets
  // it beside for comparison is set aside, with its earlier mentions.
  const compared = new Set<string>();
  for (const fits of [known, unlisted])
    for (let i = firstFrom(names, at, nameStart) - 1; i >= 0; i--) {
      const { canonical, start } = names[i]!;
      if (canonical === excluded || compared.has(canonical)) continue;
      if (gazetteer.programmes.has(canonical) || gazetteer.publicBodies.has(canonical)) continue;
      if (COMPARED_BEFORE.test(text.slice(Math.max(0, start - 30), start))) {
        compared.add(canonical);
        continue;
      }
      if (fits(canonical)) return canonical;
    }
  return null;
}

/** Between a subject and a description, a clause boundary: the description may open a clause of its own. */
const CLAUSE_BREAK =
  /[,;:()—–]|(?<!\p{L})(?:que|qu['’]|qui|dont|et|mais|that|which|who|and|but|while|tandis|alors)(?!\p{L})/iu;
/** What may precede a sentence's subject name: an article and a few nouns or adjectives ("La société britannique"). */
const SUBJECT_LEAD = /^[\s"“«]*(?:(?:la|le|les|l['’]|the)\s*)?(?:[\p{Ll}-]+\s+){0,3}$/iu;

/**
 * The company named as the subject opening the sentence, before `at` in the same clause: "La société
 * Hyperion fournira à la start-up 600 MW", "Hyperion will provide the startup with": a description
 * later in the subject's own clause is a complement, never the subject itself.
 */
function sentenceOpeningName(
  sentence: Sentence,
  text: string,
  names: readonly NameMention[],
  at: number,
): string | null {
  const first = names[firstFrom(names, sentence.start, nameStart)];
  if (!first || first.start >= at || first.end > sentence.end) return null;
  if (CLAUSE_BREAK.test(text.slice(first.end, at))) return null;
  return SUBJECT_LEAD.test(text.slice(sentence.start, first.start)) ? first.canonical : null;
}

/** The descriptions of a sentence that point back at a company named before, as parties for it. */
export function descriptionParties(
  sentence: Sentence,
  text: string,
  names: readonly NameMention[],
  gazetteer: Gazetteer,
): Party[] {
  const body = text.slice(sentence.start, sentence.end);
  const found: Party[] = [];
  const read = (start: number, written: string, head: string, words: string[], after: boolean) => {
    // French adjectives follow the noun: the description ends with its last telling word.
    const telling = words.findLastIndex((w) => NATIONALITIES.some(([pattern]) => pattern.test(w)));
    const kept = after ? words.slice(0, telling + 1) : words;
    const surface = after
      ? written.slice(0, written.indexOf(head) + head.length) + kept.map((w) => ` ${w}`).join("")
      : written;
    const end = start + surface.length;
    // "the Dutch company ASML", "la start-up parisienne H Company": the description introduces a name.
    const introduces = (at: number) => /^\s*["“«]?\s*\p{Lu}/u.test(text.slice(at, at + 4));
    if (introduces(end) || introduces(start + written.length)) return;
    if (names.some((n) => n.start < end && start < n.end)) return;
    const d = describe(head, kept);
    const subject = sentenceOpeningName(sentence, text, names, start);
    const canonical = d ? fittingCompany(text, names, start, gazetteer, d, subject) : null;
    if (canonical) found.push({ start, end, canonical, kind: "company", surface, via: "anaphora" });
  };
  for (const m of matchesIn(ENGLISH, body))
    read(sentence.start + m.index, m[0], m[2]!, m[1]!.trim().split(/\s+/u).filter(Boolean), false);
  for (const m of matchesIn(FRENCH, body))
    read(sentence.start + m.index, m[0], m[1]!, m[2]!.trim().split(/\s+/u).filter(Boolean), true);
  return found;
}
