/**
 * A list of one company's compute deals, each item labelled by the supplier: "OpenAI's cloud
 * contracts:\n- Oracle: $300 billion", « Les contrats cloud d'OpenAI :\n- Oracle : 300 milliards ».
 * The item's label is the counterparty; the company the list's lead is about buys the compute.
 */
import { metricIs } from "../metrics.js";
import { namesStartingIn } from "./text.js";
import type { DocumentReading, FigureReading, SentenceReading } from "./types.js";

/** An item opened by its label and a colon: "- Oracle: …", "• **Oracle** : …", "Oracle : …". */
const LABEL_THEN_COLON = /^(?:[-•·*–]\s+)?(?:\*\*)?([^:\n*]{1,40}?)(?:\*\*)?\s*:/u;

/** The lead's owner written as a possessive: "OpenAI's", « d'OpenAI », « de Meta ». */
function possessiveIn(text: string, start: number, end: number): boolean {
  return (
    /^['’]s\b/u.test(text.slice(end, end + 3)) || /(?:\bd['’]|\bde\s)$/iu.test(text.slice(start - 3, start))
  );
}

/** The company the list's lead is about, written as the owner of the deals, else null. */
function leadOwner(r: DocumentReading, s: SentenceReading): string | null {
  const lead = s.listLead;
  if (!lead) return null;
  const inLead = namesStartingIn(r.names, lead.start, lead.end).filter(
    (n) =>
      n.kind === "company" &&
      n.start >= lead.start &&
      n.end <= lead.end &&
      r.gazetteer.roles.get(n.canonical) !== "source",
  );
  const owner = inLead.find((n) => possessiveIn(r.text, n.start, n.end));
  return owner && inLead.every((n) => n.canonical === owner.canonical) ? owner.canonical : null;
}

/** A compute deal in an item labelled by another company than the list's owner: owner → label. */
export function reviseSupplierItem(r: DocumentReading, s: SentenceReading, f: FigureReading): void {
  const { candidate, rules } = f;
  if (!metricIs(candidate.metric, "computeDeal") || candidate.counterparty || f.entityGroup.length > 1)
    return;
  const label = LABEL_THEN_COLON.exec(s.body);
  if (!label || s.sentence.start + label[0].length > f.q.span.start) return;
  const labelEnd = s.sentence.start + label[0].length;
  const party = s.parties.find(
    (p) => p.kind === "company" && p.start >= s.sentence.start && p.end <= labelEnd,
  );
  if (!party || candidate.entity !== party.canonical) return;
  const owner = leadOwner(r, s);
  if (!owner || owner === party.canonical) return;
  candidate.counterparty = party.canonical;
  candidate.counterpartyAt = candidate.entityAt;
  candidate.entity = owner;
  candidate.entityAt = null;
  rules.push(
    `roles: the item's label ${party.canonical} supplies ${owner}, whose deals the list gives → ${owner} → ${party.canonical}`,
  );
}
