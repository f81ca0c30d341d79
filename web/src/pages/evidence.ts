import { getJson } from "../api.js";
import { chartDownloads, drawChart } from "../charts.js";
import { asOfControl, asOfOf, withAsOf } from "../components/as-of.js";
import { append, fill, h } from "../dom.js";
import { hrefFor, navigate, type Route, withParams } from "../state.js";
import type { Check, Fact, Pair, Revision } from "../types.js";

/** Timelines (interactive: a point opens its sentence), conflicts and revisions side by side, checks. */

interface Series {
  entity: string;
  metric: string;
  facts: number;
}

function sourceCard(fact: Fact, role: string): HTMLElement {
  const source = fact.sources[0];
  return h(
    "div",
    { class: "card" },
    h("p", { class: "meta" }, `${role}: ${fact.display} · ${fact.periodLabel}`),
    h("blockquote", { class: "quote" }, source?.quote ?? ""),
    source
      ? h(
          "a",
          {
            href: hrefFor("document", { doc: source.documentId, claim: source.claimId }),
            "data-app-link": "",
          },
          `${source.title ?? source.documentId} (${source.reported ?? "undated"})`,
        )
      : null,
  );
}

function pairList(id: string, title: string, pairs: { a: Fact; b: Fact; text: string }[]): HTMLElement {
  return h(
    "section",
    { "aria-labelledby": `${id}-heading`, id },
    h("h2", { id: `${id}-heading` }, `${title} (${pairs.length})`),
    pairs.length === 0 ? h("p", { class: "muted" }, "None.") : null,
    ...pairs.map((p) =>
      h(
        "article",
        { class: "pair" },
        h("p", {}, p.text),
        h("div", { class: "side-by-side" }, sourceCard(p.a, "A"), sourceCard(p.b, "B")),
      ),
    ),
  );
}

function checkList(checks: Check[]): HTMLElement {
  return h(
    "section",
    { "aria-labelledby": "checks-heading", id: "checks" },
    h("h2", { id: "checks-heading" }, `Checks (${checks.length})`),
    h(
      "ul",
      { class: "plain" },
      ...checks.map((c) =>
        h(
          "li",
          { class: `check ${c.status}` },
          h("strong", {}, `${c.status} · ${c.subject}`),
          h("div", { class: "arithmetic" }, c.arithmetic),
          h(
            "div",
            {},
            ...c.claimIds.map((id) =>
              h("a", { href: hrefFor("claims", { claim: id }), "data-app-link": "", class: "chip" }, id),
            ),
          ),
        ),
      ),
    ),
  );
}

async function timeline(
  holder: HTMLElement,
  series: Series[],
  chosen: string,
  asOf: string | null,
): Promise<void> {
  const [entity, metric] = chosen.split("|");
  const picker = h(
    "label",
    {},
    "Timeline ",
    h(
      "select",
      { name: "timeline", id: "timeline-pick" },
      ...series.map((s) => {
        const key = `${s.entity}|${s.metric}`;
        return h(
          "option",
          { value: key, selected: key === chosen },
          `${s.entity} · ${s.metric.replaceAll("_", " ")} (${s.facts})`,
        );
      }),
    ),
  );
  picker
    .querySelector("select")!
    .addEventListener("change", (e) =>
      navigate(withParams({ timeline: (e.target as HTMLSelectElement).value }), { replace: true }),
    );
  const chart = h("div", { class: "chart", id: "timeline-chart" });
  const downloads = h("p", { class: "actions" });
  fill(holder, h("h2", { id: "timeline-heading" }, "Timeline"), picker, chart, downloads);
  if (!entity || !metric) return;
  const { spec, claims } = await getJson<{ spec: object; claims: Record<string, string | null> }>(
    "/api/dashboard/timeline-spec",
    withAsOf(asOf, { entity, metric }),
  );
  const result = await drawChart(
    chart,
    { ...spec, width: "container", autosize: { type: "fit-x", contains: "padding" } },
    `${entity} ${metric} timeline: hover a point for its figure and source, click to open its sentence`,
  );
  result.view.addEventListener("click", async (_event, item) => {
    const factId = (item?.datum as { id?: string } | undefined)?.id;
    const claimId = factId ? claims[factId] : null;
    if (!claimId) return;
    const { claim } = await getJson<{ claim: { documentId: string } }>(
      `/api/claims/${encodeURIComponent(claimId)}`,
      withAsOf(asOf),
    );
    navigate(hrefFor("document", { doc: claim.documentId, claim: claimId }));
  });
  append(downloads, ["Save the chart: ", ...(await chartDownloads(result, `timeline-${entity}-${metric}`))]);
  chart.dataset.ready = "true";
}

export async function evidencePage(main: HTMLElement, route: Route): Promise<void> {
  const asOf = asOfOf(route);
  const [{ series }, conflicts, checks, revisions] = await Promise.all([
    getJson<{ series: Series[] }>("/api/dashboard/timelines", withAsOf(asOf)),
    getJson<{ conflicts: Pair[]; explained: Pair[] }>("/api/conflicts", withAsOf(asOf, { limit: "500" })),
    getJson<{ checks: Check[] }>("/api/checks", withAsOf(asOf, { limit: "500" })),
    getJson<{ revisions: Revision[] }>("/api/dashboard/revisions", withAsOf(asOf)),
  ]);
  const first = series[0];
  // A series the ledger did not have yet on the date asked falls back to the first it had.
  const wanted = route.params.get("timeline");
  const known = series.some((s) => `${s.entity}|${s.metric}` === wanted);
  const chosen = wanted && known ? wanted : first ? `${first.entity}|${first.metric}` : "";
  const holder = h("section", { "aria-labelledby": "timeline-heading", class: "timeline" });
  fill(
    main,
    h("h1", {}, "Evidence"),
    asOfControl(asOf),
    holder,
    pairList(
      "revisions",
      "Revisions",
      revisions.revisions.map((r) => ({ a: r.from, b: r.to, text: r.reason })),
    ),
    pairList("conflicts", "Conflicts", conflicts.conflicts),
    pairList("explained", "Explained differences", conflicts.explained),
    checkList(checks.checks),
  );
  await timeline(holder, series, chosen, asOf);
}
