import { isAsOf } from "../../core/index.js";
import { CONTRACTED_REVENUE } from "../lexicon.js";
import { knowledgeOf } from "../metrics.js";
import { quarterBeforePublication } from "../periods.js";
import { documentFiscalYearEnd } from "./fiscal-calendar.js";
import { findReportedQuarter } from "./reported-quarter.js";
import type { Candidate, ClosedPeriod, DocumentReading, FigureReading } from "./types.js";

/** Qualifiers of a figure the results state, or of orders already booked. */
const STATED_IN_RESULTS: ReadonlySet<string> = new Set(["reported", "estimated"]);

/**
 * What a level with no date of its own is in a results report: counted at the quarter's close (users,
 * seats, run-rate, cash, orders booked: "a backlog of $60 billion") or a ratio over the quarter (a
 * margin, a share of revenue); null for a figure the results do not state.
 */
function closeOrPeriod(text: string, candidate: Candidate): "close" | "period" | null {
  const metric = candidate.metric;
  const known = knowledgeOf(metric)?.inResults;
  if (known) return STATED_IN_RESULTS.has(candidate.qualifier ?? "") ? known : null;
  const at = candidate.metricAt;
  const booked =
    metric === "compute_commitment" &&
    at !== null &&
    CONTRACTED_REVENUE.test(text.slice(at.start, at.end)) &&
    (candidate.qualifier === "commitment" || candidate.qualifier === "reported");
  return booked ? "close" : null;
}

const samePeriod = (a: Candidate["period"], b: ClosedPeriod): boolean =>
  a !== null && !isAsOf(a) && a.start === b.start && a.end === b.end;

/** Whether `quarter` is the last one completed before publication: results are news for one season only. */
function latestQuarter(r: DocumentReading, quarter: ClosedPeriod): boolean {
  const last = quarterBeforePublication(r.input.published, documentFiscalYearEnd(r));
  return last !== null && samePeriod(last, quarter);
}

/**
 * A results report dates its levels by the quarter it reports, not by the day it is published: "15
 * million paid seats" in Microsoft's results for October–December published in January are the seats
 * of December 31st, and "HPC made up 58% of revenue" is the quarter's share. The document must have
 * stated a result of that quarter already, and the quarter be the last completed before publication, so a
 * text that names a quarter in passing, or an older quarter, keeps its dates.
 */
export function reviseLevelAtQuarterClose(r: DocumentReading, f: FigureReading): void {
  const { candidate, rules } = f;
  if (!f.periodByPublication || !candidate.period || !isAsOf(candidate.period)) return;
  const reading = closeOrPeriod(r.text, candidate);
  if (!reading) return;
  if (r.reportedQuarter === undefined) r.reportedQuarter = findReportedQuarter(r);
  const quarter = r.reportedQuarter;
  if (!quarter || !latestQuarter(r, quarter)) return;
  const resultBefore = r.candidates.some(
    (c) => c !== candidate && c.qualifier === "reported" && samePeriod(c.period, quarter),
  );
  if (!resultBefore) return;
  // The close's month, as "fin 2025" reads: a level at December 31st would read as a horizon "by 2025".
  const close = quarter.end.slice(0, 7);
  candidate.period = reading === "close" ? { asOf: close } : { ...quarter };
  rules.push(
    reading === "close"
      ? `period: a level in the results of ${quarter.start}..${quarter.end} → at the quarter's close ${close}`
      : `period: a ratio in the results of ${quarter.start}..${quarter.end} → the quarter's`,
  );
}
