import { getJson, postJson, problemText } from "../api.js";
import { asOfControl, asOfOf, withAsOf } from "../components/as-of.js";
import { showClaimPanel } from "../components/claim-panel.js";
import { confidenceBadge, sourceSentence } from "../components/source.js";
import { announce, fill, h, input, select } from "../dom.js";
import { hrefFor, navigate, type Route, withParams } from "../state.js";
import type { DocumentSummary, Facets, SearchRow } from "../types.js";

/** The filters the claims table reads from the URL, in the order the form shows them. */
export const FILTERS = [
  "q",
  "entity",
  "metric",
  "period",
  "qualifier",
  "status",
  "confidence",
  "document",
  "language",
  "sort",
] as const;

const PAGE_SIZE = 50;

let facetsOnce: Promise<Facets> | null = null;
/** The documents listing, now ("") or as known on a date, read once per date. */
const documentsAsOf = new Map<string, Promise<DocumentSummary[]>>();
export const facets = () => (facetsOnce ??= getJson<Facets>("/api/claim-search/facets"));
export function documents(asOf: string | null): Promise<DocumentSummary[]> {
  const key = asOf ?? "";
  let listing = documentsAsOf.get(key);
  if (!listing) {
    listing = getJson<{ documents: DocumentSummary[] }>(
      "/api/documents",
      withAsOf(asOf, { limit: "500" }),
    ).then((r) => r.documents);
    listing.catch(() => documentsAsOf.delete(key));
    documentsAsOf.set(key, listing);
  }
  return listing;
}

function filtersOf(params: URLSearchParams): URLSearchParams {
  const kept = new URLSearchParams();
  for (const name of FILTERS) {
    const value = params.get(name);
    if (value) kept.set(name, value);
  }
  return kept;
}

function filterForm(params: URLSearchParams, f: Facets, docs: DocumentSummary[]): HTMLFormElement {
  const get = (name: string) => params.get(name) ?? "";
  const documentSelect = h(
    "label",
    {},
    "Document",
    h(
      "select",
      { name: "document" },
      h("option", { value: "" }, "any"),
      ...docs.map((d) =>
        h("option", { value: d.id, selected: d.id === get("document") }, d.title || d.source),
      ),
    ),
  );
  const form = h(
    "form",
    { class: "filters", role: "search", "aria-label": "Search and filter claims" },
    input("q", "Search", get("q"), { type: "search", placeholder: "words in the sentence or entity" }),
    input("entity", "Entity", get("entity")),
    select("metric", "Metric", f.metrics, get("metric")),
    input("period", "Period", get("period"), { placeholder: "YYYY or YYYY-MM" }),
    select("qualifier", "Qualifier", f.qualifiers, get("qualifier")),
    select("status", "Status", f.statuses, get("status"), "any but rejected"),
    select("confidence", "Confidence", ["low", "high"], get("confidence")),
    documentSelect,
    select("language", "Language", f.languages, get("language")),
    select("sort", "Sort", f.sorts, get("sort"), "report date"),
    h("button", { type: "submit" }, "Apply"),
  );
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const values: Record<string, string> = {};
    for (const [name, value] of new FormData(form))
      if (String(value).trim()) values[name] = String(value).trim();
    navigate(hrefFor("claims", values));
  });
  return form;
}

function claimRow(claim: SearchRow, selected: string | null): HTMLTableRowElement {
  const open = h(
    "a",
    {
      href: withParams({ claim: claim.id }),
      "data-app-link": "",
      class: "open",
    },
    claim.entity,
  );
  return h(
    "tr",
    {
      "data-claim": claim.id,
      class:
        [claim.id === selected ? "selected" : "", claim.lowConfidence ? "low" : ""].join(" ").trim() || null,
    },
    h("td", {}, h("input", { type: "checkbox", value: claim.id, "aria-label": `Select claim ${claim.id}` })),
    h("td", {}, open, claim.counterparty ? h("div", { class: "muted" }, `with ${claim.counterparty}`) : null),
    h("td", {}, claim.metric.replaceAll("_", " ")),
    h("td", { class: "num" }, claim.valueText),
    h("td", {}, claim.periodText),
    h("td", {}, claim.qualifier),
    h("td", { class: "confidence" }, confidenceBadge(claim.confidence, claim.lowConfidence)),
    h("td", { class: "status" }, claim.status),
    h(
      "td",
      { class: "source" },
      sourceSentence(claim.source),
      h("div", { class: "muted" }, claim.documentTitle ?? ""),
    ),
  );
}

