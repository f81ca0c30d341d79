import { isAsOf } from "../../core/index.js";
import { CONTRACTED_REVENUE } from "../lexicon.js";
import { metricIs } from "../metrics.js";
import { quarterBeforePublication } from "../periods.js";
import { documentFiscalYearEnd } from "./fiscal-calendar.js";
import { findReportedQuarter } from "./reported-quarter.js";
import type { Candidate, ClosedPeriod, DocumentReading, FigureReading } from "./types.js";

/** Qualifiers of a count the results state. */
const STATED_IN_RESULTS: ReadonlySet<string> = new Set(["reported", "estimated"]);

/**
 * A level the results give at the quarter's close: a count of users, seats or customers, or orders
 * booked ("a backlog of $60 billion", « un carnet de commandes de 39 milliards »).
 */
function countedAtClose(text: string, candidate: Candidate): boolean {
  const metric = candidate.metric;
  if (metricIs(metric, "countedAtClose")) return STATED_IN_RESULTS.has(candidate.qualifier ?? "");
  const at = candidate.metricAt;
  return (
    metric === "compute_commitment" &&
    at !== null &&
    CONTRACTED_REVENUE.test(text.slice(at.start, at.end)) &&
    (candidate.qualifier === "commitment" || candidate.qualifier === "reported")
  );
}

const samePeriod = (a: Candidate["period"], b: ClosedPeriod): boolean =>
  a !== null && !isAsOf(a) && a.start === b.start && a.end === b.end;

/** Whether `quarter` is the last one completed before publication: results are news for one season only. */
function latestQuarter(r: DocumentReading, quarter: ClosedPeriod): boolean {
  const last = quarterBeforePublication(r.input.published, documentFiscalYearEnd(r));
  return last !== null && samePeriod(last, quarter);
}

/**
 * A results report dates its counts and its backlog by the quarter it reports, not by the day it is
 * published: "15 million paid seats" in Microsoft's results for October–December published in January
 * are the seats of December. The document must have stated a result of that quarter of the same company
 * already, and the quarter be the last completed before publication, so a text that names a quarter in
 * passing, or an older quarter, keeps its dates.
 */
export function reviseLevelAtQuarterClose(r: DocumentReading, f: FigureReading): void {
  const { candidate, rules } = f;
  if (!f.periodByPublication || !candidate.period || !isAsOf(candidate.period)) return;
  if (!countedAtClose(r.text, candidate)) return;
  if (r.reportedQuarter === undefined) r.reportedQuarter = findReportedQuarter(r);
  const quarter = r.reportedQuarter;
  if (!quarter || !latestQuarter(r, quarter)) return;
  // The company's own results: the level is its own, or booked with it (a backlog's buyer).
  const own = [candidate.entity, candidate.counterparty];
  const resultBefore = r.candidates.some(
    (c) =>
      c !== candidate &&
      c.entity !== null &&
      own.includes(c.entity) &&
      c.qualifier === "reported" &&
      samePeriod(c.period, quarter),
  );
  if (!resultBefore) return;
  // The close's month, as "fin 2025" reads: a level at December 31st would read as a horizon "by 2025".
  const close = quarter.end.slice(0, 7);
  candidate.period = { asOf: close };
  rules.push(
    `period: a count in the results of ${quarter.start}..${quarter.end} → at the quarter's close ${close}`,
  );
}
