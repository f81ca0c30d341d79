import { getJson, postJson, problemText } from "../api.js";
import { asOfControl, asOfOf, withAsOf } from "../components/as-of.js";
import { confidenceBadge } from "../components/source.js";
import { fill, h, input } from "../dom.js";
import { hrefFor, navigate, type Route, withParams } from "../state.js";
import type { Claim, DocumentDetail } from "../types.js";
import { documents } from "./claims.js";

/** Cuts the text at every span boundary; each piece lists the claims whose span covers it. */
export function segments(text: string, claims: readonly Claim[]): { text: string; claims: string[] }[] {
  const cuts = new Set([0, text.length]);
  for (const c of claims) {
    cuts.add(Math.max(0, Math.min(text.length, c.span.start)));
    cuts.add(Math.max(0, Math.min(text.length, c.span.end)));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const pieces: { text: string; claims: string[] }[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const [from, to] = [points[i]!, points[i + 1]!];
    const covering = claims.filter(
      (c) => c.span.start <= from && c.span.end >= to && c.span.end > c.span.start,
    );
    pieces.push({ text: text.slice(from, to), claims: covering.map((c) => c.id) });
  }
  return pieces;
}

function claimList(claims: readonly Claim[]): HTMLElement {
  return h(
    "ul",
    { class: "plain", id: "span-claims" },
    ...claims.map((c) =>
      h(
        "li",
        {},
        h(
          "a",
          { href: hrefFor("claims", { claim: c.id }), "data-app-link": "" },
          `${c.entity} · ${c.metric.replaceAll("_", " ")}`,
        ),
        ` ${c.valueText} · ${c.periodText || "no period"} · ${c.status} `,
        confidenceBadge(c.confidence, c.confidence !== undefined && c.confidence < 0.5),
      ),
    ),
  );
}

async function documentIndex(main: HTMLElement, asOf: string | null): Promise<void> {
  const docs = await documents(asOf);
  fill(
    main,
    h("h1", {}, "Documents"),
    asOfControl(asOf),
    h(
      "ul",
      { class: "plain documents" },
      ...docs.map((d) =>
        h(
          "li",
          {},
          h("a", { href: hrefFor("document", { doc: d.id }), "data-app-link": "" }, d.title || d.source),
          h(
            "span",
            { class: "muted" },
            ` ${d.published ?? "undated"} · ${d.language} · ${d.claimCount} claims`,
          ),
        ),
      ),
    ),
  );
}

/**
 * A reviewer's publication date (as `documents set-date`): logged with who and why; the document's
 * unreviewed claims are read again with it, so revisions and conflicts follow.
 */
function dateForm(documentId: string, published: string | null, saved: () => void): HTMLElement {
  const error = h("p", { class: "error", role: "alert", id: "date-error" });
  const form = h(
    "form",
    { class: "filters", "aria-label": "Set the publication date" },
    input("published", "Published (YYYY, YYYY-MM or YYYY-MM-DD)", published ?? "", { required: true }),
    input("reason", "How it was established", "", { required: true, placeholder: "date on the page" }),
    input("by", "Reviewer", "dashboard", { required: true }),
    h("button", { type: "submit" }, "Set the date"),
    error,
  );
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const data = new FormData(form);
    error.textContent = "";
    try {
      await postJson(`/api/documents/${encodeURIComponent(documentId)}/date`, {
        published: String(data.get("published") ?? ""),
        reason: String(data.get("reason") ?? ""),
        by: String(data.get("by") ?? ""),
      });
      saved();
    } catch (failure) {
      error.textContent = problemText(failure);
    }
  });
  return h("details", {}, h("summary", {}, "Set the publication date"), form);
}

function dateHistory(events: DocumentDetail["dateEvents"]): HTMLElement | null {
  if (events.length === 0) return null;
  return h(
    "ul",
    { class: "plain", id: "date-events", "aria-label": "Publication date reviews" },
    ...events.map((e) =>
      h(
        "li",
        {},
        h("strong", {}, `${e.previous.published ?? "undated"} → ${e.payload.published ?? "undated"}`),
        ` by ${e.actor} on ${e.at.slice(0, 10)}: ${e.reason}`,
      ),
    ),
  );
}

export async function documentPage(main: HTMLElement, route: Route): Promise<void> {
  const id = route.params.get("doc");
  const asOf = asOfOf(route);
  if (!id) return documentIndex(main, asOf);
  const {
    document: shown,
    claims,
    dateEvents,
  } = await getJson<DocumentDetail>(`/api/documents/${encodeURIComponent(id)}`, withAsOf(asOf));
  const selected = route.params.get("claim");
  const byId = new Map(claims.map((c) => [c.id, c]));
  const side = h(
    "section",
    { class: "panel", "aria-labelledby": "span-heading" },
    h("h2", { id: "span-heading" }, "Claims of the marked text"),
    h("p", { class: "muted" }, "Choose a marked figure."),
  );
  const text = h("div", { class: "analysed", id: "document-text" });
  for (const piece of segments(shown.text, claims)) {
    if (piece.claims.length === 0) {
      text.appendChild(document.createTextNode(piece.text));
      continue;
    }
    const mark = h(
      "mark",
      {
        class: `claim${selected && piece.claims.includes(selected) ? " selected" : ""}`,
        "data-claims": piece.claims.join(" "),
        tabindex: "0",
        role: "button",
        "aria-label": `${piece.claims.length} claim${piece.claims.length > 1 ? "s" : ""}: ${piece.text}`,
      },
      piece.text,
    );
    text.appendChild(mark);
  }
  const choose = (mark: HTMLElement) => {
    const ids = (mark.dataset.claims ?? "").split(" ");
    fill(
      side,
      h("h2", { id: "span-heading" }, "Claims of the marked text"),
      claimList(ids.map((i) => byId.get(i)!).filter(Boolean)),
    );
    navigate(withParams({ claim: ids[0] ?? null }), { replace: true });
  };
  text.addEventListener("click", (event) => {
    const mark = (event.target as Element).closest<HTMLElement>("mark.claim");
    if (mark) choose(mark);
  });
  text.addEventListener("keydown", (event) => {
    const mark = (event.target as Element).closest<HTMLElement>("mark.claim");
    if (mark && (event.key === "Enter" || event.key === " ")) {
      event.preventDefault();
      choose(mark);
    }
  });
  fill(
    main,
    h("h1", {}, shown.title || shown.source),
    asOfControl(asOf),
    h(
      "p",
      { class: "meta", id: "document-meta" },
      `${shown.published ?? "undated"} · ${shown.language} · ${claims.length} claims · `,
      h(
        "a",
        { href: hrefFor("claims", { document: shown.id }), "data-app-link": "" },
        "Its claims in the table",
      ),
    ),
    dateHistory(dateEvents),
    // A date review is recorded on the ledger as it is now, not on a past view of it.
    asOf ? null : dateForm(shown.id, shown.published, () => void documentPage(main, route)),
    h("div", { class: "split" }, text, side),
  );
  const first = text.querySelector<HTMLElement>("mark.selected");
  if (first) {
    fill(
      side,
      h("h2", { id: "span-heading" }, "Claims of the marked text"),
      claimList(
        (first.dataset.claims ?? "")
          .split(" ")
          .map((i) => byId.get(i)!)
          .filter(Boolean),
      ),
    );
    first.scrollIntoView({ block: "center" });
    first.focus({ preventScroll: true });
  }
}
