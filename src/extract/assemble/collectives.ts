/**
 * A collective ("les géants américains de la tech", "the big four cloud providers", "hyperscalers")
 * right after the text has named its members ("200 milliards pour Amazon, 185 pour Alphabet, 135
 * pour Meta et 105 pour Microsoft. Au total, les géants de la tech…") stands for those companies
 * together (A+B+C+D), not for the phrase itself.
 */
import type { NameMention } from "../gazetteer.js";
import { BIG_TECH_NOUNS, COUNTED_COMPANY_NOUNS, PAIR_WORDS, SMALL_NUMBER_WORDS } from "../lexicon.js";
import { matchesIn } from "../patterns.js";
import type { Sentence } from "../sentences.js";
import { ACTORS } from "./collective-owner.js";
import { coordinatedCompanies, firstListOf, lastListOf } from "./coordinated-companies.js";
import { companiesLabellingItemsAbove, DEMONSTRATIVE_COMPANIES } from "./labelled-items-above.js";
import { gapBetween, listFrom, listStart } from "./parties.js";
import { firstFrom, nameStart, namesStartingIn } from "./text.js";
import type { DocumentReading, Party } from "./types.js";

const COUNT = Object.keys(SMALL_NUMBER_WORDS).join("|");
/** The big-tech nouns French writes before its adjectives (« les géants américains de la tech »). */
const BIG_TECH_FR = BIG_TECH_NOUNS.split("|")
  .filter((w) => w !== "giants")
  .join("|");

/**
 * A plural phrase naming big technology companies as a whole, adjectives and a count allowed:
 * "les quatre géants américains de la tech", "des grands groupes technologiques", "the big four
 * cloud providers", "the largest US tech companies"; any companies once counted ("the four companies",
 * "together, the four spent", "les trois investiront");
 * "the companies", "the partners", "les partenaires" as the subject of a statement ("the companies said").
 */
const COLLECTIVE_PHRASE = new RegExp(
  String.raw`(?<![\p{L}])(?:(?:les|des|ces|the)\s+)?(?:(?:${COUNT}|grands|principaux|big|biggest|largest|major|leading)\s+)*(?:(?:${BIG_TECH_FR})(?:\s+(?:américains|chinois|européens|mondiaux|technologiques|du\s+secteur))*(?:\s+(?:de\s+la\s+tech(?:nologie)?|du\s+numérique|du\s+cloud|de\s+l['’]IA)(?:\s+(?:américaine|mondiale))?)?|(?:groupes|entreprises)\s+(?:technologiques|de\s+la\s+tech(?:nologie)?)(?:\s+(?:américains|américaines|chinois|chinoises))?|(?:(?:US|American|Chinese)\s+)?(?:tech\s+(?:giants|companies|groups|firms)|hyperscalers|cloud\s+(?:providers|giants)|Big\s+Tech(?:\s+(?:companies|firms|groups))?))(?![\p{L}])|(?<![\p{L}])(?:(?:les|ces|the|all|tous\s+les)\s+(?:${COUNT})|both)\s+(?:${COUNTED_COMPANY_NOUNS})(?![\p{L}])|(?<![\p{L}])(?:the\s+pair|le\s+duo|le\s+tandem)(?![\p{L}])|(?<![\p{L}])(?:these|those|ces)\s+(?:companies|firms|groups|entreprises|sociétés|groupes)(?![\p{L}])|(?<![\p{L}])(?:les|ces|the|all|tous\s+les)\s+(?:${COUNT})(?=\s+(?:together|combined|collectively|jointly|will|would|plan|plans|planned|expect|expected|have|had|are|were|said|say|spent|spend|invested|reported|agreed|pledged|committed|intend|account(?:ed)?\s+for|ont|sont|prévoient|comptent|vont|investiront|dépensent|devraient|représentent|s['’]engagent|se\s+sont)(?![\p{L}]))|(?<![\p{L}])(?:les|ces|the)\s+(?:companies|partners|firms|sociétés|partenaires)(?=\s+(?:said|say|will|would|plan|planned|expect|expected|have|had|agreed|pledged|committed|intend|a(?:vaient|ont)?|ont|prévoient|comptent|vont|investiront|s['’]engagent|se\s+sont)(?![\p{L}]))`,
  "giu",
);
/** "the companies", "the partners", "les partenaires": the parties to a venture just named. */
const PARTNERS = /^(?:les|ces|the)\s+(?:companies|partners|firms|sociétés|partenaires)$/iu;

const PAIR = new RegExp(String.raw`^(?:${PAIR_WORDS})(?![\p{L}])`, "iu");
const COUNT_IN = new RegExp(String.raw`(?<![\p{L}])(${COUNT})(?![\p{L}])`, "iu");

