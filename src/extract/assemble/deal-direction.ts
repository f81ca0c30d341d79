import type { Span } from "../../core/index.js";
import { metricIs } from "../metrics.js";
import { firstMatch } from "../patterns.js";
import { supplyVerbEnd } from "./entity-roles.js";
import type { DocumentReading, FigureReading, Party, SentenceReading } from "./types.js";

/**
 * Which way a compute deal runs (CLAIMS.md §6: buyer or user → supplier), when the owner chosen
 * for the figure is the supplier:
 * - a supplier "provides", "supplies" or "leases" capacity to or for a company: that company buys;
 * - in a sentence about a deal, a deal the article already set out (buyer → supplier) keeps its
 *   direction when the supplier speaks of it again ("Nebius said the contract was worth…"), the
 *   buyer named again or not.
 */
export function reviseDealDirection(r: DocumentReading, s: SentenceReading, f: FigureReading): void {
  const { candidate, rules } = f;
  const supplier = candidate.entity;
  if (!candidate.metric || !metricIs(candidate.metric, "computeDeal") || !supplier) return;
  if (r.gazetteer.roles.get(supplier) !== "supplier" || supplier.includes("+")) return;
  const served = servedCompany(r, s, f, supplier);
  if (served && (candidate.counterparty === null || candidate.counterparty === served.canonical)) {
    turn(f, served.canonical, supplier, served);
    rules.push(`roles: ${supplier} supplies ${served.canonical} → buyer ${served.canonical} → ${supplier}`);
    return;
  }
  if (!firstMatch(DEAL_WORD, s.body)) return;
  const known = knownDeal(r, supplier);
  // The buyer may be named again in the sentence ("…could expand if Microsoft increases its demands").
  if (known && (candidate.counterparty === null || candidate.counterparty === known)) {
    turn(f, known, supplier);
    rules.push(`roles: the deal set out earlier runs ${known} → ${supplier}`);
  }
}

function turn(f: FigureReading, buyer: string, supplier: string, buyerAt: Span | null = null): void {
  const { candidate } = f;
  candidate.counterpartyAt = candidate.entityAt;
  candidate.entityAt = buyerAt;
  candidate.entity = buyer;
  candidate.counterparty = supplier;
}

function namedCompanies(s: SentenceReading): Party[] {
  return s.parties.filter((p) => p.kind === "company" && p.via === "name");
}

/** Words that make the sentence about a deal between companies, not one company's own build-out. */
const DEAL_WORD =
  /\b(?:deal|agreement|contract|partnership|collaboration|pact|letter\s+of\s+intent|LOI|term\s+sheet|accords?|contrats?|partenariat|lettre\s+d['’]intention|entente)\b/iu;

const SERVED = /(?:\bto|\bfor|(?<!\p{L})à|(?<!\p{L})pour|(?<!\p{L})au)\s+(?:the\s+|le\s+|la\s+|l['’])?$/iu;

/**
 * The company a supplier's verb of supplying serves, anywhere after the verb in the sentence, with
 * "to", "for", "à", "pour" right before it ("Nebius will provide capacity to Microsoft in a deal…").
 */
function servedCompany(
  r: DocumentReading,
  s: SentenceReading,
  f: FigureReading,
  supplier: string,
): Party | undefined {
  const companies = namedCompanies(s);
  for (const p of companies) {
    if (p.canonical !== supplier) continue;
    const verbEnd = supplyVerbEnd(r.text, p, f.candidate.metric, f.q.span.start, Number.POSITIVE_INFINITY);
    if (verbEnd < 0) continue;
    const served = companies.find(
      (c) =>
        c.canonical !== supplier &&
        c.start >= verbEnd &&
        firstMatch(SERVED, r.text.slice(Math.max(verbEnd, c.start - 12), c.start)) !== null,
    );
    if (served) return served;
  }
  return undefined;
}

/** The buyer of the latest deal already read with this supplier. */
function knownDeal(r: DocumentReading, supplier: string): string | null {
  for (let i = r.candidates.length - 1; i >= 0; i--) {
    const c = r.candidates[i];
    if (c?.metric && metricIs(c.metric, "computeDeal") && c.counterparty === supplier && c.entity)
      return c.entity;
  }
  return null;
}
