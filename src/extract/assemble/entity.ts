/**
 * Entity stage: every company the figure could belong to is a candidate with features (the cue
 * that names it, where it stands, whether it is quoted as a source), and the linear scorer with
 * the weights in data/entity-weights.json picks the owner (scripts/fit-extract-weights.mjs fits them).
 */
import entityWeightsData from "../data/entity-weights.json" with { type: "json" };
import { foldName } from "../gazetteer.js";
import { COUNTERPARTY_LEAD } from "../lexicon.js";
import { extractMessages } from "../messages.js";
import { metricIs } from "../metrics.js";
import type { QuantityMention } from "../numbers/types.js";
import { buyerOfSale, isBoughtBeforePrice, isSaleWord } from "./acquired.js";
import { agentCollective } from "./agent-collective.js";
import { withAnaphorsByKind } from "./anaphor-kind.js";
import { withoutApposition } from "./apposed-figure.js";
import { apposedMembers } from "./apposed-members.js";
import {
  bareRelativeOwner,
  beneficiaryOwner,
  parentheticalOwner,
  passiveAgentOwner,
  possessedRelativeOwner,
  stakeRecipientOwner,
} from "./attached-owner.js";
import { withBackedAnaphor } from "./backed-anaphor.js";
import { bidderOwner } from "./bidder.js";
import { collectiveOwner } from "./collective-owner.js";
import { comparedFigureOwner } from "./compared-figure.js";
import { modifiesADeal } from "./deal-modifier-collective.js";
import { dealPossessorOwner } from "./deal-possessor.js";
import { isCounterpartyElsewhere, isDealSide } from "./deal-side.js";
import { discourseFeatures, latestCompanyOfKind, salientBefore } from "./discourse-candidates.js";
import {
  inCounterpartyColumn,
  isComparedAside,
  isPossessedModifier,
  lendsTheDebt,
  qualifiesTheNextName,
  relativeHead,
  speaksPastApposition,
  suppliedCompany,
  supplyVerbEnd,
} from "./entity-roles.js";
import { facilityProgramme } from "./facility-programme.js";
import { jointPossessors } from "./joint-possessive.js";
import { levelForOwner } from "./level-for-owner.js";
import { marketBefore, marketOwner } from "./market-owner.js";
import { memberAtFigure } from "./member-at-figure.js";
import { nearbyCompany } from "./nearby-company.js";
import { nextSentenceOwner } from "./next-sentence-owner.js";
import { nominalAgentOwner } from "./nominal-agent.js";
import { nominalSentenceOwner } from "./nominal-sentence.js";
import { cliticRecipient, isCliticObject } from "./object-pronouns.js";
import { opensOwnClause } from "./own-clause.js";
import { kindFeatures, sellsGoods, withKinds } from "./owner-kinds.js";
import { ownerlessVagueAmount } from "./ownerless-vague.js";
import { hasApposedParent, isApposedParent } from "./parent-apposition.js";
import { participleClauseSubject } from "./participle-subject.js";
import {
  DESCRIBED_WITHOUT_ARTICLE,
  fullPersonName,
  GAPPED_FIGURE,
  gapBetween,
  groupMembers,
  isComplement,
  isComplementOfList,
  joinParties,
  listFrom,
  listStart,
} from "./parties.js";
import { investorsOfInvestments } from "./pledged-investments.js";
import { pluralGroup } from "./plural-group.js";
import { groupBeforeRelative } from "./relative-group.js";
import { isRivalOrCompared } from "./rival-after.js";
import { backsTheRound } from "./round-backer.js";
import { roundOfBackers } from "./round-backers-relative.js";
import { roundInvestee } from "./round-investee.js";
import { describeCandidates, type Features, type Option, rankOptions, type Weights } from "./scorer.js";
import { overlaps, spacePieces, testInSentence, wordCount } from "./text.js";
import {
  type Candidate,
  type DocumentReading,
  type EntityCue,
  type FigureReading,
  issue,
  type Party,
  type SentenceReading,
} from "./types.js";
import { valuedCompany } from "./valued-company.js";
import { ventureBefore } from "./venture-before.js";

/** The features an entity candidate is scored on. */
export const ENTITY_FEATURES = [
  // The cue that names the candidate, most telling first.
  "possessive",
  "investor",
  "valued",
  "recipient",
  "memberShare",
  "relative",
  "gapped",
  "verbSubject",
  "clauseSubject",
  "nearestBefore",
  "firstAfter",
  "previousDeal",
  "roundFallback",
  "collectiveSubject",
  "marketSubject",
  "topicFallback",
  "roundInvestee",
  "investorCollective",
  // Evidence about any candidate.
  "quotedSource",
  "person",
  "anaphora",
  "documentSubject",
  "paragraphTopic",
  "afterFigure",
  "otherClause",
  "tokenDistance",
  "complement",
  "groupList",
  "dealSide",
  "counterpartyElsewhere",
  "customerShare",
  "counterpartyColumn",
  "speaker",
  "modifier",
  "lender",
  "supplier",
  "marketReader",
  "backer",
  // A company the discourse made salient before the figure's sentence (discourse-candidates.ts).
  "discourse",
  "discourseDistance",
  "sameParagraph",
  "discourseSubject",
  "discourseOwner",
  "paragraphLead",
  "kindOverTopic",
  "kindOverUnknownTopic",
  "kindClash",
  "openSentence",
  "previousOwner",
  "previousSubject",
  "paragraphSubject",
  "pronounTakeUp",
  // Companies coordinated just before, taken up by a plural of the figure's sentence (plural-group.ts).
  "pluralAnaphor",
  // A bare anaphor read as the salient company whose kind owns the figure (anaphor-kind.ts).
  "anaphorByKind",
  // The partners of a venture formed in a sentence before, together (venture-before.ts).
  "ventureBefore",
  // A bare anaphor read as the company its referent invested in just before (backed-anaphor.ts).
  "backedTakeUp",
  // The kind of company against the metric's owners (owner-kinds.ts), for every candidate.
  "kindFits",
  "kindUnlikely",
  "latestOfKind",
  // The company named just before the figure, no other company between (nearby-company.ts).
  "nearbyCompany",
  "nearbySameSentence",
  "nearbySubject",
  "nearbyPossessor",
  "nearbyObject",
  "nearbyDistance",
  // A programme a facility noun of the figure's sentence takes up (facility-programme.ts).
  "facilityTakeUp",
  // A company the next sentence identifies as the figure's unnamed party (next-sentence-owner.ts).
  "nextSentenceOwner",
] as const;

export type EntityFeature = (typeof ENTITY_FEATURES)[number];

export const ENTITY_WEIGHTS: Weights<EntityFeature> = entityWeightsData.weights;

/** What an entity candidate stands for: a name of the sentence, or a company carried from before. */
export interface EntityOption {
  party: Party | null;
  group: Party[];
  name: string;
  cue: EntityCue | null;
  how: string;
}

/** The cues in priority order, with the `entityBy` later stages read. */
export const CUES: readonly EntityCue[] = [
  "possessive",
  "investor",
  "valued",
  "recipient",
  "member",
  "relative",
  "gapped",
  "verb",
  "subject",
  "nearest",
  "after",
];
const CUE_FEATURE: Record<EntityCue, EntityFeature> = {
  possessive: "possessive",
  investor: "investor",
  valued: "valued",
  recipient: "recipient",
  member: "memberShare",
  relative: "relative",
  gapped: "gapped",
  verb: "verbSubject",
  subject: "clauseSubject",
  nearest: "nearestBefore",
  after: "firstAfter",
};

/** CUE_FEATURE of each of CUES, in their order. */
const CUE_FEATURES: readonly EntityFeature[] = CUES.map((cue) => CUE_FEATURE[cue]);

/** A relative clause right after a name: ", which", ", qui", ", lequel". */
export const RELATIVE_PRONOUN = /^\s*,\s*(which|who|whose|that|qui|lequel|laquelle|lesquels|dont)\b/iu;

