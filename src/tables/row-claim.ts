import {
  type Claim,
  type ClaimValue,
  FLOW_METRICS,
  isMetric,
  isQualifier,
  isRealIsoDate,
  type Metric,
  type Period,
  type Qualifier,
  unitProblem,
} from "../core/index.js";
import type { ColumnField, TableMapping } from "./mapping.js";
import { tableMessages } from "./messages.js";
import type { TableRow } from "./rows.js";

/**
 * One table row to one claim: each field from its column (words mapped to the vocabulary) or the
 * mapping's constant. A flow without a period column covers the calendar year of its date; a
 * level is as of its date (the figure's date, else the date it was reported), as CLAIMS.md §5 has it.
 */

export type RowOutcome = { ok: true; claim: Claim } | { ok: false; error: string };

class CellError extends Error {
  constructor(
    readonly column: string,
    why: string,
  ) {
    super(why);
  }
}

export function rowClaim(row: TableRow, mapping: TableMapping, file: string, quote: string): RowOutcome {
  const read = (field: ColumnField): string | undefined => {
    const column = mapping.columns[field];
    if (column !== undefined) return row.cells[column] || undefined;
    const constant = (mapping.constants as Record<string, unknown>)[field];
    return constant === undefined ? undefined : String(constant);
  };
  const need = (field: ColumnField): string => {
    const value = read(field);
    if (value !== undefined) return value;
    const column = mapping.columns[field];
    if (column !== undefined) throw new CellError(column, tableMessages.empty());
    throw new Error(tableMessages.missingField(file, row.line, field));
  };
  const fail = (field: ColumnField, why: string) => new CellError(mapping.columns[field] ?? field, why);
  try {
    const metricText = need("metric");
    const metric = mapping.metrics[metricText] ?? metricText;
    if (!isMetric(metric)) throw fail("metric", tableMessages.notAMetric(metricText));
    const unitText = need("unit");
    const unit = mapping.units[unitText] ?? { unit: unitText, scale: 1 };
    const unitIssue = unitProblem(metric, unit.unit);
    if (unitIssue) throw fail("unit", unitIssue);
    const valueText = need("value");
    const parsed = parseValue(valueText);
    if (!parsed) throw fail("value", tableMessages.notANumber(valueText));
    const qualifier = read("qualifier") ?? "reported";
    if (!isQualifier(qualifier)) throw fail("qualifier", tableMessages.notAQualifier(qualifier));
    const dates = rowDates(read, fail, mapping);
    const confidence = rowConfidence(read("confidence"), mapping, fail);
    const source = read("source");
    return {
      ok: true,
      claim: {
        entity: need("entity"),
        counterparty: read("counterparty") ?? null,
        metric,
        value: scaled(parsed, unit.scale * mapping.scale),
        unit: unit.unit,
        period: rowPeriod(read("period"), metric, dates, fail),
        qualifier: qualifier as Qualifier,
        attribution: source ?? mapping.outlet,
        item: read("item") ?? null,
        span: row.span,
        quote,
        document: file,
        ...(confidence === undefined ? {} : { confidence }),
        explanation: rowExplanation(row.line, dates),
      },
    };
  } catch (error) {
    if (error instanceof CellError)
      return { ok: false, error: tableMessages.badCell(file, row.line, error.column, error.message) };
    return { ok: false, error: (error as Error).message };
  }
}

interface RowDates {
  asOf: string | null;
  reported: string | null;
}

type Fail = (field: ColumnField, why: string) => CellError;

function rowDates(
  read: (field: ColumnField) => string | undefined,
  fail: Fail,
  mapping: TableMapping,
): RowDates {
  const date = (field: ColumnField): string | null => {
    const text = read(field);
    if (text === undefined) return null;
    const day = text.slice(0, 10);
    if (!/^\d{4}(-\d{2}(-\d{2})?)?$/.test(day) || !isRealIsoDate(day))
      throw fail(field, tableMessages.notADate(text));
    return day;
  };
  const dates: RowDates = { asOf: date("asOf"), reported: date("reported") };
  const shared = date("date");
  if (shared !== null) {
    const kindText = read("dateKind") ?? "";
    const kind = mapping.dateKinds[kindText];
    if (!kind) throw fail("dateKind", tableMessages.notADateKind(kindText, Object.keys(mapping.dateKinds)));
    dates[kind] = shared;
  }
  return dates;
}

