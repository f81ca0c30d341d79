import type { TopLevelSpec } from "vega-lite";
import { formatAmount } from "../../core/index.js";
import { formatProbability } from "../format.js";
import type { ChartOptions, HistogramBin, HistogramInput } from "../inputs.js";
import { labelsFor } from "../labels.js";
import { COLORS, chartFrame, valueAxis } from "./common.js";

/**
 * Bins samples so that `threshold` falls on a bin edge (a bar is wholly below or wholly above it).
 * Pure; non-finite samples are skipped.
 */
export function binSamples(
  values: ArrayLike<number>,
  options: { bins?: number; threshold?: number } = {},
): HistogramBin[] {
  const threshold = options.threshold ?? 0;
  const count = Math.max(1, Math.floor(options.bins ?? 40));
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (!Number.isFinite(v)) continue;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  if (min > max) return [];
  if (min === max) return [{ x0: min, x1: min, count: values.length }];
  const width = (max - min) / count;
  const start = threshold - Math.ceil((threshold - min) / width) * width;
  const total = Math.ceil((max - start) / width) + 1;
  const counts = new Array<number>(total).fill(0);
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (!Number.isFinite(v)) continue;
    const index = Math.min(total - 1, Math.floor((v - start) / width));
    counts[index] = (counts[index] ?? 0) + 1;
  }
  let last = total;
  while (last > 1 && counts[last - 1] === 0) last--;
  return counts
    .slice(0, last)
    .map((n, i) => ({ x0: start + i * width, x1: start + (i + 1) * width, count: n }));
}

/** A histogram of one output in one period, the bars below the threshold in the event colour, P(< threshold) annotated. */
export function buildEventHistogramSpec(input: HistogramInput, options: ChartOptions): TopLevelSpec {
  const { lang } = options;
  const l = labelsFor(lang);
  const threshold = input.threshold ?? 0;
  const f = (v: number) => formatAmount(v, input.unit, { language: lang });
  const bars = input.bins.map((bin) => {
    const below = bin.x1 <= threshold;
    return {
      x0: bin.x0,
      x1: bin.x1,
      count: bin.count,
      side: below ? l.belowThreshold : l.aboveThreshold,
      tip: `${f(bin.x0)} – ${f(bin.x1)}: ${bin.count}`,
    };
  });
  const annotation = l.probabilityBelow(f(threshold), formatProbability(input.probabilityBelow, lang));
  const label = `${input.label ?? input.output}${input.period === null ? "" : ` ${input.period}`}`;
  return {
    ...chartFrame(options),
    layer: [
      {
        name: "bins",
        data: { values: bars },
        mark: { type: "bar", stroke: "white", strokeWidth: 0.5 },
        encoding: {
          x: {
            field: "x0",
            bin: "binned",
            type: "quantitative",
            axis: valueAxis(label, input.unit, lang),
            scale: { zero: false },
          },
          x2: { field: "x1" },
          y: { field: "count", type: "quantitative", axis: { title: l.count } },
          color: {
            field: "side",
            type: "nominal",
            scale: { domain: [l.belowThreshold, l.aboveThreshold], range: [COLORS.event, COLORS.neutral] },
            legend: null,
          },
          tooltip: { field: "tip" },
          description: { field: "tip" },
        },
      },
      {
        name: "threshold",
        data: { values: [{ threshold }] },
        mark: { type: "rule", color: COLORS.event, strokeDash: [5, 3], strokeWidth: 1.5, aria: false },
        encoding: { x: { field: "threshold", type: "quantitative" } },
      },
      {
        name: "annotation",
        data: { values: [{ text: annotation }] },
        mark: {
          type: "text",
          align: "left",
          baseline: "top",
          dx: 6,
          dy: 6,
          fontSize: 13,
          fontWeight: "bold",
          color: COLORS.event,
        },
        encoding: { x: { value: 0 }, y: { value: 0 }, text: { field: "text" } },
      },
    ],
  } as TopLevelSpec;
}
