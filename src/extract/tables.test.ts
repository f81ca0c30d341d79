import assert from "node:assert/strict";
import { test } from "node:test";
import { findTables, tablePlaceAt } from "./tables.js";

const TEXT = [
  "The 2025 capex scoreboard",
  "",
  "Taken together, the four plan to spend heavily on data centres this year.",
  "",
  "| Company | 2025 plan | Last reported |",
  "|---|---|---|",
  "| Microsoft | $80 billion | $22.6 billion in the December quarter |",
  "| Meta | $60 billion to $65 billion | $39.2 billion in 2024 |",
  "",
  "A closing paragraph with | a pipe | inside it.",
].join("\n");

const slice = (c: { start: number; end: number } | null) => (c ? TEXT.slice(c.start, c.end) : null);

test("a Markdown or HTML table written between pipes: header, rows, cells and the paragraph before", () => {
  const [table, ...more] = findTables(TEXT);
  assert.ok(table);
  assert.equal(more.length, 0);
  assert.deepEqual(
    table.header.cells.map((c) => slice(c)),
    ["Company", "2025 plan", "Last reported"],
  );
  assert.deepEqual(
    table.rows.map((r) => slice(r.cells[0]!)),
    ["Microsoft", "Meta"],
  );
  assert.equal(
    slice(table.lead),
    "Taken together, the four plan to spend heavily on data centres this year.",
  );
});

test("a figure's place: its column's header and its row's label; outside a table, none", () => {
  const tables = findTables(TEXT);
  const at = TEXT.indexOf("$60 billion");
  const place = tablePlaceAt(tables, at);
  assert.ok(place);
  assert.equal(slice(place.header), "2025 plan");
  assert.equal(slice(place.label), "Meta");
  assert.equal(place.column, 1);
  assert.equal(slice(tablePlaceAt(tables, TEXT.indexOf("$39.2"))?.header ?? null), "Last reported");
  assert.equal(tablePlaceAt(tables, TEXT.indexOf("closing")), null);
  assert.equal(tablePlaceAt(tables, TEXT.indexOf("Microsoft")), null, "the label cell holds no figure");
});

test("one pipe line alone, or inner-pipe lines with no figure below the first, are no table", () => {
  assert.deepEqual(findTables("| just one | row |\n\nText after."), []);
  assert.deepEqual(findTables("a | b | c\nd | e | f"), []);
  assert.deepEqual(findTables(""), []);
});

const cellsOf = (text: string, r: { cells: { start: number; end: number }[] }) =>
  r.cells.map((c) => text.slice(c.start, c.end));

test("rows split by inner pipes, with no pipe at either end, make a table when each row below holds a figure", () => {
  const text = "Capex by company\nCompany | 2024 | 2025\nMicrosoft | 55.7 | 88.2\nMeta | 39.2 | 72.2\n";
  const [table, ...more] = findTables(text);
  assert.ok(table);
  assert.equal(more.length, 0);
  assert.deepEqual(cellsOf(text, table.header), ["Company", "2024", "2025"]);
  assert.deepEqual(
    table.rows.map((r) => cellsOf(text, r)),
    [
      ["Microsoft", "55.7", "88.2"],
      ["Meta", "39.2", "72.2"],
    ],
  );
  assert.equal(text.slice(table.lead!.start, table.lead!.end), "Capex by company");
});

test("rows aligned by tabs or runs of spaces make a table; a header of years heads its columns", () => {
  const text = [
    "Spending (in $bn)",
    "",
    "Company    2024    2025",
    "Microsoft  55.7    88.2",
    "Meta\t39.2\t72.2",
  ].join("\n");
  const [table] = findTables(text);
  assert.ok(table);
  assert.deepEqual(cellsOf(text, table.header), ["Company", "2024", "2025"]);
  assert.deepEqual(
    table.rows.map((r) => cellsOf(text, r)),
    [
      ["Microsoft", "55.7", "88.2"],
      ["Meta", "39.2", "72.2"],
    ],
  );
  const place = tablePlaceAt([table], text.indexOf("72.2"));
  assert.equal(text.slice(place!.header!.start, place!.header!.end), "2025");
  // A header whose corner is blank: the first cell is empty.
  const blank = "        2024    2025\nMeta    39.2    72.2";
  assert.deepEqual(cellsOf(blank, findTables(blank)[0]!.header), ["", "2024", "2025"]);
});

test("aligned lines that disagree in width, hold no figure, or are two sentences are no table", () => {
  assert.deepEqual(findTables("Company    2024    2025\nMicrosoft  55.7"), []);
  assert.deepEqual(findTables("Alpha    Beta\nGamma    Delta"), []);
  assert.deepEqual(
    findTables(
      "The company raised money again.  It then spent $5 billion.\nThe round was led by investors.  It closed in 2025.",
    ),
    [],
  );
});

test("a table's lines cost one pass: a long run of rows is read whole", () => {
  const rows = Array.from({ length: 5000 }, (_, k) => `| Company ${k} | $${k} billion |`);
  const [table] = findTables(["| Company | Capex |", ...rows].join("\n"));
  assert.equal(table?.rows.length, 5000);
});

test("a plain-text table of labels, dotted leaders and values, with or without a header", () => {
  const text = [
    "Who paid:",
    "",
    "Backer .............. Amount",
    "Thrive .............. $1 billion",
    "Nvidia . . . . . . . $100 million",
    "",
    "Microsoft ........... 13 Md$",
    "Google .............. 2 Md$",
  ].join("\n");
  const [withHeader, withoutHeader, ...more] = findTables(text);
  assert.ok(withHeader && withoutHeader);
  assert.equal(more.length, 0);
  const cells = (r: { cells: { start: number; end: number }[] }) =>
    r.cells.map((c) => text.slice(c.start, c.end));
  assert.deepEqual(cells(withHeader.header), ["Backer", "Amount"]);
  assert.deepEqual(withHeader.rows.map(cells), [
    ["Thrive", "$1 billion"],
    ["Nvidia", "$100 million"],
  ]);
  assert.deepEqual(withoutHeader.header.cells, []);
  assert.deepEqual(withoutHeader.rows.map(cells), [
    ["Microsoft", "13 Md$"],
    ["Google", "2 Md$"],
  ]);
  assert.equal(findTables("Wait... and then... nothing.\nA line.").length, 0);
});
