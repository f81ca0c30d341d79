import { formatChange } from "../../../src/core/amount-format.js";
import { getJson, problemText } from "../api.js";
import { fill, h, input } from "../dom.js";
import { hrefFor, navigate, type Route } from "../state.js";
import type { Fact, Pair, Revision } from "../types.js";
import { documents } from "./claims.js";

/** "What changed": since a date or with a document — new claims, revisions, conflicts, checks, answers. */

interface ClaimAdded {
  id: string;
  documentId: string;
  entity: string;
  metric: string;
  quote: string;
  reported: string | null;
}
interface Answer {
  name: string;
  kind: "event" | "scalar";
  unit: string;
  before: { probability: number } | { p50: number };
  after: { probability: number } | { p50: number };
}
interface ChangesReport {
  label: string;
  ledger: {
    newClaims: ClaimAdded[];
    revisions: Revision[];
    conflictsOpened: Pair[];
    conflictsSettled: { conflict: Pair; how: string; text: string | null }[];
    checks: {
      rule: string;
      subject: string;
      before: string | null;
      after: string | null;
      arithmetic: string;
    }[];
  };
  scenarios: {
    file: string;
    scenario: string;
    answers: Answer[];
    drivers: { input: string; effect: number }[];
  }[];
}

const quoteOf = (fact: Fact) => fact.sources[0]?.quote ?? "";
const percent = (p: number) => `${(p * 100).toFixed(1)} %`;

/** "P 12.0 % → 31.5 %" or "880 → 283 bn $". */
function answerChange(a: Answer): string {
  const { before, after } = a;
  if ("p50" in before && "p50" in after) return formatChange(before.p50, after.p50, a.unit);
  const side = (s: Answer["before"]) => ("probability" in s ? percent(s.probability) : "?");
  return `${side(before)} → ${side(after)}`;
}

function section(id: string, title: string, items: HTMLElement[]): HTMLElement {
  return h(
    "section",
    { id, "aria-labelledby": `${id}-heading` },
    h("h2", { id: `${id}-heading` }, `${title} (${items.length})`),
    items.length === 0 ? h("p", { class: "muted" }, "None.") : h("ul", { class: "plain" }, ...items),
  );
}

function report(r: ChangesReport): HTMLElement[] {
  const l = r.ledger;
  return [
    h("p", { class: "meta", id: "changes-label" }, r.label),
    section(
      "new-claims",
      "New claims",
      l.newClaims.map((c) =>
        h(
          "li",
          {},
          h(
            "a",
            { href: hrefFor("document", { doc: c.documentId, claim: c.id }), "data-app-link": "" },
            `${c.entity} · ${c.metric.replaceAll("_", " ")}`,
          ),
          ` — ${c.quote}`,
        ),
      ),
    ),
    section(
      "changed-revisions",
      "Revisions",
      l.revisions.map((rev) =>
        h(
          "li",
          {},
          h("p", {}, rev.reason),
          h(
            "div",
            { class: "side-by-side" },
            h("blockquote", { class: "quote" }, `Before: ${quoteOf(rev.from)}`),
            h("blockquote", { class: "quote" }, `After: ${quoteOf(rev.to)}`),
          ),
        ),
      ),
    ),
    section(
      "opened",
      "Conflicts opened",
      l.conflictsOpened.map((c) => h("li", {}, c.text)),
    ),
    section(
      "settled",
      "Conflicts closed or explained",
      l.conflictsSettled.map((s) =>
        h("li", {}, `${s.how}: ${s.conflict.text}${s.text ? ` — ${s.text}` : ""}`),
      ),
    ),
    section(
      "changed-checks",
      "Checks changed",
      l.checks.map((c) =>
        h(
          "li",
          {},
          `${c.subject}: ${c.before ?? "—"} → ${c.after ?? "—"}`,
          h("div", { class: "arithmetic" }, c.arithmetic),
        ),
      ),
    ),
    section(
      "answers",
      "Scenario answers",
      r.scenarios.map((s) =>
        h(
          "li",
          {},
          h("strong", {}, s.scenario),
          h(
            "ul",
            {},
            ...s.answers.map((a) => h("li", {}, `${a.name}: ${answerChange(a)}`)),
            ...s.drivers.map((d) => h("li", { class: "muted" }, `driven by ${d.input}`)),
          ),
        ),
      ),
    ),
  ];
}

export async function changesPage(main: HTMLElement, route: Route): Promise<void> {
  const docs = await documents(null);
  const since = route.params.get("since") ?? "";
  const from = route.params.get("from") ?? "";
  const scenarios = route.params.get("scenarios") === "true";
  const form = h(
    "form",
    { class: "filters", "aria-label": "What changed since a date or with a document" },
    input("since", "Since date", since, { type: "date" }),
    h(
      "label",
      {},
      "or with document",
      h(
        "select",
        { name: "from" },
        h("option", { value: "" }, "—"),
        ...docs.map((d) =>
          h(
            "option",
            { value: d.id, selected: d.id === from },
            `${d.title || d.source} (${d.published ?? "undated"})`,
          ),
        ),
      ),
    ),
    h(
      "label",
      { class: "check" },
      h("input", { type: "checkbox", name: "scenarios", value: "true", checked: scenarios }),
      "Rerun scenarios",
    ),
    h("button", { type: "submit" }, "Show changes"),
  );
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const data = new FormData(form);
    const chosenFrom = String(data.get("from") ?? "");
    navigate(
      hrefFor("changes", {
        ...(chosenFrom ? { from: chosenFrom } : { since: String(data.get("since") ?? "") }),
        scenarios: data.get("scenarios") ? "true" : null,
      }),
    );
  });
  const out = h("div", { id: "changes" });
  fill(main, h("h1", {}, "What changed"), form, out);
  if (!since && !from) return void fill(out, h("p", { class: "muted" }, "Pick a date or a document."));
  fill(out, h("p", { class: "muted" }, scenarios ? "Rerunning the scenarios before and after…" : "Reading…"));
  try {
    const query = new URLSearchParams(from ? { from } : { since });
    if (scenarios) query.set("scenarios", "true");
    fill(out, ...report(await getJson<ChangesReport>("/api/changes", query)));
  } catch (error) {
    fill(out, h("p", { class: "error", role: "alert" }, problemText(error)));
  }
}
