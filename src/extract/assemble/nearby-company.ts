/**
 * The company named just before a figure: « Peu après l'annonce par Vexor d'un campus à
 * 3 milliards », "Talmor's backlog, which the group puts at $40 billion": the last company the text
 * names before the figure, in its sentence or the one before, with no other company between. The
 * cues of the sentence may all have passed it over (a complement after « dans », an anaphor nearer
 * the figure), so it is offered to the entity scorer with what says how it was named: its role
 * there (subject, possessor « de X », object), whether in the figure's own sentence, how far back.
 */
import type { NameMention } from "../gazetteer.js";
import { companiesBefore } from "./companies-before.js";
import { isYardstick } from "./counterpart-periphrasis.js";
import { isComplement } from "./parties.js";
import { firstFrom, nameStart } from "./text.js";
import type { DocumentReading, FigureReading, Party, SentenceReading } from "./types.js";

/** What says how the nearby company was named. */
export interface NearbyFeatures {
  nearbyCompany: number;
  nearbySameSentence: number;
  nearbySubject: number;
  nearbyPossessor: number;
  nearbyObject: number;
  nearbyDistance: number;
}

export interface NearbyCompany {
  party: Party;
  features: NearbyFeatures;
  how: string;
}

/** How far back, in characters, the company may be named; the distance feature is scaled by it. */
const NEARBY_REACH = 400;

/** « la levée de X », « l'annonce par X », "the backlog of X", "an order by X": X owns what is named before it. */
const POSSESSOR_BEFORE = /(?:\p{L}[\p{L}'’-]*\s+(?:de|du|d['’]|of|par|by)\s*)$/iu;
/** Before a clause's subject: the sentence's opening, or a clause break, perhaps an article. */
const SUBJECT_OPENING =
  /(?:^|[,;:—–(]|\b(?:et|and|but|mais|while|tandis\s+que|alors\s+que|que|qu['’]|that))\s*(?:(?:the|le|la|les|l['’])\s*)?$/iu;
/** "X deals", « X-backed »: the name modifies the noun after it. */
const DEAL_AFTER = /^[\s-]+(?:deals?|contracts?|agreements?|backed|owned|funded|customers?|clients?)\b/iu;
/** "X's backlog". */
const POSSESSOR_AFTER = /^['’]s?(?!\p{L})/u;

/** A company that may own a figure: no programme, no public body, no bank quoted for its reading. */
function canOwn(r: DocumentReading, m: NameMention): boolean {
  const { gazetteer } = r;
  return (
    m.kind === "company" &&
    !m.canonical.includes("+") &&
    !gazetteer.programmes.has(m.canonical) &&
    !gazetteer.publicBodies.has(m.canonical) &&
    gazetteer.roles.get(m.canonical) !== "source"
  );
}

/** Where the figure's sentence, or the one before it in the same paragraph, starts. */
function reachStart(r: DocumentReading, s: SentenceReading): number {
  const previous = r.context.sentences[s.sentenceIndex - 1];
  const { sentence } = s;
  if (!previous || previous.paragraph !== sentence.paragraph || previous.headline) return sentence.start;
  return previous.start;
}

/** The company's role where it was named: possessor, object (a complement), else subject. */
function roleOf(text: string, m: NameMention, sentenceStart: number): "possessor" | "object" | "subject" {
  const before = text.slice(Math.max(sentenceStart, m.start - 40), m.start);
  if (POSSESSOR_BEFORE.test(before) || POSSESSOR_AFTER.test(text.slice(m.end, m.end + 3))) return "possessor";
  return !isComplement(text, m, sentenceStart) &&
    SUBJECT_OPENING.test(before) &&
    !DEAL_AFTER.test(text.slice(m.end, m.end + 20))
    ? "subject"
    : "object";
}

/**
 * The last company named before the figure within its sentence or the previous one of its
 * paragraph, no farther than NEARBY_REACH; null when none, or when a company of another name
 * stands nearer (then that one is the nearby company, or none may be).
 */
export function nearbyCompany(
  r: DocumentReading,
  s: SentenceReading,
  f: FigureReading,
): NearbyCompany | null {
  const { text, names } = r;
  const figureStart = f.q.span.start;
  const floor = Math.max(reachStart(r, s), figureStart - NEARBY_REACH);
  // The document's names are sorted by start: those starting after the figure end after it too.
  const after = firstFrom(names, figureStart + 1, nameStart);
  const found = companiesBefore(names, { figureStart, floor }, after).next().value;
  if (!found || !canOwn(r, found) || isYardstick(text, found, reachStart(r, s))) return null;
  const same = found.start >= s.sentence.start;
  const sentenceStart = same ? s.sentence.start : reachStart(r, s);
  const role = roleOf(text, found, sentenceStart);
  const features: NearbyFeatures = {
    nearbyCompany: 1,
    nearbySameSentence: same ? 1 : 0,
    nearbySubject: role === "subject" ? 1 : 0,
    nearbyPossessor: role === "possessor" ? 1 : 0,
    nearbyObject: role === "object" ? 1 : 0,
    nearbyDistance: Math.min(1, (figureStart - found.end) / NEARBY_REACH),
  };
  const where = same ? "in the figure's sentence" : "in the previous sentence";
  return {
    party: { ...found, via: "name" },
    features,
    how: `the company named just before the figure, as ${role} ${where}: "${found.surface}"`,
  };
}
