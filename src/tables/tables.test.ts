import assert from "node:assert/strict";
import { test } from "node:test";
import { parseMapping, parsePeriod, parseValue, planSnapshot, readSnapshotTable } from "./index.js";

test("values: numbers, thousands, bounds, ranges and percentages; words refused", () => {
  assert.deepEqual(parseValue("13.5"), { low: 13.5, high: 13.5, bound: "exact" });
  assert.deepEqual(parseValue("1,300"), { low: 1300, high: 1300, bound: "exact" });
  assert.deepEqual(parseValue("~13"), { low: 13, high: 13, bound: "approx" });
  assert.deepEqual(parseValue(">5"), { low: 5, high: null, bound: "at_least" });
  assert.deepEqual(parseValue("5+"), { low: 5, high: null, bound: "at_least" });
  assert.deepEqual(parseValue("<2"), { low: null, high: 2, bound: "at_most" });
  assert.deepEqual(parseValue("100–1000"), { low: 100, high: 1000, bound: "range" });
  assert.deepEqual(parseValue("45%"), { low: 0.45, high: 0.45, bound: "exact" });
  assert.equal(parseValue("12-10"), null);
  assert.equal(parseValue("about ten"), null);
  assert.equal(parseValue(""), null);
});

test("periods: years, quarters, halves, ranges; a level's date is its as-of", () => {
  assert.deepEqual(parsePeriod("2025", true), { start: "2025-01-01", end: "2025-12-31" });
  assert.deepEqual(parsePeriod("2025-Q3", true), { start: "2025-07-01", end: "2025-09-30" });
  assert.deepEqual(parsePeriod("2025-H2", true), { start: "2025-07-01", end: "2025-12-31" });
  assert.deepEqual(parsePeriod("2025-01-01..2025-06-30", true), { start: "2025-01-01", end: "2025-06-30" });
  assert.deepEqual(parsePeriod("2025-08", false), { asOf: "2025-08" });
  assert.equal(parsePeriod("2025-H3", true), null);
  assert.equal(parsePeriod("2025-08", true), null);
  assert.equal(parsePeriod("2025-02-30", false), null);
});

const MAPPING = `
title: Test table
columns: {entity: Company, metric: Metric, value: Value, date: Date, dateKind: Kind, item: Item}
constants: {unit: USD}
dateKinds: {As of: asOf, Reported: reported}
metrics: {Revenue: revenue, Valuation: valuation}
scale: 1.0e9
`;

test("a snapshot's rows are planned against the earlier figures: new, revised or unchanged", () => {
  const mapping = parseMapping(MAPPING, "m.yaml");
  assert.ok(mapping.ok);
  const read = (csv: string) => {
    const table = readSnapshotTable(csv, mapping.value, "t.csv");
    assert.ok(table.ok, table.ok ? "" : table.errors.join("\n"));
    return table.value.rows;
  };
  const before = read(
    "Company,Metric,Value,Date,Kind,Item\r\nA,Revenue,2,2024,As of,\r\nA,Valuation,10,2025-03,Reported,\r\n",
  );
  assert.deepEqual(
    before.map((r) => [r.line, r.claim.period, r.claim.value.low]),
    [
      [2, { start: "2024-01-01", end: "2024-12-31" }, 2e9],
      [3, { asOf: "2025-03" }, 1e10],
    ],
  );
  const after = read(
    'Company,Metric,Value,Date,Kind,Item\nA,Revenue,2.5,2024,As of,\n\nA,Valuation,10,2025-03,Reported,\n"B",Valuation,"1,000",2025-03,As of,"post-money"\n',
  );
  assert.deepEqual(
    after.map((r) => r.line),
    [2, 4, 5],
  );
  const plan = planSnapshot(
    after,
    before.map((r) => r.claim),
  );
  assert.deepEqual(
    [plan.added, plan.revised, plan.unchanged].map((rows) => rows.map((r) => r.line)),
    [[5], [2], [4]],
  );
  assert.equal(after[2]!.claim.quote, '"B",Valuation,"1,000",2025-03,As of,"post-money"');
});

test("duplicates and unknown words are errors naming the line and the column", () => {
  const mapping = parseMapping(MAPPING, "m.yaml");
  assert.ok(mapping.ok);
  const table = readSnapshotTable(
    "Company,Metric,Value,Date,Kind,Item\nA,Revenue,2,2024,As of,\nA,Revenue,3,2024,As of,\nA,Profit,1,2024,As of,\nA,Revenue,1,2024,Later,\n",
    mapping.value,
    "t.csv",
  );
  assert.ok(!table.ok);
  assert.deepEqual(table.errors, [
    "t.csv:3: the same figure as line 2 (entity, counterparty, metric, item, period and qualifier alike); map a column to item to tell them apart",
    "t.csv:4: column 'Metric': 'Profit' is not a metric of CLAIMS.md §2; map it to one under the mapping's metrics:",
    "t.csv:5: column 'Kind': 'Later' is not a date kind of the mapping's dateKinds: As of, Reported",
  ]);
  const bad = parseMapping(
    "title: T\ncolumns: {entity: A, value: B}\nconstants: {metric: profit}\n",
    "m.yaml",
  );
  assert.deepEqual(bad, { ok: false, error: "m.yaml: constants.metric: not a metric of CLAIMS.md §2" });
});
