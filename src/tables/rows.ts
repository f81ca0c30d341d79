import { parse as parseCsv } from "csv-parse/sync";
import { err, ok, type Result, type Span } from "../core/index.js";
import { tableMessages } from "./messages.js";

/** A CSV row: its cells by header name, its line (1 is the header) and where it stands in the text. */
export interface TableRow {
  line: number;
  span: Span;
  cells: Record<string, string>;
}

export interface Table {
  header: string[];
  rows: TableRow[];
}

/** Line endings made \n, a leading byte-order mark dropped: the text claims point into. */
export function normaliseTableText(text: string): string {
  return text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
}

interface ParsedRecord {
  record: string[];
  raw: string;
}

/** Reads normalised CSV text: a header row, then rows; each row's span is its text without line breaks around it. */
export function readTable(text: string, file: string): Result<Table, string> {
  let records: ParsedRecord[];
  try {
    records = parseCsv(text, { raw: true, skip_empty_lines: true }) as unknown as ParsedRecord[];
  } catch (error) {
    const line = (error as { lines?: number }).lines ?? 1;
    return err(
      tableMessages.unreadableTable(file, line, (error as Error).message.replace(/ on line \d+$/, "")),
    );
  }
  const [head, ...body] = records;
  if (!head) return err(tableMessages.emptyTable(file));
  const header = head.record.map((name) => name.trim());
  let offset = head.raw.length;
  let line = 1 + newlines(head.raw);
  const rows: TableRow[] = [];
  for (const { record, raw } of body) {
    const leading = raw.length - raw.replace(/^\n+/, "").length;
    const trailing = raw.length - raw.replace(/\n+$/, "").length;
    const start = offset + leading;
    const end = offset + raw.length - trailing;
    offset += raw.length;
    line += newlines(raw.slice(0, leading));
    const rowLine = line;
    line += newlines(raw.slice(leading));
    const cells: Record<string, string> = {};
    header.forEach((name, i) => {
      cells[name] = (record[i] ?? "").trim();
    });
    rows.push({ line: rowLine, span: { start, end }, cells });
  }
  return ok({ header, rows });
}

function newlines(text: string): number {
  let count = 0;
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) count++;
  return count;
}
