/**
 * "Talen sold the campus to Amazon for $650m. The $650m will be paid in stages – $350m on closing",
 * « … pour 650 millions de dollars. Ces 650 millions seront versés en deux fois : 350 millions à la
 * signature »: the same amount taken up with a definite article stands for the figure given first; the
 * parts it is paid in measure what that figure measured.
 */
import type { Candidate, DocumentReading } from "./types.js";

/** A definite article or demonstrative right before the figure: "The $650m", "ces 650 millions". */
const DEFINITE_LEAD =
  /(?:^|[,;:(—–]\s*|\b(?:and|et|but|mais)\s+)(?:the|this|that|these|those|le|la|les|ce|cet|cette|ces)\s+$/iu;

/** How far back the amount taken up may stand: a few paragraphs. */
const RESTATED_REACH = 2000;

/** The earlier figure with a metric that `taken` restates, if `taken` is one written with a definite article. */
export function restatedAntecedent(r: DocumentReading, taken: Candidate): Candidate | undefined {
  const { q } = taken;
  const lead = r.text.slice(Math.max(taken.sentence.start, q.span.start - 12), q.span.start);
  if (!DEFINITE_LEAD.test(lead)) return undefined;
  return r.candidates.findLast(
    (c) =>
      c.metric !== null &&
      c.q.span.end <= taken.sentence.start &&
      q.span.start - c.q.span.end <= RESTATED_REACH &&
      c.unit === taken.unit &&
      c.q.low === q.low &&
      c.q.high === q.high,
  );
}