/** Words after a name that make it a speaker or an owner rather than the subject of the figure. */
export const NOT_THE_SUBJECT_AFTER =
  /^\s+(?:has\s+|had\s+|have\s+)?(?:said|says|told|announced|stated|reported|expects|a\s+(?:déclaré|indiqué|affirmé|annoncé|précisé)|affirme|indique|déclare|estime)(?![\p{L}\p{N}_])|^['’]s\s+(?:rival|competitor|partner|investor|backer|customer|supplier|largest|biggest|main)\b/iu;

/** "selon Morgan Stanley", "according to analysts at Bernstein", "cité par": the name is a source. */
const SOURCE_BEFORE =
  /(?:\bselon|\bd['’]après|\baccording\s+to|\bcité\s+par|\bcited\s+by|\banalysts?\s+(?:at|from)|\banalystes?\s+(?:de|d['’]|chez)|\bestim\p{L}*\s+(?:by|de|d['’]))\s*(?:the\s+|le\s+|la\s+|les\s+|l['’])?(?:(?:cabinet|banque|firme|bureau|agence|maison|société|bank|firm|brokerage|broker|consultancy)\b(?:\s+[\p{L}'’-]+){0,3}?\s+)?$/iu;
/** "Morgan Stanley analysts estimate", "Goldman Sachs economists": the name is a source. */
const SOURCE_AFTER =
  /^['’]?s?\s+(?:analysts?|analystes|economists?|économistes|strategists?|stratégistes|research|estimates?|estime|forecasts?)\b/iu;

/** What a bank, broker or research firm owns itself: the money it puts in, the stakes it holds, what it buys. */
const OWN_MONEY_METRICS: ReadonlySet<string> = new Set([
  "investment",
  "equity_stake",
  "acquisition_price",
  "funding_share",
  "warrant_shares",
]);

/** "JPMorgan puts the bill at", "Goldman Sachs reported in May that", "Bernstein estime": a firm giving its reading. */
const READING_VERB_AFTER =
  /^\s+(?:also\s+|now\s+|aussi\s+)?(?:puts|reckons|says|said|thinks|believes|estimates|estimated|expects|projects|predicts|forecasts|sees|calculates|reported|notes|wrote|estime|prévoit|table\s+sur|calcule|anticipe|évalue|chiffre|juge|a\s+(?:estimé|calculé|évalué|chiffré|indiqué))(?![\p{L}])/iu;

/**
 * A firm the gazetteer knows as a source (bank, broker, research firm) giving its reading, or on a
 * figure not of its own money (an investment, a stake).
 */
function quotesFiguresOfOthers(r: DocumentReading, party: Party, metric: string | null): boolean {
  if (r.gazetteer.roles.get(party.canonical) !== "source") return false;
  return (
    !OWN_MONEY_METRICS.has(metric ?? "") || READING_VERB_AFTER.test(r.text.slice(party.end, party.end + 30))
  );
}

/** The figure's clause: the sentence up to the semicolons around the figure. */
function entityClause(s: SentenceReading, f: FigureReading): void {
  const { sentence, body, parties } = s;
  const semicolonBefore = body.lastIndexOf(";", f.q.span.start - sentence.start);
  f.clauseStart = semicolonBefore < 0 ? sentence.start : sentence.start + semicolonBefore + 1;
  const semicolonAfter = body.indexOf(";", f.q.span.end - sentence.start);
  f.clauseEnd = semicolonAfter < 0 ? sentence.end : sentence.start + semicolonAfter;
  f.inClause = parties.filter((p) => p.start >= f.clauseStart && p.end <= f.clauseEnd);
}

type Cued = { party: Party; how: string; group?: Party[]; name?: string };

/** A unit or a piece of hardware: "gigawatts", "puces", "GPUs", "systems". */
const HARDWARE_WORD =
  /^(?:(?:giga|méga|mega)?watts?|GW|MW|puces?|chips?|GPUs?|processeurs?|processors?|accélérateurs?|accelerators?|systèmes?|systems?|serveurs?|servers?|units?|unités?)\b/iu;

/** A site named around a power figure: "le site de 230 MW", "un campus d'une capacité de 1 GW", "Nscale's 230 MW site". */
const SITE_BEFORE_FIGURE =
  /(?<!\p{L})(?:sites?|campus|centres?\s+de\s+données|data\s*cent(?:er|re)s?|facilit(?:y|ies)|installations?)\s+(?:(?:\p{Ll}+\s+){0,2}(?:de|d['’]une|of|with)\s+(?:(?:capacit\p{L}*|puissance|capacity)\s+(?:de|of)\s+)?)?$/iu;
const SITE_AFTER_UNIT =
  /^\s+(?:[\p{Ll}-]+\s+)?(?:sites?|campus(?:es)?|data\s*cent(?:er|re)s?|facilit(?:y|ies))(?!\p{L})/iu;

/**
 * "10 gigawatts of Nvidia systems", "500 000 puces de Nvidia": the maker of the hardware, not its
 * owner; but "le site de 230 MW de Nscale" names the site's owner, a supplier or not.
 */
function namesTheHardware(r: DocumentReading, metricWord: string, party: Party, f?: FigureReading): boolean {
  if (!HARDWARE_WORD.test(metricWord)) return false;
  if (f && isSiteCapacity(r.text, f)) return false;
  return party.kind === "product" || r.gazetteer.roles.get(party.canonical) === "supplier";
}

function isSiteCapacity(text: string, f: FigureReading): boolean {
  const { q, metricAt } = f.candidate;
  if (f.candidate.metric !== "datacenter_capacity" || !metricAt) return false;
  return (
    SITE_BEFORE_FIGURE.test(text.slice(Math.max(0, q.span.start - 45), q.span.start)) ||
    SITE_AFTER_UNIT.test(text.slice(metricAt.end, metricAt.end + 30))
  );
}

/** A price's word of buying: "l'acquisition de X", "le rachat de X", "s'empare de X" name the company bought, never the buyer. */
const BUYING_WORD =
  /^(?:acquisition|rachat|achat|s['’]empar\p{L}*|takeover|purchase|prise\s+de\s+contr[ôo]le)/iu;

function namesTheCompanyBought(f: FigureReading, metricWord: string): boolean {
  return f.candidate.metric === "acquisition_price" && BUYING_WORD.test(metricWord);
}

/**
 * "$9 billion a year, on par with the sales of Dell", « un montant comparable au chiffre d'affaires
 * de Dell »: a metric word after the figure that a comparison introduces measures the company the
 * figure is compared with, not the figure's owner.
 */
const COMPARED_WITH_BEFORE =
  /(?<!\p{L})(?:alongside|on\s+par\s+with|in\s+line\s+with|comparable\s+(?:to|with)|similar\s+to|close\s+to|equal\s+to|equivalent\s+to|rival(?:s|l?ing)?|match(?:es|ing)?|surpass(?:es|ing)?|than|comparables?\s+(?:à|aux?)|similaires?\s+(?:à|aux?)|proches?\s+(?:de|des|du)|équivalents?\s+(?:à|aux?)|égal(?:e|es|ent)?\s+(?:à|aux?)|à\s+l['’]égal\s+(?:de|des|du)|au\s+niveau\s+(?:de|des|du)|au\s+même\s+niveau\s+que|rivalis\p{L}*\s+avec|que)\s+(?:(?:the|that|those|of|la|le|les|l['’])\s*)?(?:[\p{L}-]+\s+){0,2}$/iu;

function metricWordInComparison(
  text: string,
  f: FigureReading,
  metricAt: { start: number; end: number },
): boolean {
  return (
    metricAt.start >= f.q.span.end && COMPARED_WITH_BEFORE.test(text.slice(f.q.span.end, metricAt.start))
  );
}

/** "et de", "et d'", "and of": a possessive repeated before the last name of a list. */
const OWNERS_LIST_GAP = /^\s*,?\s*(?:et|and|&)\s*(?:de\s+|d['’]|du\s+|of\s+)?$/iu;

/**
 * "les dépenses d'investissement cumulées de Microsoft, Alphabet, Amazon et Meta", "the combined
 * capex of Amazon, Alphabet and Meta": a metric word owned by an enumeration closed by "and" is the
 * group's; the list ends before the figure.
 */
function possessedByList(text: string, parties: Party[], owner: Party, limit: number): Party[] {
  const list: Party[] = [owner];
  for (const next of parties.slice(parties.indexOf(owner) + 1)) {
    if (next.end > limit || next.kind !== "company") break;
    const gap = gapBetween(text, list.at(-1)!, next);
    if (!/^\s*,\s*(?:de\s+|d['’]|du\s+|of\s+)?$/iu.test(gap) && !OWNERS_LIST_GAP.test(gap)) break;
    list.push(next);
  }
  return list.length > 1 && OWNERS_LIST_GAP.test(gapBetween(text, list.at(-2)!, list.at(-1)!)) ? list : [];
}

/**
 * From the metric word to its owner: "de X", "cumulées de X", "of X"; the words between are the
 * noun's own, never a preposition opening another phrase ("investissements pour faire de la France").
 * The noun may close its quotation mark and carry its short form in brackets first (« le "carnet de
 * commandes" (RPO) de X », "the remaining performance obligations (RPO) of X").
 */
const POSSESSIVE_AFTER_METRIC =
  /^\s*(?:[»”"]\s*)?(?:\([^()]{1,24}\)\s*)?(?:(?!(?:pour|afin|par|dans|avec|sur|en|vers|for|to|in|into|by|with|on)\s)\p{L}+\s+){0,2}?(?:de\s+la\s+|de\s+l['’]|d['’]|de\s+|du\s+|of\s+)/iu;

/** "les revenus de X", "X's revenue": the owner named on the metric word. */
function possessiveOwners(r: DocumentReading, s: SentenceReading, f: FigureReading): Cued[] {
  const { text } = r;
  const metricAt = f.candidate.metricAt;
  if (!metricAt || metricWordInComparison(text, f, metricAt)) return [];
  const found: Cued[] = [];
  const afterMetric = text.slice(metricAt.end, metricAt.end + 45);
  const possessive = POSSESSIVE_AFTER_METRIC.exec(afterMetric);
  // "11 % du capital d'OpenAI", "10% of the shares of AMD": the capital is the company held's, not the holder's;
  // so is the capital one pays to enter ("a payé 5 milliards pour entrer au capital d'Intel").
  const metricWord = text.slice(metricAt.start, metricAt.end);
  const heldCapital =
    (f.candidate.metric === "equity_stake" &&
      /capital|actions|shares|equity|of\s+the\s+/iu.test(metricWord)) ||
    (f.candidate.metric === "investment" && /capital|equity|participation|stake/iu.test(metricWord));
  if (possessive && !heldCapital && !namesTheCompanyBought(f, text.slice(metricAt.start, metricAt.end))) {
    const at = metricAt.end + possessive[0].length;
    const owner = s.parties.find((p) => p.start >= at && p.start <= at + 2);
    if (
      owner &&
      !overlaps(owner, f.q.span) &&
      !namesTheHardware(r, text.slice(metricAt.start, metricAt.end), owner, f)
    )
      found.push({
        party: owner,
        group: possessedByList(text, s.parties, owner, f.q.span.start),
        how: `possessive "${text.slice(metricAt.start, owner.end)}"`,
      });
  }
  const owner = s.parties.find(
    // A name never ends inside a word, unless its apostrophe was lost ("CoreWeaves revenue").
    (p) =>
      p.end <= metricAt.start &&
      /^['’]?s\s+(?:\p{L}+\s+){0,3}$/u.test(text.slice(p.end, metricAt.start)) &&
      qualifiesTheNextName(text, p, s.parties) === undefined,
  );
  // "Intel's robotics unit was sold to SoftBank": the possessive names the seller of the thing sold, not the buyer paying.
  if (owner && !namesTheHardware(r, metricWord, owner, f) && !isSaleWord(text, f))
    found.push({
      party: owner,
      group: jointPossessors(text, s.parties, owner, s.sentence.start),
      how: `possessive "${text.slice(owner.start, metricAt.end)}"`,
    });
  // "OpenAI's $40 billion funding round": the figure stands between the owner and the metric word.
  const around = s.parties.find(
    (p) =>
      p.end <= f.q.span.start &&
      metricAt.start >= f.q.span.end &&
      /^['’]s\s+(?:\p{L}+\s+){0,2}$/u.test(text.slice(p.end, f.q.span.start)) &&
      /^\s*(?:[\p{L}-]+\s+){0,2}$/u.test(text.slice(f.q.span.end, metricAt.start)),
  );
  if (around && around !== owner && !namesTheHardware(r, metricWord, around, f))
    found.push({
      party: around,
      group: jointPossessors(text, s.parties, around, s.sentence.start),
      how: `possessive "${text.slice(around.start, metricAt.end)}"`,
    });
  return found;
}

/**
 * "against OpenAI's $235 billion", "well below Microsoft's roughly $80 billion", "SpaceX's record $75
 * billion offering": a company's possessive right before the figure, a word or two between, owns it,
 * whoever owns the metric word said earlier.
 */
function possessiveRightBefore(r: DocumentReading, s: SentenceReading, f: FigureReading): Party | undefined {
  return s.parties.find(
    (p) =>
      p.kind === "company" &&
      p.end <= f.q.span.start &&
      p.start >= s.sentence.start &&
      /^['’]s\s+(?:\p{Ll}[\p{L}-]*\s+){0,2}$/u.test(r.text.slice(p.end, f.q.span.start)),
  );
}

/**
 * The metric word said once for two owners: "Meta's capex will reach $70 billion, while Microsoft's
 * will top $80 billion", "celles de Microsoft dépasseront 80 milliards". The possessive with no noun
 * of its own, opening the figure's clause, names the owner.
 */
const ELIDED_POSSESSIVE_AFTER =
  /^['’]s\s+(?:will|would|could|should|may|might|is|was|were|has|had|rose|fell|grew|jumped|reached|hit|topped|came|stood|climbed|increased|decreased|declined|totaled|totalled|amounted|doubled|tripled|surged|soared)\b(?:[^.;:,]|,\s*(?:to|at)\s){0,40}$/iu;
const ELIDED_POSSESSIVE_BEFORE = /(?:^|\s)(?:celles?|celui|ceux)\s+(?:de\s+|d['’]|du\s+)$/iu;

/** From "celui d'Alphabet" to its figure: a verb phrase, maybe past a growth rate ("a progressé de 16 %, à"). */
const ELIDED_POSSESSIVE_VERB = /^\s+(?:[^.;:,]|,\s*(?:à|soit|pour\s+atteindre|to|at)\s)*$/u;

function elidedPossessiveOwner(text: string, s: SentenceReading, f: FigureReading): Cued | null {
  const owner = s.parties.findLast((p) => p.end <= f.q.span.start && p.kind === "company");
  if (!owner) return null;
  const between = text.slice(owner.end, f.q.span.start);
  const before = text.slice(Math.max(s.sentence.start, owner.start - 12), owner.start);
  const elided =
    ELIDED_POSSESSIVE_AFTER.test(between) ||
    (ELIDED_POSSESSIVE_BEFORE.test(before) && between.length <= 80 && ELIDED_POSSESSIVE_VERB.test(between));
  return elided
    ? { party: owner, how: `possessive "${text.slice(owner.start, f.q.span.start).trim()}"` }
    : null;
}

/** "le campus Hyperion de Meta", "le site d'OpenAI": a site noun, maybe its name, then its owner. */
const SITE_OF =
  /(?<!\p{L})(?:sites?|campus|centres?\s+de\s+données)(?:\s+\p{Lu}[\p{L}\p{N}-]*)?\s+(?:de\s+|d['’]|du\s+)$/iu;
/** From the owner to the figure: "…, d'une puissance de", "… à Abilene, d'une capacité de". */
const SITE_SIZE_AFTER =
  /^[^.;:()]{0,40}?,\s+(?:d['’]une|avec\s+une)\s+(?:capacité|puissance)\s+(?:\p{Ll}+\s+)?de\s+$/iu;

/** "OpenAI sera l'unique locataire du campus", "Meta will be the anchor tenant of": who uses the site. */
const TENANT_OF_SITE =
  /^\s+(?:sera|serait|est|devient|deviendra|will\s+be|would\s+be|is|becomes|will\s+become)\s+(?:le|la|l['’]|the|its|son|sa)\s*(?:(?:seul|seule|unique|premier|première|principal|sole|first|main|anchor)\s+)?(?:locataire|client|utilisateur|tenant|customer|user)\s+(?:du|de\s+la|de\s+l['’]|des|de|d['’]|of)(?!\p{L})/iu;

/**
 * The owner of a site whose power is the figure, or its tenant named before it: "Meta's 2 GW Hyperion campus", "le campus Hyperion
 * de Meta, d'une puissance de 2 GW" (the owner named on the site, not on the unit).
 */
function siteOwner(r: DocumentReading, s: SentenceReading, f: FigureReading): Cued | null {
  const { text } = r;
  const { q, metricAt, metric } = f.candidate;
  if (metric !== "datacenter_capacity" || !metricAt) return null;
  const tenant = s.parties.find(
    (p) =>
      p.kind === "company" && p.end <= q.span.start && TENANT_OF_SITE.test(text.slice(p.end, p.end + 60)),
  );
  if (tenant) return { party: tenant, how: `the tenant ${tenant.surface} of the site` };
  const unitSite = SITE_AFTER_UNIT.test(text.slice(metricAt.end, metricAt.end + 30));
  const owner = s.parties.find(
    (p) =>
      p.kind === "company" &&
      p.end <= q.span.start &&
      ((unitSite && /^['’]s\s+(?:[\p{L}-]+\s+){0,2}$/u.test(text.slice(p.end, q.span.start))) ||
        (SITE_OF.test(text.slice(Math.max(s.sentence.start, p.start - 40), p.start)) &&
          SITE_SIZE_AFTER.test(text.slice(p.end, q.span.start)))),
  );
  return owner ? { party: owner, how: `possessive: the site of ${owner.surface}` } : null;
}

/** A possessive on the metric word, or the name a parenthesis holding the figure qualifies. */
function ownersNamedOnFigure(r: DocumentReading, s: SentenceReading, f: FigureReading): Cued[] {
  // "… : over $300 billion for Nordlab": the name right after a level outweighs a possessor farther back.
  const levelFor = levelForOwner(r.text, s.parties, f.q.span, f.candidate.metric);
  if (levelFor) return [levelFor];
  const attached = [
    parentheticalOwner(r.text, s.parties, f.q.span),
    beneficiaryOwner(r.text, s.parties, f.q.span),
    elidedPossessiveOwner(r.text, s, f),
    siteOwner(r, s, f),
    dealPossessorOwner(r.text, s.parties, f.q.span, s.sentence.start),
    nominalAgentOwner(r.text, s.parties, f.q.span, s.sentence.start),
    comparedFigureOwner(r.text, s.parties, f.q.span, s.sentence.start),
  ].filter((o) => o !== null);
  const possessives = possessiveOwners(r, s, f);
  const direct = possessiveRightBefore(r, s, f);
  const { metricAt } = f.candidate;
  const metricWord = metricAt ? r.text.slice(metricAt.start, metricAt.end) : "";
  if (direct && !possessives.some((o) => o.party === direct) && !namesTheHardware(r, metricWord, direct, f))
    possessives.push({
      party: direct,
      group: jointPossessors(r.text, s.parties, direct, s.sentence.start),
      how: `possessive "${r.text.slice(direct.start, f.q.span.end)}"`,
    });
  return [...attached, ...possessives];
}

/** "les 40 milliards levés par X", "the $40 billion raised by X": the agent of a raise is the company raising. */
const RAISED_BY =
  /^\s*(?:[\p{L}'’-]+\s+){0,3}?(?:levée?s?|collectée?s?|réunie?s?|raised|collected|secured)\s+(?:\p{L}+\s+)?(?:par|by)\s+(?:l['’]|[\p{L}-]+\s+){0,3}$/iu;

function raiserAfter(r: DocumentReading, s: SentenceReading, f: FigureReading): Cued[] {
  const { text } = r;
  const raiser = s.parties.find(
    (p) =>
      p.start > f.q.span.end &&
      p.start - f.q.span.end <= 60 &&
      RAISED_BY.test(text.slice(f.q.span.end, p.start).replace(/^\s*d['’]\p{L}+|^\s*de\s+\p{L}+/u, "")),
  );
  return raiser ? [{ party: raiser, how: `raiser "${text.slice(f.q.span.end, raiser.end).trim()}"` }] : [];
}

/** "… sont versés par des investisseurs existants :", "… comes from existing backers:": a list of investors follows. */
const INVESTORS_LEAD =
  /^\s*(?:[\p{L}'’-]+\s+){0,3}?(?:par|by|from|de\s+la\s+part\s+d(?:e|['’])|auprès\s+d(?:e|['’]))\s+(?:[\p{L}'’-]+\s+){0,4}?[\p{L}'’-]+\s*:\s*$/iu;

/** "Les 400 millions restants sont versés par des investisseurs existants : A, B et C": the investors together. */
function investorsListed(text: string, s: SentenceReading, f: FigureReading): Party[] {
  const first = s.parties.findIndex((p) => p.start >= f.q.span.end);
  const head = s.parties[first];
  if (!head || head.start - f.q.span.end > 90 || !INVESTORS_LEAD.test(text.slice(f.q.span.end, head.start)))
    return [];
  return listFrom(s.parties, first, text, s.sentence.end).filter((p) => p.kind !== "person");
}

/** "an investment of $2bn from X": the investor named after the figure; for a round, the company raising it. */
function investorAfter(r: DocumentReading, s: SentenceReading, f: FigureReading): Cued[] {
  if (f.candidate.metric === "funding_round") return raiserAfter(r, s, f);
  const bidder = bidderOwner(r.text, r.gazetteer, s.parties, f);
  if (bidder) return [bidder];
  const { text } = r;
  const passive = passiveAgentOwner(text, s.parties, f.q.span, f.candidate.metric === "investment");
  if (passive) return [passive];
  if (f.candidate.metric !== "investment") return [];
  // "$5 billion from X", and past the metric word: "a $5 billion investment from X".
  const metricAt = f.candidate.metricAt;
  const from =
    metricAt && metricAt.start >= f.q.span.end && metricAt.start - f.q.span.end <= 3
      ? metricAt.end
      : f.q.span.end;
  // « de la part de » and « de la part d'Amazon » take up to 16 characters before the name.
  const after = text.slice(from, from + 36);
  // "a $500 million investment offer from X": the offer, proposal or pledge is the investor's.
  const source =
    /^\s*(?:(?:offer|proposal|pledge|commitment|bid)s?\s+)?(?:de\s+la\s+part\s+)?(?:du|de|d['’]|from)\s*(?:la\s+|l['’])?/iu.exec(
      after,
    );
  const at = source ? from + source[0].length : -1;
  const investor = source ? s.parties.find((p) => p.start >= at && p.start <= at + 2) : undefined;
  if (investor)
    return [{ party: investor, how: `investor "${text.slice(f.q.span.end, investor.end).trim()}"` }];
  const listed = investorsListed(text, s, f);
  if (listed.length > 0)
    return [
      {
        party: listed[0]!,
        group: listed,
        how: `investors listed after "${text.slice(f.q.span.end, listed[0]!.start).trim()}"`,
      },
    ];
  // "… was made by X", "… a été annoncé par X": the agent of a passive is the investor.
  const agent = s.parties.find(
    (p) =>
      p.start > f.q.span.end &&
      testInSentence(PASSIVE_AGENT, s, text, Math.max(f.q.span.end, p.start - 40), p.start),
  );
  return agent ? [{ party: agent, how: `investor "${agent.surface}", the agent of a passive` }] : [];
}

/** "which valued the company at $300 billion", "valorise Mistral à 11,7 milliards": the company valued. */
function valuedOwner(r: DocumentReading, s: SentenceReading, f: FigureReading): Cued[] {
  if (f.candidate.metric !== "valuation") return [];
  const found = valuedCompany(r.text, s.parties, f.q.span.start, s.sentence.start);
  return found ? [found] : [];
}

/** What a supplier hands over to the company "lui" names: hardware, capacity, or a deal for them. */
const SUPPLIED_BY_CLITIC: ReadonlySet<string> = new Set([
  "gpu_count",
  "datacenter_capacity",
  "compute_commitment",
]);

/**
 * "Nvidia will supply 18,000 chips to Humain", "Talen a accepté de vendre à Amazon 1,9 GW": the
 * company a supplier's hardware or capacity goes to owns the figure.
 */
function recipientOfSupply(r: DocumentReading, s: SentenceReading, f: FigureReading): Cued[] {
  const { text } = r;
  const { q, candidate } = f;
  for (const supplier of s.parties) {
    if (supplier.end > q.span.start) break;
    if (isCliticObject(text, supplier)) continue;
    const clitic = SUPPLIED_BY_CLITIC.has(candidate.metric ?? "")
      ? cliticRecipient(text, s.parties, supplier, q.span.start)
      : undefined;
    if (clitic)
      return [
        {
          party: clitic,
          how: `"${clitic.surface}" (→ ${clitic.canonical}) receives what ${supplier.surface} hands over`,
        },
      ];
    const verbEnd = supplyVerbEnd(text, supplier, candidate.metric, q.span.start);
    if (verbEnd < 0) continue;
    const recipient = suppliedCompany(text, s.parties, verbEnd, q.span, f.clauseEnd);
    if (recipient && recipient.canonical !== supplier.canonical)
      return [{ party: recipient, how: `"${recipient.surface}" receives what ${supplier.surface} supplies` }];
  }
  return [];
}

/** "to", "for", "à", "pour" after a loan's figure, before the company lent to: "$2.6 billion to CoreWeave". */
const LENT_TO = /^\s*(?:[\p{L}'’-]+\s+){0,4}?(?:to|for|à|au|pour)\s+(?:the\s+|la\s+|le\s+|l['’])?$/iu;

/** "Morgan Stanley and MUFG lent $2.6 billion to CoreWeave", "a prêté 2 milliards à X": the borrower owns the debt. */
function borrowerOfLoan(r: DocumentReading, s: SentenceReading, f: FigureReading): Cued[] {
  const { text } = r;
  const { q, candidate } = f;
  const lender = s.parties.find((p) => lendsTheDebt(text, p, candidate.metric, q.span.start));
  if (!lender) return [];
  const borrower = s.parties.find(
    (p) =>
      p.kind === "company" &&
      p.start >= q.span.end &&
      p.start - q.span.end <= 60 &&
      p.canonical !== lender.canonical &&
      LENT_TO.test(text.slice(q.span.end, p.start)),
  );
  return borrower
    ? [{ party: borrower, how: `"${borrower.surface}" borrows what ${lender.surface} lends` }]
    : [];
}

/** The company a supplier's hardware goes to, a stake is handed to, or a lender's money is lent to. */
function recipientOwner(r: DocumentReading, s: SentenceReading, f: FigureReading): Cued[] {
  const holder =
    f.candidate.metric === "equity_stake"
      ? stakeRecipientOwner(r.text, s.parties, f.q.span, s.sentence.start)
      : null;
  if (holder) return [holder];
  const buyer = buyerOfSale(r.text, s, f);
  if (buyer) return [{ party: buyer, how: `"${buyer.surface}", the company the sale goes to` }];
  const borrower = borrowerOfLoan(r, s, f);
  return borrower.length > 0 ? borrower : recipientOfSupply(r, s, f);
}

/** "the Broadcom contract", "the Oracle deal": a name before a deal noun, as its modifier. */
const DEAL_NAMED_BY = /^[\s-]+(?:contract|deal|agreement|contrat)\b/iu;
/** "le contrat Broadcom", "l'accord Oracle": the French order, the deal noun first. */
const DEAL_NAMED_AFTER = /\b(?:contrat|accord)\s+$/iu;

/** The party hands the figure's hardware or capacity over: a known supplier, or one the sentence names a recipient for. */
function suppliesTheFigure(r: DocumentReading, s: SentenceReading, f: FigureReading, party: Party): boolean {
  if (isComplement(r.text, party, s.sentence.start)) return false;
  const known = r.gazetteer.roles.get(party.canonical) === "supplier";
  // "the value of the Broadcom contract at $350 billion": a supplier naming the deal is its seller.
  const namesTheDeal =
    DEAL_NAMED_BY.test(r.text.slice(party.end, party.end + 14)) ||
    DEAL_NAMED_AFTER.test(r.text.slice(Math.max(0, party.start - 12), party.start));
  if (known && f.candidate.metric === "compute_commitment" && namesTheDeal)
    return party.end <= f.q.span.start;
  if (isCliticObject(r.text, party)) return false;
  if (
    SUPPLIED_BY_CLITIC.has(f.candidate.metric ?? "") &&
    cliticRecipient(r.text, s.parties, party, f.q.span.start)
  )
    return true;
  const verbEnd = supplyVerbEnd(r.text, party, f.candidate.metric, f.q.span.start);
  if (verbEnd < 0) return false;
  return known || suppliedCompany(r.text, s.parties, verbEnd, f.q.span, f.clauseEnd) !== undefined;
}

/** "dont", "including", "of which": the figure is one member's part of a total just given. */
const PART_OF_TOTAL = /(?:\bdont|\bincluding|\bof\s+which|\by\s+compris|\bnotamment)\s*(?:\p{L}+\s+){0,2}$/iu;
/** "… pour Microsoft", "… from DataVolt", "… de la part de X": the member the part is for. */
const MEMBER_LEAD =
  /^\s*(?:[\p{L}-]+\s+){0,2}?(?:pour|for|from|by|chez|de\s+la\s+part\s+d(?:e|['’]))\s*(?:la\s+|le\s+|l['’]|the\s+)?$/iu;

/** "dont 80 pour Microsoft", "including $20 billion from DataVolt": a group's total split by member. */
function memberShare(r: DocumentReading, s: SentenceReading, f: FigureReading): Cued[] {
  const { text } = r;
  const { q } = f;
  if (!testInSentence(PART_OF_TOTAL, s, text, Math.max(s.sentence.start, q.span.start - 30), q.span.start)) {
    const at = memberAtFigure(text, s, q);
    if (at) return [{ party: at, how: `member "${at.surface}" set at its own part after the total` }];
    return parallelShare(text, s, q);
  }
  const member = s.parties.find(
    (p) =>
      p.start >= q.span.end &&
      p.start - q.span.end <= 40 &&
      MEMBER_LEAD.test(text.slice(q.span.end, p.start)),
  );
  return member
    ? [{ party: member, how: `member "${member.surface}" of the total, its part named on it` }]
    : [];
}

/** "pour", "for", "chez" right after a figure, before the company it is for. */
const FOR_LEAD = /^\s*(?:pour|for|chez|at)\s+(?:la\s+|le\s+|l['’]|the\s+)?$/iu;

/**
 * "$200 billion for Amazon, $185 billion for Alphabet and $135 billion for Meta": in a list of
 * figures each followed by "for X", each figure is that company's.
 */
function parallelShare(text: string, s: SentenceReading, q: QuantityMention): Cued[] {
  const forOf = (figure: QuantityMention) =>
    s.parties.find(
      (p) =>
        p.kind === "company" &&
        p.start >= figure.span.end &&
        p.start - figure.span.end <= 12 &&
        FOR_LEAD.test(text.slice(figure.span.end, p.start)),
    );
  const member = forOf(q);
  if (!member || s.sentenceQs.filter((other) => other !== q && forOf(other)).length === 0) return [];
  return [
    {
      party: member,
      how: `"${member.surface}" names whose figure it is, as for the other figures of the list`,
    },
  ];
}

/** "was made by", "were provided by", "a été annoncé par", "ont été apportés par": a passive's agent follows. */
const PASSIVE_AGENT =
  /\b(?:was|were|been|is|are|a\s+été|ont\s+été|est|sont)\s+(?:\p{L}+\s+)?(?:by|par)\s+(?:la\s+|le\s+|l['’]|the\s+)?$/iu;

/**
 * "a round led by Bpifrance, qui la valorise 4 milliards", "which valued the startup at $4 billion":
 * the relative clause values someone else, so the name it follows owns no valuation.
 */
const VALUES_ANOTHER =
  /^\s+(?:(?:la|le|l['’]|les)\s*(?:\p{L}+\s+)?valoris\p{L}*|(?:\p{L}+\s+)?valu(?:es|ed|ing)\s+(?:it|them|the\s+(?:company|startup|start-up|firm|group|business)))\b/iu;

/** "an investment offer of $500 million from", « une offre d'investissement de 500 millions de dollars de »: the money's giver follows. */
const MONEY_OFFERED_BY =
  /(?<!\p{L})(?:investissements?|offres?|propositions?|apports?|injections?|investments?|offers?|proposals?|injections?)(?:\s+d['’]investissement)?[^.;:()]{0,60}?(?:de|d['’]|du|from|by|par)\s*$/iu;

/**
 * "an offer from Nvidia, which would have lifted its valuation to $7 billion", « une offre
 * d'investissement de Nvidia, qui aurait porté sa valorisation à 7 milliards »: the relative clause
 * follows the money offered, and the valuation it lifts is the receiver's, not the investor's.
 */
function offersTheMoney(text: string, relative: Party, floor: number): boolean {
  return MONEY_OFFERED_BY.test(text.slice(Math.max(floor, relative.start - 90), relative.start));
}

/** « dont il », « dont elle », « dont Microsoft »: the relative clause's own subject right after « dont ». */
const OWN_SUBJECT_AFTER_DONT = /^\s+(?:il|elle|ils|elles|on)\s/iu;

function hasOwnSubject(text: string, parties: readonly Party[], at: number, pronoun: string): boolean {
  if (pronoun.toLowerCase() !== "dont") return false;
  if (OWN_SUBJECT_AFTER_DONT.test(text.slice(at, at + 8))) return true;
  return parties.some((p) => p.start >= at && /^\s*$/u.test(text.slice(at, p.start)));
}

/** "Microsoft, which has committed …": the company a relative pronoun stands for. */
function relativeOwner(r: DocumentReading, s: SentenceReading, f: FigureReading): Cued[] {
  const { text } = r;
  const { q } = f;
  const relative = s.parties.findLast((p) => {
    if (p.end > q.span.start || p.start < s.sentence.start) return false;
    const m = RELATIVE_PRONOUN.exec(text.slice(p.end, q.span.start));
    return (
      m !== null &&
      !/[,;:.—–()]/u.test(
        withoutApposition(text.slice(p.end + m[0].length, q.span.start)).replace(/(?<=\d)[.,](?=\d)/gu, ""),
      )
    );
  });
  if (!relative) {
    const bare = bareRelativeOwner(text, s.parties, q.span, s.sentence.start);
    if (bare) {
      const group =
        bare.party.via === "anaphora"
          ? null
          : groupBeforeRelative(text, s.parties, bare.party, s.sentence.start);
      return [group ? { ...bare, group, how: `${bare.how} after the companies listed` } : bare];
    }
    const possessed = possessedRelativeOwner(text, s.parties, q.span, s.sentence.start);
    return possessed ? [possessed] : [];
  }
  const pronoun = RELATIVE_PRONOUN.exec(text.slice(relative.end));
  if (pronoun && VALUES_ANOTHER.test(text.slice(relative.end + pronoun[0].length, q.span.start))) return [];
  if (f.candidate.metric === "valuation" && offersTheMoney(text, relative, s.sentence.start)) return [];
  const round =
    f.candidate.metric === "valuation" || f.candidate.metric === "market_cap"
      ? roundOfBackers(text, s.parties, relative, s.sentence.start)
      : null;
  if (round?.raiser)
    return [
      { party: round.raiser, how: `relative clause after the backers of ${round.raiser.surface}'s round` },
    ];
  if (round) return [];
  // "OpenAI, dont il détient 27 %": « dont » with a subject of its own makes the name its object.
  if (pronoun && hasOwnSubject(text, s.parties, relative.end + pronoun[0].length, pronoun[1]!)) return [];
  const head = relativeHead(text, s.parties, relative, s.sentence.start);
  if (head !== relative)
    return [
      { party: head, how: `relative clause "${head.surface}, … ${relative.surface}, ${pronoun?.[1]} …"` },
    ];
  const anaphora = relative.via === "anaphora" ? ` (anaphora → ${relative.canonical})` : "";
  const group =
    relative.via === "anaphora" ? null : groupBeforeRelative(text, s.parties, relative, s.sentence.start);
  if (group)
    return [
      { party: relative, group, how: `relative clause after the companies listed, "${pronoun?.[1]} …"` },
    ];
  return [{ party: relative, how: `relative clause "${relative.surface}, ${pronoun?.[1]} …"${anaphora}` }];
}

/** "… and Nvidia up to $10 billion": a name right before the figure, the verb left out. */
function gappedOwner(r: DocumentReading, s: SentenceReading, f: FigureReading): Cued[] {
  const { text } = r;
  const { sentence } = s;
  const gapped = s.parties.findLast((p) => p.end <= f.q.span.start && p.start >= sentence.start);
  if (
    gapped &&
    GAPPED_FIGURE.test(text.slice(gapped.end, f.q.span.start)) &&
    /(?:\band|\bet|,)\s*$/iu.test(text.slice(sentence.start, gapped.start))
  )
    return [{ party: gapped, how: `subject "${gapped.surface}" of a clause whose verb is left out` }];
  return [];
}

/**
 * What opens a clause before its subject: the sentence start, a comma, "and", "que", "lorsque",
 * "which"…, a verb of seeing whose object does what the clause says ("Vexor saw Talmor put in …").
 */
const CLAUSE_OPENER =
  /(?:^\s*[-•|*]?|[,;:—–]|\b(?:et|and|but|mais|que|qu['’]|that|when|lorsque|quand|while|tandis\s+que|alors\s+que|où|dont|duquel|auquel|auxquels|which|whereas|as|since|puisque|car|because|after|après\s+que|si|if|so|donc|ainsi|aussi|also|then|puis|said|says|told|announced|estimated|reported|declared|a\s+(?:déclaré|indiqué|annoncé|affirmé|précisé)|indique|affirme|estime|annonce|précise|saw|sees|watched|(?:a|ont)\s+vu|voit|voient))\s*(?:(?:the|le|la|l['’]|les)\s+(?:[\p{L}-]+\s+){0,4})?$/iu;

/**
 * Between a subject and its figure: a verb phrase, at most one apposition in commas or in brackets
 * ("the Vexor Foundation (its nonprofit arm) 21%"), no other clause.
 */
const SUBJECT_TO_FIGURE = /^(?:\s*,[^,;:()|]{1,80},|\s*\([^()\d|]{1,60}\))?[^,;:()|]{0,90}$/u;

/**
 * "la start-up achètera pour 30 milliards", "Meta conservant une participation de 20 %": the name
 * that opens the figure's own clause, right before its verb, owns the figure, whoever the
 * sentence named first.
 */
function verbSubject(r: DocumentReading, s: SentenceReading, f: FigureReading): Cued[] {
  const { text } = r;
  const { sentence, parties } = s;
  const continued = participleClauseSubject(text, parties, sentence.start, f.q.span.start);
  if (continued)
    return [{ party: continued, how: `subject "${continued.surface}" of the clause a participle continues` }];
  const i = parties.findLastIndex((p) => p.end <= f.q.span.start && p.start >= sentence.start);
  const party = parties[i];
  if (
    !party ||
    party.kind === "programme" ||
    isApposedParent(text, parties, party, f.q.span.start) ||
    modifiesADeal(text, r.gazetteer, party)
  )
    return [];
  const gap = text.slice(party.end, f.q.span.start);
  // The tests anchored on the short gap first: the one from the sentence's start reads more.
  if (
    spacePieces(gap) > 14 ||
    /^['’]s\b/u.test(gap) ||
    !SUBJECT_TO_FIGURE.test(gap) ||
    RELATIVE_PRONOUN.test(gap) ||
    SOURCE_AFTER.test(gap) ||
    !CLAUSE_OPENER.test(text.slice(sentence.start, party.start)) ||
    testInSentence(SOURCE_BEFORE, s, text, Math.max(sentence.start, party.start - 40), party.start) ||
    listStart(parties, i, text, sentence.start) < i ||
    isComplement(text, party, sentence.start) ||
    isPossessedModifier(text, party, sentence.start)
  )
    return [];
  const anaphora = party.via === "anaphora" ? ` (anaphora → ${party.canonical})` : "";
  return [{ party, how: `subject "${party.surface}" of the verb before the figure${anaphora}` }];
}

/** A sentence opened by its source ("Selon Morgan Stanley, …", "According to UBS and Barclays, …"), up to the name. */
const SOURCE_OPENING = /^\s*(?:selon|d['’]après|according\s+to)\s+[^,;:]*$/iu;
/** The same source closed by its comma: the names after it start a list of their own. */
const SOURCE_CLOSED = /^\s*(?:selon|d['’]après|according\s+to)\s+[^,;:]*,/iu;

/** The subject of the figure's own clause (after ", while", "; ", "tandis que" when one is there), with its list. */
/** Before the last name of subjects acting together: "et", "and", perhaps "et sa filiale", "and its partner". */
const JOINT_SUBJECTS_GAP = new RegExp(
  String.raw`^\s*,?\s*(?:et|and|&|ainsi\s+qu['’]|ainsi\s+que|as\s+well\s+as)\s*(?:(?:sa|son|ses|leurs?|its|their|le|la|les|the)\s+(?:[\p{Ll}-]+\s+){1,2}?|l['’](?:[\p{Ll}-]+\s+){1,2}?|${DESCRIBED_WITHOUT_ARTICLE})?$`,
  "iu",
);

/**
 * "OpenAI investor Microsoft spent", "Unlike Apple, Meta plans": a name that only says whose partner
 * the next one is, or sets a company aside for comparison, while another name before the figure acts.
 */
function namesAnotherActor(
  text: string,
  party: Party,
  parties: readonly Party[],
  floor: number,
  figureStart: number,
): boolean {
  const next = qualifiesTheNextName(text, party, parties);
  if (next) return next.end <= figureStart;
  return (
    isComparedAside(text, party, floor) &&
    parties.some((o) => o.start > party.end && o.end <= figureStart && o.via !== "anaphora")
  );
}

/** "For CoreWeave, which …, the backlog stood at": the company a sentence's opening frames, its comma after it. */
const FRAME_OPENING = /^\s*(?:for|as\s+for|pour|chez|quant\s+à)\s*$/iu;

function framesTheSentence(text: string, party: Party, sentenceStart: number): boolean {
  return FRAME_OPENING.test(text.slice(sentenceStart, party.start)) && /^\s*,/u.test(text.slice(party.end));
}

/** ", which counts Microsoft and OpenAI as customers, …": a relative clause in commas, closed before the figure. */
const CLOSED_RELATIVE_BEFORE = /,\s*(?:which|who|whose|qui|dont)\s[^,;:()]*$/iu;

function insideClosedRelative(text: string, party: Party, floor: number, figureStart: number): boolean {
  if (!CLOSED_RELATIVE_BEFORE.test(text.slice(Math.max(floor, party.start - 80), party.start))) return false;
  const close = text.slice(party.end, figureStart).search(/[,;:]/u);
  return close >= 0;
}

/** « Le campus de Corvel, filiale de X, … », "The site of Corvel, owned by X, …": the possessor a parent apposition follows. */
const POSSESSOR_BEFORE = /(?:\b(?:de|du|d['’]|of)\s*)$/iu;

function possessorWithParent(
  text: string,
  parties: readonly Party[],
  p: Party,
  floor: number,
  figureStart: number,
): boolean {
  return (
    POSSESSOR_BEFORE.test(text.slice(Math.max(floor, p.start - 6), p.start)) &&
    hasApposedParent(text, parties, p, figureStart)
  );
}

function clauseSubject(r: DocumentReading, s: SentenceReading, f: FigureReading): Cued[] {
  const { text } = r;
  const { sentence, parties, index } = s;
  const { q } = f;
  const members = apposedMembers(text, parties, q.span.start, sentence.start);
  if (members) return [{ party: members[0]!, group: members, how: "subject with its members apposed" }];
  const breakStart = index.subclauseStarts.after(f.clauseStart, q.span.start);
  // "… into Mistral AI and Intel has pledged $1.5 billion": a name after "and" may open the figure's clause.
  const ownClause = parties.findLast(
    (p, i) =>
      p.start >= breakStart && p.end <= q.span.start && opensOwnClause(text, parties, i, sentence.start),
  );
  const subclauseStart = ownClause?.start ?? breakStart;
  const subjects = f.inClause.filter(
    (p, _i, all) =>
      p.end <= q.span.start &&
      (!isComplement(text, p, sentence.start) ||
        framesTheSentence(text, p, sentence.start) ||
        possessorWithParent(text, all, p, sentence.start, q.span.start)) &&
      !insideClosedRelative(text, p, sentence.start, q.span.start) &&
      !isApposedParent(text, all, p, q.span.start) &&
      !modifiesADeal(text, r.gazetteer, p) &&
      (SOURCE_CLOSED.test(text.slice(sentence.start, p.start)) ||
        !isComplementOfList(text, parties, p, sentence.start)) &&
      !isPossessedModifier(text, p, sentence.start) &&
      !speaksPastApposition(text, p, all, q.span.start) &&
      !namesAnotherActor(text, p, all, sentence.start, q.span.start) &&
      !SOURCE_OPENING.test(text.slice(sentence.start, p.start)) &&
      !(
        (NOT_THE_SUBJECT_AFTER.test(text.slice(p.end, p.end + 40)) ||
          /^['’]s\s+(?!\p{L}+\s+(?:of|de)\b)/u.test(text.slice(p.end, p.end + 30))) &&
        all.some((o) => o.start > p.end && o.end <= q.span.start && o.via !== "anaphora")
      ),
  );
  const first = listHead(
    r,
    parties,
    subjects,
    subjects.find((p) => p.start >= subclauseStart) ?? subjects[0],
    f.clauseStart,
  );
  if (!first) return [];
  const list = listFrom(parties, parties.indexOf(first), text, q.span.start).filter(
    (p) => p.end <= q.span.start,
  );
  // "A et B", "A, B, C et D", "A, B, and C", "A et sa filiale B": an enumeration closed by "and" acts together.
  const group =
    list.length > 1 && JOINT_SUBJECTS_GAP.test(gapBetween(text, list.at(-2)!, list.at(-1)!)) ? list : [];
  const anaphora = first.via === "anaphora" ? ` (anaphora → ${first.canonical})` : "";
  return [{ party: first, group, how: `subject "${first.surface}"${anaphora}` }];
}

/**
 * "Amazon, Alphabet, Microsoft, and Meta spent": a subject that closes a list of subjects (the
 * comma before "and" reads as a clause break) stands for the list from its first name.
 */
function listHead(
  r: DocumentReading,
  parties: Party[],
  subjects: Party[],
  subject: Party | undefined,
  floor: number,
): Party | undefined {
  if (!subject) return undefined;
  let at = parties.indexOf(subject);
  const first = listStart(parties, at, r.text, floor);
  while (at > first && subjects.includes(parties[at - 1]!)) at--;
  return parties[at];
}

/** The nearest name before the figure, unless a counterparty lead opens the sentence before it. */
function nearestBefore(r: DocumentReading, s: SentenceReading, f: FigureReading): Cued[] {
  const nearest = s.parties.findLast(
    (p) =>
      p.end <= f.q.span.start &&
      p.start >= s.sentence.start &&
      !isApposedParent(r.text, s.parties, p, f.q.span.start) &&
      !modifiesADeal(r.text, r.gazetteer, p),
  );
  if (!nearest || COUNTERPARTY_LEAD.test(r.text.slice(s.sentence.start, nearest.start))) return [];
  return [{ party: nearest, how: `nearest name "${nearest.surface}"` }];
}

/** "…, while X", "…, tandis que X": a contrast opens another actor's clause. */
const CONTRAST_BETWEEN =
  /(?:^|[\s,])(?:(?:while|whereas|but|mais|tandis\s+que|alors\s+que)(?![\p{L}])|(?:tandis|alors)\s+qu['’])/iu;

/** "Its initial $1 billion round … lacked Big Tech participation", « Sa levée de 2 milliards … »: the owner is the one "its" stands for. */
const POSSESSIVE_OPENING = /^\s*(?:[-•*]\s*)?(?:its|their|son|sa|ses|leurs?)\s/iu;

function opensWithItsOwner(text: string, s: SentenceReading, f: FigureReading): boolean {
  return (
    POSSESSIVE_OPENING.test(text.slice(s.sentence.start, f.q.span.start)) &&
    !s.parties.some((p) => p.start >= s.sentence.start && p.end <= f.q.span.start)
  );
}

/** The first subject after the figure, unless a contrast sets it apart, for metrics whose later names are no counterparties. */
function firstAfter(r: DocumentReading, s: SentenceReading, f: FigureReading): Cued[] {
  const { text } = r;
  const metric = f.candidate.metric;
  if (metric && metricIs(metric, "counterpartyAfter")) return [];
  if (opensWithItsOwner(text, s, f)) return [];
  const after = f.inClause.find(
    (p) =>
      p.start >= f.q.span.end &&
      !CONTRAST_BETWEEN.test(text.slice(f.q.span.end, p.start)) &&
      !isRivalOrCompared(
        text,
        s.parties[listStart(s.parties, s.parties.indexOf(p), text, f.q.span.end)] ?? p,
        f.q.span.end,
      ) &&
      !isComplement(text, p, s.sentence.start) &&
      !isComplementOfList(text, s.parties, p, s.sentence.start),
  );
  return after ? [{ party: after, how: `subject "${after.surface}" after the figure` }] : [];
}

const CUE_FINDERS: Record<EntityCue, (r: DocumentReading, s: SentenceReading, f: FigureReading) => Cued[]> = {
  possessive: ownersNamedOnFigure,
  investor: investorAfter,
  valued: valuedOwner,
  recipient: recipientOwner,
  member: memberShare,
  relative: relativeOwner,
  gapped: gappedOwner,
  verb: verbSubject,
  subject: clauseSubject,
  nearest: nearestBefore,
  after: firstAfter,
};

/** "Microsoft a représenté 62 % de son chiffre d'affaires", "Microsoft accounted for 62%": a customer's weight. */
const CUSTOMER_SHARE =
  /^\s*,?\s+(?:(?:qui|which|who)\s+)?(?:\p{L}+\s+)?(?:accounted\s+for|accounts\s+for|represented|represents|made\s+up|is|was|a\s+représenté|représente|représentait|est|était|pèse|pesait|a\s+pesé)\s+(?:\p{L}+\s+){0,2}$/iu;

/** Evidence about a named candidate, whatever cue names it. */
function partyFeatures(
  r: DocumentReading,
  s: SentenceReading,
  f: FigureReading,
  party: Party,
): Partial<Record<EntityFeature, number>> {
  const { text } = r;
  const { q } = f;
  const before = party.end <= q.span.start;
  const [gapStart, gapEnd] = before ? [party.end, q.span.start] : [q.span.end, party.start];
  const words = wordCount(text, gapStart, Math.max(gapStart, gapEnd));
  const leadStart = Math.max(s.sentence.start, party.start - 40);
  return {
    quotedSource:
      party.via === "name" &&
      party.kind === "company" &&
      (testInSentence(SOURCE_BEFORE, s, text, leadStart, party.start) ||
        SOURCE_AFTER.test(text.slice(party.end, party.end + 30)))
        ? 1
        : 0,
    person: party.kind === "person" ? 1 : 0,
    anaphora: party.via === "anaphora" ? 1 : 0,
    documentSubject: party.canonical === r.subject ? 1 : 0,
    paragraphTopic: party.canonical === s.local ? 1 : 0,
    afterFigure: before ? 0 : 1,
    otherClause: s.index.breaks.within(gapStart, Math.max(gapStart, gapEnd)) ? 1 : 0,
    tokenDistance: Math.min(3, words / 10),
    complement: isComplement(text, party, s.sentence.start) ? 1 : 0,
    dealSide: isDealSide(text, party, s.sentence.start) ? 1 : 0,
    counterpartyElsewhere: isCounterpartyElsewhere(r.candidates, party.canonical) ? 1 : 0,
    customerShare:
      f.candidate.metric === "revenue_share" &&
      before &&
      CUSTOMER_SHARE.test(text.slice(party.end, q.span.start))
        ? 1
        : 0,
    counterpartyColumn: inCounterpartyColumn(r, party) ? 1 : 0,
    speaker: speaksPastApposition(text, party, s.parties, q.span.start) ? 1 : 0,
    modifier: isPossessedModifier(text, party, s.sentence.start) ? 1 : 0,
    lender: lendsTheDebt(text, party, f.candidate.metric, q.span.start) ? 1 : 0,
    supplier: suppliesTheFigure(r, s, f, party) ? 1 : 0,
    backer:
      RAISED_MONEY.has(f.candidate.metric ?? "") && backsTheRound(text, s.parties, party, s.sentence.start)
        ? 1
        : 0,
  };
}

/** Money a company raises: its investors, lenders or partners in the raise own none of it. */
const RAISED_MONEY: ReadonlySet<string> = new Set(["funding_round", "valuation", "debt_issuance"]);

/** "du tour de table", "the round", "cette levée": the sentence speaks of a funding round. */
const ROUND_WORD =
  /tour\s+de\s+table|\blevée|\bround\b|\bfundraising\b|\bséries?\s+[A-H]\b|\bseries\s+[A-H]\b/iu;

/** A person or a bank, broker or research firm: they size markets they do not own. */
function sizesMarkets(r: DocumentReading, party: Party): boolean {
  return party.kind === "person" || r.gazetteer.roles.get(party.canonical) === "source";
}

/** "avec", "with" right before a company: the other side of a deal. */
const WITH_LEAD = /(?<!\p{L})(?:avec|with)\s+(?:(?:la|le|l['’]|the)\s*)?(?:[\p{Ll}-]+\s+){0,2}$/iu;

/** How far from the figure the other side of its own deal may be named. */
const OWN_DEAL_REACH = 80;

/**
 * "Ce contrat s'ajoute à celui de 22,4 milliards conclu avec OpenAI", "That contract follows the $22.4
 * billion agreement reached with OpenAI": beside the figure, a deal "with" a company that is neither
 * party of the previous sentence's deal is the figure's own deal, not the one the demonstrative names.
 */
function dealWithAnother(
  r: DocumentReading,
  s: SentenceReading,
  f: FigureReading,
  previous: Candidate,
): boolean {
  const q = f.q.span;
  return s.parties.some(
    (p) =>
      p.kind === "company" &&
      p.canonical !== previous.entity &&
      p.canonical !== previous.counterparty &&
      (p.start >= q.end ? p.start - q.end : q.start - p.end) <= OWN_DEAL_REACH &&
      WITH_LEAD.test(r.text.slice(Math.max(s.sentence.start, p.start - 40), p.start)),
  );
}

/** One option per party the cues find for the figure, with the features of every cue that found it. */
function cueOptions(
  r: DocumentReading,
  s: SentenceReading,
  f: FigureReading,
): Option<EntityOption, EntityFeature>[] {
  const options: Option<EntityOption, EntityFeature>[] = [];
  const byParty = new Map<
    Party,
    { option: EntityOption; features: Partial<Record<EntityFeature, number>> }
  >();
  for (const cue of CUES)
    for (const found of CUE_FINDERS[cue](r, s, f)) {
      // A bank or research firm quoted on a figure owns none of it.
      if (quotesFiguresOfOthers(r, found.party, f.candidate.metric)) continue;
      // "le second vient de racheter Aligned pour 40 milliards": the company bought owns no price.
      if (isBoughtBeforePrice(r.text, f, found.party)) continue;
      let entry = byParty.get(found.party);
      if (!entry) {
        const group = found.group ?? [];
        const name = group.length > 1 ? joinParties(group) : (found.name ?? found.party.canonical);
        const features = partyFeatures(r, s, f, found.party);
        features.groupList = group.length > 1 ? 1 : 0;
        entry = { option: { party: found.party, group, name, cue, how: found.how }, features };
        byParty.set(found.party, entry);
        options.push({ value: entry.option, label: name, features: entry.features });
      }
      entry.features[CUE_FEATURE[cue]] = 1;
    }
  return options;
}

/** The candidate owners of a figure found so far, with their features. */
type EntityOptions = Option<EntityOption, EntityFeature>[];

/** A candidate named by no party of the sentence: the name, how it was found, what it says. */
function unnamedOption(
  name: string,
  how: string,
  features: Features<EntityFeature>,
): Option<EntityOption, EntityFeature> {
  return { value: { party: null, group: [], name, cue: null, how }, label: name, features };
}

/**
 * A source of candidate owners: it offers its candidates after those found before it, or adds its
 * evidence to a candidate already offered.
 */
type CandidateSource = (
  r: DocumentReading,
  s: SentenceReading,
  f: FigureReading,
  options: EntityOptions,
) => void;

/** "cet accord": the owner of the previous sentence's deal, or its other side when the deal is another's. */
function withPreviousDeal(
  r: DocumentReading,
  s: SentenceReading,
  f: FigureReading,
  options: EntityOptions,
): void {
  const { previousSentenceClaim, demonstrative } = s;
  if (!demonstrative || !previousSentenceClaim?.entity) return;
  // A deal of its own with another company: the previous deal's other side is the party they share.
  const other = dealWithAnother(r, s, f, previousSentenceClaim);
  const name = other ? previousSentenceClaim.counterparty : previousSentenceClaim.entity;
  if (name)
    options.push(
      unnamedOption(name, other ? "the previous deal's other side" : "previous deal", { previousDeal: 1 }),
    );
}

/** A nominal sentence that sizes the figure before it: that figure's owner. */
function withPreviousFigure(
  r: DocumentReading,
  s: SentenceReading,
  f: FigureReading,
  options: EntityOptions,
): void {
  const sized = nominalSentenceOwner(r.text, s, f);
  if (sized) options.push(unnamedOption(sized, "previous figure", { previousDeal: 1 }));
}

/** A round's share or valuation in a sentence of the round: the latest round's company. */
function withRound(r: DocumentReading, s: SentenceReading, f: FigureReading, options: EntityOptions): void {
  const round = r.latestRound?.entity;
  const ofRound = f.candidate.metric === "funding_share" || f.candidate.metric === "valuation";
  if (round && ofRound && ROUND_WORD.test(s.body))
    options.push(unnamedOption(round, "round", { roundFallback: 1 }));
}

/** The company a round raises money for, as more evidence for it when it is offered already. */
function withRoundInvestee(
  r: DocumentReading,
  s: SentenceReading,
  f: FigureReading,
  options: EntityOptions,
): void {
  const investee = roundInvestee(r, s, f);
  if (!investee) return;
  const named = investee.party ? options.find((o) => o.value.party?.canonical === investee.name) : undefined;
  if (named) addFeatures(named, { roundInvestee: 1 });
  else
    options.push({
      value: { party: investee.party, group: [], name: investee.name, cue: null, how: investee.how },
      label: investee.name,
      features: { roundInvestee: 1 },
    });
}

/** The market a figure sizes, and who sizes it among the candidates named before it. */
function withMarketOwner(
  r: DocumentReading,
  _s: SentenceReading,
  f: FigureReading,
  options: EntityOptions,
): void {
  const market = marketOwner(r.text, f, r.context.language, (p) => sizesMarkets(r, p));
  if (!market) return;
  options.push(unnamedOption(market.name, market.how, { marketSubject: 1 }));
  // "Jensen Huang has estimated that AI infrastructure spending will reach": who sizes the market.
  for (const o of options)
    if (o.value.party && o.value.party.end <= market.start && sizesMarkets(r, o.value.party))
      addFeatures(o, { marketReader: 1 });
}

/** The investors, together, of investments the figure sums. */
function withInvestors(
  r: DocumentReading,
  s: SentenceReading,
  f: FigureReading,
  options: EntityOptions,
): void {
  const investors = investorsOfInvestments(r.text, r.gazetteer, r.context.language, s, f);
  // "Data centres will need $3tn of investment": the market that needs the money owns it, not its investors.
  if (investors && marketBefore(r.text, f.clauseStart, f.q.span.start, r.context.language)?.needs) return;
  if (investors) options.push(unnamedOption(investors.name, investors.how, { investorCollective: 1 }));
}

/** A collective that puts in the money (the agent of a passive verb of money), else one that owns the figure. */
function withCollective(
  r: DocumentReading,
  s: SentenceReading,
  f: FigureReading,
  options: EntityOptions,
): void {
  // "$1 billion was put up by pension funds": the agent of a passive verb of money is who puts it in.
  const agent = agentCollective(r.text, r.names, f, s.sentence.end);
  if (agent) {
    options.push(unnamedOption(agent, "agent", { collectiveSubject: 1, investor: 1 }));
    return;
  }
  const collective = collectiveOwner(r.text, f);
  // "…, while neocloud startups are valued at": the collective is the subject of its own clause's verb.
  if (collective)
    options.push(
      unnamedOption(collective.name, "collective", {
        collectiveSubject: 1,
        verbSubject: collective.afterContrast ? 1 : 0,
      }),
    );
}

/** The paragraph's topic, as a fallback. */
function withTopic(r: DocumentReading, s: SentenceReading, _f: FigureReading, options: EntityOptions): void {
  const { local } = s;
  if (local)
    options.push(
      unnamedOption(local, "topic", {
        topicFallback: 1,
        documentSubject: local === r.subject ? 1 : 0,
        paragraphTopic: 1,
      }),
    );
}

/** The sources of candidate owners after the sentence's cues, in the order they offer them. */
const CANDIDATE_SOURCES: readonly CandidateSource[] = [
  withPreviousDeal,
  withPreviousFigure,
  withRound,
  withRoundInvestee,
  withMarketOwner,
  withInvestors,
  withCollective,
  withTopic,
  withDiscourseCandidates,
  withFacilityProgramme,
  withNextSentenceOwner,
  withPluralGroup,
  withVentureBefore,
  withAnaphorsByKind,
  withBackedAnaphor,
  withNearbyCompany,
  withKindEvidence,
];

/** Every candidate owner of the figure, with its features: the cues' owners, then each source's. */
export function entityOptions(r: DocumentReading, s: SentenceReading, f: FigureReading): EntityOptions {
  entityClause(s, f);
  const options = cueOptions(r, s, f);
  for (const source of CANDIDATE_SOURCES) source(r, s, f, options);
  return options;
}

/**
 * What the kinds of company say of each candidate, and the latest company before the sentence of a
 * kind that owns such figures, offered when it is not yet a candidate.
 */
function withKindEvidence(
  r: DocumentReading,
  s: SentenceReading,
  f: FigureReading,
  options: EntityOptions,
): void {
  if (options.length === 0) return;
  const { metric } = f.candidate;
  const latest = latestCompanyOfKind(r, s, f);
  if (latest && !options.some((o) => o.value.name === latest.name)) {
    const where = latest.distance === 1 ? "the previous sentence" : `${latest.distance} sentences before`;
    const how = `discourse: the latest company of a kind that owns such figures, in ${where}`;
    options.push(unnamedOption(latest.name, how, {}));
  }
  for (const o of options) {
    const { kindFits, kindUnlikely } = kindFeatures(r.gazetteer, o.value.name, metric);
    const isLatest = latest !== null && o.value.name === latest.name && !o.value.party;
    if (kindFits || kindUnlikely || isLatest)
      addFeatures(o, { kindFits, kindUnlikely, latestOfKind: isLatest ? 1 : 0 });
  }
}

/**
 * The company named just before the figure (nearby-company.ts), offered when no candidate stands
 * for it yet: no cue of the sentence named it, and it is neither the topic nor a company the
 * discourse carried.
 */
function withNearbyCompany(
  r: DocumentReading,
  s: SentenceReading,
  f: FigureReading,
  options: EntityOptions,
): void {
  if (options.length === 0) return;
  const nearby = nearbyCompany(r, s, f);
  if (!nearby) return;
  const { party, features, how } = nearby;
  // The screens of the cues: a bank quoted on the figure, the company bought before its price.
  if (quotesFiguresOfOthers(r, party, f.candidate.metric) || isBoughtBeforePrice(r.text, f, party)) return;
  // Offered already (by a cue, as the topic, by the discourse): what stands for it there decides.
  if (options.some((o) => o.value.name === party.canonical)) return;
  options.push({
    value: { party, group: [], name: party.canonical, cue: null, how },
    label: party.canonical,
    features: { ...features },
  });
}

/**
 * The companies the discourse made salient: a company the sentence names speaks for itself; one
 * already offered from before (the topic, the previous deal) gains what the discourse says of it.
 */
function withDiscourseCandidates(
  r: DocumentReading,
  s: SentenceReading,
  f: FigureReading,
  options: EntityOptions,
): void {
  // The discourse weighs between candidates; it gives no owner to a figure the text gives none.
  if (options.length === 0) return;
  const open = !options.some((o) => o.value.party);
  const topicOnly = open && options.every((o) => o.features.topicFallback === 1);
  for (const company of salientBefore(r, s)) {
    const { name } = company;
    const offered = options.find((o) => o.label === name);
    if (offered?.value.party) continue;
    const features = discourseFeatures(r, s, company, f, open, topicOnly);
    if (offered) addFeatures(offered, features);
    else options.push({ value: company, label: name, features });
  }
}

/** Whether no candidate is a party of the figure's sentence: its owner, if any, comes from elsewhere. */
function noOwnerInSentence(options: EntityOptions): boolean {
  return options.length > 0 && !options.some((o) => o.value.party);
}

/** A candidate from outside the sentence: more evidence for one already offered, else a new one. */
function offerFromOutside(
  options: EntityOptions,
  name: string,
  how: string,
  features: Features<EntityFeature>,
): void {
  const offered = options.find((o) => o.label === name);
  if (offered) addFeatures(offered, features);
  else options.push(unnamedOption(name, how, { ...features }));
}

/** "Kessel launched Stargate in Texas. The campus will host 40,000 GPUs": the programme the facility noun takes up. */
function withFacilityProgramme(
  r: DocumentReading,
  s: SentenceReading,
  f: FigureReading,
  options: EntityOptions,
): void {
  if (!noOwnerInSentence(options)) return;
  const taken = facilityProgramme(r, s, f);
  if (!taken) return;
  const how = `discourse: "${taken.surface}" takes up the programme named in the previous sentence`;
  offerFromOutside(options, taken.name, how, { facilityTakeUp: 1 });
}

/** "A, B and C formed a venture. The site will cost €6 billion": the venture's partners, together. */
function withVentureBefore(
  r: DocumentReading,
  s: SentenceReading,
  f: FigureReading,
  options: EntityOptions,
): void {
  if (!noOwnerInSentence(options)) return;
  const venture = ventureBefore(r, s, f);
  if (venture) offerFromOutside(options, venture.name, `discourse: ${venture.surface}`, { ventureBefore: 1 });
}

/** "A fund will invest €400 million. The investor is Vantor": the party the next sentence identifies. */
function withNextSentenceOwner(
  r: DocumentReading,
  s: SentenceReading,
  _f: FigureReading,
  options: EntityOptions,
): void {
  if (!noOwnerInSentence(options)) return;
  const next = nextSentenceOwner(r, s);
  if (!next) return;
  const how = `the next sentence identifies the party: "${next.surface}"`;
  offerFromOutside(options, next.name, how, { nextSentenceOwner: 1 });
}

/**
 * "Oracle and Quarkon signed a deal. The partners will invest $5 billion": the companies a plural of
 * the figure's sentence takes up, together, as a candidate (or more evidence for the same group).
 */
function withPluralGroup(
  r: DocumentReading,
  s: SentenceReading,
  f: FigureReading,
  options: EntityOptions,
): void {
  if (options.length === 0) return;
  const group = pluralGroup(r, s, f);
  if (!group) return;
  const offered = options.find((o) => o.label === group.name);
  if (offered) {
    addFeatures(offered, { pluralAnaphor: 1 });
    return;
  }
  const how = `discourse: "${group.surface}" takes up the companies coordinated in ${group.where}`;
  options.push(unnamedOption(group.name, how, { pluralAnaphor: 1 }));
}

/**
 * `more` features for an option, after those it has, in their order. An option's own features are
 * extended where they are: V8 makes a copy (`{ ...a, ...b }`) some fifty times slower.
 * Features shared by the figures of a sentence are frozen (discourseFeatures), and copied.
 */
function addFeatures(o: Option<EntityOption, EntityFeature>, more: Features<EntityFeature>): void {
  if (Object.isFrozen(o.features)) o.features = { ...o.features, ...more };
  else Object.assign(o.features, more);
}

/** The cue that decided for the winner: its most telling cue among those that name it. */
export function decidingCue(
  features: Features<EntityFeature>,
  weights: Weights<EntityFeature>,
): EntityCue | null {
  let best = -1;
  for (let i = 0; i < CUES.length; i++) {
    const feature = CUE_FEATURES[i]!;
    const part = (features[feature] ?? 0) * weights[feature];
    if (part > 0 && (best < 0 || part > weights[CUE_FEATURES[best]!])) best = i;
  }
  return best < 0 ? null : CUES[best]!;
}

/** "Google will supply up to one million TPUs" to the owner: the supplier is the other side of the deal. */
function supplierAsCounterparty(
  f: FigureReading,
  options: readonly Option<EntityOption, EntityFeature>[],
  owner: string,
): void {
  const supplier = options.find(
    (o) => o.features.supplier === 1 && o.value.party && !groupMembers(owner).has(o.value.party.canonical),
  )?.value.party;
  if (!supplier) return;
  f.candidate.counterparty = supplier.canonical;
  f.candidate.counterpartyAt = { start: supplier.start, end: supplier.end };
  f.rules.push(`counterparty: ${supplier.surface} supplies it → ${supplier.canonical}`);
}

/**
 * "entity kinds: CoreWeave (neocloud) owns such figures | Nvidia (chipmaker) seldom owns such figures": what the
 * kinds of company said of the leading candidates, when they said anything.
 */
function kindEvidence(
  r: DocumentReading,
  ranked: readonly Option<EntityOption, EntityFeature>[],
): string | null {
  const parts: string[] = [];
  const seen = new Set<string>();
  for (const o of ranked.slice(0, 4)) {
    const { kindFits, kindUnlikely, latestOfKind } = o.features;
    if ((!kindFits && !kindUnlikely) || seen.has(o.value.name)) continue;
    seen.add(o.value.name);
    const named = withKinds(r.gazetteer, o.value.name);
    const latest = latestOfKind ? ", the latest such company named" : "";
    parts.push(kindFits ? `${named} owns such figures${latest}` : `${named} seldom owns such figures`);
  }
  return parts.length > 0 ? `entity kinds: ${parts.join(" | ")}` : null;
}

/** The features that say what kind of company a candidate is, apart from what the sentence says of it. */
const KIND_FEATURES: readonly EntityFeature[] = ["kindFits", "kindUnlikely", "latestOfKind"];

/** A candidate's score from the sentence and the discourse alone, its kind left out. */
function scoreWithoutKind(o: Option<EntityOption, EntityFeature>, weights: Weights<EntityFeature>): number {
  let score = 0;
  for (const name in o.features) {
    const feature = name as EntityFeature;
    if (!KIND_FEATURES.includes(feature)) score += (o.features[feature] ?? 0) * weights[feature];
  }
  return score;
}

/**
 * "Nvidia will supply several hundred thousand chips" in an article about Humain, "Talen will sell
 * 840 MW to Amazon": when the kind of company took a compute deal's figure from the company the
 * sentence puts first (a chipmaker selling chips, a utility selling power), that company is the
 * deal's other side.
 */
function sellerAsCounterparty(
  r: DocumentReading,
  f: FigureReading,
  ranked: readonly Option<EntityOption, EntityFeature>[],
  weights: Weights<EntityFeature>,
): void {
  const owner = ranked[0]!;
  if (f.candidate.counterparty || !metricIs(f.candidate.metric, "computeDeal")) return;
  let seller: Option<EntityOption, EntityFeature> | null = null;
  let best = Number.NEGATIVE_INFINITY;
  for (const o of ranked) {
    const score = scoreWithoutKind(o, weights);
    if (score > best) [seller, best] = [o, score];
  }
  if (!seller || seller === owner) return;
  const { name, party } = seller.value;
  if (name.includes("+") || groupMembers(owner.value.name).has(name) || !sellsGoods(r.gazetteer, name))
    return;
  f.candidate.counterparty = name;
  if (party) f.candidate.counterpartyAt = { start: party.start, end: party.end };
  f.rules.push(`counterparty: ${name} is the selling side of the deal → ${name}`);
}

/**
 * What the candidates beside the owner say: the kinds of the leading ones, and the supplier or the
 * seller among them, which is the counterparty.
 */
function readOtherCandidates(
  r: DocumentReading,
  f: FigureReading,
  ranked: readonly Option<EntityOption, EntityFeature>[],
  weights: Weights<EntityFeature>,
  owner: string,
): void {
  const kinds = kindEvidence(r, ranked);
  if (kinds) f.rules.push(kinds);
  supplierAsCounterparty(f, ranked, owner);
  sellerAsCounterparty(r, f, ranked, weights);
}

/** The best-scored entity candidate, which settles the figure's owner. */
type BestOwner = Option<EntityOption, EntityFeature>;

/**
 * The entity candidates, best first; null, with the issue that says why, when none may own the figure:
 * there is none, or the best is no party of the text and the amount is too vague to be anyone's.
 */
function rankedOwners(r: DocumentReading, s: SentenceReading, f: FigureReading) {
  const { q, figure } = f;
  const options = entityOptions(r, s, f);
  const ranked = rankOptions(options, r.entityWeights);
  r.observe?.({ field: "entity", figure: q, options });
  const best = ranked[0];
  if (!best) {
    issue(r.context, "unresolved_entity", extractMessages.unresolved_entity(figure), q.span);
    return null;
  }
  const ownerless = best.value.party
    ? null
    : ownerlessVagueAmount(s, q, {
        // the article's subject, the sentence's topic, or a company the discourse carried to it
        topic: best.features.topicFallback === 1 || best.value.how.startsWith("discourse"),
        market: best.features.marketSubject === 1,
      });
  if (ownerless) {
    issue(r.context, "not_a_claim", extractMessages.not_a_claim(figure, ownerless), q.span);
    return null;
  }
  return ranked;
}

/** A party of the text owns the figure: a company, a person speaking for it, a product, a business unit. */
function settleByParty(r: DocumentReading, _s: SentenceReading, f: FigureReading, best: BestOwner): boolean {
  const { party, group, name, how } = best.value;
  if (!party) return false;
  const { gazetteer } = r;
  const { rules, candidate } = f;
  f.entityParty = party;
  f.entityGroup = group;
  f.how = how;
  f.entityBy = decidingCue(best.features, r.entityWeights) ?? best.value.cue;
  candidate.entity = name;
  candidate.entityAt = { start: party.start, end: (group.at(-1) ?? party).end };
  if (group.length > 1) r.lastGroup = name;
  rules.push(`entity: ${how} → ${candidate.entity}`);
  if (party.kind === "person") {
    const speaker = fullPersonName(party.surface, party.canonical, gazetteer);
    r.lastPerson = speaker;
    candidate.attribution = speaker;
    rules.push(`attribution: the person speaks for the company → ${speaker}`);
  }
  if (party.kind === "product") candidate.item = party.surface;
  // "AWS affiche une croissance de 24 %": a business unit owns nothing apart from its company.
  const segment = party.via === "name" ? gazetteer.segments.get(foldName(party.surface)) : undefined;
  if (segment && group.length < 2) {
    candidate.item = segment;
    rules.push(`item: ${party.surface} is a business unit of ${party.canonical}`);
  }
  return true;
}

/** "ce contrat", "the deal": a demonstrative refers to the previous sentence's deal, owner and counterparty. */
function settleByPreviousDeal(
  _r: DocumentReading,
  s: SentenceReading,
  f: FigureReading,
  best: BestOwner,
): boolean {
  if (best.value.how !== "previous deal") return false;
  const { candidate } = f;
  const previous = s.previousSentenceClaim!;
  candidate.entity = previous.entity;
  candidate.counterparty = previous.counterparty;
  f.inherited = true;
  f.rules.push(
    `entity: "${s.demonstrative![0]}" refers to the previous sentence's deal → ${candidate.entity}${candidate.counterparty ? ` → ${candidate.counterparty}` : ""}`,
  );
  return true;
}

/**
 * An owner the sentence names no party for, read off the best candidate: where it applies, the owner is
 * the candidate's name, less sure by `doubt`, and `rule` says why.
 */
interface OwnerWithoutParty {
  applies: (best: BestOwner) => boolean;
  doubt: number;
  rule: (best: BestOwner, r: DocumentReading) => string;
  /** What else the owner settles. */
  also?: (r: DocumentReading, f: FigureReading) => void;
}

/** « pour faire du pays un pôle de l'IA »: the state an investor collective's investments are for. */
function investmentsForState(r: DocumentReading, f: FigureReading): void {
  const { candidate } = f;
  const state = f.inClause.find((p) => r.gazetteer.publicBodies.has(p.canonical));
  if (!state) return;
  candidate.counterparty = state.canonical;
  candidate.counterpartyAt = { start: state.start, end: state.end };
  f.rules.push(`counterparty: the investments are for ${state.surface} → ${state.canonical}`);
}

/** The owners without a party, tried in order; the last, the article's subject or topic, always applies. */
const OWNERS_WITHOUT_PARTY: readonly OwnerWithoutParty[] = [
  {
    applies: (best) => best.value.how === "previous figure",
    doubt: 0.1,
    rule: ({ value }) =>
      `entity: a sentence of a noun phrase only sizes the previous sentence's figure → ${value.name}`,
  },
  {
    applies: (best) => best.features.roundInvestee === 1,
    doubt: 0.1,
    rule: ({ value }) =>
      `entity: a round is the company raising it, not its backer: ${value.how} → ${value.name}`,
  },
  {
    applies: (best) => best.features.marketSubject === 1,
    doubt: 0.1,
    rule: ({ value }) => `entity: ${value.how}: a market's figure → its collective ${value.name}`,
  },
  {
    applies: (best) => best.features.investorCollective === 1,
    doubt: 0.1,
    rule: ({ value }) => `entity: ${value.how}`,
    also: investmentsForState,
  },
  {
    applies: (best) => best.value.how === "agent",
    doubt: 0.1,
    rule: ({ value }) =>
      `entity: the collective "${value.name}" is the agent of the passive verb of money after the figure → ${value.name}`,
  },
  {
    applies: (best) => best.value.how === "collective",
    doubt: 0.1,
    rule: ({ value }) =>
      `entity: no company of the clause, its subject is the collective "${value.name}" → ${value.name}`,
  },
  {
    applies: (best) => best.value.how === "round",
    doubt: 0.1,
    rule: ({ value }) =>
      `entity: no company of the sentence owns it → the company of the round last reported, ${value.name}`,
  },
  {
    applies: (best) => best.value.how.startsWith("discourse"),
    doubt: 0.15,
    rule: ({ value }) => `entity: no company of the sentence settles it → ${value.how}, ${value.name}`,
  },
  {
    applies: () => true,
    doubt: 0.15,
    rule: ({ value }, { subject }) =>
      value.name === subject
        ? `entity: no company of the sentence owns it → the article's subject ${subject}`
        : `entity: no company of the sentence owns it → the company the previous sentences are about, ${value.name}`,
  },
];

/** The first owner without a party that applies to the best candidate. */
function settleWithoutParty(
  r: DocumentReading,
  _s: SentenceReading,
  f: FigureReading,
  best: BestOwner,
): boolean {
  const owner = OWNERS_WITHOUT_PARTY.find((o) => o.applies(best));
  if (!owner) return false;
  const { candidate } = f;
  candidate.entity = best.value.name;
  candidate.confidence -= owner.doubt;
  f.rules.push(owner.rule(best, r));
  owner.also?.(r, f);
  return true;
}

/** How the best candidate settles the owner, tried in order until one applies. */
const ENTITY_SETTLERS: readonly ((
  r: DocumentReading,
  s: SentenceReading,
  f: FigureReading,
  best: BestOwner,
) => boolean)[] = [settleByParty, settleByPreviousDeal, settleWithoutParty];

/** Entity stage, decision: the best-scored candidate; false when there is none (an unresolved entity). */
export function settleEntity(r: DocumentReading, s: SentenceReading, f: FigureReading): boolean {
  const ranked = rankedOwners(r, s, f);
  const best = ranked?.[0];
  if (!ranked || !best) return false;
  f.rules.push(describeCandidates("entity", ranked, r.entityWeights));
  readOtherCandidates(r, f, ranked, r.entityWeights, best.value.name);
  ENTITY_SETTLERS.some((settle) => settle(r, s, f, best));
  return true;
}
