/**
 * The deal graph as SVG: parties on a circle, one arrow per deal from payer to payee, its width by
 * amount (against the largest of its unit), dashed for a letter of intent, faded when superseded or
 * cancelled. Every text from the ledger goes in as text, never as markup.
 */

import { circleLayout, INSTRUMENT_COLORS } from "../../../src/report/specs/deal-graph-layout.js";

export interface GraphEdge {
  id: string;
  from: string;
  to: string;
  roles: [string, string];
  instrument: string;
  status: string;
  amount: { low: number | null; high: number | null; unit: string; display: string; sharedWith: string[] };
  supersededBy: { edgeId: string; reason: string } | null;
  terms: { binding: boolean | null; cancellable: boolean; milestoneTied: boolean; tranches: string[] };
  dates: { announced: string | null; effective: string | null; delivery: string | null };
  sources: {
    claimId: string;
    documentId: string;
    title: string | null;
    reported: string | null;
    qualifier: string;
    quote: string;
  }[];
}
export interface DealGraph {
  asOf: string | null;
  parties: string[];
  edges: GraphEdge[];
  loops: { id: string; parties: string[]; arithmetic: string; roundTrips: { arithmetic: string }[] }[];
  metrics: { entity: string; metric: string; display: string; arithmetic: string; claimIds: string[] }[];
}

const SVG = "http://www.w3.org/2000/svg";
export const GRAPH_SIZE = 640;

export function svg<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attributes: Record<string, string | number> = {},
): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, String(value));
  return node;
}

/** 1–8 pixels: an edge's amount against the largest of its unit, on a square-root scale; shared amounts are thin. */
export function edgeWidths(edges: readonly GraphEdge[]): Map<string, number> {
  const point = (e: GraphEdge) => (e.amount.sharedWith.length > 0 ? 0 : (e.amount.high ?? e.amount.low ?? 0));
  const largest = new Map<string, number>();
  for (const e of edges) largest.set(e.amount.unit, Math.max(largest.get(e.amount.unit) ?? 0, point(e)));
  return new Map(edges.map((e) => [e.id, 1 + 7 * Math.sqrt(point(e) / (largest.get(e.amount.unit) || 1))]));
}

function markers(): SVGDefsElement {
  const defs = svg("defs");
  for (const [instrument, color] of Object.entries(INSTRUMENT_COLORS)) {
    const marker = svg("marker", {
      id: `arrow-${instrument}`,
      viewBox: "0 0 10 10",
      refX: 10,
      refY: 5,
      markerWidth: 12,
      markerHeight: 12,
      orient: "auto-start-reverse",
      markerUnits: "userSpaceOnUse",
    });
    marker.append(svg("path", { d: "M0,0 L10,5 L0,10 z", fill: color }));
    defs.append(marker);
  }
  return defs;
}

function edgeLine(e: GraphEdge, a: { x: number; y: number }, b: { x: number; y: number }, index: number) {
  const length = Math.hypot(b.x - a.x, b.y - a.y) || 1;
  const offset = (e.from < e.to ? 1 : -1) * (5 + 7 * index);
  const nx = (-(b.y - a.y) / length) * offset;
  const ny = ((b.x - a.x) / length) * offset;
  const shorten = 22 / length;
  return {
    x1: a.x + nx + (b.x - a.x) * shorten,
    y1: a.y + ny + (b.y - a.y) * shorten,
    x2: b.x + nx - (b.x - a.x) * shorten,
    y2: b.y + ny - (b.y - a.y) * shorten,
  };
}

/** Enter or Space on a focused mark acts as a click. */
function onEnter(target: SVGElement, act: () => void): void {
  target.addEventListener("keydown", (event) => {
    if (event.key === "Enter" || event.key === " ") {
      event.preventDefault();
      act();
    }
  });
}

export interface GraphHandlers {
  onEdge: (edge: GraphEdge) => void;
  onParty: (party: string) => void;
}

