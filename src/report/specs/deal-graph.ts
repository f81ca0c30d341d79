import type { TopLevelSpec } from "vega-lite";
import type { DealEdge, DealGraph } from "../../graph/index.js";
import { amountOf } from "../../graph/index.js";
import type { ChartOptions } from "../inputs.js";
import { chartConfig, SCHEMA } from "./common.js";
import { circleLayout, type GraphLayout, INSTRUMENT_COLORS } from "./deal-graph-layout.js";

/**
 * The deal graph as a Vega-Lite layer chart: parties on a circle (in name order, so a party keeps its
 * place from one date to the next), one line per edge from payer to payee with an arrowhead near the
 * payee, its width by amount within its unit, dashed for letters of intent, faded when superseded or
 * cancelled, coloured by instrument.
 */

/** 1–8 pixels: an edge's amount against the largest amount of its unit, on a square-root scale. */
export function edgeWidths(edges: readonly DealEdge[]): Map<string, number> {
  const largest = new Map<string, number>();
  const point = (e: DealEdge) => {
    const a = amountOf(e);
    return a.high ?? a.low ?? 0;
  };
  for (const e of edges) largest.set(e.amount.unit, Math.max(largest.get(e.amount.unit) ?? 0, point(e)));
  return new Map(
    edges.map((e) => {
      const top = largest.get(e.amount.unit) ?? 0;
      return [e.id, top > 0 ? 1 + 7 * Math.sqrt(point(e) / top) : 1];
    }),
  );
}

function edgeRows(graph: DealGraph, layout: GraphLayout) {
  const widths = edgeWidths(graph.edges);
  const seen = new Map<string, number>();
  return graph.edges.map((e) => {
    const a = layout.positions.get(e.from)!;
    const b = layout.positions.get(e.to)!;
    const pair = [e.from, e.to].sort().join("\u0000");
    const index = seen.get(pair) ?? 0;
    seen.set(pair, index + 1);
    const length = Math.hypot(b.x - a.x, b.y - a.y) || 1;
    const side = e.from < e.to ? 1 : -1;
    const offset = side * (4 + 6 * index);
    const [nx, ny] = [(-(b.y - a.y) / length) * offset, ((b.x - a.x) / length) * offset];
    const x = a.x + nx;
    const y = a.y + ny;
    const x2 = b.x + nx;
    const y2 = b.y + ny;
    return {
      id: e.id,
      x,
      y,
      x2,
      y2,
      ax: x + (x2 - x) * 0.82,
      ay: y + (y2 - y) * 0.82,
      angle: (Math.atan2(y2 - y, x2 - x) * 180) / Math.PI + 90,
      width: widths.get(e.id) ?? 1,
      dash: e.status === "letter_of_intent" ? "dashed" : "solid",
      opacity: e.status === "superseded" || e.status === "cancelled" ? 0.25 : 0.9,
      instrument: e.instrument,
      status: e.status,
      tip: `${e.from} → ${e.to} · ${e.instrument} · ${e.amount.display} · ${e.status.replace(/_/g, " ")}`,
    };
  });
}

export function buildDealGraphSpec(graph: DealGraph, options: ChartOptions): TopLevelSpec {
  const size = Math.max(options.width ?? 560, 320);
  const layout = circleLayout(graph.parties, size);
  const nodes = graph.parties.map((party) => ({ party, ...layout.positions.get(party)! }));
  const edges = edgeRows(graph, layout);
  const instruments = [...new Set(graph.edges.map((e) => e.instrument))].sort();
  const pixels = { type: "quantitative", scale: { domain: [0, size] }, axis: null };
  const color = {
    field: "instrument",
    type: "nominal",
    scale: { domain: instruments, range: instruments.map((i) => INSTRUMENT_COLORS[i] ?? "#333") },
    legend: { title: "Instrument" },
  };
  return {
    $schema: SCHEMA,
    ...(options.title === undefined ? {} : { title: options.title }),
    width: size,
    height: size,
    config: chartConfig(options.lang),
    layer: [
      {
        data: { values: edges },
        name: "edges",
        mark: { type: "rule", strokeCap: "round" },
        encoding: {
          x: { field: "x", ...pixels },
          y: { field: "y", ...pixels },
          x2: { field: "x2" },
          y2: { field: "y2" },
          color,
          strokeWidth: { field: "width", type: "quantitative", scale: null, legend: null },
          strokeDash: {
            field: "dash",
            type: "nominal",
            scale: {
              domain: ["solid", "dashed"],
              range: [
                [1, 0],
                [6, 4],
              ],
            },
            legend: { title: "Line" },
          },
          opacity: { field: "opacity", type: "quantitative", scale: null, legend: null },
          tooltip: { field: "tip" },
          description: { field: "tip" },
        },
      },
      {
        data: { values: edges },
        mark: { type: "point", shape: "triangle", filled: true, size: 70 },
        encoding: {
          x: { field: "ax", ...pixels },
          y: { field: "ay", ...pixels },
          angle: { field: "angle", type: "quantitative", scale: null },
          color,
          opacity: { field: "opacity", type: "quantitative", scale: null, legend: null },
        },
      },
      {
        data: { values: nodes },
        name: "nodes",
        mark: { type: "circle", size: 500, color: "#f0f0f0", stroke: "#444", strokeWidth: 1 },
        encoding: { x: { field: "x", ...pixels }, y: { field: "y", ...pixels }, tooltip: { field: "party" } },
      },
      {
        data: { values: nodes },
        mark: { type: "text", fontSize: 11, fontWeight: "bold", dy: -18 },
        encoding: { x: { field: "x", ...pixels }, y: { field: "y", ...pixels }, text: { field: "party" } },
      },
    ],
  } as unknown as TopLevelSpec;
}
