/**
 * A table about one company lists its deals row by row, each row labelled by the partner
 * ("| Oracle | 2025 | 300 milliards de dollars | 4,5 GW |" in a table of OpenAI's commitments).
 * A supplier labelling a row of compute bought is the counterparty; the table's subject owns it.
 */
import { metricIs } from "../metrics.js";
import { tableRowAt } from "../tables.js";
import type { DocumentReading, FigureReading, SentenceReading } from "./types.js";

/** A first column headed "Partenaire", "Partner", "Supplier", "Fournisseur": its rows name counterparties. */
const PARTNER_HEADER =
  /^\s*(?:partenaires?|partners?|fournisseurs?|suppliers?|providers?|prestataires?|contreparties?|counterpart(?:y|ies)|vendors?|cocontractants?)\s*$/iu;

/** The row's label when it is the figure's owner as the entity stage read it, else null. */
function labelOwner(r: DocumentReading, s: SentenceReading, f: FigureReading): string | null {
  if (r.tables.length === 0) return null;
  const found = tableRowAt(r.tables, s.sentence.start);
  const label = found?.row.cells[0];
  if (!found || !label) return null;
  const inLabel = (p: { start: number; end: number } | null) =>
    p !== null && p.start >= label.start && p.end <= label.end;
  const party = inLabel(f.entityParty) ? f.entityParty : (s.parties.find(inLabel) ?? null);
  if (!party) return null;
  const header = found.table.header.cells[0];
  const partnerColumn = header ? PARTNER_HEADER.test(r.text.slice(header.start, header.end)) : false;
  const supplier = r.gazetteer.roles.get(party.canonical) === "supplier";
  const subject = r.subject;
  if (!subject || subject === party.canonical) return null;
  return partnerColumn || (supplier && r.gazetteer.roles.get(subject) !== "supplier")
    ? party.canonical
    : null;
}

/** A compute deal in a row labelled by the supplier: the table's subject buys it from the row's company. */
export function reviseSupplierRow(r: DocumentReading, s: SentenceReading, f: FigureReading): void {
  const { candidate, rules } = f;
  if (!metricIs(candidate.metric, "computeDeal") || candidate.counterparty || f.entityGroup.length > 1)
    return;
  const label = labelOwner(r, s, f);
  if (!label || (candidate.entity !== label && candidate.entity !== r.subject) || label === r.subject) return;
  if (candidate.entity === label) {
    candidate.counterpartyAt = candidate.entityAt;
    candidate.entityAt = null;
  }
  candidate.entity = r.subject;
  candidate.counterparty = label;
  rules.push(
    `roles: the row's label ${label} supplies the compute in a table about ${r.subject} → ${r.subject} → ${label}`,
  );
}
