/**
 * « un chantier de 3 milliards d'euros porté par Vexel », "a €3bn campus developed by Vexel": the
 * company a past participle of building names right after an amount carries the project the amount
 * costs, and spends it, whoever the article is about.
 */
import type { DocumentReading, FigureReading, SentenceReading } from "./types.js";

/** What a project's carrier spends: its capital spending, or the investment it makes. */
const SPENT_METRICS: ReadonlySet<string> = new Set(["capex", "investment"]);

/**
 * From the amount to its carrier's name: the currency, the thing it sizes in English ("€3bn
 * campus"), then "porté par", "développé par", "built by", "developed by", perhaps an article and
 * a description ("by the start-up"); no preposition, article or clause break before the participle.
 */
const CARRIED_BY_AFTER_AMOUNT =
  /^(?:\s+(?:d['’]\s*|de\s+)?(?:euros|dollars|livres))?(?:\s+(?!(?:dans|en|pour|à|au|aux|un|une|le|la|les|in|into|for|to|a|an|the|of|on|at)(?!\p{L}))\p{Ll}[\p{Ll}-]*){0,2}?\s+(?:port[ée]e?s?|d[ée]velopp[ée]e?s?|construite?s?|b[âa]tie?s?|built|developed|constructed|backed)\s+(?:par|by)\s+(?:(?:la|le|les|l['’]|the)\s*)?(?:[\p{Ll}-]+\s+){0,3}$/iu;

export function reviseCostCarrier(r: DocumentReading, s: SentenceReading, f: FigureReading): void {
  const { candidate } = f;
  if (!candidate.metric || !SPENT_METRICS.has(candidate.metric)) return;
  const carrier = s.parties.find(
    (p) =>
      p.start >= f.q.span.end &&
      p.kind === "company" &&
      !r.gazetteer.programmes.has(p.canonical) &&
      CARRIED_BY_AFTER_AMOUNT.test(r.text.slice(f.q.span.end, p.start)),
  );
  if (!carrier || carrier.canonical === candidate.entity) return;
  candidate.entity = carrier.canonical;
  candidate.entityAt = { start: carrier.start, end: carrier.end };
  if (candidate.counterparty === carrier.canonical) {
    candidate.counterparty = null;
    candidate.counterpartyAt = null;
  }
  f.rules.push(`entity: the amount's project is carried by ${carrier.surface} → ${carrier.canonical}`);
}