function rowPeriod(text: string | undefined, metric: Metric, dates: RowDates, fail: Fail): Period | null {
  const flow = FLOW_METRICS.has(metric);
  if (text !== undefined) {
    const period = parsePeriod(text, flow);
    if (!period) throw fail("period", tableMessages.notAPeriod(text));
    return period;
  }
  const date = dates.asOf ?? dates.reported;
  if (date === null) return null;
  return flow ? yearOf(date.slice(0, 4)) : { asOf: date };
}

function yearOf(year: string): Period {
  return { start: `${year}-01-01`, end: `${year}-12-31` };
}

const QUARTER_ENDS = ["03-31", "06-30", "09-30", "12-31"];

/** "2025", "2025-Q3", "2025-H1", "2025-01-01..2025-06-30", or a date (a level's as-of). */
export function parsePeriod(text: string, flow: boolean): Period | null {
  const quarter = /^(\d{4})-?([QH])([1-4])$/i.exec(text);
  if (quarter) {
    const half = quarter[2]!.toUpperCase() === "H";
    const n = Number(quarter[3]);
    if (half && n > 2) return null;
    const months = half ? 6 : 3;
    const startMonth = String((n - 1) * months + 1).padStart(2, "0");
    return {
      start: `${quarter[1]}-${startMonth}-01`,
      end: `${quarter[1]}-${QUARTER_ENDS[(n * months) / 3 - 1]}`,
    };
  }
  const range = /^(\S+)\s*\.\.\s*(\S+)$/.exec(text);
  if (range) {
    const [start, end] = [range[1]!, range[2]!];
    if (!isRealIsoDate(start) || !isRealIsoDate(end) || start > end) return null;
    return { start, end };
  }
  if (!/^\d{4}(-\d{2}(-\d{2})?)?$/.test(text) || !isRealIsoDate(text)) return null;
  if (!flow) return { asOf: text };
  return text.length === 4 ? yearOf(text) : null;
}

function rowConfidence(text: string | undefined, mapping: TableMapping, fail: Fail): number | undefined {
  if (text === undefined) return undefined;
  const word = mapping.confidence[text];
  if (word !== undefined) return word;
  const number = Number(text);
  if (text.trim() === "" || !(number >= 0 && number <= 1))
    throw fail("confidence", tableMessages.notAConfidence(text));
  return number;
}

/** "13", "1,300", "~13", ">13", "13+", "<13", "10-12", "10–12", "45%" (a fraction); null when none fits. */
export function parseValue(text: string): ClaimValue | null {
  const compact = text.replace(/[\s\u00a0\u202f]/g, "").replace(/,(?=\d{3}(\D|$))/g, "");
  const percent = compact.endsWith("%");
  const body = percent ? compact.slice(0, -1) : compact;
  const factor = percent ? 0.01 : 1;
  const number = (s: string) => (/^-?\d+(\.\d+)?([eE][-+]?\d+)?$/.test(s) ? Number(s) * factor : null);
  const range = body.split(/(?<=\d)(?:[-–—]|\.\.)(?=\d)/);
  if (range.length === 2) {
    const [low, high] = [number(range[0]!), number(range[1]!)];
    return low !== null && high !== null && low < high ? { low, high, bound: "range" } : null;
  }
  const bounded = /^(~|≈|>=|≥|>|<=|≤|<)?(.+?)(\+)?$/.exec(body);
  if (!bounded) return null;
  const value = number(bounded[2]!);
  if (value === null) return null;
  const sign = bounded[1] ?? (bounded[3] ? ">" : "");
  if (sign === "~" || sign === "≈") return { low: value, high: value, bound: "approx" };
  if (sign.startsWith(">") || sign === "≥") return { low: value, high: null, bound: "at_least" };
  if (sign.startsWith("<") || sign === "≤") return { low: null, high: value, bound: "at_most" };
  return { low: value, high: value, bound: "exact" };
}

function scaled(value: ClaimValue, factor: number): ClaimValue {
  const by = (end: number | null) => (end === null ? null : Number((end * factor).toPrecision(15)));
  return { ...value, low: by(value.low), high: by(value.high) };
}

function rowExplanation(line: number, dates: RowDates): string {
  const parts = [`table row, line ${line}`];
  if (dates.asOf) parts.push(`figure dated ${dates.asOf}`);
  if (dates.reported) parts.push(`reported ${dates.reported}`);
  return parts.join("; ");
}
