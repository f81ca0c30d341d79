import { metricIs } from "../metrics.js";
import type { DocumentReading, FigureReading, SentenceReading } from "./types.js";

/** "supply OpenAI with", "l'accord signé entre AMD et OpenAI": the sentence sets out a supply deal. */
const SUPPLY_DEAL =
  /\b(?:suppl(?:y|ies|ied)|provides?|deal|agreement|contract|between)\b|(?<!\p{L})(?:fourni\p{L}*|accords?|contrats?|entre)(?!\p{L})/iu;

/**
 * "AMD said it would supply OpenAI with processors totalling 6 gigawatts", "L'accord signé entre AMD et
 * OpenAI porte sur 6 gigawatts": the buyer's capacity in a supply deal has as counterparty the one
 * hardware or compute supplier its sentence names before the figure, when no lead word chose one.
 */
export function reviseBySupplierInClause(r: DocumentReading, s: SentenceReading, f: FigureReading): void {
  const { candidate, q } = f;
  const metric = candidate.metric;
  if (!metric || !metricIs(metric, "computeDeal") || candidate.counterparty || !candidate.entity) return;
  if (r.gazetteer.roles.get(candidate.entity) !== "developer") return;
  const before = r.text.slice(s.sentence.start, q.span.start);
  if (!SUPPLY_DEAL.test(before)) return;
  const suppliers = s.parties.filter(
    (p) =>
      p.kind === "company" &&
      p.via === "name" &&
      p.end <= q.span.start &&
      p.canonical !== candidate.entity &&
      r.gazetteer.roles.get(p.canonical) === "supplier",
  );
  const names = new Set(suppliers.map((p) => p.canonical));
  if (names.size !== 1) return;
  const supplier = suppliers[0]!;
  candidate.counterparty = supplier.canonical;
  candidate.counterpartyAt = { start: supplier.start, end: supplier.end };
  f.rules.push(
    `counterparty: the one supplier of the deal's sentence, ${supplier.canonical} → ${supplier.canonical}`,
  );
}
