/**
 * « Orbitek prévoit 30 milliards d'investissements en 2026. Les analystes attendaient 27 milliards »,
 * "Its budget for 2026 is $30 billion. That is a 25% rise on the $24 billion spent last year": capital
 * spending, or its growth, stated with no date right after capital spending dated to a whole year in the
 * paragraph is that year's — the market's figure set against the budget, the budget's rise — not the
 * publication year's, nor the quarter a results report covers.
 */
import type { Metric, Period } from "../../core/index.js";
import type { FigureReading, SentenceReading } from "./types.js";

const SPENDING: ReadonlySet<Metric> = new Set<Metric>(["capex", "capex_growth"]);

/** A flow over one whole calendar year. */
function wholeYear(period: Period | null): boolean {
  if (!period || "asOf" in period || !period.start || !period.end) return false;
  return (
    period.start.endsWith("-01-01") &&
    period.end.endsWith("-12-31") &&
    period.start.slice(0, 4) === period.end.slice(0, 4)
  );
}

/** The whole year of the capital spending the sentence before dates, when the figure carries it. */
export function carriedSpendingYear(s: SentenceReading, f: FigureReading): Period | null {
  const metric = f.candidate.metric;
  const previous = s.previousSentenceClaim;
  if (!metric || !SPENDING.has(metric) || !previous?.metric || !SPENDING.has(previous.metric)) return null;
  if (previous.sentence.paragraph !== s.sentence.paragraph || !previous.periodExplicit) return null;
  return wholeYear(previous.period) ? previous.period : null;
}
