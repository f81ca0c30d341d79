/**
 * Owners the discourse made salient: "Anthropic a levé 13 milliards. Le montant porte sa valorisation
 * à 183 milliards", "CoreWeave signed with Nvidia. … 5 gigawatts of capacity by 2030": a figure
 * whose sentence does not settle its owner may belong to a company named before it, as the subject
 * of a sentence, the owner of a figure, the paragraph's lead or the article's subject. Each such
 * company is offered to the entity scorer with what the discourse says of it.
 */
import { knowledgeOf } from "../metrics.js";
import { kindFit } from "./owner-kinds.js";
import { isComplement } from "./parties.js";
import type { DocumentReading, FigureReading, Party, SentenceReading } from "./types.js";

/** One company the text has named or given a figure, sentence by sentence. */
interface Mention {
  name: string;
  sentenceIndex: number;
  paragraph: number;
  /** Named as the sentence's subject (its first company, not a complement). */
  subject: boolean;
  /** Owner of a figure of the sentence. */
  owner: boolean;
}

/** What the discourse has seen so far: the latest mentions, and each paragraph's first subject. */
interface DiscourseRecord {
  mentions: Mention[];
  paragraphLead: Map<number, string>;
}

const records = new WeakMap<DocumentReading, DiscourseRecord>();

/** How many sentences back a company is still salient; how many mentions are kept. */
const REACH = 8;
const KEPT = 48;
/** How many discourse candidates a figure is offered, nearest first. */
const OFFERED = 4;
/** How far into its sentence a name stands as its subject. */
const SUBJECT_REACH = 40;

/** A company a figure can belong to: no person, product or programme, no public body, no bank quoted for its view. */
function canOwn(r: DocumentReading, p: Party): boolean {
  const { gazetteer } = r;
  return (
    p.kind === "company" &&
    !gazetteer.programmes.has(p.canonical) &&
    !gazetteer.publicBodies.has(p.canonical) &&
    gazetteer.roles.get(p.canonical) !== "source"
  );
}

/** After a sentence: the companies it named, which of them is its subject, and the owners of its figures. */
export function noteDiscourse(r: DocumentReading, s: SentenceReading): void {
  let record = records.get(r);
  if (!record) {
    record = { mentions: [], paragraphLead: new Map() };
    records.set(r, record);
  }
  const { sentence, sentenceIndex } = s;
  const { paragraph } = sentence;
  const added: Mention[] = [];
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
  // An owner the sentence names as a company, or a group of them; no collective ("the AI industry").
  for (const c of s.sentenceClaims)
    if (c.entity && (c.entity.includes("+") || added.some((m) => m.name === c.entity)))
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
  kindAgrees: number;
  kindClash: number;
  openSentence: number;
}

export interface DiscourseCandidate {
  name: string;
  how: string;
  features: DiscourseFeatures;
}

/** Suppliers that build no computing sites of their own: chip and server makers, power producers. */
const NOT_BUILDER_SECTORS: ReadonlySet<string> = new Set(["chips", "servers", "utility"]);

/**
 * Whether the gazetteer's kind of the company agrees with the kind that usually owns the metric
 * (a lab's revenue, a builder's capex): true, false when it knows another kind, null when it cannot say.
 */
export function kindAgreement(r: DocumentReading, name: string, f: FigureReading): boolean | null {
  const kind = knowledgeOf(f.candidate.metric)?.ownerKind;
  const role = r.gazetteer.roles.get(name);
  if (kind === undefined || role === undefined) return null;
  if (kind === "developer") return role === "developer";
  return role === "supplier" && !NOT_BUILDER_SECTORS.has(r.gazetteer.sectors.get(name) ?? "");
}

/** A fund or a bank on a figure a lab owns (its valuation, its round, its users): it backs the lab. */
function backsOthers(r: DocumentReading, name: string, f: FigureReading): boolean {
  const role = r.gazetteer.roles.get(name);
  return (
    (role === "investor" || role === "source") && knowledgeOf(f.candidate.metric)?.ownerKind === "developer"
  );
}

function howSalient(m: Mention, distance: number, lead: boolean): string {
  const where = distance === 1 ? "the previous sentence" : `${distance} sentences before`;
  const role = m.owner ? "owner of a figure" : m.subject ? "subject" : lead ? "paragraph's lead" : "named";
  return `${role} in ${where}`;
}

/**
 * The companies the discourse made salient before the figure's sentence, nearest first, each with
 * its features; the article's subject among them even when not named lately. `open`: no company
 * of the sentence is a candidate.
 */
export function discourseCandidates(
  r: DocumentReading,
  s: SentenceReading,
  f: FigureReading,
  open: boolean,
): DiscourseCandidate[] {
  const record = records.get(r);
  const { sentenceIndex } = s;
  const { paragraph } = s.sentence;
  const lead = record?.paragraphLead.get(paragraph);
  const found = new Map<string, DiscourseCandidate>();
  const kind = (name: string) => {
    // The kind of company decides only where no company of the sentence is a candidate.
    const agreement = open ? kindAgreement(r, name, f) : null;
    return {
      kindAgrees: agreement === true ? 1 : 0,
      kindClash: open && backsOthers(r, name, f) ? 1 : 0,
      openSentence: open ? 1 : 0,
    };
  };
  const mentions = record?.mentions ?? [];
  for (let i = mentions.length - 1; i >= 0 && found.size < OFFERED; i--) {
    const m = mentions[i]!;
    const distance = sentenceIndex - m.sentenceIndex;
    if (distance < 1 || distance > REACH) break;
    const known = found.get(m.name);
    if (known) {
      known.features.discourseSubject ||= m.subject ? 1 : 0;
      known.features.discourseOwner ||= m.owner ? 1 : 0;
      continue;
    }
    found.set(m.name, {
      name: m.name,
      how: `discourse: ${howSalient(m, distance, m.name === lead)}`,
      features: {
        discourse: 1,
        discourseDistance: Math.min(REACH, distance) / REACH,
        sameParagraph: m.paragraph === paragraph ? 1 : 0,
        discourseSubject: m.subject ? 1 : 0,
        discourseOwner: m.owner ? 1 : 0,
        paragraphLead: m.name === lead ? 1 : 0,
        documentSubject: m.name === r.subject ? 1 : 0,
        ...kind(m.name),
      },
    });
  }
  if (r.subject && !found.has(r.subject))
    found.set(r.subject, {
      name: r.subject,
      how: "discourse: the article's subject",
      features: {
        discourse: 1,
        discourseDistance: 1,
        sameParagraph: 0,
        discourseSubject: 0,
        discourseOwner: 0,
        paragraphLead: r.subject === lead ? 1 : 0,
        documentSubject: 1,
        ...kind(r.subject),
      },
    });
  return [...found.values()];
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
  const mentions = records.get(r)?.mentions ?? [];
  for (let i = mentions.length - 1; i >= 0; i--) {
    const m = mentions[i]!;
    const distance = s.sentenceIndex - m.sentenceIndex;
    if (distance < 1) continue;
    if (distance > REACH) break;
    if (kindFit(r.gazetteer, m.name, f.candidate.metric) === "fits") return { name: m.name, distance };
  }
  return null;
}
