import { getJson } from "../api.js";
import { asOfControl, asOfOf, withAsOf } from "../components/as-of.js";
import { markedSentence } from "../components/source.js";
import { announce, fill, h, select } from "../dom.js";
import { hrefFor, type Route, replaceParams } from "../state.js";
import { type DealGraph, drawGraph, GRAPH_SIZE, type GraphEdge, panAndZoom, svg } from "./graph-draw.js";

/**
 * The deal graph (GET /api/graph): who pays whom, filtered by instrument and status and as known on
 * a date: the URL's `asOf`, which the pages' shared date control and the slider (the months deals
 * were announced in) both set. A click on a deal shows its claims' sentences with the figure marked;
 * a click on a party shows its metrics. Filters live in the URL.
 */

const words = (text: string) => text.replaceAll("_", " ");

function edgeFacts(e: GraphEdge): string[] {
  const terms = [
    e.terms.binding === true ? "binding" : e.terms.binding === false ? "non-binding" : null,
    e.terms.cancellable ? "cancellable" : null,
    e.terms.milestoneTied ? "tied to milestones" : null,
    ...e.terms.tranches,
  ].filter(Boolean);
  const dates = [
    `announced ${e.dates.announced ?? "?"}`,
    e.dates.effective ? `effective ${e.dates.effective}` : null,
    e.dates.delivery ? `delivery ${e.dates.delivery}` : null,
  ].filter(Boolean);
  const shared = e.amount.sharedWith.length > 0;
  return [
    `amount: ${shared ? `part of ${e.amount.display}, shared with ${e.amount.sharedWith.join(", ")}` : e.amount.display}`,
    `status: ${words(e.status)}${e.supersededBy ? ` — ${e.supersededBy.reason}` : ""}`,
    `roles: ${e.roles[0]} → ${e.roles[1]}`,
    `dates: ${dates.join(", ")}`,
    `terms: ${terms.join(", ") || "—"}`,
  ];
}

/** Each source's sentence with the claim's own span marked (GET /api/claims/:id), else its quote. */
async function sourceQuotes(e: GraphEdge): Promise<HTMLElement[]> {
  return Promise.all(
    e.sources.map(async (source) => {
      const detail = await getJson<{ sentence: string | null }>(
        `/api/claims/${encodeURIComponent(source.claimId)}`,
      ).catch(() => null);
      const link = h(
        "a",
        { href: hrefFor("document", { doc: source.documentId, claim: source.claimId }), "data-app-link": "" },
        source.title ?? source.documentId,
      );
      return h(
        "div",
        { class: "graph-source" },
        h(
          "blockquote",
          { class: "quote" },
          detail?.sentence ? markedSentence(detail.sentence) : source.quote,
        ),
        h(
          "p",
          { class: "meta source" },
          link,
          ` · ${source.reported ?? "undated"} · ${words(source.qualifier)} · claim ${source.claimId}`,
        ),
      );
    }),
  );
}

function loopList(graph: DealGraph): HTMLElement {
  if (graph.loops.length === 0)
    return h("ul", { id: "loops", class: "plain" }, h("li", { class: "meta" }, "no loops"));
  return h(
    "ul",
    { id: "loops", class: "plain" },
    ...graph.loops.map((loop) =>
      h(
        "li",
        { "data-loop": loop.id },
        h("strong", {}, [...loop.parties, loop.parties[0]].join(" → ")),
        h("div", { class: "meta" }, loop.arithmetic),
        ...loop.roundTrips.map((r) => h("div", {}, r.arithmetic)),
      ),
    ),
  );
}

/** The slider's place for a date: the last month with deals announced by then, else "now". */
function monthIndex(months: string[], asOf: string | null): number {
  if (!asOf) return months.length;
  const index = months.findLastIndex((month) => month <= asOf);
  return Math.max(index, 0);
}

/** The page: the date, the graph and its filters, then the detail of what was clicked and the loops. */
function drawLayout(
  main: HTMLElement,
  dateControl: HTMLElement,
  filters: HTMLElement[],
  root: SVGSVGElement,
  side: HTMLElement[],
): void {
  fill(
    main,
    h("h1", {}, "Deal graph"),
    dateControl,
    h(
      "div",
      { class: "split graph-split" },
      h(
        "section",
        { class: "panel", "aria-labelledby": "graph-heading" },
        h("h2", { id: "graph-heading" }, "Who pays whom"),
        h("form", { class: "filters", id: "graph-filters", "aria-label": "Filter the deals" }, ...filters),
        h(
          "p",
          { class: "meta" },
          "Arrow from payer to payee; width by amount within its unit; dashed: letter of intent; faded: superseded or cancelled. Drag to pan, wheel to zoom.",
        ),
        root,
      ),
      h("section", { class: "panel", "aria-labelledby": "detail-heading" }, ...side),
    ),
  );
}

