/**
 * Tables as the document readers write them, one row a line between pipes
 * ("| Company | 2025 plan |"), whether the source was Markdown or HTML; rows whose cells are split by
 * pipes with no pipe at either end ("Company | 2024 | 2025"), or aligned by tabs or runs of spaces
 * ("Microsoft    55.7    88.2"), as text copied from a spreadsheet or a PDF is; and plain-text
 * tables of a label, a leader of dots and a value ("Microsoft ........ $750 million"). A figure in a
 * cell takes what its column's header and its row's first cell say: the metric, the period, the company.
 */

export interface TableCell {
  /** The cell's text without its padding, as offsets into the analysed text. */
  start: number;
  end: number;
}

export interface TableRow {
  start: number;
  end: number;
  cells: TableCell[];
  /**
   * How the line was split: between pipes (fenced), by inner pipes only, by tabs or runs of spaces
   * (aligned), or by a leader of dots. Rows of one table are split one way.
   */
  kind?: "fenced" | "inner" | "aligned" | "leader";
}

export interface Table {
  start: number;
  end: number;
  header: TableRow;
  rows: TableRow[];
  /** The paragraph just before the table, which often says what its figures are. */
  lead: TableCell | null;
}

/** Where a figure sits in a table. */
export interface TablePlace {
  table: Table;
  row: TableRow;
  column: number;
  /** The header cell over the figure's column, when the header has one. */
  header: TableCell | null;
  /** The row's first cell, which names what the row is about. */
  label: TableCell;
}

const SEPARATOR_CELL = /^:?-{2,}:?$/;
const LEAD_CHARACTERS = 400;

/** The cells of a line written `| a | b |`, or null when the line is not a table row. */
function rowAt(text: string, start: number, end: number): TableRow | null {
  let first = start;
  while (first < end && (text[first] === " " || text[first] === "\t")) first++;
  let last = end;
  while (last > first && (text[last - 1] === " " || text[last - 1] === "\t")) last--;
  if (last - first < 3 || text[first] !== "|" || text[last - 1] !== "|") return null;
  const cells: TableCell[] = [];
  let cellStart = first + 1;
  for (let i = first + 1; i < last; i++) {
    if (text[i] !== "|") continue;
    let a = cellStart;
    let b = i;
    while (a < b && /\s/u.test(text[a]!)) a++;
    while (b > a && /\s/u.test(text[b - 1]!)) b--;
    cells.push({ start: a, end: b });
    cellStart = i + 1;
  }
  return cells.length >= 2 ? { start: first, end: last, cells, kind: "fenced" } : null;
}

/** Cells of an aligned or inner-pipe row are short, not sentences: a label, then figures or headings. */
const MAX_LOOSE_LABEL = 60;
const MAX_LOOSE_CELL = 40;
/** Two sentences on a line with two spaces between them are no row: a cell of four words or more ending a sentence. */
const PROSE_CELL = /^(?:\S+\s+){3,}\S*\p{Ll}[.!?]$/u;

/**
 * The cells of a line split by inner pipes ("Company | 2024 | 2025") or by tabs and runs of two
 * spaces or more ("2024\t55.7\t88.2"), or null. A line indented by such a run has an empty first
 * cell (the corner of a header of years).
 */
function looseRowAt(text: string, start: number, end: number): TableRow | null {
  const line = text.slice(start, end);
  const kind = line.includes("|") ? "inner" : "aligned";
  const splitter = kind === "inner" ? /\s*\|\s*/gu : /\t\s*|[ \u00a0]{2,}\t?/gu;
  const cells: TableCell[] = [];
  let from = 0;
  const push = (a: number, b: number) => {
    while (a < b && /\s/u.test(line[a]!)) a++;
    while (b > a && /\s/u.test(line[b - 1]!)) b--;
    cells.push({ start: start + a, end: start + b });
  };
  for (const m of line.matchAll(splitter)) {
    if (m.index === 0 && kind === "aligned") cells.push({ start, end: start });
    else if (m.index > 0) push(from, m.index);
    from = m.index + m[0].length;
  }
  if (from < line.trimEnd().length) push(from, line.length);
  const filled = cells.filter((c) => c.end > c.start);
  if (filled.length < 2 || cells.slice(1).some((c) => c.end === c.start)) return null;
  if (cells.some((c, k) => c.end - c.start > (k === 0 ? MAX_LOOSE_LABEL : MAX_LOOSE_CELL))) return null;
  if (kind === "aligned" && cells.some((c) => PROSE_CELL.test(text.slice(c.start, c.end)))) return null;
  const first = cells[0]!.end > cells[0]!.start ? cells[0]!.start : start;
  return { start: first, end: cells.at(-1)!.end, cells, kind };
}

/** A leader of dots between a label and its value ("Microsoft ........ $750 million"). */
const LEADER = /\s*(?:\.{4,}|…{2,}|(?:\.\s){3,}\.?)\s*/uy;

/**
 * The two cells of a line written `label ........ value`, or null. Scanned once from its first dot
 * run, so the cost stays linear in the line's length.
 */
