/**
 * "Crusoe et Blue Owl ont levé 15 milliards de dollars. JPMorgan en fournit l'essentiel sous forme de
 * prêts, dont une tranche de 7 milliards": loans a lender provides, in a sentence that names no
 * borrower, are the debt of whoever raised the money the sentence before; the lender is the other side.
 */
import type { Metric } from "../../core/index.js";
import type { DocumentReading, FigureReading, SentenceReading } from "./types.js";

/** A lender handing over money: "providing", "provided", "lent", "en fournit", "a accordé", "prête". */
const LENDING =
  /^\s*(?:[\p{L}'’-]+\s+){0,5}?(?:providing|provided|provides|lending|lent|lends|extending|extended|fournit|en\s+fournit|fournissant|a\s+accordé|accorde|prête|a\s+prêté|prêtant)(?![\p{L}])/iu;

/** What the previous sentence says was raised for a site or a company: the money the loans belong to. */
const RAISED_BEFORE: readonly Metric[] = ["debt_issuance", "funding_round", "capex"];

/** The debt of a figure a lender provides, owned by no one named: the previous sentence's borrower's. */
export function reviseBorrowerOfLoans(r: DocumentReading, s: SentenceReading, f: FigureReading): void {
  const { candidate } = f;
  const previous = s.previousSentenceClaim;
  if (candidate.metric !== "debt_issuance" || f.entityParty !== null || !previous?.entity) return;
  if (!previous.metric || !RAISED_BEFORE.includes(previous.metric)) return;
  const lender = s.parties.find(
    (p) =>
      p.end <= f.q.span.start && p.kind === "company" && LENDING.test(r.text.slice(p.end, f.q.span.start)),
  );
  if (!lender || lender.canonical === previous.entity) return;
  candidate.entity = previous.entity;
  candidate.entityAt = null;
  candidate.counterparty = lender.canonical;
  candidate.counterpartyAt = { start: lender.start, end: lender.end };
  f.rules.push(
    `entity: ${lender.surface} lends the money ${previous.entity} raised the sentence before → ${previous.entity}, lent by ${lender.canonical}`,
  );
}

/** Right after a maker's name, the goods it makes: "Nvidia GPUs", "AMD chips", "Dell servers". */
const GOODS_AFTER_MAKER =
  /^(?:['’]s)?\s+(?:[\p{L}\d-]+\s+){0,2}?(?:GPUs?|chips?|processors?|accelerators?|servers?|hardware|systems?)(?![\p{L}])/iu;

/** Right before a maker's name, the goods it makes: "des puces Nvidia", "de GPU AMD", "serveurs Dell". */
const GOODS_BEFORE_MAKER =
  /(?<![\p{L}])(?:GPU|puces?|processeurs?|accélérateurs?|serveurs?|systèmes?|matériel)\s+(?:[\p{L}\d-]+\s+){0,1}?$/iu;

/**
 * "…split between $7-$8 billion in equity and up to $12 billion in debt, routed through a vehicle that
 * will purchase Nvidia GPUs": a company named after money raised only as the make of the goods the
 * money buys does not raise it; the company that raised it the sentence before does.
 */
export function reviseRaiserOfHardwareMake(r: DocumentReading, s: SentenceReading, f: FigureReading): void {
  const { candidate } = f;
  const party = f.entityParty;
  const previous = s.previousSentenceClaim;
  if (candidate.metric !== "debt_issuance" && candidate.metric !== "funding_round") return;
  if (!party || party.start < f.q.span.end || !previous?.entity || previous.entity === candidate.entity)
    return;
  if (!previous.metric || !RAISED_BEFORE.includes(previous.metric)) return;
  const maker =
    GOODS_AFTER_MAKER.test(r.text.slice(party.end, party.end + 40)) ||
    GOODS_BEFORE_MAKER.test(r.text.slice(Math.max(s.sentence.start, party.start - 40), party.start));
  if (!maker) return;
  f.rules.push(
    `entity: "${party.surface}" only makes the goods the money buys → the raiser of the sentence before, ${previous.entity}`,
  );
  candidate.entity = previous.entity;
  candidate.entityAt = null;
  if (candidate.counterparty === previous.entity) {
    candidate.counterparty = null;
    candidate.counterpartyAt = null;
  }
}
