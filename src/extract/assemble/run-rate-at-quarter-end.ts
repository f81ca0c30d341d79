import type { Period } from "../../core/index.js";
import type { FigureReading, SentenceReading } from "./types.js";

/**
 * What joins a run-rate to the quarter's figure it comes with: "rose 24% to $36 billion in Q4, with an
 * annualized run rate of $140 billion", « 9 milliards au troisième trimestre, soit un rythme annualisé de 36
 * milliards », "posted $2 billion of quarterly revenue, for a run rate of $8 billion".
 */
const WITH_RUN_RATE =
  /^[^.;:]{0,80}?(?:,\s*|\s)(?:with|for|at|putting\s+it\s+at|avec|soit|pour)\s+(?:an?|un|une|its|son|sa)\s+(?:\p{L}+\s+){0,2}(?:run[-\s]rate|rythme|taux\s+annualisé|ARR)/iu;

/** A flow over one quarter, dated by the text: its three months end on `end`. */
function quarterSpan(period: Period | null): string | null {
  if (!period || "asOf" in period || !period.start || !period.end) return null;
  const days = (Date.parse(period.end) - Date.parse(period.start)) / 86_400_000;
  return days >= 80 && days <= 100 ? period.end : null;
}

/**
 * A run-rate with no date of its own that comes with a quarter's figure in the same sentence is the rate
 * at that quarter's end (CLAIMS.md §5: the date the text gives), not at publication.
 */
export function runRateAtQuarterEnd(text: string, s: SentenceReading, f: FigureReading): string | null {
  const { previous, candidate, q } = f;
  if (candidate.metric !== "revenue_run_rate" || !previous || previous.sentence !== candidate.sentence)
    return null;
  if (!previous.periodExplicit || s.sentence.start > previous.q.span.start) return null;
  const end = quarterSpan(previous.period);
  if (end === null) return null;
  return WITH_RUN_RATE.test(text.slice(previous.q.span.end, q.span.start)) ? end : null;
}
