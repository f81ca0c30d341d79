import type { Gazetteer, NameMention } from "../gazetteer.js";
import {
  ANAPHORA,
  COMPLEMENT_BEFORE,
  MODIFIER_AFTER,
  NATIONALITY_ADJECTIVES_EN,
  PRONOUN_SUBJECT_VERBS,
  TRADE_WORDS,
  tradeNouns,
} from "../lexicon.js";
import { EXCHANGE, LEGAL_SUFFIX, SYMBOL } from "../market-data.js";
import type { QuantityMention } from "../numbers/types.js";
import { hasMatch, matchesIn } from "../patterns.js";
import type { Sentence } from "../sentences.js";
import { isBoughtName } from "./acquired.js";
import { apposedHead } from "./apposed-speaker.js";
import { clauseSubjectBeforeBreak, type WrittenCompany } from "./clause-break-subject.js";
import { withCounterparts } from "./counterpart-periphrasis.js";
import { demonstrativeParties, subjectPair } from "./demonstratives.js";
import { descriptionParties } from "./descriptions.js";
import { objectPronounParties } from "./object-pronouns.js";
import { opensOwnClause } from "./own-clause.js";
import { qualifiesByRelation } from "./relation-modifier.js";
import { singularReferent } from "./singular-anaphor.js";
import { firstFrom, nameStart, rememberedBySpan } from "./text.js";
import type { Party } from "./types.js";

/** A party that can hold money or a stake: a company, public body or collective — no person, product or programme. */
export const isOrganisation = (p: Party): boolean =>
  p.kind !== "person" && p.kind !== "product" && p.kind !== "programme";

