import type { TopLevelSpec } from "vega-lite";
import { formatAmount } from "../../core/index.js";
import type { ChartOptions, CommitmentKind, CommitmentsInput } from "../inputs.js";
import { labelsFor } from "../labels.js";
import { chartFrame, valueAxis } from "./common.js";

const PALETTE = [
  "#1f77b4",
  "#ff7f0e",
  "#2ca02c",
  "#d62728",
  "#9467bd",
  "#8c564b",
  "#e377c2",
  "#7f7f7f",
  "#bcbd22",
  "#17becf",
];

/**
 * Committed and targeted compute by counterparty and year: for each year a bar of commitments and
 * a bar of targets side by side, each stacked by counterparty. Rows for one (counterparty, year,
 * kind) are summed first, so one stacked segment is one row.
 */
export function buildCommitmentsSpec(input: CommitmentsInput, options: ChartOptions): TopLevelSpec {
  const { lang } = options;
  const l = labelsFor(lang);
  const kindLabel = (kind: CommitmentKind) => (kind === "committed" ? l.committed : l.targeted);
  const sums = new Map<
    string,
    { counterparty: string; year: number; kind: CommitmentKind; amount: number }
  >();
  for (const row of input.rows) {
    const key = JSON.stringify([row.counterparty, row.year, row.kind]);
    const sum = sums.get(key);
    if (sum) sum.amount += row.amount;
    else
      sums.set(key, { counterparty: row.counterparty, year: row.year, kind: row.kind, amount: row.amount });
  }
  const rows = [...sums.values()]
    .sort(
      (a, b) =>
        a.year - b.year || a.kind.localeCompare(b.kind) || a.counterparty.localeCompare(b.counterparty),
    )
    .map((row) => ({
      counterparty: row.counterparty,
      year: String(row.year),
      kind: kindLabel(row.kind),
      amount: row.amount,
      tip: `${row.counterparty} · ${row.year} · ${kindLabel(row.kind)}: ${formatAmount(row.amount, input.unit, { language: lang })}`,
    }));
  const counterparties = [...new Set(rows.map((row) => row.counterparty))].sort();
  const notDrawn = (input.cumulative ?? []).map(
    (c) =>
      `${l.notDrawnAsYear}: ${c.counterparty} ${formatAmount(c.amount, input.unit, { language: lang })} (${c.periodLabel}, ${kindLabel(c.kind)})`,
  );
  const title =
    notDrawn.length === 0
      ? options.title
      : { text: options.title ?? "", subtitle: notDrawn, subtitleFontStyle: "italic", anchor: "start" };
  return {
    ...chartFrame(options, title),
    data: { values: rows },
    mark: { type: "bar", stroke: "white", strokeWidth: 0.5 },
    name: "commitments",
    encoding: {
      x: { field: "year", type: "ordinal", axis: { title: l.year, labelAngle: 0 } },
      xOffset: { field: "kind", type: "nominal", scale: { domain: [l.committed, l.targeted] } },
      y: {
        field: "amount",
        type: "quantitative",
        aggregate: "sum",
        axis: valueAxis(`${input.entity} · ${l.amount}`, input.unit, lang),
      },
      color: {
        field: "counterparty",
        type: "nominal",
        scale: { domain: counterparties, range: counterparties.map((_, i) => PALETTE[i % PALETTE.length]!) },
        legend: { title: l.counterparty },
      },
      opacity: {
        field: "kind",
        type: "ordinal",
        scale: { domain: [l.committed, l.targeted], range: [1, 0.5] },
        legend: { title: l.kind },
      },
      order: { field: "counterparty" },
      tooltip: { field: "tip" },
      description: { field: "tip" },
    },
  } as TopLevelSpec;
}
