import { getJson, problemText } from "../api.js";
import { fill, h } from "../dom.js";
import type { SearchRow } from "../types.js";
import { withAsOf } from "./as-of.js";
import { confidenceBadge, sourceSentence } from "./source.js";

/**
 * The claims table in small, to bind a scenario input: search (the claims page's full-text search
 * and filters) as known on the page's date, each claim with its sentence and figure marked, a
 * button to pick it.
 */

const PICKER_PAGE = 20;

function resultRow(row: SearchRow, onPick: (row: SearchRow) => void): HTMLTableRowElement {
  return h(
    "tr",
    { "data-claim": row.id },
    h(
      "td",
      {},
      h(
        "button",
        {
          type: "button",
          class: "small",
          "aria-label": `Bind to claim ${row.id}`,
          onclick: () => onPick(row),
        },
        "Bind",
      ),
    ),
    h("td", {}, row.entity, h("div", { class: "meta" }, row.metric.replaceAll("_", " "))),
    h("td", { class: "num" }, row.valueText, h("div", { class: "meta" }, row.periodText)),
    h("td", { class: "confidence" }, confidenceBadge(row.confidence, row.lowConfidence)),
    h("td", { class: "source" }, sourceSentence(row.source)),
  );
}

/** A search form and its results; `q` is the first search; `asOf` offers only the claims known then. */
export function claimPicker(
  onPick: (row: SearchRow) => void,
  initial: { q?: string; asOf?: string | null } = {},
): HTMLElement {
  const results = h("div", { class: "scroll", id: "picker-results" });
  const form = h(
    "form",
    { class: "filters", role: "search", "aria-label": "Find a claim to bind" },
    h(
      "label",
      {},
      "Search claims",
      h("input", {
        type: "search",
        name: "q",
        value: initial.q ?? "",
        autocomplete: "off",
        placeholder: "entity, metric or words of the sentence",
      }),
    ),
    h("button", { type: "submit" }, "Search"),
  );
  const search = async () => {
    const q = String(new FormData(form).get("q") ?? "");
    fill(results, h("p", { class: "muted" }, "Searching…"));
    try {
      const params = withAsOf(initial.asOf ?? null, { limit: String(PICKER_PAGE) });
      if (q.trim()) params.set("q", q);
      const { claims } = await getJson<{ claims: SearchRow[] }>("/api/claim-search", params);
      if (claims.length === 0) {
        fill(results, h("p", { class: "muted" }, `No claim matches “${q}”.`));
        return;
      }
      fill(
        results,
        h(
          "table",
          { class: "picker" },
          h("caption", { class: "visually-hidden" }, "Claims to bind"),
          h(
            "thead",
            {},
            h(
              "tr",
              {},
              ...["", "Entity", "Value", "Confidence", "Sentence"].map((t) =>
                h("th", { scope: "col" }, t || h("span", { class: "visually-hidden" }, "Pick")),
              ),
            ),
          ),
          h("tbody", {}, ...claims.map((row) => resultRow(row, onPick))),
        ),
      );
      results.dataset.ready = "true";
    } catch (error) {
      fill(results, h("p", { class: "error", role: "alert" }, problemText(error)));
    }
  };
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    void search();
  });
  void search();
  return h("div", { class: "picker-box", id: "claim-picker" }, form, results);
}