/** What may stand between a name and its figure when the verb is left out ("and Nvidia up to $10 billion"). */
export const GAPPED_FIGURE =
  /^\s*,?\s*(?:(?:up\s+to|about|around|nearly|some|more\s+than|over|jusqu['’]à|environ|près\s+de|plus\s+de|pour)\s*)?$/iu;

/** A verb that hands something over: "issued", "granted", "hands", "a accordé", "remet". */
const GRANT_VERB = String.raw`(?:issue[sd]?|grant(?:s|ed)?|gave|give[sn]?|award(?:s|ed)?|offer(?:s|ed)?|hand(?:s|ed)?|a\s+(?:accordé|octroyé|émis|attribué|consenti|remis)|accorde|octroie|émet|attribue|remet)`;

/** The warrant handed over: "warrants", "a warrant", "des bons de souscription". */
const WARRANT_NOUN = String.raw`(?:(?:a|an|des|de|les|the)\s+)?(?:warrants?|bons?\s+de\s+souscription(?:\s+d['’]actions)?)`;

/**
 * Before the holder: "to", "for", "in favour of", "for the benefit of", "à", "pour", "au profit de",
 * "en faveur d'", "à l'intention de", "à destination de".
 */
const TO_HOLDER = String.raw`(?:to|for|in\s+favou?r\s+of|for\s+the\s+benefit\s+of|à|pour|au\s+profit\s+d(?:e\s+|['’])|en\s+faveur\s+d(?:e\s+|['’])|à\s+l['’]intention\s+d(?:e\s+|['’])|à\s+destination\s+d(?:e\s+|['’]))`;

/** Before the issuer: "from", "de la part de", "de", "d'". */
const FROM_ISSUER = String.raw`from|de\s+la\s+part\s+d(?:e\s+|['’])|de\s+|d['’]`;

/**
 * "AMD issued OpenAI a warrant", "a accordé à OpenAI des bons", "has issued warrants to OpenAI",
 * "a émis des bons de souscription en faveur d'OpenAI": issuer, verb, holder.
 */
export const WARRANT_GRANT = new RegExp(
  String.raw`^\s+(?:has\s+|have\s+)?${GRANT_VERB}\s+(?:${WARRANT_NOUN}\s+)?(?:${TO_HOLDER}\s*)?$`,
  "iu",
);

/**
 * "OpenAI received a warrant from AMD", "OpenAI a obtenu d'AMD des bons de souscription", "a reçu des
 * bons de souscription de la part d'AMD": holder, verb, issuer.
 */
const WARRANT_RECEIVED = new RegExp(
  String.raw`^\s+(?:has\s+|have\s+)?(?:receive[sd]?|obtain(?:s|ed)?|gets?|got|secured|won|a\s+(?:reçu|obtenu)|reçoit|obtient|ont\s+(?:reçu|obtenu))\s+(?:(?:${FROM_ISSUER})\s*|${WARRANT_NOUN}\s+(?:${FROM_ISSUER})\s*)$`,
  "iu",
);

/** "hands it a warrant", "lui accorde des bons de souscription": the holder is a pronoun for a name just before. */
const WARRANT_TO_PRONOUN = new RegExp(
  String.raw`(?<![\p{L}])(?:${GRANT_VERB}\s+(?:it|them)|(?:lui|leur)\s+${GRANT_VERB})\s+${WARRANT_NOUN}(?![\p{L}])`,
  "iu",
);

/** "warrants for a 5.4% stake", "des bons de souscription". */
export const WARRANT_WORD = /\bwarrants?\b|(?<!\p{L})bons?\s+de\s+souscription(?!\p{L})/iu;

/** The issuer and holder of the warrant a sentence grants ("AMD granted OpenAI a warrant"), if any. */
export function warrantGrantIn(
  sentence: Sentence,
  text: string,
  parties: Party[],
): { issuer: string; holder: string } | null {
  if (!hasMatch(WARRANT_WORD, sentence.text)) return null;
  for (let i = 0; i + 1 < parties.length; i++) {
    const issuer = parties[i]!;
    const holder = parties[i + 1]!;
    if (issuer.canonical === holder.canonical || holder.kind === "person") continue;
    const between = text.slice(issuer.end, holder.start);
    if (WARRANT_GRANT.test(between)) return { issuer: issuer.canonical, holder: holder.canonical };
    if (issuer.kind !== "person" && WARRANT_RECEIVED.test(between))
      return { issuer: holder.canonical, holder: issuer.canonical };
  }
  return warrantToPronoun(sentence, parties);
}

/**
 * "AMD wins OpenAI as a customer, hands it a warrant": the sentence's first company issues, the
 * pronoun stands for the last other company named before it.
 */
function warrantToPronoun(sentence: Sentence, parties: Party[]): { issuer: string; holder: string } | null {
  const m = WARRANT_TO_PRONOUN.exec(sentence.text);
  if (!m) return null;
  const at = sentence.start + m.index;
  const before = parties.filter((p) => p.end <= at && p.kind !== "person");
  const issuer = before[0];
  const holder = before.findLast((p) => p.canonical !== issuer?.canonical);
  return issuer && holder ? { issuer: issuer.canonical, holder: holder.canonical } : null;
}

/** "le programme", "du projet", "the project": the programme last named (Stargate). */
export const PROGRAMME_ANAPHORA =
  /\b(?:(?:le|du|au)\s+programme|(?:le|du|au)\s+projet|the\s+programme|the\s+program|the\s+project|the\s+initiative)(?![\p{L}])/giu;

/** "Nvidia's favoured child CoreWeave": a possessive whose noun describes the next name. */
const POSSESSIVE_AFTER = /^['’]s?\s/u;

/**
 * A headline name that describes another rather than being what the headline is about: a
 * complement ("… s'allie à Microsoft"), a participle ("Microsoft-backed Mistral"), a relation noun
 * ("Nvidia partner SK Hynix") or a possessive
 * followed, in the same headline, by the name it describes ("Nvidia's favoured child CoreWeave").
 */
function isHeadlineModifier(
  text: string,
  name: NameMention,
  headline: Sentence,
  names: NameMention[],
): boolean {
  if (isComplement(text, name, headline.start)) return true;
  if (namesTheDealOf(text, name, names)) return true;
  if (qualifiesByRelation(text, name, names)) return true;
  if (!POSSESSIVE_AFTER.test(text.slice(name.end, name.end + 3))) return false;
  return names.some(
    (n) =>
      n.start > name.end &&
      n.end <= headline.end &&
      n.canonical !== name.canonical &&
      n.kind !== "person" &&
      !namesTheDealOf(text, n, names),
  );
}

/** A deal noun right after a name: "Meta deal", "OpenAI contract", "Nvidia stake". */
const DEAL_NOUN_AFTER =
  /^\s+(?:[\p{Ll}-]+\s+)?(?:deals?|contracts?|pacts?|agreements?|stakes?|investments?|orders?|bets?|tie-ups?|partnerships?|bids?|talks|alliances?|accords?|contrats?)(?!\p{L})/u;

/**
 * "CoreWeave's Meta deal", "AMD's OpenAI pact": a name right after a possessive, as the modifier of a
 * deal noun, says whom the possessor's deal is with; the possessor is what the headline is about.
 */
function namesTheDealOf(text: string, name: NameMention, names: NameMention[]): boolean {
  if (!DEAL_NOUN_AFTER.test(text.slice(name.end, name.end + 40))) return false;
  const before = names.findLast((n) => n.end <= name.start);
  return before !== undefined && /^['’]s?\s+$/u.test(text.slice(before.end, name.start));
}

/**
 * Article subject: the company named most in the headline and first paragraphs, a name in subject
 * position counting more than one after a preposition ("… s'allie à Microsoft"), and the
 * headline's own subject most of all. A headline name that only describes another ("Nvidia's
 * favoured child CoreWeave", "Microsoft-backed Mistral") counts as a complement.
 */
export function findSubject(
  sentences: Sentence[],
  names: NameMention[],
  gazetteer: Gazetteer,
  text = "",
): string | null {
  const counts = new Map<string, number>();
  const end = sentences.findLast((s) => s.paragraph <= 3)?.end ?? 0;
  const headlines = sentences.filter((s) => s.headline);
  const openers = new Set<Sentence>();
  for (const name of names) {
    if (gazetteer.programmes.has(name.canonical) || name.kind === "programme") continue;
    // "la société" never points back at "les hyperscalers".
    if (gazetteer.collectives.includes(name.canonical)) continue;
    // The company bought is what the deal is about, not who acts in the article: its acquirer is.
    if (isBoughtName(text, name.start)) continue;
    const headline = headlines.find((s) => name.start >= s.start && name.end <= s.end);
    const modifier = headline
      ? isHeadlineModifier(text, name, headline, names)
      : isComplement(text, name, Math.max(0, name.start - 30));
    let weight = headline ? 3 : name.start < end ? 1 : 0.25;
    // A bank or research firm is quoted about the article's subject, rarely its subject.
    if (gazetteer.roles.get(name.canonical) === "source") weight /= 4;
    if (modifier) weight /= 2;
    else if (headline && !openers.has(headline)) {
      openers.add(headline);
      weight *= 2;
    }
    counts.set(name.canonical, (counts.get(name.canonical) ?? 0) + weight);
  }
  let best: string | null = null;
  let bestCount = 0;
  for (const [name, count] of counts)
    if (count > bestCount) {
      best = name;
      bestCount = count;
    }
  return best;
}

export function fullPersonName(surface: string, canonical: string, gazetteer: Gazetteer): string {
  const folded = surface.replace(/\s+/g, " ");
  const longer = gazetteer.entries.find(
    (e) => e.kind === "person" && e.canonical === canonical && e.surface.endsWith(folded),
  );
  return longer?.surface ?? folded;
}

/** "elle", "elles" as a subject: the company in French. */
export const FEMININE_PRONOUN = /(?:^|[,;]\s*|\bqu['’]|\bque\s+|(?<!\p{L})dont\s+)(elle|elles)\b/giu;

/** The latest name before `at` that `accept` takes, as written in the gazetteer. */
export function latestNameBefore(
  names: NameMention[],
  at: number,
  accept: (n: NameMention) => boolean,
): string | null {
  for (let i = firstFrom(names, at, nameStart) - 1; i >= 0; i--)
    if (accept(names[i]!)) return names[i]!.canonical;
  return null;
}

/**
 * The name an anaphora introduces rather than stands for: "la startup io Products", "la société
 * britannique Fluidstack", "le fonds émirien MGX" (lower-case adjectives allowed, no verb).
 */
const NAME_AFTER_ANAPHORA = String.raw`\s*["“«]?\s*(\p{Lu}[\p{L}\p{N}.&-]*(?:\s+\p{Lu}[\p{L}\p{N}.&-]*)*|(?!(?:de|du|des|of|in|à|au|en|et|and|the|le|la|les|par|by|sur|for|pour|to|on|at|a)\s)[a-z]{1,3}\s+\p{Lu}\p{L}+)`;
const FRENCH_ADJECTIVES = String.raw`(?:\s+(?!(?:a|ont|est|sont|avait|va|doit|has|have|had|is|was|will|et|and|de|du|des|of|à|au|en|in|to|with|avec|pour|for|par|by|sur|chez|dans|from)(?![\p{L}]))[\p{Ll}-]+){0,3}?`;
const NAMED_AFTER_ANAPHORA = new RegExp(`^${FRENCH_ADJECTIVES}${NAME_AFTER_ANAPHORA}`, "u");
const NAMED_RIGHT_AFTER = new RegExp(`^${NAME_AFTER_ANAPHORA}`, "u");

/** An apposition set off by commas between a subject and its verb (", spun off from X,", « , né de X, »). */
const APPOSITION_BETWEEN = String.raw`(?:\s*,\s+\p{Ll}[^,;:.()\d]{2,90},)?`;

/**
 * "the former / the latter", "le premier / le second", "la première / la seconde" as the subject of
 * a verb, or of a clause whose verb is left out (", le second 1,5 milliard", ", le second de 9
 * milliards"), an apposition allowed before the verb (« le second, né de X, a vu »): one of the two
 * companies named last before it.
 */
const CONTRAST = new RegExp(
  String.raw`(?<![\p{L}])(?:the\s+(former|latter)|(?:le|la)\s+(premi[eè]re?|seconde?|derni[eè]re?))(?=${APPOSITION_BETWEEN}\s+(?:${PRONOUN_SUBJECT_VERBS}|will|would|has|had|have|is|was|are|plans|said|says|agreed|expects|sees|spent|spends|grew|rose|fell|saw|took|made|paid|sold|bought|won|led|hit|brought|built|lost|holds|held|owns|got|now|also|still|a|ont|avait|aura|est|sera|va|vient|doit|devrait|prévoit|compte|s['’]|se|y|en|\p{Ll}+(?:ed|era|ra|ait|ont))(?![\p{L}])|(?<=[,;]\s*(?:and\s+|et\s+)?(?:the\s+|le\s+|la\s+)\p{L}+)\s+(?:de\s+|d['’]|of\s+|à\s+|at\s+)?(?:(?:about|around|some|nearly|over|environ|près\s+de|plus\s+de|quelque)\s+)?[$€£]?\d)`,
  "giu",
);

/** "ils", « elles », "they" as a clause's subject ("Together they", « Ensemble, elles »): the group the text has just named. */
const GROUP_PRONOUN =
  /(?:^|[,;:]\s*|\bqu['’]|\bque\s+|\b(?:and|et|but|mais|together|ensemble),?\s+)(ils|elles|they)(?=\s)/giu;

/** Personal pronouns as a clause's subject, not impersonal ("il y a", "it is expected"). */
const PERSONAL_PRONOUN =
  /(?:^|[,;:]\s*|\bqu['’]|\bque\s+|\b(?:and|et|but|mais|when|lorsque|quand|dont|of\s+which)\s+)(il|it)(?=\s)(?!\s+(?:y|faut|s['’]agit|semble|reste|est\s+\p{L}+\s+(?:de|que|d['’])|is|was|'s|seems|appears|remains|would\s+be|will\s+be|means|takes|also\s+(?:is|was))(?![\p{L}]))/giu;

/** The two distinct companies named last before `at`, earlier one first. */
function lastPair(names: NameMention[], at: number, gazetteer: Gazetteer): [string, string] | null {
  const seen: string[] = [];
  for (let i = firstFrom(names, at, nameStart) - 1; i >= 0 && seen.length < 2; i--) {
    const n = names[i]!;
    if (n.kind === "programme" || gazetteer.programmes.has(n.canonical)) continue;
    if (!seen.includes(n.canonical)) seen.push(n.canonical);
  }
  return seen.length === 2 ? [seen[1]!, seen[0]!] : null;
}

/** The two companies a contrastive word at `at` picks from: the sentence's joint subjects, else the two named last. */
export function contrastPair(
  names: NameMention[],
  at: number,
  text: string,
  gazetteer: Gazetteer,
): [string, string] | null {
  return subjectPair(names, at, text) ?? lastPair(names, at, gazetteer);
}

/** A company party read from a pronoun or a description written at `start` that stands for `meant`. */
export function anaphoraParty(start: number, surface: string, meant: string): Party {
  return { start, end: start + surface.length, canonical: meant, kind: "company", surface, via: "anaphora" };
}

/**
 * Each pronoun `pattern` captures (group 1) in the sentence's body, as a party standing for `meant`,
 * or a string for the company it stands for at its position.
 */
function pronounsFor(
  pattern: RegExp,
  meant: string | ((at: number) => string | null),
  sentence: Sentence,
  body: string,
): Party[] {
  return [...matchesIn(pattern, body)].flatMap((m) => {
    const surface = m[1]!;
    const start = sentence.start + m.index + m[0].length - surface.length;
    const company = typeof meant === "string" ? meant : meant(start);
    return company ? [anaphoraParty(start, surface, company)] : [];
  });
}

/** The sentence's companies written by name, in text order: the subjects a pronoun may take up. */
function writtenCompanies(sentence: Sentence, names: NameMention[], gazetteer: Gazetteer): WrittenCompany[] {
  const found: WrittenCompany[] = [];
  for (let i = firstFrom(names, sentence.start, nameStart); i < names.length; i++) {
    const n = names[i]!;
    if (n.start >= sentence.end) break;
    if (n.kind !== "company" || gazetteer.programmes.has(n.canonical)) continue;
    if (gazetteer.roles.get(n.canonical) === "source") continue;
    found.push(n);
  }
  return found;
}

/** A subject pronoun's company: the subject of the clause before its break, else the article's subject. */
function pronounMeaning(
  sentence: Sentence,
  text: string,
  written: readonly WrittenCompany[],
  subject: string | null,
): (at: number) => string | null {
  return (at) => clauseSubjectBeforeBreak(text, sentence.start, at, written) ?? subject;
}

/** Contrastive references and personal pronouns of a sentence as parties. */
function pronounParties(
  sentence: Sentence,
  text: string,
  names: NameMention[],
  subject: string | null,
  gazetteer: Gazetteer,
  group: string | null,
): Party[] {
  const body = text.slice(sentence.start, sentence.end);
  const found: Party[] = [];
  if (group) found.push(...pronounsFor(GROUP_PRONOUN, group, sentence, body));
  // Every contrastive word of a sentence picks from the pair named before the first one.
  let pair: [string, string] | null | undefined;
  for (const m of matchesIn(CONTRAST, body)) {
    const start = sentence.start + m.index;
    const before = body.slice(Math.max(0, m.index - 30), m.index);
    pair ??= subjectPair(names, start, text) ?? lastPair(names, start, gazetteer);
    if (!pair || COMPLEMENT_BEFORE.test(before)) continue;
    const word = (m[1] ?? m[2]!).toLowerCase();
    const canonical = /^(?:former|premi)/u.test(word) ? pair[0] : pair[1];
    found.push(anaphoraParty(start, m[0], canonical));
  }
  const written = [...writtenCompanies(sentence, names, gazetteer), ...found].sort(
    (a, b) => a.start - b.start,
  );
  found.push(
    ...pronounsFor(PERSONAL_PRONOUN, pronounMeaning(sentence, text, written, subject), sentence, body),
  );
  return found;
}

/**
 * "Microsoft Corp (MSFT)", "Nvidia (NASDAQ: NVDA)", "Oklo, Inc. (NYSE: OKLO)": a legal suffix and a
 * stock ticker belong to the name.
 */
const SUFFIX_AND_TICKER = new RegExp(
  `^(?:,?\\s+${LEGAL_SUFFIX})?\\s*\\((?:${EXCHANGE}\\s*:\\s*)?${SYMBOL}\\)`,
  "u",
);

function withTicker(text: string, end: number, sentenceEnd: number): number {
  const ticker = SUFFIX_AND_TICKER.exec(text.slice(end, end + 40));
  return ticker && end + ticker[0].length <= sentenceEnd ? end + ticker[0].length : end;
}

/** What may stand before a sentence's opening subject: an article and a few lower-case words. */
const OPENING_LEAD = /^[\s"“«]*(?:(?:la|le|les|l['’]|the)\s*)?(?:[\p{Ll}-]+\s+){0,3}$/u;

/**
 * "Nscale y jouera un rôle clé : la société construira…", "Nscale signed with Microsoft; the company
 * will build…": an anaphora opening the clause after a colon or a semicolon stands for the company
 * that opened the sentence, not for the article's subject.
 */
function subjectBeforeBreak(
  sentence: Sentence,
  text: string,
  names: NameMention[],
  gazetteer: Gazetteer,
  at: number,
): string | null {
  if (!/[:;]\s*$/u.test(text.slice(Math.max(sentence.start, at - 4), at))) return null;
  const first = names[firstFrom(names, sentence.start, nameStart)];
  if (first?.kind !== "company" || first.start >= at) return null;
  if (gazetteer.programmes.has(first.canonical) || gazetteer.roles.get(first.canonical) === "source")
    return null;
  return OPENING_LEAD.test(text.slice(sentence.start, first.start)) ? first.canonical : null;
}

/**
 * Names, anaphora and ad hoc company names ("la startup io Products") of one sentence; `names`
 * are the document's, in text order.
 */

export function partiesOf(
  sentence: Sentence,
  text: string,
  names: NameMention[],
  subject: string | null,
  gazetteer: Gazetteer,
  group: string | null = null,
  documentSubject: string | null = subject,
): Party[] {
  const parties: Party[] = [];
  for (let i = firstFrom(names, sentence.start, nameStart); i < names.length; i++) {
    const n = names[i]!;
    if (n.start >= sentence.end) break;
    const previous = parties.at(-1);
    // The ticker of the name before ("Microsoft (MSFT)") is no second name.
    if (previous && n.start < previous.end && previous.end > names[i - 1]!.end) continue;
    if (n.end <= sentence.end)
      parties.push({
        start: n.start,
        end: withTicker(text, n.end, sentence.end),
        canonical: n.canonical,
        kind: n.kind,
        surface: n.surface,
        via: "name",
      });
  }
  const body = text.slice(sentence.start, sentence.end);
  parties.push(...descriptionParties(sentence, text, names, gazetteer));
  ANAPHORA.lastIndex = 0;
  const anaphora = matchesIn(ANAPHORA, body);
  for (const m of anaphora) {
    const start = sentence.start + m.index;
    const end = start + m[0].length;
    // "le groupe japonais", "le groupe de Redmond": a periphrasis the gazetteer knows names the company.
    if (parties.some((p) => p.start < end && start < p.end)) continue;
    const after = text.slice(end, end + 40);
    // English puts adjectives before the noun: "the company guided AI revenue" names nobody.
    const named = (/^the\s/iu.test(m[0]) ? NAMED_RIGHT_AFTER : NAMED_AFTER_ANAPHORA).exec(after);
    if (named) {
      if (!parties.some((p) => p.start >= end && p.start <= end + named[0].length + 2)) {
        const surface = named[1]!.replace(/[.&-]+$/u, "");
        const s = end + after.indexOf(surface);
        parties.push({
          start: s,
          end: s + surface.length,
          canonical: surface,
          kind: "company",
          surface,
          via: "adhoc",
        });
      }
      continue;
    }
    if (/^\s+(?:d['’]|de\s+)(?:IA|intelligence|AI|l['’]IA)/iu.test(after) && subject === null) continue;
    // "la start-up" in a report about a chipmaker is the model developer last named, not the chipmaker.
    const startup =
      /start-?up|jeune\s+pousse/iu.test(m[0]) && subject && gazetteer.roles.get(subject) !== "developer"
        ? latestNameBefore(names, start, (n) => gazetteer.roles.get(n.canonical) === "developer")
        : null;
    const meant =
      startup ??
      subjectBeforeBreak(sentence, text, names, gazetteer, start) ??
      singularReferent(subject, documentSubject, gazetteer.collectives);
    if (meant) parties.push(anaphoraParty(start, m[0], meant));
  }
  for (const m of matchesIn(PROGRAMME_ANAPHORA, body)) {
    const start = sentence.start + m.index;
    const programme = latestNameBefore(names, start, (n) => gazetteer.programmes.has(n.canonical));
    if (programme)
      parties.push({
        start,
        end: start + m[0].length,
        canonical: programme,
        kind: "programme",
        surface: m[0],
        via: "anaphora",
      });
  }
  parties.push(...demonstrativeParties(sentence, text, names, gazetteer));
  const feminine = pronounMeaning(sentence, text, writtenCompanies(sentence, names, gazetteer), subject);
  // « elles » stands for the group the text has just named, when there is one (GROUP_PRONOUN).
  const feminines = pronounsFor(FEMININE_PRONOUN, feminine, sentence, body);
  parties.push(...(group ? feminines.filter((p) => p.surface.toLowerCase() !== "elles") : feminines));
  parties.push(...pronounParties(sentence, text, names, subject, gazetteer, group));
  parties.sort((a, b) => a.start - b.start);
  parties.push(
    ...objectPronounParties(sentence, text, parties, names, [documentSubject, subject], gazetteer),
  );
  return withCounterparts(
    speakersPronouns(
      parties.sort((a, b) => a.start - b.start),
      text,
      sentence,
    ),
    text,
    sentence.start,
    subject,
    documentSubject,
  );
}

/** A company, a speech verb, then "que", "qu'", "that" (past a date) or nothing: the pronoun after it is the company. */
const SPEAKER_TO_PRONOUN =
  /^\s*(?:\([^()]{1,24}\)\s*)?,?\s+(?:[\p{L}'’]+\s+){0,3}?(?:indiqué|annoncé|affirmé|déclaré|précisé|confirmé|expliqué|assuré|révélé|indique|annonce|affirme|déclare|précise|confirme|explique|assure|révèle|said|says|announced|stated|confirmed|indicated|explained|revealed)(?:\s+(?:[\p{L}\p{N}'’]+\s+){1,3}?(?:que\s+|qu['’]|that\s+)|\s+(?:que\s+|qu['’]|that\s+)?)$/iu;
/**
 * "said it would", "announced it will", "said it and Humain would": an English pronoun after a
 * speech verb, which PERSONAL_PRONOUN leaves out, alone or first of the subjects.
 */
const PRONOUN_AFTER_SPEECH =
  /\b(?:said|says|announced|stated|confirmed|indicated|explained)\s+(?:that\s+)?(it)\s+(?:and\s+(?:[\p{L}\p{N}.&'’-]+\s+){1,4}?)?(?:would|will|had|has|was|is|plans|expects|could|might|intends)\b/giu;

/** A pronoun or a bare description the speaker may mean itself by ("elle", "it", "l'entreprise", "the company"). */
const SPOKEN_OF =
  /^(?:il|elle|it|la\s+société|l['’]entreprise|le\s+groupe|la\s+firme|the\s+company|the\s+firm|the\s+group)$/iu;

/**
 * A demonstrative that names its company by pointing back at the last one named (demonstratives.ts):
 * « Ce dernier a annoncé qu'il… », "The latter said it…" speaks as that company.
 */
const SPEAKING_DEMONSTRATIVE = /^(?:ce\s+dernier|cette\s+dernière|celui-ci|celle-ci|the\s+latter)$/iu;

/**
 * "Bpifrance a indiqué qu'elle engagerait 10 milliards", "Alibaba said it would invest $50 billion":
 * a pronoun in the reported clause stands for the company that speaks, not for the article's subject;
 * so does "l'entreprise" or "the company", and a person speaks for the company it stands for.
 */
function speakersPronouns(parties: Party[], text: string, sentence: Sentence): Party[] {
  const body = text.slice(sentence.start, sentence.end);
  const found = [...parties];
  for (const m of matchesIn(PRONOUN_AFTER_SPEECH, body)) {
    const start = sentence.start + m.index + m[0].indexOf(" it ") + 1;
    if (found.some((p) => p.start === start)) continue;
    found.push({ start, end: start + 2, canonical: "", kind: "company", surface: "it", via: "anaphora" });
  }
  const resolved = found
    .map((pronoun) => {
      if (pronoun.via !== "anaphora" || !SPOKEN_OF.test(pronoun.surface)) return pronoun;
      const speaker = found.findLast(
        (p) =>
          p.end <= pronoun.start &&
          (p.via === "name" || (p.via === "anaphora" && SPEAKING_DEMONSTRATIVE.test(p.surface))) &&
          (p.kind === "company" || p.kind === "periphrasis" || p.kind === "person") &&
          SPEAKER_TO_PRONOUN.test(text.slice(p.end, pronoun.start)),
      );
      const head = speaker ? apposedHead(text, found, speaker, sentence.start) : undefined;
      return head ? { ...pronoun, canonical: head.canonical } : pronoun;
    })
    .filter((p) => p.canonical !== "");
  return resolved.sort((a, b) => a.start - b.start);
}

/** « permettant à X d'acquérir », « demande à X de financer »: X is the agent of the infinitive, no mere complement. */
const INFINITIVE_AFTER_AGENT = /^\s+d(?:e\s+|['’])\p{Ll}+(?:er|ir|re)(?!\p{L})/u;

/** What may stand between two complements of one list ("auprès de X, Y et Z"). */
export const COMPLEMENT_LIST_GAP = /^\s*(?:,|\bet\b|\band\b|\bou\b|\bor\b|&)\s*$/iu;

/** "auprès d'Andreessen Horowitz, General Catalyst et Bpifrance": every name of the list is a complement. */
export function isComplementOfList(
  text: string,
  parties: Party[],
  party: Party,
  sentenceStart: number,
): boolean {
  const index = parties.indexOf(party);
  const first = listStart(parties, index, text, sentenceStart, COMPLEMENT_LIST_GAP);
  return parties.slice(first, index).some((p) => isComplement(text, p, sentenceStart));
}

export const isComplement: (
  text: string,
  party: { start: number; end?: number },
  sentenceStart: number,
) => boolean = rememberedBySpan((text, party, sentenceStart) => {
  const before = text.slice(Math.max(sentenceStart, party.start - 30), party.start);
  if (COMPLEMENT_BEFORE.test(before))
    return !(
      party.end !== undefined &&
      /(?<![\p{L}\p{N}])à\s*$/iu.test(before) &&
      INFINITIVE_AFTER_AGENT.test(text.slice(party.end, party.end + 30))
    );
  return party.end !== undefined && MODIFIER_AFTER.test(text.slice(party.end, party.end + 16));
});

/**
 * "and Danish chip designer Velmora", "& alternative asset manager Corvane": English names the trade
 * of a listed company before its name without an article.
 */
export const DESCRIBED_WITHOUT_ARTICLE = String.raw`(?<=(?:^|\P{L})(?:and|&)\s+)(?:(?:${NATIONALITY_ADJECTIVES_EN.join("|")})\s+)?(?:[\p{Ll}-]+\s+){0,3}?(?:${tradeNouns(TRADE_WORDS, "trade", String.raw`\s+`, ["en"])}|${tradeNouns(TRADE_WORDS, "marker", String.raw`\s+`, ["en"])})\s+`;

/**
 * What may stand between two names of one list ("Oracle, NVIDIA, AMD et Broadcom"); French repeats
 * the preposition after « et » / « ou » (« auprès de Nebius et de CoreWeave », « avec Oracle et avec SoftBank »).
 */
export const LIST_GAP = new RegExp(
  String.raw`^[\s,"“”«»'’]*(?:(?:et|and|ou|or|ainsi\s+qu(?:['’]|e(?!\p{L}))|as\s+well\s+as|&)\s*)?(?:(?<=(?:^|\P{L})(?:et|ou)\s+)(?:de\s+|d['’]|du\s+|des\s+|avec\s+|chez\s+|auprès\s+d(?:e\s+|['’])))?[\s,"“”«»'’]*(?:(?<=[,\s])(?:(?:le|la|les|the|sa|son|ses|leurs?|its|their)\s+|l['’])(?:[\p{L}-]+\s+){1,3}?|${DESCRIBED_WITHOUT_ARTICLE})?$`,
  "iu",
);

/**
 * What may follow a known name before the list goes on, as the rest of the company's own name:
 * "Amazon.com", "Crusoe Energy Systems and", "Meta Platforms,", "Oracle Corp.", "Apple Inc.", and
 * its home ("GIC de Singapour et", "Mubadala of Abu Dhabi and"), a market code after it ("Alphabet GOOGL.O ,"),
 * its initials in brackets ("Norrland Pension Fund (NPF) and").
 */
const NAME_TAIL =
  /^(?:\.com)?(?:[ \u00a0]+[A-Z][A-Z0-9]{0,5}\.[A-Z]{1,2}(?![\p{L}\p{N}])[ \u00a0]*(?=,|\s(?:and|et|&)\s))?(?:(?:\s+\p{Lu}[\p{Ll}&-]+){1,2}(?=(?:[ \u00a0]*\(\p{Lu}[\p{Lu}\p{N}&.-]{1,9}\))?\s*(?:,|(?:and|et|&)\s)))?(?:,?\s+(?:Inc|Corp|Ltd|LLC|plc|SA|SE|AG|NV)\b\.?)?(?:\s+(?:de|d['’]|of|from)\s*\p{Lu}[\p{Ll}-]+(?:\s+\p{Lu}[\p{Ll}-]+)?(?=\s*(?:,|(?:and|et|&)\s)))?(?:[ \u00a0]*\(\p{Lu}[\p{Lu}\p{N}&.-]{1,9}\)(?=\s*(?:,|(?:and|et|&)\s)))?/u;

/**
 * "Velmora, the Danish chip designer, and", « Velmora, la start-up danoise, et »: an apposition that
 * only says a listed company's trade, before the list goes on.
 */
const TRADE_APPOSITION = new RegExp(
  String.raw`^,\s+(?:the|an?|its|le|la|l['’]|une?|sa|son|\p{Lu}[\p{L}-]+['’]s)\s*(?:[\p{L}-]+\s+){0,4}?(?:${tradeNouns(TRADE_WORDS, "trade", String.raw`\s+`)}|${tradeNouns(TRADE_WORDS, "marker", String.raw`\s+`)})(?:\s+\p{Ll}[\p{Ll}-]*){0,2},(?=\s*(?:and|et|&)\s)`,
  "u",
);

/** The text between two names of a list, past the first name's own tail ("Amazon.com, Meta" → ", "). */
export function gapBetween(text: string, before: Party, after: Party): string {
  return text.slice(before.end, after.start).replace(NAME_TAIL, "").replace(TRADE_APPOSITION, "");
}

/** The first name of the list that ends with `parties[last]` ("with Oracle, Nvidia, AMD and Broadcom"). */
export function listStart(
  parties: Party[],
  last: number,
  text: string,
  floor: number,
  gap = LIST_GAP,
): number {
  let first = last;
  while (first > 0) {
    const before = parties[first - 1]!;
    const between = gapBetween(text, before, parties[first]!);
    if (before.start < floor || !gap.test(between)) break;
    if (closedBeforeComma(text, parties, first - 1, between)) break;
    if (opensOwnClause(text, parties, first, floor)) break;
    first--;
  }
  return first;
}

/** A bare comma between two names. */
const BARE_COMMA = /^\s*,\s*$/u;
/** "and", "et" closing a list of names. */
const CLOSING_AND = /(?:^|\s)(?:and|et|&)\s*$/iu;

/**
 * "Backed by $6 billion from Nvidia and Cisco, xAI closed": a list closed by "and" ends at its last
 * name; the name after the next bare comma opens a clause of its own.
 */
function closedBeforeComma(text: string, parties: Party[], at: number, after: string): boolean {
  return (
    at >= 1 && BARE_COMMA.test(after) && CLOSING_AND.test(gapBetween(text, parties[at - 1]!, parties[at]!))
  );
}

/** Companies in a list starting at `first` ("Oracle, NVIDIA, AMD et Broadcom"). */
export function listFrom(parties: Party[], first: number, text: string, limit: number): Party[] {
  const list = [parties[first]!];
  for (let i = first + 1; i < parties.length; i++) {
    const previous = list.at(-1)!;
    const next = parties[i]!;
    if (next.start > limit) break;
    if (!LIST_GAP.test(gapBetween(text, previous, next))) break;
    if (opensOwnClause(text, parties, i, 0)) break;
    list.push(next);
  }
  return list;
}

/** "… up to $5 billion and Nvidia up to $10 billion": the name after "and" is the next figure's subject. */
export function opensGappedClause(
  party: Party,
  q: QuantityMention,
  sentenceQs: QuantityMention[],
  text: string,
): boolean {
  if (!/^\s*,?\s*(?:and|et)\s+$/iu.test(text.slice(q.span.end, party.start))) return false;
  const next = sentenceQs.find((o) => o.span.start >= party.end);
  return next !== undefined && GAPPED_FIGURE.test(text.slice(party.end, next.span.start));
}

export function joinParties(list: Party[]): string {
  return [...new Set(list.map((p) => p.canonical))].join("+");
}

/** The companies a joined name stands for: one, or each member of a group ("Amazon+Alphabet+Meta"). */
export function groupMembers(name: string | null): ReadonlySet<string> {
  if (lastGroup.name !== name) lastGroup = { name, members: new Set(name ? name.split("+") : []) };
  return lastGroup.members;
}

/** The name groupMembers was last asked about: a stage asks about one owner for each of its parties. */
let lastGroup: { name: string | null; members: ReadonlySet<string> } = { name: null, members: new Set() };