/** How many companies a collective counts ("les quatre géants" → 4), or null when it does not say. */
function countOf(phrase: string): number | null {
  if (PAIR.test(phrase)) return 2;
  const m = COUNT_IN.exec(phrase);
  return m ? (SMALL_NUMBER_WORDS[m[1]!.toLowerCase()] ?? null) : null;
}

/** The distinct companies named from `from` up to `to`, in order of first mention. */
function companiesBetween(r: DocumentReading, names: NameMention[], from: number, to: number): string[] {
  const { gazetteer } = r;
  const found: string[] = [];
  for (let i = firstFrom(names, from, nameStart); i < names.length; i++) {
    const n = names[i]!;
    if (n.start >= to) break;
    if (n.kind !== "company" && n.kind !== "periphrasis") continue;
    if (gazetteer.publicBodies.has(n.canonical) || gazetteer.programmes.has(n.canonical)) continue;
    if (gazetteer.collectives.includes(n.canonical) || gazetteer.outlets.includes(n.canonical)) continue;
    if (!found.includes(n.canonical)) found.push(n.canonical);
  }
  return found;
}

/** "Avec Meta, les trois sociétés…", "Together with Meta, the three companies…": one more member joins the count. */
const JOINED_LEAD =
  /^\s*(?:avec|along\s+with|together\s+with|with|aux\s+côtés\s+d(?:e\s+|['’])|ajoutée?s?\s+à|added\s+to)\s+(?:(?:la|le|l['’]|the)\s*)?$/iu;
const JOINED_CLOSE = /^\s*,\s*(?:(?:les|ces|the|these)\s+)?$/iu;

/** The companies the collective's own sentence adds to it before it: « Avec Meta, les trois… ». */
function joinedToCollective(r: DocumentReading, sentenceStart: number, at: number): string[] {
  const joined: string[] = [];
  for (const n of r.names) {
    if (n.start < sentenceStart || n.end > at || n.kind !== "company") continue;
    if (JOINED_LEAD.test(r.text.slice(sentenceStart, n.start)) && JOINED_CLOSE.test(r.text.slice(n.end, at)))
      joined.push(n.canonical);
  }
  return joined;
}

/**
 * The companies a collective at `at` stands for: those named in the previous sentence of its
 * paragraph and in its own sentence before it, as many as its count says, or at least three.
 */
function membersNamedBefore(
  r: DocumentReading,
  sentences: Sentence[],
  sentenceIndex: number,
  at: number,
  phrase: string,
): string[] | null {
  const sentence = sentences[sentenceIndex]!;
  const before = sentences[sentenceIndex - 1];
  if (DEMONSTRATIVE_COMPANIES.test(phrase)) return companiesLabellingItemsAbove(r, sentences, sentenceIndex);
  const count = countOf(phrase);
  // A counted collective ("the four companies") may point back across a paragraph, at the headline.
  const from =
    before && (before.paragraph === sentence.paragraph || count !== null) ? before.start : sentence.start;
  const joined = joinedToCollective(r, sentence.start, at);
  const members = companiesBetween(r, r.names, from, at).filter((m) => !joined.includes(m));
  if (count !== null) {
    if (members.length === count) return [...members, ...joined];
    // "Microsoft and Nvidia are doubling down on Anthropic. The two tech giants…": the pair coordinated.
    return joined.length === 0 ? lastListOf(r, from, at, count) : null;
  }
  // "OpenAI, SoftBank and Oracle launched Stargate. The partners said they would invest": the programme's.
  const programme = namesStartingIn(r.names, from, at).find(
    (n) => n.start >= from && n.end <= at && r.gazetteer.programmes.has(n.canonical),
  );
  if (programme && members.length >= 2 && PARTNERS.test(phrase)) return [programme.canonical];
  return members.length >= 3 ? members : null;
}

/**
 * "The five big hyperscalers poured $197 billion into AI. For Microsoft, Alphabet, Meta, Amazon, and
 * Oracle, …": a counted collective the text has not yet named is the list of as many companies the
 * next sentence coordinates.
 */
function membersNamedNext(r: DocumentReading, next: Sentence | undefined, phrase: string): string[] | null {
  const count = countOf(phrase);
  return next && count !== null ? firstListOf(r, next.start, next.end, count) : null;
}

/** « Leurs dépenses combinées », "Their combined capex": a plural possessive opening the sentence. */
const PLURAL_POSSESSIVE_OPENING = /^\s*(?:[-•*]\s*)?(leurs?|their)(?=\s)/iu;