export async function graphPage(main: HTMLElement, route: Route): Promise<void> {
  const all = await getJson<DealGraph>("/api/graph");
  const months = [
    ...new Set(all.edges.map((e) => (e.dates.announced ?? "").slice(0, 7)).filter(Boolean)),
  ].sort();
  let asOf = asOfOf(route);
  const instruments = [...new Set(all.edges.map((e) => e.instrument))].sort();
  const statuses = [...new Set(all.edges.map((e) => e.status))].sort();
  const instrument = select("instrument", "Instrument", instruments, route.params.get("instrument") ?? "");
  const status = select("status", "Status", statuses, route.params.get("status") ?? "");
  instrument.querySelector("select")!.id = "instrument";
  status.querySelector("select")!.id = "deal-status";
  const index = monthIndex(months, asOf);
  const slider = h("input", {
    id: "as-of",
    type: "range",
    min: 0,
    max: months.length,
    step: 1,
    value: index,
  });
  const sliderLabel = h("output", { id: "as-of-label", for: "as-of" }, asOf ?? "all");
  const dateControl = h("div", {}, asOfControl(asOf));
  const root = svg("svg", {
    id: "graph",
    role: "group",
    "aria-label": "Deal graph",
    viewBox: `0 0 ${GRAPH_SIZE} ${GRAPH_SIZE}`,
  });
  const heading = h("h2", { id: "detail-heading" }, "Click a deal or a party");
  const detail = h("div", { id: "detail" });
  const loops = h("div");
  let graph = all;
  let shown = 0;
  let loading = 0;

  const showEdge = async (e: GraphEdge) => {
    const ticket = ++shown;
    for (const line of root.querySelectorAll(".edge"))
      line.classList.toggle("selected", line.getAttribute("data-edge") === e.id);
    heading.textContent = `${e.from} → ${e.to}: ${words(e.instrument)}`;
    const facts = h("ul", { class: "plain" }, ...edgeFacts(e).map((f) => h("li", {}, f)));
    fill(detail, facts);
    const quotes = await sourceQuotes(e);
    if (ticket === shown) fill(detail, facts, ...quotes);
    announce(`${e.from} → ${e.to} shown`);
  };
  const showParty = (party: string) => {
    shown++;
    heading.textContent = party;
    const edges = graph.edges.filter((e) => e.from === party || e.to === party);
    const metrics = graph.metrics.filter((m) => m.entity === party);
    fill(
      detail,
      h(
        "p",
        {},
        `${edges.filter((e) => e.from === party).length} outgoing, ${edges.filter((e) => e.to === party).length} incoming deals`,
      ),
      metrics.length === 0 ? h("p", { class: "meta" }, "no metric for this party") : null,
      ...metrics.flatMap((m) => [
        h("p", { class: "metric" }, h("strong", {}, `${words(m.metric)}: ${m.display}`)),
        h("p", { class: "meta" }, `${m.arithmetic} · claims ${m.claimIds.join(", ")}`),
      ]),
    );
  };
  const redraw = () => {
    const kind = instrument.querySelector("select")!.value;
    const state = status.querySelector("select")!.value;
    const edges = graph.edges.filter(
      (e) => (!kind || e.instrument === kind) && (!state || e.status === state),
    );
    drawGraph(root, graph, edges, { onEdge: (e) => void showEdge(e), onParty: showParty });
    fill(loops, loopList(graph));
    replaceParams({ instrument: kind || null, status: state || null, asOf });
    root.dataset.edges = String(edges.length);
    announce(
      `${edges.length} of ${graph.edges.length} deals among ${graph.parties.length} parties${graph.asOf ? ` as of ${graph.asOf}` : ""}`,
    );
  };
  const load = async () => {
    const ticket = ++loading;
    sliderLabel.textContent = asOf ?? "all";
    const read = asOf ? await getJson<DealGraph>("/api/graph", withAsOf(asOf)) : all;
    if (ticket !== loading) return;
    graph = read;
    redraw();
  };
  slider.addEventListener("input", () => {
    asOf = months[Number(slider.value)] ?? null;
    fill(dateControl, asOfControl(asOf));
    void load();
  });
  instrument.addEventListener("change", redraw);
  status.addEventListener("change", redraw);
  panAndZoom(root);

  drawLayout(main, dateControl, [h("label", {}, "Month", slider), sliderLabel, instrument, status], root, [
    heading,
    detail,
    h("h3", {}, "Loops"),
    loops,
  ]);
  await load();
}
