/**
 * Discourse salience: which company "the company", "la société", "it" or "elle" point back at. A
 * sentence's topic is the company it is about: the one its opening frames ("For IREN, …", "Pour
 * Crusoe, …"), else its subject, unless that subject only supplies a buyer it names, a model
 * developer or the article's subject ("Google a accepté de fournir à Anthropic …"): the discourse
 * then goes on about the buyer.
 * Within a sentence, a place a company owns frames the relative clause it opens ("at IREN's
 * campus, where the company is building …", "sur le site de Nscale, où l'entreprise …").
 */
import { ANAPHORA } from "../lexicon.js";
import { SUPPLY_VERB } from "./entity-roles.js";
import type { DocumentReading, Party, SentenceReading } from "./types.js";

/** "For", "As for", "Pour", "Chez", "Quant à", "Du côté de" opening a sentence before the company it is about. */
const FRAME_OPENER = /^\s*(?:for|as\s+for|pour|chez|quant\s+à|du\s+côté\s+(?:de\s+|d['’])|côté)\s*$/iu;

/** Between a supplier's verb and the company supplied: "fournir à", "sell to". */
const RECIPIENT_AFTER_VERB = /^\s*(?:à|to|au|aux)\s+(?:la\s+|le\s+|l['’]|the\s+)?$/iu;

/** A company the discourse may be about: no programme, no public body, no bank quoted for its view. */
function canBeTopic(r: DocumentReading, p: Party): boolean {
  const { gazetteer } = r;
  return (
    (p.kind === "company" || p.kind === "periphrasis") &&
    !gazetteer.programmes.has(p.canonical) &&
    !gazetteer.publicBodies.has(p.canonical) &&
    gazetteer.roles.get(p.canonical) !== "source"
  );
}

/** "For IREN, the contract …", "Pour Crusoe, le changement …": the company the sentence's opening frames. */
function framedCompany(r: DocumentReading, s: SentenceReading): Party | null {
  const first = s.parties[0];
  if (first?.via !== "name" || !canBeTopic(r, first)) return null;
  if (!FRAME_OPENER.test(r.text.slice(s.sentence.start, first.start))) return null;
  return /^\s*,/u.test(r.text.slice(first.end, first.end + 3)) ? first : null;
}

/** The buyer a known supplier's verb of supplying hands something to, named right after the verb. */
function suppliedBy(r: DocumentReading, s: SentenceReading, supplier: Party): Party | null {
  if (r.gazetteer.roles.get(supplier.canonical) !== "supplier") return null;
  const { text } = r;
  const verb = SUPPLY_VERB.exec(text.slice(supplier.end, s.sentence.end));
  if (!verb) return null;
  const verbEnd = supplier.end + verb[0].length;
  const recipient = s.parties.find(
    (p) => p.start >= verbEnd && RECIPIENT_AFTER_VERB.test(text.slice(verbEnd, p.start)),
  );
  if (!recipient || !canBeTopic(r, recipient) || recipient.canonical === supplier.canonical) return null;
  // The buyer the text is about: a model developer, or the article's own subject.
  const buyer =
    r.gazetteer.roles.get(recipient.canonical) === "developer" || recipient.canonical === r.subject;
  return buyer ? recipient : null;
}

/**
 * The topic a sentence leaves for the anaphora of the next ones, given the subject it opens with:
 * the framed company, else the company its subject supplies, else the subject; undefined to keep
 * the topic the text had before.
 */
export function sentenceTopic(
  r: DocumentReading,
  s: SentenceReading,
  subject: Party | undefined,
): string | undefined {
  const framed = framedCompany(r, s);
  if (framed) return framed.canonical;
  if (!subject) return describedCompany(r, s)?.canonical;
  return (suppliedBy(r, s, subject) ?? subject).canonical;
}

/** "Fluidstack, which has become…", "Nscale, qui a levé…": a relative clause whose subject is the company. */
const SUBJECT_RELATIVE_AFTER = /^\s*,\s*(?:which|who|qui)\s/iu;
/** "a series of deals signed by Nebius", "une série d'accords conclus par Nscale": the agent of the deals. */
const DEAL_AGENT_BEFORE =
  /\b(?:(?:conclu|sign[ée]|annonc[ée]|pass[ée]|nou[ée])(?:e|s|es)?\s+par|(?:signed|struck|announced|inked|agreed)\s+by)\s+$/iu;

/**
 * "The agreement is a major win for Fluidstack, which…", "Ce partenariat s'ajoute aux accords
 * conclus par Nebius": a sentence whose subject is no company, naming a single company that it
 * describes in a relative clause or as the agent of its deals, is about that company.
 */
function describedCompany(r: DocumentReading, s: SentenceReading): Party | null {
  const companies = s.parties.filter((p) => p.kind === "company" || p.kind === "periphrasis");
  const only = companies[0];
  if (only?.via !== "name" || !canBeTopic(r, only)) return null;
  if (companies.some((p) => p.canonical !== only.canonical)) return null;
  const { text } = r;
  const described =
    SUBJECT_RELATIVE_AFTER.test(text.slice(only.end, only.end + 12)) ||
    DEAL_AGENT_BEFORE.test(text.slice(Math.max(s.sentence.start, only.start - 24), only.start));
  return described ? only : null;
}

/** "IREN's Childress campus, where", "le site de Nscale, où", "chez Nscale, où": a relative clause on a place a company owns. */
const OWNED_PLACE_TO_RELATIVE =
  /^(?:['’]s\s+(?:[\p{L}\p{N}.-]+,?\s+){1,5}?)?,?\s*(?:where|in\s+which|où|dans\s+lequel|dans\s+laquelle)\s+$/iu;
const OWNER_OF_PLACE_BEFORE = /(?:\p{L}{3,}\s+(?:de\s+|d['’]|du\s+)|\bchez\s+)$/iu;

/** The company whose place opens the relative clause an anaphor stands in, if any. */
function placeOwner(
  r: DocumentReading,
  parties: readonly Party[],
  anaphor: Party,
  floor: number,
): Party | null {
  const { text } = r;
  const owner = parties.findLast((p) => p.end <= anaphor.start && p.via === "name" && canBeTopic(r, p));
  if (!owner || owner.start < floor) return null;
  const between = text.slice(owner.end, anaphor.start);
  if (!OWNED_PLACE_TO_RELATIVE.test(between)) return null;
  const possessive = /^['’]s\s/u.test(between);
  return possessive || OWNER_OF_PLACE_BEFORE.test(text.slice(Math.max(floor, owner.start - 30), owner.start))
    ? owner
    : null;
}

/** "the company", "la société", "le groupe" as a whole surface. */
const WHOLE_ANAPHOR = new RegExp(`^(?:${ANAPHORA.source})$`, "iu");

/** Each definite description or pronoun in a relative clause on a company's place stands for that company. */
export function withPlaceOwners(r: DocumentReading, parties: Party[], sentenceStart: number): Party[] {
  return parties.map((p) => {
    if (p.via !== "anaphora" || !isDefiniteAnaphor(p.surface)) return p;
    const owner = placeOwner(r, parties, p, sentenceStart);
    return owner && owner.canonical !== p.canonical ? { ...p, canonical: owner.canonical } : p;
  });
}

function isDefiniteAnaphor(surface: string): boolean {
  return WHOLE_ANAPHOR.test(surface) || /^(?:il|elle|it)$/iu.test(surface);
}