/**
 * "Microsoft, Alphabet, Meta et Amazon investissent… Leurs dépenses combinées… 370 milliards": a
 * sentence opening on a plural possessive speaks of the companies the previous sentence of its
 * paragraph coordinates, together.
 */
function pluralPossessiveGroup(
  r: DocumentReading,
  sentences: Sentence[],
  sentenceIndex: number,
): Party | null {
  const sentence = sentences[sentenceIndex]!;
  const before = sentences[sentenceIndex - 1];
  if (!before || before.paragraph !== sentence.paragraph) return null;
  const m = PLURAL_POSSESSIVE_OPENING.exec(r.text.slice(sentence.start, sentence.end));
  if (!m) return null;
  const members = coordinatedCompanies(r, before.start, before.end).at(-1);
  if (!members) return null;
  const start = sentence.start + m.index + m[0].length - m[1]!.length;
  const group: Party = {
    start,
    end: start + m[1]!.length,
    surface: m[1]!,
    canonical: members.join("+"),
    kind: "company",
    via: "anaphora",
  };
  groupsOfCollectives.add(group);
  return group;
}

const groupsOfCollectives = new WeakSet<Party>();

/** Whether the party is a collective read as the companies just named: it acts as the collective does. */
export function isCollectiveGroup(party: Party | null): boolean {
  return party !== null && groupsOfCollectives.has(party);
}

/**
 * ", including", "such as", "comme", ", dont", ", parmi lesquels": the collective's members are listed
 * next; "dont" and "among them" only after a comma, where they cannot open a relative clause. The
 * list may also stand right after the collective, as its apposition ("hyperscalers Microsoft, Alphabet
 * and Meta", « les hyperscalers : Microsoft, Alphabet et Meta »).
 */
