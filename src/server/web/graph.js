// The deal-graph page: plain DOM and SVG over GET /api/graph. Every text from the ledger goes in
// through textContent or attributes, never as markup.

const SVG = "http://www.w3.org/2000/svg";
const SIZE = 640;
const COLORS = {
  equity: "#1f77b4",
  convertible: "#17becf",
  round_participation: "#9467bd",
  warrant: "#8c564b",
  loan: "#7f7f7f",
  backstop: "#d62728",
  compute_commitment: "#ff7f0e",
  cloud_commitment: "#2ca02c",
  chip_purchase: "#bcbd22",
  revenue_share: "#e377c2",
  acquisition: "#393b79",
};

function el(tag, attrs = {}, children = []) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
  for (const child of children) node.append(child);
  return node;
}

function svg(tag, attrs = {}) {
  const node = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, String(value));
  return node;
}

function byId(id) {
  const node = document.getElementById(id);
  if (!node) throw new Error(`#${id} missing`);
  return node;
}

async function api(path) {
  const response = await fetch(path, { headers: { Accept: "application/json" } });
  const body = await response.json().catch(() => null);
  if (!response.ok) throw new Error(body?.error?.message ?? `${response.status} ${response.statusText}`);
  return body;
}

const state = { graph: null, dates: [], selected: null, view: { x: 0, y: 0, size: SIZE } };

function circle(parties) {
  const radius = SIZE / 2 - 70;
  const positions = new Map();
  [...parties].sort().forEach((party, i, all) => {
    const angle = (2 * Math.PI * i) / Math.max(all.length, 1) - Math.PI / 2;
    positions.set(party, { x: SIZE / 2 + radius * Math.cos(angle), y: SIZE / 2 + radius * Math.sin(angle) });
  });
  return positions;
}

/** 1–8 pixels: an edge's amount against the largest of its unit, on a square-root scale. */
function widths(edges) {
  const point = (e) => (e.amount.sharedWith.length > 0 ? 0 : (e.amount.high ?? e.amount.low ?? 0));
  const largest = new Map();
  for (const e of edges) largest.set(e.amount.unit, Math.max(largest.get(e.amount.unit) ?? 0, point(e)));
  return new Map(edges.map((e) => [e.id, 1 + 7 * Math.sqrt(point(e) / (largest.get(e.amount.unit) || 1))]));
}

function visibleEdges() {
  const instrument = byId("instrument").value;
  const status = byId("deal-status").value;
  return state.graph.edges.filter(
    (e) => (!instrument || e.instrument === instrument) && (!status || e.status === status),
  );
}

