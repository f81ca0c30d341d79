/**
 * A bare "Q1 2026", « T1 2026 », "second quarter of 2026", « deuxième trimestre 2026 » of a company whose
 * fiscal year does not end in December (gazetteer.json: fiscalYearEnd), while the calendar quarter had
 * not ended by publication:
 * - in a clause that reports a result, nothing could yet be reported for the calendar quarter; if the
 *   fiscal quarter had ended, the result is the fiscal quarter's;
 * - in a clause looking ahead ("will", "expects", « prévoit »), a calendar quarter not yet begun while the
 *   fiscal one is under way or next is the company's guidance for its fiscal quarter.
 * Either way the claim takes the calendar dates the fiscal quarter covers (CLAIMS.md §5). A schedule
 * ("deliveries starting in Q1 2026", « mise en service dès le T2 2026 ») keeps the calendar quarter.
 */
import { FLOW_METRICS } from "../../core/index.js";
import { fiscalQuarterEnd, QUARTER_BY_ORDINAL } from "../fiscal.js";
import { quarterEndingAt } from "../periods.js";
import type { DocumentReading, FigureReading } from "./types.js";

const ORDINAL = Object.keys(QUARTER_BY_ORDINAL).join("|");

/**
 * "Q1 2026", "T3-2025", "Q4'2025", "second quarter of 2026", "third-quarter 2025", « deuxième trimestre
 * 2026 », « premier trimestre de 2026 »: a quarter with its year and nothing to say whose calendar
 * ("fiscal", « exercice », « de l'année » say it, and are read elsewhere).
 */
const BARE_QUARTER = new RegExp(
  `^(?:[QT]([1-4])\\s*[-'’]?|(${ORDINAL})(?:\\s+|-)(?:trimestre|quarter)(?:\\s+(?:de|du|of))?)\\s*((?:19|20)\\d{2})$`,
  "iu",
);

/** The quarter's number and year, when `text` names a bare quarter. */
function bareQuarter(text: string): { n: number; year: number } | null {
  const m = BARE_QUARTER.exec(text.trim());
  if (!m || (m[1] && !/^[QT]/u.test(text.trim()))) return null;
  const n = m[2] ? QUARTER_BY_ORDINAL[m[2].toLowerCase()] : Number(m[1]);
  return n ? { n, year: Number(m[3]) } : null;
}

/** Words that look ahead or hedge: the clause may speak of a calendar quarter to come. */
const LOOKING_AHEAD =
  /(?<!\p{L})(?:will|would|shall|could|may|might|expect\p{L}*|forecast\p{L}*|guid\p{L}*|outlook|project\p{L}*|plan\p{L}*|aim\p{L}*|target\p{L}*|estimat\p{L}*|anticip\p{L}*|prévo\p{L}*|prévi\p{L}*|vis\p{L}*|objectif\p{L}*|devr\p{L}*|pourr\p{L}*|attend\p{L}*|perspectives?|\p{L}+(?:era|eront|erait|eraient))(?!\p{L})/iu;

/**
 * Just before the quarter, words of a schedule's date: "starting in", "from", "by the end of", "before",
 * « dès le », « à partir du », « d'ici au », « avant la fin du ».
 */
const SCHEDULE_BEFORE =
  /(?:\b(?:starting|beginning|from|by|until|through|before|after|as\s+of)|(?<!\p{L})(?:dès|à\s+partir\s+d[ue]|d['’]ici|jusqu['’](?:au|à)|avant|après))\s+(?:(?:in|the|end|of|early|late|mid|le|la|l['’]|au|du|de|fin|début|courant)\s*)*(?:[-–]\s*)?$/iu;

/** In the clause, words of a delivery or a start of service: on a calendar date, not a reported period. */
const SCHEDULE_WORD =
  /(?<!\p{L})(?:deliver\p{L}*|ship(?:s|ped|ping|ments?)?|arriv\p{L}*|launch\p{L}*|online|operational|come\s+on\s*line|go\s+live|livr\p{L}*|mise?\s+en\s+(?:service|route|production)|opérationnel\p{L}*|lancement|démarr\p{L}*)(?!\p{L})/iu;

const monthOf = (date: string) => Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1;

/** Guidance's quarter: the calendar one not begun by `day`, the fiscal one not ended and begun or next. */
function isGuidanceQuarter(
  fiscal: { start: string; end: string },
  calendarStart: string,
  day: string,
): boolean {
  if (!calendarStart || calendarStart <= day || fiscal.end <= day) return false;
  return monthOf(fiscal.start) <= monthOf(day) + 3;
}

/** The flow's bare quarter moved onto the owner's fiscal calendar: a result of a quarter over, or guidance for one to come. */
export function reviseBareFiscalQuarter(r: DocumentReading, f: FigureReading): void {
  const { candidate } = f;
  const { period, timeAt, entity, metric } = candidate;
  const published = r.input.published;
  if (!period || !("start" in period) || !period.end || !timeAt || !entity || !published) return;
  if (!metric || !FLOW_METRICS.has(metric)) return;
  const written = r.text.slice(timeAt.start, timeAt.end).trim();
  const bare = bareQuarter(written);
  if (!bare) return;
  const fiscalEnd = r.gazetteer.fiscalYearEnds.get(entity);
  if (!fiscalEnd || fiscalEnd === 12) return;
  const day = published.length === 7 ? `${published}-28` : published;
  if (period.end <= day) return;
  const fiscal = quarterEndingAt(fiscalQuarterEnd(bare.year, bare.n, fiscalEnd), "").flow;
  const clause = r.text.slice(f.clauseStart, f.clauseEnd);
  if (SCHEDULE_WORD.test(clause)) return;
  if (SCHEDULE_BEFORE.test(r.text.slice(Math.max(0, timeAt.start - 30), timeAt.start))) return;
  const ahead = LOOKING_AHEAD.test(clause);
  if (ahead ? !isGuidanceQuarter(fiscal, period.start ?? "", day) : fiscal.end > day) return;
  candidate.period = fiscal;
  f.rules.push(
    ahead
      ? `period: "${written}" looked ahead to a calendar quarter not begun; ${entity}'s fiscal quarter under way or next → ${fiscal.start}..${fiscal.end}`
      : `period: "${written}" had not ended by publication on the calendar; ${entity}'s fiscal quarter had → ${fiscal.start}..${fiscal.end}`,
  );
}
