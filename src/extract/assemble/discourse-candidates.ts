/**
 * Owners the discourse made salient: "Anthropic a levé 13 milliards. Le montant porte sa valorisation
 * à 183 milliards", "CoreWeave signed with Nvidia. … 5 gigawatts of capacity by 2030": a figure
 * whose sentence does not settle its owner may belong to a company named before it, as the subject
 * of a sentence, the owner of a figure, the paragraph's lead or the article's subject. Each such
 * company is offered to the entity scorer with what the discourse says of it.
 */
import { TAKE_UP } from "../lexicon.js";
import { knowledgeOf, metricIs } from "../metrics.js";
import { knownDeal } from "./deal-direction.js";
import { kindFit } from "./owner-kinds.js";
import { isComplement } from "./parties.js";
import { overUnknownTopic } from "./salient-of-kind.js";
import type { DocumentReading, FigureReading, Party, SentenceReading } from "./types.js";

/** One company the text has named or given a figure, sentence by sentence. */
export interface DiscourseMention {
  name: string;
  sentenceIndex: number;
  paragraph: number;
  /** Named as the sentence's subject (its first company, not a complement). */
  subject: boolean;
  /** Owner of a figure of the sentence. */
  owner: boolean;
}

/** What the discourse has seen so far: the latest mentions, and each paragraph's first subject. */
export interface DiscourseRecord {
  mentions: DiscourseMention[];
  paragraphLead: Map<number, string>;
}

/** How many sentences back a company is still salient; how many mentions are kept. */
const REACH = 8;
const KEPT = 48;
/** How many discourse candidates a figure is offered, nearest first. */
const OFFERED = 4;
/** How far into its sentence a name stands as its subject. */
const SUBJECT_REACH = 40;

/**
 * A company a figure can belong to: no person, product or programme, no bank quoted for its view; a
 * state or public body too, as the sentence's parties keep it only where it acts (public-bodies.ts).
 */
function canOwn(r: DocumentReading, p: Party): boolean {
  const { gazetteer } = r;
  return (
    p.kind === "company" &&
    !gazetteer.programmes.has(p.canonical) &&
    gazetteer.roles.get(p.canonical) !== "source"
  );
}

/** After a sentence: the companies it named, which of them is its subject, and the owners of its figures. */
export function noteDiscourse(r: DocumentReading, s: SentenceReading): void {
  const record = r.discourse;
  const { sentence, sentenceIndex } = s;
  const { paragraph } = sentence;
  const added: DiscourseMention[] = [];
  const add = (name: string, subject: boolean, owner: boolean) => {
    const known = added.find((m) => m.name === name);
    if (known) {
      known.subject ||= subject;
      known.owner ||= owner;
    } else added.push({ name, sentenceIndex, paragraph, subject, owner });
  };
  let subjectSeen = false;
  for (const p of s.parties) {
    if (!canOwn(r, p) || (p.via === "adhoc" && p.canonical.includes("+"))) continue;
    const subject: boolean =
      !subjectSeen && p.start - sentence.start <= SUBJECT_REACH && !isComplement(r.text, p, sentence.start);
    subjectSeen ||= subject;
    add(p.canonical, subject, false);
  }
  // An owner the sentence names as a company, or a group of them, or a state or public body that owns
  // a figure (its pledge, its programme); no collective ("the AI industry").
  for (const c of s.sentenceClaims)
    if (
      c.entity &&
      (c.entity.includes("+") ||
        added.some((m) => m.name === c.entity) ||
        r.gazetteer.publicBodies.has(c.entity))
    )
      add(c.entity, false, true);
  const lead = added.find((m) => m.subject);
  if (lead && !record.paragraphLead.has(paragraph)) record.paragraphLead.set(paragraph, lead.name);
  record.mentions.push(...added);
  if (record.mentions.length > KEPT) record.mentions.splice(0, record.mentions.length - KEPT);
}

/** What the discourse says of one company for one figure. */
export interface DiscourseFeatures {
  discourse: number;
  discourseDistance: number;
  sameParagraph: number;
  discourseSubject: number;
  discourseOwner: number;
  paragraphLead: number;
  documentSubject: number;
  kindOverTopic: number;
  kindOverUnknownTopic: number;
  kindClash: number;
  openSentence: number;
  previousOwner: number;
  previousSubject: number;
  paragraphSubject: number;
  pronounTakeUp: number;
}

/**
 * Whether the company's kinds are among the metric's owner kinds (a lab's revenue, a builder's
 * capex): true, false when they are only kinds that seldom own it, null when nothing is known.
 */
function kindAgreement(r: DocumentReading, name: string, f: FigureReading): boolean | null {
  const fit = kindFit(r.gazetteer, name, f.candidate.metric);
  return fit === null ? null : fit === "fits";
}