const MEMBERS_LEAD =
  /^\s*(?:[,(—–]\s*)?(?:including|such\s+as|like|notamment|comme|tels?\s+que|telles?\s+que)\s+$|^\s*[,(—–]\s*(?:among\s+them|dont|parmi\s+(?:eux|elles|lesquels|lesquelles))\s+$|^\s+$|^\s*[:—–]\s*$/iu;

/**
 * "Several groups, including", "des laboratoires d'IA comme", "AI labs such as": a plural noun of
 * actors (modifiers, adjectives and a complement allowed) right before the lead of its members; the
 * phrase is group 1.
 */
const ACTORS_BEFORE_MEMBERS = new RegExp(
  String.raw`(?<![\p{L}-])((?:[\p{L}-]+\s+){0,2}?(?:${ACTORS}|${BIG_TECH_NOUNS})(?:\s+[\p{Ll}-]+(?:ains?|aines?|[ée]s|ens|ennes|aux|iques|aires)){0,2}(?:\s+(?:de|d['’]|du|des|of)\s*(?:la\s+|l['’])?[\p{L}-]{2,}){0,2})\s*(?:[,(—–]\s*)?(?:including|such\s+as|like|among\s+them|notamment|dont|comme|tels?\s+que|telles?\s+que|parmi\s+(?:eux|elles|lesquels|lesquelles))\s+$`,
  "iu",
);

/** The spans of plural nouns of actors whose members the sentence lists next. */
function actorsListingMembers(r: DocumentReading, sentence: Sentence, parties: Party[]) {
  const spans: { start: number; end: number; surface: string }[] = [];
  for (const p of parties) {
    if (p.start < sentence.start || p.kind !== "company") continue;
    const from = Math.max(sentence.start, p.start - 90);
    const m = ACTORS_BEFORE_MEMBERS.exec(r.text.slice(from, p.start));
    if (!m) continue;
    const start = from + m.index + (m[0].length - m[0].trimStart().length);
    const surface = m[1]!.trim();
    spans.push({ start, end: start + surface.length, surface });
  }
  return spans;
}

/** Before a list's last name: "and", « et », "&", "as well as", « ainsi que ». */
const LIST_CLOSING = /^\s*,?\s*(?:et|and|&|ainsi\s+qu(?:['’]|e(?!\p{L}))|as\s+well\s+as)\s*$/iu;

/**
 * "Major tech companies, including Alphabet, Amazon, Meta and Microsoft, are on track to spend":
 * the list in apposition to a collective, closed by "and", is the companies it stands for; the
 * group spans the collective and its list.
 */
function membersListedAfter(r: DocumentReading, parties: Party[], span: { end: number }): Party[] {
  const first = parties.findIndex((p) => p.start >= span.end);
  const head = parties[first];
  if (!head || !MEMBERS_LEAD.test(r.text.slice(span.end, head.start))) return [];
  const list = listFrom(parties, first, r.text, Number.POSITIVE_INFINITY);
  if (list.length < 2 || list.some((p) => p.kind !== "company")) return [];
  const closing = gapBetween(r.text, list.at(-2)!, list.at(-1)!);
  return LIST_CLOSING.test(closing) ? list : [];
}

/**
 * "Microsoft et Nvidia, deux géants du secteur, investissent": a collective set between commas right
 * after a list closed by "and" describes that list, which stays the subject as it is.
 */
function appositionToList(r: DocumentReading, parties: Party[], at: number): boolean {
  const last = parties.findLastIndex((p) => p.end <= at);
  if (last < 1 || !/^\s*,\s*(?:(?:les|des|ces|the)\s+)?$/iu.test(r.text.slice(parties[last]!.end, at)))
    return false;
  const first = listStart(parties, last, r.text, 0);
  if (first === last || parties.slice(first, last + 1).some((p) => p.kind !== "company")) return false;
  return LIST_CLOSING.test(gapBetween(r.text, parties[last - 1]!, parties[last]!));
}

/** "…, and", "ainsi que", "along with": what comes before is coordinated with the collective. */
const COORDINATED_BEFORE =
  /(?<![\p{L}])(?:and|et|ainsi\s+que|de\s+même\s+que|along\s+with|as\s+well\s+as|together\s+with)\s+(?:(?:the|les|des|ces)\s+)?$/iu;

/**
 * "Microsoft, Nvidia et Anthropic ont signé un partenariat, et les hyperscalers dépenseront": a
 * collective coordinated with what the sentence said before is more parties, not those named; a
 * counted collective ("and the three spent") still counts them.
 */
function coordinatedWithOthers(before: string, surface: string): boolean {
  return countOf(surface) === null && COORDINATED_BEFORE.test(before);
}

/** The sentence's collectives that stand for companies just named, as parties for those companies together. */
export function withCollectiveGroups(
  r: DocumentReading,
  sentences: Sentence[],
  sentenceIndex: number,
  parties: Party[],
): Party[] {
  const sentence = sentences[sentenceIndex]!;
  const body = r.text.slice(sentence.start, sentence.end);
  const found: Party[] = [];
  const known = parties.filter((p) => r.gazetteer.collectives.includes(p.canonical));
  let spans = known.map((p) => ({ start: p.start, end: p.end, surface: p.surface }));
  for (const m of matchesIn(COLLECTIVE_PHRASE, body)) {
    const start = sentence.start + m.index;
    const end = start + m[0].length;
    if (parties.some((p) => p.start < end && start < p.end && !known.includes(p))) continue;
    // « les quatre géants de la tech »: a collective the gazetteer knows is read with the phrase's count.
    if (countOf(m[0]) !== null) spans = spans.filter((o) => o.start < start || o.end > end);
    spans.push({ start, end, surface: m[0] });
  }
  const possessive = pluralPossessiveGroup(r, sentences, sentenceIndex);
  if (possessive) found.push(possessive);
  const listing = new Set<{ start: number }>();
  for (const span of actorsListingMembers(r, sentence, parties)) {
    if (spans.some((o) => o.start < span.end && span.start < o.end)) continue;
    if (parties.some((p) => p.start < span.end && span.start < p.end && !known.includes(p))) continue;
    spans.push(span);
    listing.add(span);
  }
  if (spans.length === 0 && found.length === 0) return parties;
  for (const span of spans) {
    if (appositionToList(r, parties, span.start)) continue;
    const listed = membersListedAfter(r, parties, span);
    if (listed.length > 0) {
      const canonical = [...new Set(listed.map((p) => p.canonical))].join("+");
      const group: Party = { ...span, end: listed.at(-1)!.end, canonical, kind: "company", via: "anaphora" };
      groupsOfCollectives.add(group);
      found.push(group);
      continue;
    }
    if (listing.has(span) || coordinatedWithOthers(r.text.slice(sentence.start, span.start), span.surface))
      continue;
    const members =
      membersNamedBefore(r, sentences, sentenceIndex, span.start, span.surface) ??
      membersNamedNext(r, sentences[sentenceIndex + 1], span.surface);
    if (!members) continue;
    const group: Party = { ...span, canonical: members.join("+"), kind: "company", via: "anaphora" };
    groupsOfCollectives.add(group);
    found.push(group);
  }
  if (found.length === 0) return parties;
  const kept = parties.filter((p) => !found.some((g) => p.start < g.end && g.start < p.end));
  return [...kept, ...found].sort((a, b) => a.start - b.start);
}