/** Draws `edges` among the graph's parties into `root` (an <svg>), replacing what was there. */
export function drawGraph(
  root: SVGSVGElement,
  graph: DealGraph,
  edges: readonly GraphEdge[],
  on: GraphHandlers,
) {
  root.replaceChildren(markers());
  const positions = circleLayout(graph.parties, GRAPH_SIZE).positions;
  const width = edgeWidths(edges);
  const seen = new Map<string, number>();
  const layer = svg("g", { id: "edges" });
  for (const e of edges) {
    const a = positions.get(e.from);
    const b = positions.get(e.to);
    if (!a || !b) continue;
    const pair = [e.from, e.to].sort().join("\u0000");
    const index = seen.get(pair) ?? 0;
    seen.set(pair, index + 1);
    const coords = edgeLine(e, a, b, index);
    const faded = e.status === "superseded" || e.status === "cancelled";
    const line = svg("line", {
      ...coords,
      class: "edge",
      "data-edge": e.id,
      stroke: INSTRUMENT_COLORS[e.instrument] ?? "#333",
      "stroke-width": width.get(e.id)!.toFixed(1),
      "marker-end": `url(#arrow-${e.instrument})`,
      opacity: faded ? 0.25 : 0.9,
    });
    if (e.status === "letter_of_intent") line.setAttribute("stroke-dasharray", "8 5");
    const title = svg("title");
    title.textContent = `${e.from} → ${e.to} · ${e.instrument} · ${e.amount.display} · ${e.status}`;
    line.append(title);
    const hit = svg("line", {
      ...coords,
      class: "edge-hit",
      "data-edge": e.id,
      tabindex: 0,
      role: "button",
      "aria-label": title.textContent,
    });
    for (const target of [line, hit]) target.addEventListener("click", () => on.onEdge(e));
    onEnter(hit, () => on.onEdge(e));
    layer.append(line, hit);
  }
  const nodes = svg("g", { id: "nodes" });
  for (const [party, p] of positions) {
    const g = svg("g", {
      class: "node",
      "data-party": party,
      tabindex: 0,
      role: "button",
      "aria-label": party,
    });
    g.append(svg("circle", { cx: p.x, cy: p.y, r: 16 }));
    const label = svg("text", { x: p.x, y: p.y - 22 });
    label.textContent = party;
    g.append(label);
    g.addEventListener("click", () => on.onParty(party));
    onEnter(g, () => on.onParty(party));
    nodes.append(g);
  }
  root.append(layer, nodes);
}

/** Drag to pan and wheel to zoom, by moving the viewBox. */
export function panAndZoom(root: SVGSVGElement): void {
  let view = { x: 0, y: 0, size: GRAPH_SIZE };
  const apply = () => root.setAttribute("viewBox", `${view.x} ${view.y} ${view.size} ${view.size}`);
  root.addEventListener(
    "wheel",
    (event) => {
      event.preventDefault();
      const factor = event.deltaY > 0 ? 1.1 : 1 / 1.1;
      const size = Math.min(GRAPH_SIZE * 4, Math.max(GRAPH_SIZE / 8, view.size * factor));
      const grow = size - view.size;
      view = { x: view.x - grow / 2, y: view.y - grow / 2, size };
      apply();
    },
    { passive: false },
  );
  let drag: { x: number; y: number; view: typeof view } | null = null;
  root.addEventListener("pointerdown", (event) => {
    if (event.target !== root) return;
    drag = { x: event.clientX, y: event.clientY, view: { ...view } };
  });
  root.addEventListener("pointermove", (event) => {
    if (!drag) return;
    const scale = view.size / root.getBoundingClientRect().width;
    view = {
      ...drag.view,
      x: drag.view.x - (event.clientX - drag.x) * scale,
      y: drag.view.y - (event.clientY - drag.y) * scale,
    };
    apply();
  });
  root.addEventListener("pointerup", () => {
    drag = null;
  });
  apply();
}