/**
 * Whether the company the text is about (the sentence's topic, `local`) is known by kinds that do
 * not own such figures: a chipmaker's article going on to a gigawatt target, a utility's to a cloud's
 * capacity. A topic of unknown kind, or one whose kind owns such figures, keeps them.
 */
function topicKindMisfits(r: DocumentReading, s: SentenceReading, f: FigureReading): boolean {
  const topic = s.local;
  const { metric } = f.candidate;
  if (!topic || topic.includes("+") || !r.gazetteer.kinds.get(topic)?.length) return false;
  // A supplier with a buyer already known: its deal's figures turn to that buyer (deal-direction.ts).
  if (metric && metricIs(metric, "computeDeal") && knownDeal(r, topic) !== null) return false;
  return kindFit(r.gazetteer, topic, metric) !== "fits";
}

/**
 * A company that takes a figure from a topic of the wrong kind: one whose kind owns it, the
 * article's subject first when its kind does ("Humain … Nvidia will supply chips. The first phase is
 * 500 MW": Humain's, not the cloud's named with it).
 */
function overTopicByKind(
  r: DocumentReading,
  s: SentenceReading,
  c: SalientCompany,
  f: FigureReading,
): boolean {
  if (c.name === s.local || kindAgreement(r, c.name, f) !== true || !topicKindMisfits(r, s, f)) return false;
  const subject = r.subject;
  const subjectFirst = subject !== null && subject !== s.local && kindAgreement(r, subject, f) === true;
  return !subjectFirst || c.name === subject;
}

/** A fund or a bank on a figure a lab owns (its valuation, its round, its users): it backs the lab. */
function backsOthers(r: DocumentReading, name: string, f: FigureReading): boolean {
  const role = r.gazetteer.roles.get(name);
  return (
    (role === "investor" || role === "source") && knowledgeOf(f.candidate.metric)?.ownerKind === "developer"
  );
}

/**
 * A company salient before a sentence, as an entity candidate's value: the same for every figure
 * of the sentence, its explanation written only when read (when it wins).
 */
export class SalientCompany {
  readonly party = null;
  readonly group: Party[] = [];
  readonly cue = null;
  /** Its features where the sentence names a company of its own (the kind then decides nothing). */
  closed: DiscourseFeatures | undefined;
  /** It owns a figure of the previous sentence (`previousOwners`). */
  previousOwner = false;

  constructor(
    readonly name: string,
    /** Its nearest mention, `distance` sentences back; null for the article's subject named no later. */
    readonly nearest: DiscourseMention | null,
    readonly distance: number,
    readonly paragraph: number | null,
    public subject: boolean,
    public owner: boolean,
    readonly lead: boolean,
    readonly documentSubject: boolean,
  ) {}

  get how(): string {
    const m = this.nearest;
    if (!m) return "discourse: the article's subject";
    const where = this.distance === 1 ? "the previous sentence" : `${this.distance} sentences before`;
    const role = m.owner
      ? "owner of a figure"
      : m.subject
        ? "subject"
        : this.lead
          ? "paragraph's lead"
          : "named";
    return `discourse: ${role} in ${where}`;
  }
}

/**
 * The companies that own a figure of the sentence just before: "X signed with Y and Z, which will
 * build a 400 MW campus. The first 130 MW open in 2026" goes on with Y and Z's figure.
 */
function previousOwners(r: DocumentReading, s: SentenceReading, found: readonly SalientCompany[]): void {
  const previous = s.sentenceIndex - 1;
  for (const m of r.discourse.mentions) {
    if (m.sentenceIndex !== previous || !m.owner) continue;
    const c = found.find((c) => c.name === m.name);
    if (c) c.previousOwner = true;
  }
}

/**
 * The companies the discourse made salient before the sentence, nearest first; the article's
 * subject among them even when not named lately. Found once per sentence.
 */
export function salientBefore(r: DocumentReading, s: SentenceReading): SalientCompany[] {
  if (s.salient) return s.salient;
  const { mentions, paragraphLead } = r.discourse;
  const { sentenceIndex } = s;
  const { paragraph } = s.sentence;
  const lead = paragraphLead.get(paragraph);
  const found: SalientCompany[] = [];
  for (let i = mentions.length - 1; i >= 0 && found.length < OFFERED; i--) {
    const m = mentions[i]!;
    const distance = sentenceIndex - m.sentenceIndex;
    if (distance < 1 || distance > REACH) break;
    const known = found.find((c) => c.name === m.name);
    if (known) {
      known.subject ||= m.subject;
      known.owner ||= m.owner;
    } else
      found.push(
        new SalientCompany(
          m.name,
          m,
          distance,
          m.paragraph,
          m.subject,
          m.owner,
          m.name === lead,
          m.name === r.subject,
        ),
      );
  }
  if (r.subject && !found.some((c) => c.name === r.subject))
    found.push(new SalientCompany(r.subject, null, REACH, null, false, false, r.subject === lead, true));
  previousOwners(r, s, found);
  s.salient = found;
  return found;
}

