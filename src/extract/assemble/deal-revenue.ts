import type { DocumentReading, FigureReading, SentenceReading } from "./types.js";
import { isDealRevenue } from "./undated-totals.js";

/** How many figures back in the document the deal that brings the revenue may stand. */
const DEAL_REACH = 12;

/** "notre partenariat avec OpenAI", "its agreement with OpenAI": the partner named after the deal word. */
const PARTNER_LEAD = /(?:\bwith|(?<!\p{L})avec)\s+$/iu;

/**
 * "AMD expects the agreement to bring in tens of billions of dollars of revenue", "notre partenariat
 * avec OpenAI devrait générer des dizaines de milliards de revenus pour AMD": revenue a deal brings
 * comes from the other party of that deal (CLAIMS.md §6: revenue from a deal: the seller → the buyer),
 * named in the clause after "with"/"avec", else the party of the latest deal the seller made.
 */
export function reviseDealRevenuePartner(r: DocumentReading, s: SentenceReading, f: FigureReading): void {
  const { candidate, q } = f;
  if (candidate.metric !== "revenue" || candidate.counterparty || !candidate.entity) return;
  const from = f.previous?.q.span.end ?? s.sentence.start;
  if (!isDealRevenue(r.text.slice(from, q.span.start))) return;
  const entity = candidate.entity;
  const named = f.inClause.find(
    (p) =>
      p.canonical !== entity &&
      p.kind !== "person" &&
      p.end <= q.span.start &&
      PARTNER_LEAD.test(r.text.slice(Math.max(from, p.start - 8), p.start)),
  );
  const partner =
    named?.canonical ??
    r.candidates
      .slice(-DEAL_REACH)
      .reverse()
      .map((c) =>
        c.counterparty === null
          ? null
          : c.entity === entity
            ? c.counterparty
            : c.counterparty === entity
              ? c.entity
              : null,
      )
      .find((name) => name !== null);
  if (!partner) return;
  candidate.counterparty = partner;
  f.rules.push(`counterparty: revenue a deal brings comes from the deal's other party → ${partner}`);
}
