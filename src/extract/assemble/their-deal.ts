/**
 * "Nebius made news again, this time with Microsoft. Their new contract: up to $17 billion", « Nebius
 * s'est allié à Microsoft. Leur contrat : 17 milliards »: a deal a plural possessive opens the sentence
 * on is the one between the two companies the sentence before names; a compute deal runs buyer →
 * supplier (CLAIMS.md §6), the supplier told by its role.
 */

import type { CompanyKind, Gazetteer } from "../gazetteer.js";
import { THEIR_DEAL_OPENING } from "../lexicon.js";
import { metricIs } from "../metrics.js";
import { namesStartingIn } from "./text.js";
import type { DocumentReading, FigureReading, SentenceReading } from "./types.js";

/** Kinds of companies that sell compute, capacity or chips and buy none of it from the other side. */
const SELLER_KINDS: readonly CompanyKind[] = ["neocloud", "datacentre", "chipmaker"];

/** A company known only as a seller of compute: a neocloud, not a hyperscaler that also buys. */
function sellsOnly(gazetteer: Gazetteer, name: string): boolean {
  const kinds = gazetteer.kinds.get(name);
  if (kinds?.length) return kinds.every((k) => SELLER_KINDS.includes(k));
  return gazetteer.roles.get(name) === "supplier";
}

/** The distinct companies the sentence before names, in order, when it is in the same paragraph. */
function companiesOfSentenceBefore(r: DocumentReading, s: SentenceReading): string[] {
  const { sentences } = r.context;
  const before = sentences[s.sentenceIndex - 1];
  if (!before || before.paragraph !== s.sentence.paragraph) return [];
  const { gazetteer } = r;
  const found: string[] = [];
  for (const n of namesStartingIn(r.names, before.start, before.end)) {
    if (n.end > before.end || n.kind !== "company") continue;
    if (gazetteer.outlets.includes(n.canonical) || gazetteer.publicBodies.has(n.canonical)) continue;
    if (gazetteer.programmes.has(n.canonical) || gazetteer.roles.get(n.canonical) === "source") continue;
    if (!found.includes(n.canonical)) found.push(n.canonical);
  }
  return found;
}

export function reviseTheirDeal(r: DocumentReading, s: SentenceReading, f: FigureReading): void {
  const { candidate, q } = f;
  const { text } = r;
  if (!candidate.metric || !metricIs(candidate.metric, "computeDeal")) return;
  if (!THEIR_DEAL_OPENING.test(text.slice(s.sentence.start, q.span.start))) return;
  if (s.parties.some((p) => p.kind === "company" && p.start < q.span.start)) return;
  const pair = companiesOfSentenceBefore(r, s);
  if (pair.length !== 2) return;
  const suppliers = pair.filter((c) => sellsOnly(r.gazetteer, c));
  if (suppliers.length !== 1) return;
  const supplier = suppliers[0]!;
  const buyer = pair.find((c) => c !== supplier)!;
  if (candidate.entity === buyer && candidate.counterparty === supplier) return;
  candidate.entity = buyer;
  candidate.entityAt = null;
  candidate.counterparty = supplier;
  candidate.counterpartyAt = null;
  f.rules.push(
    `roles: "their" deal is the one of ${pair.join(" and ")}, buyer → supplier → ${buyer} → ${supplier}`,
  );
}
