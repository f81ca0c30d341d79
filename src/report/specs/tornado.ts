import type { TopLevelSpec } from "vega-lite";
import { formatAmount } from "../../core/index.js";
import type { ChartOptions, TornadoInput } from "../inputs.js";
import { labelsFor } from "../labels.js";
import { COLORS, chartConfig, DEFAULT_WIDTH, SCHEMA, valueAxis } from "./common.js";

/** A rank correlation this far from 0 means the input matters even when its p10–p90 swing is nil. */
const NOTABLE_RANK_CORRELATION = 0.05;

/** No swing at p10 and p90 (within a millionth of the base) beside a rank correlation that is not nil. */
function isQuietButCorrelated(row: TornadoInput["rows"][number]): boolean {
  const scale = Math.max(Math.abs(row.low), Math.abs(row.high), 1);
  return (
    Math.abs(row.high - row.low) <= scale * 1e-6 &&
    row.rankCorrelation !== undefined &&
    Math.abs(row.rankCorrelation) >= NOTABLE_RANK_CORRELATION
  );
}

function formatRank(value: number, lang: ChartOptions["lang"]): string {
  const text = value.toFixed(2).replace("-", "−");
  return lang === "fr" ? text.replace(".", ",") : text;
}

/**
 * A tornado: for each input, a bar from the base median to the target's median with the input at
 * its low end, and one to its value with the input at its high end; widest swing on top. An input
 * with no swing but a rank correlation gets a note saying why its bar is empty.
 */
export function buildTornadoSpec(input: TornadoInput, options: ChartOptions): TopLevelSpec {
  const { lang } = options;
  const l = labelsFor(lang);
  const f = (v: number) => formatAmount(v, input.unit, { language: lang });
  const ordered = [...input.rows].sort(
    (a, b) => Math.abs(b.high - b.low) - Math.abs(a.high - a.low) || a.input.localeCompare(b.input),
  );
  const names = ordered.map((row) => row.label ?? row.input);
  const bars = ordered.flatMap((row) => {
    const name = row.label ?? row.input;
    return [
      {
        input: name,
        side: l.inputLow,
        base: input.base,
        value: row.low,
        tip: `${name}: ${l.inputLow} → ${f(row.low)} (${l.median_of} ${input.target}: ${f(input.base)})`,
      },
      {
        input: name,
        side: l.inputHigh,
        base: input.base,
        value: row.high,
        tip: `${name}: ${l.inputHigh} → ${f(row.high)} (${l.median_of} ${input.target}: ${f(input.base)})`,
      },
    ];
  });
  const notes = ordered.filter(isQuietButCorrelated).map((row) => ({
    input: row.label ?? row.input,
    base: input.base,
    note: l.noSwing(formatRank(row.rankCorrelation!, lang)),
  }));
  return {
    $schema: SCHEMA,
    ...(options.title === undefined ? {} : { title: options.title }),
    width: options.width ?? DEFAULT_WIDTH,
    height: { step: 26 },
    config: chartConfig(lang),
    data: { values: bars },
    layer: [
      {
        name: "swings",
        mark: { type: "bar", height: { band: 0.7 } },
        encoding: {
          y: { field: "input", type: "nominal", sort: names, axis: { title: l.input, labelLimit: 220 } },
          x: {
            field: "base",
            type: "quantitative",
            axis: valueAxis(input.target, input.unit, lang),
            scale: { zero: false },
          },
          x2: { field: "value" },
          color: {
            field: "side",
            type: "nominal",
            scale: { domain: [l.inputLow, l.inputHigh], range: [COLORS.low, COLORS.high] },
            legend: { title: null, labelLimit: 400 },
          },
          tooltip: { field: "tip" },
          description: { field: "tip" },
        },
      },
      ...(notes.length === 0
        ? []
        : [
            {
              name: "no-swing-notes",
              data: { values: notes },
              mark: { type: "text", align: "left", dx: 6, fontSize: 11, fontStyle: "italic", color: "#444" },
              encoding: {
                y: { field: "input", type: "nominal", sort: names },
                x: { field: "base", type: "quantitative" },
                text: { field: "note" },
                tooltip: { field: "note" },
                description: { field: "note" },
              },
            },
          ]),
      {
        name: "base",
        data: { values: [{ base: input.base }] },
        mark: { type: "rule", color: "#222", strokeWidth: 1.5, aria: false },
        encoding: { x: { field: "base", type: "quantitative" } },
      },
    ],
  } as TopLevelSpec;
}
