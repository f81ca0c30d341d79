import type { TopLevelSpec } from "vega-lite";
import { formatAmount, formatRange, type Language } from "../../core/index.js";
import type { ChartOptions, ComparisonFanInput, FactPoint, FanInput, QuantileRow } from "../inputs.js";
import { labelsFor, qualifierLabel } from "../labels.js";
import { COLORS, chartFrame, valueAxis, yearAxis } from "./common.js";

/** The tooltip of one fact, also its SVG <title>: value, period, qualifier, source and report date. */
export function factTip(fact: FactPoint, unit: string, lang: Language): string {
  const l = labelsFor(lang);
  const value =
    fact.low !== null && fact.high !== null && fact.low !== fact.high
      ? formatRange(fact.low, fact.high, unit, { language: lang })
      : formatAmount(fact.value, unit, { language: lang });
  const parts = [
    `${value} (${fact.periodLabel})`,
    `${l.qualifier}: ${qualifierLabel(fact.qualifier, lang)}`,
    `${l.source}: ${fact.source}`,
    `${l.reportDate}: ${fact.reported ?? "?"}`,
  ];
  if (fact.attribution) parts.push(`${l.attribution}: ${fact.attribution}`);
  return parts.join(" · ");
}

function quantileTip(row: QuantileRow, unit: string, lang: Language, prefix = ""): string {
  const layout = { language: lang };
  const range = (low: number, high: number) => formatRange(low, high, unit, layout);
  return `${prefix}${row.period}: ${labelsFor(lang).median} ${formatAmount(row.p50, unit, layout)} · p25–p75 ${range(row.p25, row.p75)} · p5–p95 ${range(row.p5, row.p95)}`;
}

/** A fan chart: p5–p95 and p25–p75 bands, the median, and optionally the reported figures. */
export function buildFanSpec(input: FanInput, options: ChartOptions): TopLevelSpec {
  const { lang } = options;
  const l = labelsFor(lang);
  const label = input.label ?? input.output;
  const rows = [...input.rows]
    .sort((a, b) => a.period - b.period)
    .map((row) => ({
      ...row,
      tip: quantileTip(row, input.unit, lang),
    }));
  const facts = (input.facts ?? []).map((fact) => ({
    id: fact.id,
    at: fact.at,
    value: fact.value,
    qualifier: fact.qualifier,
    tip: factTip(fact, input.unit, lang),
  }));
  const domain: string[] = [l.band90, l.band50, l.median];
  const range: string[] = [COLORS.band90, COLORS.band50, COLORS.median];
  if (facts.length > 0) {
    domain.push(l.reported);
    range.push(COLORS.fact);
  }
  const color = { scale: { domain, range }, legend: { title: null } };
  const x = {
    field: "period",
    type: "quantitative" as const,
    axis: yearAxis(l.year),
    scale: { zero: false, nice: false },
  };
  const y = valueAxis(label, input.unit, lang);
  const layers: object[] = [
    {
      name: "band90",
      mark: { type: "area", opacity: 0.9, aria: false },
      encoding: {
        x,
        y: { field: "p5", type: "quantitative", axis: y },
        y2: { field: "p95" },
        color: { datum: l.band90, ...color },
      },
    },
    {
      name: "band50",
      mark: { type: "area", opacity: 0.9, aria: false },
      encoding: {
        x,
        y: { field: "p25", type: "quantitative" },
        y2: { field: "p75" },
        color: { datum: l.band50 },
      },
    },
    {
      name: "median",
      mark: { type: "line", strokeWidth: 2, aria: false },
      encoding: { x, y: { field: "p50", type: "quantitative" }, color: { datum: l.median } },
    },
    {
      name: "periods",
      mark: { type: "point", filled: true, size: 28 },
      encoding: {
        x,
        y: { field: "p50", type: "quantitative" },
        color: { datum: l.median },
        tooltip: { field: "tip" },
        description: { field: "tip" },
      },
    },
  ];
  if (facts.length > 0) {
    layers.push({
      name: "facts",
      data: { values: facts },
      mark: { type: "point", filled: true, shape: "diamond", size: 90, stroke: "white", strokeWidth: 1 },
      encoding: {
        x: { field: "at", type: "quantitative" },
        y: { field: "value", type: "quantitative" },
        color: { datum: l.reported },
        tooltip: { field: "tip" },
        description: { field: "tip" },
      },
    });
  }
  return {
    ...chartFrame(options),
    data: { values: rows },
    layer: layers,
  } as TopLevelSpec;
}

/** Two scenarios' fans on one chart: each scenario's bands and median in its own colour. */
export function buildComparisonFanSpec(input: ComparisonFanInput, options: ChartOptions): TopLevelSpec {
  const { lang } = options;
  const l = labelsFor(lang);
  const label = input.label ?? input.output;
  const rows = [input.a, input.b].flatMap((scenario) =>
    [...scenario.rows]
      .sort((p, q) => p.period - q.period)
      .map((row) => ({
        ...row,
        scenario: scenario.name,
        tip: quantileTip(row, input.unit, lang, `${scenario.name} · `),
      })),
  );
  const color = {
    field: "scenario",
    type: "nominal" as const,
    scale: { domain: [input.a.name, input.b.name], range: [COLORS.scenarioA, COLORS.scenarioB] },
    legend: { title: l.scenario },
  };
  const x = {
    field: "period",
    type: "quantitative" as const,
    axis: yearAxis(l.year),
    scale: { zero: false, nice: false },
  };
  return {
    ...chartFrame(options),
    data: { values: rows },
    layer: [
      {
        name: "band90",
        mark: { type: "area", opacity: 0.18, aria: false },
        encoding: {
          x,
          y: { field: "p5", type: "quantitative", axis: valueAxis(label, input.unit, lang) },
          y2: { field: "p95" },
          color,
        },
      },
      {
        name: "band50",
        mark: { type: "area", opacity: 0.35, aria: false },
        encoding: { x, y: { field: "p25", type: "quantitative" }, y2: { field: "p75" }, color },
      },
      {
        name: "median",
        mark: { type: "line", strokeWidth: 2, aria: false },
        encoding: { x, y: { field: "p50", type: "quantitative" }, color },
      },
      {
        name: "periods",
        mark: { type: "point", filled: true, size: 28 },
        encoding: {
          x,
          y: { field: "p50", type: "quantitative" },
          color,
          tooltip: { field: "tip" },
          description: { field: "tip" },
        },
      },
    ],
  } as TopLevelSpec;
}
