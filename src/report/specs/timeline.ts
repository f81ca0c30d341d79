import type { TopLevelSpec } from "vega-lite";
import { formatChange, LOW_CLAIM_CONFIDENCE, QUALIFIERS } from "../../core/index.js";
import type { ChartOptions, TimelineInput } from "../inputs.js";
import { labelsFor, qualifierLabel } from "../labels.js";
import { COLORS, chartFrame, QUALIFIER_COLORS, valueAxis } from "./common.js";
import { factTip } from "./fan.js";

/** The arrowhead's rotation in screen space, computed by Vega from the two ends' pixel positions. */
const ARROW_ANGLE =
  "atan2(scale('x', datum.toAt) - scale('x', datum.fromAt), scale('y', datum.fromValue) - scale('y', datum.toValue)) * 180 / PI";

/** Whole years from the first figure's to the last's: the axis shows each as a band labelled in its middle. */
function yearBands(ats: readonly number[]): number[] {
  const first = Math.floor(Math.min(...ats));
  const last = Math.floor(Math.max(...ats));
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

/** Labels in the middle of each year's band, so that a figure for 2025 (placed mid-2025) sits under "2025". */
function yearBandAxis(title: string, years: readonly number[]) {
  return {
    title,
    values: years.map((year) => year + 0.5),
    labelExpr: "'' + floor(datum.value)",
    grid: false,
    labelFlush: false,
  };
}

function timelineTip(fact: TimelineInput["facts"][number], unit: string, lang: ChartOptions["lang"]): string {
  const l = labelsFor(lang);
  const notes = [
    ...(fact.vague ? [l.vagueAmount] : []),
    ...(fact.confidence !== undefined && fact.confidence < LOW_CLAIM_CONFIDENCE
      ? [l.lowConfidence(fact.confidence.toFixed(2))]
      : []),
  ];
  return [factTip(fact, unit, lang), ...notes].join(" · ");
}

/**
 * The figures reported for one (entity, metric): each at the middle of its period on year bands,
 * coloured by qualifier; ranges drawn as ranges (dashed and labelled when vague), low-confidence
 * figures hollow; each revision an arrow from the older figure to the newer one.
 */
export function buildClaimTimelineSpec(input: TimelineInput, options: ChartOptions): TopLevelSpec {
  const { lang } = options;
  const l = labelsFor(lang);
  const byId = new Map(input.facts.map((fact) => [fact.id, fact]));
  const facts = input.facts.map((fact) => ({
    id: fact.id,
    at: fact.at,
    value: fact.value,
    low: fact.low ?? fact.value,
    high: fact.high ?? fact.value,
    vague: fact.vague === true,
    lowConfidence: fact.confidence !== undefined && fact.confidence < LOW_CLAIM_CONFIDENCE,
    qualifier: qualifierLabel(fact.qualifier, lang),
    tip: timelineTip(fact, input.unit, lang),
  }));
  // A range is drawn as a range: no point at its middle, which would state a figure no one gave.
  const ranges = facts.filter((fact) => fact.low !== fact.high);
  const points = facts.filter((fact) => fact.low === fact.high);
  const revisions = input.revisions.flatMap((revision) => {
    const from = byId.get(revision.from);
    const to = byId.get(revision.to);
    if (!from || !to) return [];
    return [
      {
        fromAt: from.at,
        fromValue: from.value,
        toAt: to.at,
        toValue: to.value,
        midAt: (from.at + to.at) / 2,
        midValue: (from.value + to.value) / 2,
        tip: `${l.revision} (${revision.kind}): ${formatChange(from.value, to.value, input.unit, { language: lang })} · ${to.source} (${to.reported ?? "?"})`,
      },
    ];
  });
  const present = QUALIFIERS.filter((q) => input.facts.some((fact) => fact.qualifier === q));
  const color = {
    field: "qualifier",
    type: "nominal" as const,
    scale: {
      domain: present.map((q) => qualifierLabel(q, lang)),
      range: present.map((q) => QUALIFIER_COLORS[q]),
    },
    legend: { title: l.qualifier },
  };
  const metricTitle = input.metric.replaceAll("_", " ");
  const years = yearBands(facts.map((fact) => fact.at));
  const x = {
    field: "at",
    type: "quantitative" as const,
    axis: yearBandAxis(l.period, years),
    scale: { domain: [years[0]!, years[years.length - 1]! + 1], nice: false, zero: false },
  };
  const y = {
    field: "value",
    type: "quantitative" as const,
    axis: valueAxis(`${input.entity} · ${metricTitle}`, input.unit, lang),
    ...(options.log ? { scale: { type: "log" as const } } : {}),
  };
  const layers: object[] = [
    {
      name: "year-boundaries",
      data: { values: years.slice(1).map((year) => ({ year })) },
      mark: { type: "rule", color: "#ddd", strokeWidth: 1, aria: false },
      encoding: { x: { field: "year", type: "quantitative" } },
    },
    ...(ranges.length > 0
      ? rangeLayers(ranges, { x, color, log: options.log === true, vagueLabel: l.vague })
      : []),
    ...(revisions.length > 0 ? revisionLayers(revisions) : []),
    factLayer(points, { x, y, color }),
  ];
  return {
    ...chartFrame(options),
    layer: layers,
  } as TopLevelSpec;
}

type Encoding = Record<string, unknown>;

/** Ranges as vertical bars, dashed and labelled when vague. */
function rangeLayers(
  ranges: Array<{ vague: boolean }>,
  { x, color, log, vagueLabel }: { x: Encoding; color: Encoding; log: boolean; vagueLabel: string },
): object[] {
  const rangeY = { field: "low", type: "quantitative" as const, ...(log ? { scale: { type: "log" } } : {}) };
  return [
    {
      name: "ranges",
      data: { values: ranges },
      mark: { type: "rule", strokeWidth: 7, opacity: 0.55, strokeCap: "butt" },
      encoding: {
        x,
        y: rangeY,
        y2: { field: "high" },
        color,
        strokeDash: { condition: { test: "datum.vague", value: [3, 2] }, value: [1, 0] },
        tooltip: { field: "tip" },
        description: { field: "tip" },
      },
    },
    {
      name: "vague-labels",
      data: { values: ranges.filter((range) => range.vague) },
      mark: { type: "text", dy: -8, fontStyle: "italic", fontSize: 10, color: "#555", aria: false },
      encoding: { x, y: { field: "high", type: "quantitative" }, text: { value: vagueLabel } },
    },
  ];
}

/** Each revision: a dashed line from the older figure to the newer one, an arrowhead at its middle. */
function revisionLayers(revisions: object[]): object[] {
  return [
    {
      name: "revisions",
      data: { values: revisions },
      mark: { type: "rule", color: COLORS.revision, strokeDash: [4, 3], strokeWidth: 1.5 },
      encoding: {
        x: { field: "fromAt", type: "quantitative" },
        y: { field: "fromValue", type: "quantitative" },
        x2: { field: "toAt" },
        y2: { field: "toValue" },
        tooltip: { field: "tip" },
        description: { field: "tip" },
      },
    },
    {
      name: "arrowheads",
      data: { values: revisions },
      mark: {
        type: "point",
        shape: "triangle-up",
        filled: true,
        size: 110,
        color: COLORS.revision,
        opacity: 1,
        angle: { expr: ARROW_ANGLE },
      },
      encoding: {
        x: { field: "midAt", type: "quantitative" },
        y: { field: "midValue", type: "quantitative" },
        tooltip: { field: "tip" },
        description: { field: "tip" },
      },
    },
  ];
}

/** Point figures, coloured by qualifier; a low-confidence figure is a hollow diamond. */
function factLayer(points: object[], { x, y, color }: { x: Encoding; y: Encoding; color: Encoding }): object {
  return {
    name: "facts",
    data: { values: points },
    mark: { type: "point", filled: true, size: 90, opacity: 1, strokeWidth: 1.5 },
    encoding: {
      x,
      y,
      color,
      fillOpacity: { condition: { test: "datum.lowConfidence", value: 0 }, value: 1 },
      shape: { condition: { test: "datum.lowConfidence", value: "diamond" }, value: "circle" },
      stroke: {
        condition: { test: "datum.lowConfidence", field: "qualifier", type: "nominal" },
        value: "white",
      },
      tooltip: { field: "tip" },
      description: { field: "tip" },
    },
  };
}