function leaderRowAt(text: string, start: number, end: number): TableRow | null {
  let first = start;
  while (first < end && (text[first] === " " || text[first] === "\t")) first++;
  let last = end;
  while (last > first && /\s/u.test(text[last - 1]!)) last--;
  const dots = /\.\s?\./u.exec(text.slice(first, last));
  if (!dots || dots.index === 0) return null;
  let labelEnd = first + dots.index;
  while (labelEnd > first && /\s/u.test(text[labelEnd - 1]!)) labelEnd--;
  LEADER.lastIndex = labelEnd;
  const leader = LEADER.exec(text);
  if (!leader || leader.index + leader[0].length >= last || labelEnd === first) return null;
  const valueStart = leader.index + leader[0].length;
  return {
    start: first,
    end: last,
    cells: [
      { start: first, end: labelEnd },
      { start: valueStart, end: last },
    ],
    kind: "leader",
  };
}

function isSeparator(text: string, row: TableRow): boolean {
  return row.cells.every((c) => SEPARATOR_CELL.test(text.slice(c.start, c.end)));
}

/** The last paragraph before `start` (blank-line separated), trimmed and bounded. */
function leadBefore(text: string, start: number): TableCell | null {
  let end = start;
  while (end > 0 && /\s/u.test(text[end - 1]!)) end--;
  if (end === 0) return null;
  const blank = text.lastIndexOf("\n\n", end - 1);
  let from = Math.max(blank < 0 ? 0 : blank + 2, end - LEAD_CHARACTERS);
  while (from < end && /\s/u.test(text[from]!)) from++;
  if (text[from] === "|") return null;
  return from < end ? { start: from, end } : null;
}

/** A heading of a period rather than a figure: "2025", "FY2026", "Q1 2026", "T3 2025", "2025e", "S1". */
const PERIOD_HEADING = /^(?:(?:FY|CY|Q[1-4]|T[1-4]|H[12]|S[12])\s?)?(?:(?:19|20)\d{2}|'?\d{2})?[eEpP]?$/u;

/** Whether a header cell names a period and nothing else ("2025", "FY2026", "Q1 2026"). */
export function namesPeriodOnly(text: string, cell: TableCell): boolean {
  const words = text.slice(cell.start, cell.end);
  return /\d/u.test(words) && PERIOD_HEADING.test(words);
}

/** A first row that heads its columns: some cell holds no digit, or every figure is a period's name. */
function headsColumns(text: string, row: TableRow): boolean {
  const cells = row.cells.slice(1).map((c) => text.slice(c.start, c.end));
  return cells.some((c) => !/\d/u.test(c)) || cells.every((c) => PERIOD_HEADING.test(c));
}

/**
 * Rows split by inner pipes or alignment make a table only when they agree: as many cells on each
 * line, and a figure on each line below the first.
 */
function isLooseTable(text: string, rows: readonly TableRow[]): boolean {
  const width = rows[rows.length - 1]!.cells.length;
  if (rows.some((r) => r.cells.length !== width)) return false;
  return rows.slice(1).every((r) => r.cells.slice(1).some((c) => /\d/u.test(text.slice(c.start, c.end))));
}

/** Every table of two lines or more in `text`, in order. Linear in the text's length. */
export function findTables(text: string): Table[] {
  const tables: Table[] = [];
  let rows: TableRow[] = [];
  const close = () => {
    const kept = rows.filter((r) => !isSeparator(text, r));
    const kind = kept[0]?.kind;
    if ((kind === "inner" || kind === "aligned") && kept.length >= 2 && !isLooseTable(text, kept))
      kept.length = 0;
    // A plain-text table may start on a row of figures: its header is then empty.
    if (kept.length >= 2 && kind !== "fenced" && !headsColumns(text, kept[0]!))
      kept.unshift({ start: kept[0]!.start, end: kept[0]!.start, cells: [] });
    if (kept.length >= 2) {
      const [header, ...body] = kept as [TableRow, ...TableRow[]];
      tables.push({
        start: header.start,
        end: body[body.length - 1]!.end,
        header,
        rows: body,
        lead: leadBefore(text, header.start),
      });
    }
    rows = [];
  };
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf("\n", lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const row =
      rowAt(text, lineStart, lineEnd) ??
      leaderRowAt(text, lineStart, lineEnd) ??
      looseRowAt(text, lineStart, lineEnd);
    if (row && rows.length > 0 && rows[0]!.kind !== row.kind && !isSeparator(text, row)) close();
    if (row) rows.push(row);
    else close();
    lineStart = lineEnd + 1;
  }
  close();
  return tables;
}

/** The table whose lines (its header included) hold `offset`, or null. */
export function tableAt(tables: readonly Table[], offset: number): Table | null {
  let lo = 0;
  let hi = tables.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const table = tables[mid]!;
    if (offset < table.start) hi = mid - 1;
    else if (offset >= table.end) lo = mid + 1;
    else return table;
  }
  return null;
}

/** The body row (not the header) holding `offset`, with its table. */
export function tableRowAt(tables: readonly Table[], offset: number): { table: Table; row: TableRow } | null {
  const table = tableAt(tables, offset);
  const row = table?.rows.find((r) => r.start <= offset && offset < r.end);
  return table && row ? { table, row } : null;
}

/** The table cell holding `offset`, with its column's header and its row's label. */
export function tablePlaceAt(tables: readonly Table[], offset: number): TablePlace | null {
  const found = tableRowAt(tables, offset);
  if (!found) return null;
  const { table, row } = found;
  const column = row.cells.findIndex((c) => c.start <= offset && offset < Math.max(c.end, c.start + 1));
  if (column <= 0) return null;
  return { table, row, column, header: table.header.cells[column] ?? null, label: row.cells[0]! };
}
