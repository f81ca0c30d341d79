import { FLOW_METRICS, type Metric } from "../../core/index.js";
import { quarterBeforePublication } from "../periods.js";
import { documentFiscalYearEnd } from "./fiscal-calendar.js";
import { firstQuarterEndedBy, paragraphQuarter, QUARTER_WORD_LETTERS } from "./paragraph-quarter.js";
import type { ClosedPeriod, DocumentReading, FigureReading, SentenceReading } from "./types.js";

/** Words of quarterly reporting: "bilan trimestriel", "une perte trimestrielle", "quarterly results". */
export const QUARTERLY = /(?<!\p{L})(?:trimestriel(?:le)?s?|quarterly)(?!\p{L})/iu;

/**
 * The quarter a results report covers: the first quarter the text names that had ended by publication
 * within one reporting season ("au troisième trimestre", "first-quarter revenue", "in the quarter"); else,
 * when the text speaks of quarterly results with no quarter named ("un bilan trimestriel"), the last
 * quarter completed before publication. Null for a text that reports no quarter.
 */
export function findReportedQuarter(r: DocumentReading): ClosedPeriod | null {
  const { published } = r.input;
  if (!published || published.length < 7) return null;
  const fiscalEnd = documentFiscalYearEnd(r);
  const namedQuarter = QUARTER_WORD_LETTERS.test(r.text)
    ? firstQuarterEndedBy(r.text, published, 0, fiscalEnd)
    : null;
  if (namedQuarter) return namedQuarter;
  if (!QUARTERLY.test(r.text)) return null;
  const last = quarterBeforePublication(published, fiscalEnd);
  return last && !("asOf" in last) && last.start && last.end ? { start: last.start, end: last.end } : null;
}

/**
 * Results a quarterly report states: what came in, went out or was lost over the quarter; not the
 * commitments, spending plans and debt that are flows too.
 */
const QUARTER_RESULTS: ReadonlySet<Metric> = new Set(
  [...FLOW_METRICS].filter(
    (m) => m !== "compute_commitment" && m !== "compute_spending_target" && m !== "debt_issuance",
  ),
);

/** Words that make a sentence's figures a whole year's: "le chiffre d'affaires annuel", "full-year revenue". */
const WHOLE_YEAR =
  /(?<!\p{L})(?:annuel(?:le)?s?|annual(?:ly)?|yearly|full[-\s]year|exercice|fiscal\s+year|sur\s+l['’]ann[ée]e|for\s+the\s+year)(?!\p{L})/iu;

/** Qualifiers of a result over a period already closed: stated by the company or estimated by others. */
const CLOSED_PERIOD_QUALIFIERS: ReadonlySet<string> = new Set(["reported", "estimated"]);

/**
 * A result with no date of its own in a quarterly report is the quarter's, not the publication year's
 * (AMD "vient de publier un bilan trimestriel : 9,25 milliards de CA"; "Net loss of $314.6 million" in
 * a first-quarter report): run after the qualifier, so plans and forecasts keep their year.
 */
export function reviseReportedQuarter(r: DocumentReading, s: SentenceReading, f: FigureReading): void {
  const { candidate, rules } = f;
  if (!f.periodByPublication || !candidate.metric || !QUARTER_RESULTS.has(candidate.metric)) return;
  if (!CLOSED_PERIOD_QUALIFIERS.has(candidate.qualifier ?? "")) return;
  // A later stage may have read the figure otherwise (a plan's size at publication).
  const year = r.input.published?.slice(0, 4);
  const period = candidate.period;
  if (!period || "asOf" in period || WHOLE_YEAR.test(r.text.slice(s.sentence.start, s.sentence.end))) return;
  if (period.start !== `${year}-01-01` || period.end !== `${year}-12-31`) return;
  if (r.reportedQuarter === undefined) r.reportedQuarter = findReportedQuarter(r);
  const quarter = paragraphQuarter(r, s.sentence.start, s.sentence.end) ?? r.reportedQuarter;
  if (!quarter) return;
  candidate.period = quarter;
  rules.push(
    `period: a result with no date in a quarterly report → the quarter reported ${quarter.start}..${quarter.end}`,
  );
}
