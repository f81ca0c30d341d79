import type { DocumentReading, FigureReading, SentenceReading } from "./types.js";

/**
 * In an article about a supplier of compute, a buyer's contract that names no other company is with
 * that supplier: "OpenAI signed an $11.9 billion, five-year contract" in a report on CoreWeave.
 */
export function reviseTopicSupplier(r: DocumentReading, s: SentenceReading, f: FigureReading): void {
  const { candidate, rules } = f;
  const supplier = r.subject;
  if (candidate.metric !== "compute_commitment" || candidate.counterparty !== null) return;
  if (!supplier || !candidate.entity || candidate.entity === supplier || candidate.entity.includes("+"))
    return;
  if (r.gazetteer.roles.get(supplier) !== "supplier") return;
  if (r.gazetteer.roles.get(candidate.entity) === "supplier") return;
  if (
    s.parties.some((p) => p.kind !== "person" && p.canonical !== candidate.entity && p.canonical !== supplier)
  )
    return;
  candidate.counterparty = supplier;
  rules.push(
    `counterparty: a contract naming no other company, in an article about ${supplier} → ${supplier}`,
  );
}