function markers(defs) {
  for (const [instrument, color] of Object.entries(COLORS)) {
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
}

function draw() {
  const root = byId("graph");
  root.replaceChildren();
  const defs = svg("defs");
  markers(defs);
  root.append(defs);
  const positions = circle(state.graph.parties);
  const edges = visibleEdges();
  const width = widths(edges);
  const seen = new Map();
  const layer = svg("g", { id: "edges" });
  for (const e of edges) {
    const a = positions.get(e.from);
    const b = positions.get(e.to);
    if (!a || !b) continue;
    const pair = [e.from, e.to].sort().join("\u0000");
    const index = seen.get(pair) ?? 0;
    seen.set(pair, index + 1);
    const length = Math.hypot(b.x - a.x, b.y - a.y) || 1;
    const offset = (e.from < e.to ? 1 : -1) * (5 + 7 * index);
    const nx = (-(b.y - a.y) / length) * offset;
    const ny = ((b.x - a.x) / length) * offset;
    const shorten = 22 / length;
    const coords = {
      x1: a.x + nx + (b.x - a.x) * shorten,
      y1: a.y + ny + (b.y - a.y) * shorten,
      x2: b.x + nx - (b.x - a.x) * shorten,
      y2: b.y + ny - (b.y - a.y) * shorten,
    };
    const line = svg("line", {
      ...coords,
      class: "edge",
      "data-edge": e.id,
      stroke: COLORS[e.instrument] ?? "#333",
      "stroke-width": width.get(e.id).toFixed(1),
      "marker-end": `url(#arrow-${e.instrument})`,
      opacity: e.status === "superseded" || e.status === "cancelled" ? 0.25 : 0.9,
    });
    if (e.status === "letter_of_intent") line.setAttribute("stroke-dasharray", "8 5");
    const title = svg("title");
    title.textContent = `${e.from} → ${e.to} · ${e.instrument} · ${e.amount.display} · ${e.status}`;
    line.append(title);
    const hit = svg("line", { ...coords, class: "edge-hit", "data-edge": e.id });
    for (const target of [line, hit]) target.addEventListener("click", () => showEdge(e.id));
    layer.append(line, hit);
  }
  root.append(layer);
  const nodes = svg("g", { id: "nodes" });
  for (const [party, p] of positions) {
    const g = svg("g", { class: "node", "data-party": party });
    g.append(svg("circle", { cx: p.x, cy: p.y, r: 16 }));
    const label = svg("text", { x: p.x, y: p.y - 22 });
    label.textContent = party;
    g.append(label);
    g.addEventListener("click", () => showParty(party));
    nodes.append(g);
  }
  root.append(nodes);
  applyView();
  byId("status").textContent =
    `${edges.length} of ${state.graph.edges.length} edges among ${state.graph.parties.length} parties${state.graph.asOf ? ` as of ${state.graph.asOf}` : ""}`;
}

/** The quote with its first figure in <mark>. */
function highlighted(quote) {
  const figure =
    /\d[\d\s.,\u00a0\u202f]*\s*(?:milliards?|billions?|bn|trillions?|millions?|Md\$?|GW|gigawatts?|%)?(?:\s*(?:de\s+)?(?:dollars|\$))?/u.exec(
      quote,
    );
  const block = el("blockquote");
  if (!figure) {
    block.textContent = quote;
    return block;
  }
  block.append(
    quote.slice(0, figure.index),
    el("mark", {}, [figure[0]]),
    quote.slice(figure.index + figure[0].length),
  );
  return block;
}

function showEdge(id) {
  const e = state.graph.edges.find((x) => x.id === id);
  if (!e) return;
  for (const line of document.querySelectorAll("#graph .edge"))
    line.classList.toggle("selected", line.getAttribute("data-edge") === id);
  byId("detail-heading").textContent = `${e.from} → ${e.to}: ${e.instrument.replace(/_/g, " ")}`;
  const terms = [
    e.terms.binding === true ? "binding" : e.terms.binding === false ? "non-binding" : null,
    e.terms.cancellable ? "cancellable" : null,
    e.terms.milestoneTied ? "tied to milestones" : null,
    ...e.terms.tranches,
  ].filter(Boolean);
  const facts = [
    `amount: ${e.amount.sharedWith.length > 0 ? `part of ${e.amount.display}, shared with ${e.amount.sharedWith.join(", ")}` : e.amount.display}`,
    `status: ${e.status.replace(/_/g, " ")}${e.supersededBy ? ` — ${e.supersededBy.reason}` : ""}`,
    `roles: ${e.roles[0]} → ${e.roles[1]}`,
    `dates: announced ${e.dates.announced ?? "?"}${e.dates.effective ? `, effective ${e.dates.effective}` : ""}${e.dates.delivery ? `, delivery ${e.dates.delivery}` : ""}`,
    `terms: ${terms.join(", ") || "—"}`,
  ];
  const detail = byId("detail");
  detail.replaceChildren(
    el(
      "ul",
      { class: "plain" },
      facts.map((f) => el("li", {}, [f])),
    ),
  );
  for (const source of e.sources) {
    detail.append(
      highlighted(source.quote),
      el("p", { class: "meta source" }, [
        `${source.title ?? source.documentId} · ${source.reported ?? "undated"} · ${source.qualifier.replace(/_/g, " ")} · claim ${source.claimId}`,
      ]),
    );
  }
}

function showParty(party) {
  byId("detail-heading").textContent = party;
  const edges = state.graph.edges.filter((e) => e.from === party || e.to === party);
  const metrics = state.graph.metrics.filter((m) => m.entity === party);
  const detail = byId("detail");
  detail.replaceChildren(
    el("p", {}, [
      `${edges.filter((e) => e.from === party).length} outgoing, ${edges.filter((e) => e.to === party).length} incoming deals`,
    ]),
  );
  if (metrics.length === 0) detail.append(el("p", { class: "meta" }, ["no metric for this party"]));
  for (const m of metrics)
    detail.append(
      el("p", { class: "metric" }, [el("strong", {}, [`${m.metric.replace(/_/g, " ")}: ${m.display}`])]),
      el("p", { class: "meta" }, [`${m.arithmetic} · claims ${m.claimIds.join(", ")}`]),
    );
}

function listLoops() {
  const list = byId("loops");
  list.replaceChildren();
  if (state.graph.loops.length === 0) list.append(el("li", { class: "meta" }, ["no loops"]));
  for (const loop of state.graph.loops) {
    list.append(
      el("li", { "data-loop": loop.id }, [
        el("strong", {}, [[...loop.parties, loop.parties[0]].join(" → ")]),
        el("div", { class: "meta" }, [loop.arithmetic]),
        ...loop.roundTrips.map((r) => el("div", {}, [r.arithmetic])),
      ]),
    );
  }
}

function fillSelect(id, values) {
  const select = byId(id);
  const chosen = select.value;
  select.replaceChildren(
    el("option", { value: "" }, ["any"]),
    ...values.map((v) => el("option", { value: v }, [v.replace(/_/g, " ")])),
  );
  select.value = values.includes(chosen) ? chosen : "";
}

async function load(asOf) {
  state.graph = await api(`/api/graph${asOf ? `?asOf=${encodeURIComponent(asOf)}` : ""}`);
  fillSelect("instrument", [...new Set(state.graph.edges.map((e) => e.instrument))].sort());
  fillSelect("deal-status", [...new Set(state.graph.edges.map((e) => e.status))].sort());
  draw();
  listLoops();
}

function applyView() {
  const { x, y, size } = state.view;
  byId("graph").setAttribute("viewBox", `${x} ${y} ${size} ${size}`);
}

function panAndZoom() {
  const root = byId("graph");
  root.addEventListener("wheel", (event) => {
    event.preventDefault();
    const factor = event.deltaY > 0 ? 1.1 : 1 / 1.1;
    const size = Math.min(SIZE * 4, Math.max(SIZE / 8, state.view.size * factor));
    const grow = size - state.view.size;
    state.view = { x: state.view.x - grow / 2, y: state.view.y - grow / 2, size };
    applyView();
  });
  let drag = null;
  root.addEventListener("pointerdown", (event) => {
    if (event.target !== root) return;
    drag = { x: event.clientX, y: event.clientY, view: { ...state.view } };
  });
  root.addEventListener("pointermove", (event) => {
    if (!drag) return;
    const scale = state.view.size / root.getBoundingClientRect().width;
    state.view = {
      ...drag.view,
      x: drag.view.x - (event.clientX - drag.x) * scale,
      y: drag.view.y - (event.clientY - drag.y) * scale,
    };
    applyView();
  });
  root.addEventListener("pointerup", () => {
    drag = null;
  });
}

function report(error) {
  byId("status").textContent = `error: ${error.message}`;
}

async function start() {
  const all = await api("/api/graph");
  state.dates = [
    ...new Set(all.edges.map((e) => (e.dates.announced ?? "").slice(0, 7)).filter(Boolean)),
  ].sort();
  const slider = byId("as-of");
  slider.max = String(state.dates.length);
  slider.value = String(state.dates.length);
  slider.addEventListener("input", () => {
    const i = Number(slider.value);
    const asOf = i < state.dates.length ? state.dates[i] : null;
    byId("as-of-label").textContent = asOf ?? "all";
    load(asOf).catch(report);
  });
  byId("instrument").addEventListener("change", draw);
  byId("deal-status").addEventListener("change", draw);
  panAndZoom();
  await load(null);
  document.body.dataset.ready = "true";
}

start().catch(report);