/** A sentence that names no company, not even as a complement ("worth $2 billion to X"). */
function namesNoCompany(s: SentenceReading): boolean {
  return !s.parties.some((p) => p.kind === "company" || p.kind === "periphrasis");
}

/**
 * What the discourse says of each salient company for one figure, in the order of
 * `salientBefore`. `open`: no company of the sentence is a candidate, and the kind of company decides;
 * `topicOnly`: besides, the topic is the only candidate offered (salient-of-kind.ts).
 */
export function discourseFeatures(
  r: DocumentReading,
  s: SentenceReading,
  c: SalientCompany,
  f: FigureReading,
  open: boolean,
  topicOnly = false,
): DiscourseFeatures {
  if (!open && c.closed) return c.closed;
  const overTopic = open && overTopicByKind(r, s, c, f);
  const features: DiscourseFeatures = {
    discourse: 1,
    discourseDistance: Math.min(REACH, c.distance) / REACH,
    sameParagraph: c.paragraph === s.sentence.paragraph ? 1 : 0,
    discourseSubject: c.subject ? 1 : 0,
    discourseOwner: c.owner ? 1 : 0,
    paragraphLead: c.lead ? 1 : 0,
    documentSubject: c.documentSubject ? 1 : 0,
    kindOverTopic: overTopic ? 1 : 0,
    // Where the topic's own kind already gave the figure away, the company gains nothing more.
    kindOverUnknownTopic:
      topicOnly && !overTopic && overUnknownTopic(r, s, c, f, () => latestCompanyOfKind(r, s, f)?.name)
        ? 1
        : 0,
    kindClash: open && backsOthers(r, c.name, f) ? 1 : 0,
    openSentence: open ? 1 : 0,
    // A sentence naming no company at all may go on with the previous sentence's figure and its owner.
    previousOwner: open && c.previousOwner && namesNoCompany(s) ? 1 : 0,
    ...subjectTakenUp(r, s, c, f, open),
  };
  // Shared by the sentence's figures: frozen, so that no figure's entity stage extends it (addFeatures).
  if (!open) c.closed = Object.freeze(features);
  return features;
}

/** Subjects of the paragraph before the figure's sentence: the nearest one, and each within reach. */
function subjectsOfParagraph(
  r: DocumentReading,
  s: SentenceReading,
): { previous: string | null; all: Set<string> } {
  const { paragraph } = s.sentence;
  let previous: string | null = null;
  const all = new Set<string>();
  for (const m of r.discourse.mentions) {
    const distance = s.sentenceIndex - m.sentenceIndex;
    if (!m.subject || m.paragraph !== paragraph || distance < 1 || distance > REACH) continue;
    all.add(m.name);
    if (distance === 1) previous = m.name;
  }
  return { previous, all };
}

/**
 * Where the sentence names no company of its own: whether the company was the subject of the
 * previous sentence of the same paragraph (`previousSubject`), of any sentence of the paragraph
 * before (`paragraphSubject`), and whether the figure's sentence takes it up before the figure
 * with a pronoun, a possessive or a bare description (`pronounTakeUp`: "Vantor Labs signed… Its
 * backlog reached", « Vantor Labs a signé… Le groupe table sur »). A paragraph goes on about its
 * subject; a company only compared with or named as a complement is no subject.
 */
function subjectTakenUp(
  r: DocumentReading,
  s: SentenceReading,
  c: SalientCompany,
  f: FigureReading,
  open: boolean,
): { previousSubject: number; paragraphSubject: number; pronounTakeUp: number } {
  if (!open) return { previousSubject: 0, paragraphSubject: 0, pronounTakeUp: 0 };
  const { previous, all } = subjectsOfParagraph(r, s);
  const previousSubject = previous === c.name ? 1 : 0;
  const lead = r.text.slice(s.sentence.start, f.q.span.start);
  const takenUp = previousSubject === 1 && TAKE_UP.test(lead) ? 1 : 0;
  return { previousSubject, paragraphSubject: all.has(c.name) ? 1 : 0, pronounTakeUp: takenUp };
}

/**
 * The latest company the discourse named before the figure's sentence whose kind owns such
 * figures (a neocloud for capacity, a lab for a round), with how many sentences back it stands.
 */
export function latestCompanyOfKind(
  r: DocumentReading,
  s: SentenceReading,
  f: FigureReading,
): { name: string; distance: number } | null {
  const { mentions } = r.discourse;
  for (let i = mentions.length - 1; i >= 0; i--) {
    const m = mentions[i]!;
    const distance = s.sentenceIndex - m.sentenceIndex;
    if (distance < 1) continue;
    if (distance > REACH) break;
    if (kindFit(r.gazetteer, m.name, f.candidate.metric) === "fits") return { name: m.name, distance };
  }
  return null;
}
