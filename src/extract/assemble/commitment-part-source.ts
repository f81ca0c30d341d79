/**
 * A part of a seller's contracted amount and the customer it comes from: "a $40 billion backlog, of
 * which $9 billion comes from Meta", « 40 milliards d'obligations d'achat, dont 9 milliards
 * proviennent de Meta ». The total is the seller's; the part is that customer's commitment to the
 * seller (CLAIMS.md §6: compute deals run buyer → supplier).
 */
import { PART_SOURCE_AFTER_FIGURE } from "../lexicon.js";
import { metricIs } from "../metrics.js";
import { PART_LEAD } from "./metric.js";
import type { DocumentReading, FigureReading, SentenceReading } from "./types.js";

/** How far before the figure its "dont" / "of which" may stand. */
const LEAD_REACH = 30;

export function reviseCommitmentPartSource(r: DocumentReading, s: SentenceReading, f: FigureReading): void {
  const { candidate, q } = f;
  const { text } = r;
  if (!candidate.metric || !metricIs(candidate.metric, "computeDeal")) return;
  const leadFrom = Math.max(s.sentence.start, q.span.start - LEAD_REACH);
  if (!PART_LEAD.test(text.slice(leadFrom, q.span.start))) return;
  const source = s.parties.find(
    (p) =>
      p.kind === "company" &&
      p.start >= q.span.end &&
      PART_SOURCE_AFTER_FIGURE.test(text.slice(q.span.end, p.start)),
  );
  if (!source || source.canonical === candidate.entity) return;
  const seller = candidate.entity;
  const sellerAt = candidate.entityAt;
  candidate.entity = source.canonical;
  candidate.entityAt = { start: source.start, end: source.end };
  candidate.counterparty = seller && seller !== source.canonical ? seller : null;
  candidate.counterpartyAt = candidate.counterparty ? sellerAt : null;
  f.rules.push(
    `roles: a part of ${seller ?? "the total"}'s contracted amount comes from "${source.surface}", its buyer → ${source.canonical}`,
  );
}
