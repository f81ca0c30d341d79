import type { Span } from "../../core/index.js";
import type { QuantityMention } from "../numbers/types.js";
import type { DocumentReading, FigureReading, Party, SentenceReading } from "./types.js";

/** "from", "de la part de", "venant de": the company an amount comes from, named right after it. */
const FROM_COMPANY =
  /^\s+(?:from\s+|de\s+la\s+part\s+(?:de\s+|d['’])|(?:venant|provenant)\s+(?:de\s+|d['’]))$/iu;

/**
 * After the company (and an apposition about it: ", a Saudi developer,"): what the money is for, a
 * build-out — "to build out infrastructure", "to expand power grids", "for AI data centres", "pour
 * construire des centres de données".
 */
const FOR_BUILD_OUT =
  /^(?:\s*,[^,;.()]{1,60},)?\s+(?:to|for|pour|afin\s+de)\s+(?:[\p{L}'’-]+\s+){0,4}?(?:build(?:s|ing)?(?:\s+out)?|expand|construct|develop|upgrade|modernize|modernise|fortify|construire|développer|étendre|agrandir|moderniser|renforcer|(?:l['’]|d['’])?(?:centres?\s+de\s+données|data[\s-]*cent(?:er|re)s?|infrastructures?|campus|power\s+grids?|grids?|réseaux\s+électriques|(?:chip\s+)?plants|usines|fabs))(?!\p{L})/iu;

/**
 * "$20 billion from Amazon Web Services to build out infrastructure", "20 milliards de la part d'Amazon
 * pour construire des centres de données": a pledge listed by who gives it and what it builds, with no
 * verb of its own. The company is the one spending, on a build-out of its own: its capex. Returns the
 * company and the span of what the money builds.
 */
export function pledgeFrom(
  text: string,
  parties: readonly Party[],
  q: QuantityMention,
): { party: Party; at: Span } | null {
  const party = parties.find(
    (p) => p.kind === "company" && p.start > q.span.end && p.start - q.span.end <= 30,
  );
  if (!party || !FROM_COMPANY.test(text.slice(q.span.end, party.start))) return null;
  const purpose = FOR_BUILD_OUT.exec(text.slice(party.end, party.end + 160));
  if (!purpose) return null;
  return { party, at: { start: party.end, end: party.end + purpose[0].length } };
}

/** Metrics a pledge from a company may have been read as before its build-out is seen. */
const PLEDGE_READ_AS: ReadonlySet<string | null> = new Set(["investment", "compute_commitment", "capex"]);

/**
 * A pledge "from" a company "to build" something (see `pledgeFrom`): the company's capex, with no
 * investee, whoever the earlier stages took for its owner.
 */
export function revisePledgeFrom(r: DocumentReading, s: SentenceReading, f: FigureReading): void {
  const { candidate } = f;
  if (!PLEDGE_READ_AS.has(candidate.metric)) return;
  const pledge = pledgeFrom(r.text, s.parties, f.q);
  if (!pledge) return;
  const { party } = pledge;
  candidate.metric = "capex";
  candidate.counterparty = null;
  candidate.entity = party.canonical;
  candidate.entityAt = { start: party.start, end: party.end };
  f.entityParty = party;
  f.entityGroup = [];
  f.rules.push(
    `entity and metric: money from ${party.canonical} "${r.text.slice(pledge.at.start, pledge.at.end).trim()}", a build-out of its own → capex`,
  );
}
