/**
 * A bare "Q1 2026", « T1 2026 » with a company whose fiscal year does not end in December, in a
 * clause that reports a result: read on the calendar, the quarter had not ended when the text was
 * published, so nothing could yet be reported for it; read on the company's fiscal calendar
 * (gazetteer.json: fiscalYearEnd) it had ended. The result is the fiscal quarter's (CLAIMS.md §5: a
 * fiscal period → the calendar dates it covers). A clause looking ahead ("will", "expects", « prévoit »)
 * keeps the calendar quarter.
 */
import { FLOW_METRICS } from "../../core/index.js";
import { fiscalQuarterEnd } from "../fiscal.js";
import type { DocumentReading, FigureReading } from "./types.js";

/** "Q1 2026", "T3-2025", "Q4'2025": a quarter with its year and nothing to say whose calendar. */
const BARE_QUARTER = /^[QT]([1-4])\s*[-'’]?\s*((?:19|20)\d{2})$/u;

/** Words that look ahead or hedge: the clause may speak of a calendar quarter to come. */
const LOOKING_AHEAD =
  /(?<!\p{L})(?:will|would|shall|could|may|might|expect\p{L}*|forecast\p{L}*|guid\p{L}*|outlook|project\p{L}*|plan\p{L}*|aim\p{L}*|target\p{L}*|estimat\p{L}*|anticip\p{L}*|prévo\p{L}*|prévi\p{L}*|vis\p{L}*|objectif\p{L}*|devr\p{L}*|pourr\p{L}*|attend\p{L}*|perspectives?|\p{L}+(?:era|eront|erait|eraient))(?!\p{L})/iu;

const pad = (n: number) => String(n).padStart(2, "0");

/** The calendar dates of the three months that end at month index `end`. */
function quarterEndingAt(end: number): { start: string; end: string } {
  const first = end - 2;
  const year = Math.floor(end / 12);
  const month = (end % 12) + 1;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return {
    start: `${Math.floor(first / 12)}-${pad((first % 12) + 1)}-01`,
    end: `${year}-${pad(month)}-${pad(lastDay)}`,
  };
}

/** The flow's bare quarter moved onto the owner's fiscal calendar when only that reading had ended by publication. */
export function reviseBareFiscalQuarter(r: DocumentReading, f: FigureReading): void {
  const { candidate } = f;
  const { period, timeAt, entity, metric } = candidate;
  const published = r.input.published;
  if (!period || !("start" in period) || !period.end || !timeAt || !entity || !published) return;
  if (!metric || !FLOW_METRICS.has(metric)) return;
  const bare = BARE_QUARTER.exec(r.text.slice(timeAt.start, timeAt.end).trim());
  if (!bare) return;
  const fiscalEnd = r.gazetteer.fiscalYearEnds.get(entity);
  if (!fiscalEnd || fiscalEnd === 12) return;
  const day = published.length === 7 ? `${published}-28` : published;
  if (period.end <= day) return;
  const fiscal = quarterEndingAt(fiscalQuarterEnd(Number(bare[2]), Number(bare[1]), fiscalEnd));
  if (fiscal.end > day) return;
  if (LOOKING_AHEAD.test(r.text.slice(f.clauseStart, f.clauseEnd))) return;
  candidate.period = fiscal;
  f.rules.push(
    `period: "${bare[0]}" had not ended by publication on the calendar; ${entity}'s fiscal quarter had → ${fiscal.start}..${fiscal.end}`,
  );
}