function exportLinks(filters: URLSearchParams, asOf: string | null): HTMLElement {
  const link = (format: string, label: string) => {
    const query = new URLSearchParams(filters);
    if (asOf) query.set("asOf", asOf);
    query.delete("sort");
    query.set("format", format);
    return h(
      "a",
      { href: `/api/claim-search/export?${query}`, download: `claims.${format}`, class: "button" },
      label,
    );
  };
  return h(
    "p",
    { class: "actions" },
    "Export these claims: ",
    link("csv", "CSV"),
    " ",
    link("jsonl", "JSON Lines"),
  );
}

function bulkBar(table: HTMLTableElement, reload: () => void): HTMLFormElement {
  const message = h("p", { class: "error", role: "alert" });
  const form = h(
    "form",
    { class: "bulk", "aria-label": "Accept the selected claims" },
    input("reason", "Why", "", { required: true, placeholder: "checked against the sources" }),
    input("by", "Reviewer", "dashboard", { required: true }),
    h("button", { type: "submit" }, "Accept selected"),
    message,
  );
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const ids = [...table.querySelectorAll<HTMLInputElement>("tbody input[type=checkbox]:checked")].map(
      (c) => c.value,
    );
    if (ids.length === 0) {
      message.textContent = "select claims in the table first";
      return;
    }
    const data = new FormData(form);
    try {
      const result = await postJson<{
        accepted: string[];
        unchanged: string[];
        failed: { message: string }[];
      }>("/api/claim-search/accept", { ids, reason: data.get("reason"), by: data.get("by") });
      message.textContent = result.failed.map((f) => f.message).join("; ");
      announce(`${result.accepted.length} accepted, ${result.unchanged.length} already accepted`);
      reload();
    } catch (error) {
      message.textContent = problemText(error);
    }
  });
  return form;
}

const HEADERS = ["", "Entity", "Metric", "Value", "Period", "Qualifier", "Confidence", "Status", "Source"];

export async function claimsPage(main: HTMLElement, route: Route): Promise<void> {
  const asOf = asOfOf(route);
  const [f, docs] = await Promise.all([facets(), documents(asOf)]);
  const filters = filtersOf(route.params);
  const selected = route.params.get("claim");
  const body = h("tbody");
  const table = h(
    "table",
    { class: "claims", id: "claims-table" },
    h("caption", { class: "visually-hidden" }, "Claims matching the filters"),
    h(
      "thead",
      {},
      h(
        "tr",
        {},
        ...HEADERS.map((title, i) =>
          h("th", { scope: "col" }, i === 0 ? h("span", { class: "visually-hidden" }, "Select") : title),
        ),
      ),
    ),
    body,
  );
  const more = h("button", { type: "button", id: "more", hidden: true }, "More claims");
  const count = h("p", { class: "meta", id: "claims-count" });
  const panel = h("section", { class: "panel", id: "claim-panel", "aria-labelledby": "claim-heading" });
  let next: string | null = null;
  let shown = 0;
  const load = async (reset: boolean) => {
    const query = new URLSearchParams(filters);
    query.set("limit", String(PAGE_SIZE));
    if (asOf) query.set("asOf", asOf);
    if (!reset && next) query.set("after", next);
    const page = await getJson<{ claims: SearchRow[]; next: string | null }>("/api/claim-search", query);
    if (reset) {
      body.replaceChildren();
      shown = 0;
    }
    for (const claim of page.claims) body.appendChild(claimRow(claim, selected));
    shown += page.claims.length;
    next = page.next;
    more.hidden = next === null;
    count.textContent = `${shown} claim${shown === 1 ? "" : "s"} shown${next ? " (more below)" : ""}`;
  };
  more.addEventListener("click", () => void load(false));
  fill(
    main,
    h("h1", {}, "Claims"),
    asOfControl(asOf),
    filterForm(route.params, f, docs),
    exportLinks(filters, asOf),
    h(
      "div",
      { class: selected ? "claims-split open" : "claims-split" },
      h(
        "div",
        { class: "table-wrap" },
        count,
        // Reviews are recorded on the ledger as it is now, not on a past view of it.
        asOf ? null : bulkBar(table, () => void load(true)),
        h("div", { class: "scroll" }, table),
        more,
      ),
      selected ? panel : null,
    ),
  );
  await load(true);
  if (selected) await showClaimPanel(panel, selected, f, () => void load(true), asOf);
}
