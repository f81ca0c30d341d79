import type { DocumentReading, FigureReading, SentenceReading } from "./types.js";

/** A forecast and its revisions: "capex forecast", "guidance", "outlook", "prévision", "relevé son objectif". */
const FORECAST_WORD =
  /(?<!\p{L})(?:forecasts?|forecasted|guidance|outlook|revisions?|projections?|prévisions?|prévu|objectifs?|révisions?)(?!\p{L})/iu;

/** A year written in the sentence: the year the forecast is for. */
const YEAR = /(?<![\p{L}\p{N}])(20\d\d)(?![\p{L}\p{N}])/u;

/**
 * A year's spending dated by a single month in a sentence about a forecast ("raised its 2025 capex
 * forecast to $91 billion, following $75 billion in February", "après 75 milliards en février"): the
 * month is when the earlier forecast was given, and the figure is that forecast of the year's spending.
 */
export function reviseForecastMonth(r: DocumentReading, s: SentenceReading, f: FigureReading): void {
  const { candidate, rules } = f;
  if (candidate.metric !== "capex") return;
  const period = candidate.period;
  if (!period || "asOf" in period || !period.start || !period.end) return;
  if (period.start.slice(0, 7) !== period.end.slice(0, 7)) return;
  const sentence = r.text.slice(s.sentence.start, s.sentence.end);
  if (!FORECAST_WORD.test(sentence)) return;
  const year = YEAR.exec(sentence)?.[1] ?? period.start.slice(0, 4);
  candidate.period = { start: `${year}-01-01`, end: `${year}-12-31` };
  if (candidate.qualifier === "reported") candidate.qualifier = "target";
  rules.push(
    `period: a year's spending dated by the month of an earlier forecast → the year ${year}, target`,
  );
}
