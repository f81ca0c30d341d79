import type { NameMention } from "../gazetteer.js";
import {
  DEAL_STRUCK,
  DEAL_TAKEN_UP,
  PARTNER_BEFORE_NAME,
  SERVED_BEFORE_NAME,
  SITE_TAKEN_UP,
  SUPPLIES_OR_BUILDS,
} from "../lexicon.js";
import { metricIs } from "../metrics.js";
import { isComplement } from "./parties.js";
import { namesStartingIn } from "./text.js";
import type { DocumentReading, FigureReading, SentenceReading } from "./types.js";

/** How far into its sentence a name stands as its subject. */
const SUBJECT_REACH = 40;

/** The two sides of a deal: the buyer or user, and the supplier (CLAIMS.md §6). */
export interface DealSides {
  buyer: string;
  supplier: string;
  /** The supplier builds or supplies for the buyer: a site it builds is the buyer's too. */
  served: boolean;
  /** How the sides were told apart, for the explanation. */
  how: string;
}

/** How much a company sells compute: a renter of capacity most, any other supplier next, else none. */
export function sellsCompute(r: DocumentReading, name: string): number {
  const sector = r.gazetteer.sectors.get(name);
  if (sector === "neocloud" || sector === "datacenter") return 2;
  return r.gazetteer.roles.get(name) === "supplier" ? 1 : 0;
}

/**
 * The companies named in a sentence, in text order: no person, product or programme, no group.
 */
function companiesIn(r: DocumentReading, start: number, end: number): NameMention[] {
  return namesStartingIn(r.names, start, end).filter(
    (n) =>
      n.kind === "company" &&
      n.start >= start &&
      n.end <= end &&
      !n.canonical.includes("+") &&
      !r.gazetteer.programmes.has(n.canonical) &&
      !r.gazetteer.publicBodies.has(n.canonical),
  );
}

/**
 * The two sides of a deal the sentence `index` sets out between its subject and another company:
 * "X will build capacity for Y", « X fournira à Y »: Y is served and buys from X; "X signed a cloud
 * contract with Y", « X a conclu un accord avec Y »: the side that sells compute supplies (a renter of
 * capacity before any other supplier), the subject buys when neither or both do alike.
 */
export function dealSidesOf(r: DocumentReading, index: number): DealSides | null {
  const sentence = r.context.sentences[index];
  if (!sentence) return null;
  const companies = companiesIn(r, sentence.start, sentence.end);
  const subject = companies[0];
  if (!subject || subject.start - sentence.start > SUBJECT_REACH) return null;
  if (isComplement(r.text, subject, sentence.start)) return null;
  for (const other of companies.slice(1)) {
    if (other.canonical === subject.canonical) continue;
    const before = r.text.slice(Math.max(subject.end, other.start - 24), other.start);
    const between = r.text.slice(subject.end, other.start);
    if (SERVED_BEFORE_NAME.test(before) && SUPPLIES_OR_BUILDS.test(between))
      return {
        buyer: other.canonical,
        supplier: subject.canonical,
        served: true,
        how: `${subject.canonical} serves`,
      };
    if (PARTNER_BEFORE_NAME.test(before) && DEAL_STRUCK.test(sentence.text)) {
      const subjectSells = sellsCompute(r, subject.canonical) > sellsCompute(r, other.canonical);
      return subjectSells
        ? {
            buyer: other.canonical,
            supplier: subject.canonical,
            served: false,
            how: `${subject.canonical} sells compute`,
          }
        : {
            buyer: subject.canonical,
            supplier: other.canonical,
            served: false,
            how: `the deal is ${subject.canonical}'s`,
          };
    }
  }
  return null;
}

/** A sentence that names no company, not even as a complement. */
function namesNoCompany(s: SentenceReading): boolean {
  return !s.parties.some((p) => p.kind === "company" || p.kind === "periphrasis");
}

/**
 * "Velorine signed a cloud contract with Pellaro. The deal is worth $4 billion", « Oracle construira des
 * centres de données pour Velorine. Le contrat vaut 30 milliards »: a compute deal's figure whose
 * sentence names no company and takes up the deal ("the deal", « l'accord »), or the site built for the
 * buyer ("The campus will draw 1 GW"), belongs to that deal of the sentence just before, buyer → supplier, whatever company the article is about. A
 * previous sentence that already gave the deal a figure is left to the rules of that figure.
 */
export function revisePreviousDealSides(r: DocumentReading, s: SentenceReading, f: FigureReading): void {
  const { candidate } = f;
  const { metric } = candidate;
  if (!metric || !metricIs(metric, "computeDeal") || candidate.counterparty) return;
  if (!namesNoCompany(s)) return;
  const deal = DEAL_TAKEN_UP.test(s.sentence.text);
  if (!deal && !SITE_TAKEN_UP.test(s.sentence.text)) return;
  const index = s.sentenceIndex - 1;
  if (r.candidates.some((c) => c.sentenceIndex === index && c.metric && metricIs(c.metric, "computeDeal")))
    return;
  const sides = dealSidesOf(r, index);
  if (!sides || (!deal && !sides.served)) return;
  candidate.entity = sides.buyer;
  candidate.counterparty = sides.supplier;
  candidate.entityAt = null;
  candidate.counterpartyAt = null;
  f.rules.push(
    `roles: the deal taken up is the previous sentence's (${sides.how}) → ${sides.buyer} → ${sides.supplier}`,
  );
}
