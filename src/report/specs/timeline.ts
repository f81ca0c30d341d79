import type { TopLevelSpec } from "vega-lite";
import { QUALIFIERS } from "../../core/index.js";
import { formatValue } from "../format.js";
import type { ChartOptions, TimelineInput } from "../inputs.js";
import { labelsFor, qualifierLabel } from "../labels.js";
import {
  COLORS,
  chartConfig,
  DEFAULT_HEIGHT,
  DEFAULT_WIDTH,
  QUALIFIER_COLORS,
  SCHEMA,
  valueAxis,
  yearAxis,
} from "./common.js";
import { factTip } from "./fan.js";

/** The arrowhead's rotation in screen space, computed by Vega from the two ends' pixel positions. */
const ARROW_ANGLE =
  "atan2(scale('x', datum.toAt) - scale('x', datum.fromAt), scale('y', datum.fromValue) - scale('y', datum.toValue)) * 180 / PI";

/**
 * The figures reported for one (entity, metric): each at its period, coloured by qualifier, with
 * ranges as vertical rules, and each revision as an arrow from the older figure to the newer one.
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
    qualifier: qualifierLabel(fact.qualifier, lang),
    tip: factTip(fact, input.unit, lang),
  }));
  const ranges = facts.filter((fact) => fact.low !== fact.high);
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
        tip: `${l.revision} (${revision.kind}): ${formatValue(from.value, input.unit, lang)} → ${formatValue(to.value, input.unit, lang)} · ${to.source} (${to.reported ?? "?"})`,
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
  const x = {
    field: "at",
    type: "quantitative" as const,
    axis: yearAxis(l.period),
    scale: { zero: false, padding: 24 },
  };
  const y = {
    field: "value",
    type: "quantitative" as const,
    axis: valueAxis(`${input.entity} · ${metricTitle}`, input.unit, lang),
  };
  const layers: object[] = [];
  if (ranges.length > 0) {
    layers.push({
      name: "ranges",
      data: { values: ranges },
      mark: { type: "rule", strokeWidth: 3, opacity: 0.45, aria: false },
      encoding: { x, y: { field: "low", type: "quantitative" }, y2: { field: "high" }, color },
    });
  }
  if (revisions.length > 0) {
    layers.push(
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
    );
  }
  layers.push({
    name: "facts",
    data: { values: facts },
    mark: { type: "point", filled: true, size: 90, opacity: 1, stroke: "white", strokeWidth: 1 },
    encoding: { x, y, color, tooltip: { field: "tip" }, description: { field: "tip" } },
  });
  return {
    $schema: SCHEMA,
    ...(options.title === undefined ? {} : { title: options.title }),
    width: options.width ?? DEFAULT_WIDTH,
    height: options.height ?? DEFAULT_HEIGHT,
    config: chartConfig(lang),
    layer: layers,
  } as TopLevelSpec;
}
