import { ApiError, getJson, postJson, problemText } from "../api.js";
import { fill, h, input, select } from "../dom.js";
import { hrefFor } from "../state.js";
import type { Claim, ClaimDetail, Facets, Period, ReviewEvent } from "../types.js";
import { withAsOf } from "./as-of.js";
import { markedSentence } from "./source.js";

/** The selected claim: its sentence, a correction form (validated by the ledger) and its review history. */

export function periodText(period: Period | null): string {
  if (!period) return "";
  if ("asOf" in period) return `as of ${period.asOf}`;
  return `${period.start ?? ""}..${period.end ?? ""}`;
}

/** "2025-01-01..2025-12-31", "as of 2025-10", "" (none); anything else is returned as a problem. */
export function parsePeriod(text: string): { period: Period | null } | { problem: string } {
  const trimmed = text.trim();
  if (trimmed === "") return { period: null };
  const asOf = /^as of\s+(\S+)$/i.exec(trimmed);
  if (asOf) return { period: { asOf: asOf[1]! } };
  const range = /^(\S*)\s*\.\.\s*(\S*)$/.exec(trimmed);
  if (range) return { period: { start: range[1] || null, end: range[2] || null } };
  return { problem: `period: write START..END (either may be empty) or "as of DATE", not "${trimmed}"` };
}

function numberOrNull(text: string): number | null | "bad" {
  if (text.trim() === "") return null;
  const n = Number(text);
  return Number.isFinite(n) ? n : "bad";
}

const BOUNDS = ["exact", "approx", "at_least", "at_most", "up_to", "range"];

/** The fields that differ from the claim, read from the form; or the first problem found. */
export function correctionFrom(form: HTMLFormElement, claim: Claim): Record<string, unknown> | string {
  const data = new FormData(form);
  const text = (name: string) => String(data.get(name) ?? "");
  const set: Record<string, unknown> = {};
  const entity = text("entity").trim();
  if (entity !== claim.entity) set.entity = entity;
  const counterparty = text("counterparty").trim() || null;
  if (counterparty !== claim.counterparty) set.counterparty = counterparty;
  for (const field of ["metric", "unit", "qualifier"] as const)
    if (text(field) !== claim[field]) set[field] = text(field);
  const low = numberOrNull(text("low"));
  const high = numberOrNull(text("high"));
  if (low === "bad" || high === "bad")
    return "value: low and high are numbers in base units (1.4e12 is 1.4 tn)";
  const value = { low, high, bound: text("bound") };
  if (JSON.stringify(value) !== JSON.stringify(claim.value)) set.value = value;
  const period = parsePeriod(text("period"));
  if ("problem" in period) return period.problem;
  if (periodText(period.period) !== periodText(claim.period)) set.period = period.period;
  return set;
}

function change(before: unknown, after: unknown): string {
  const show = (v: unknown) =>
    v === null || v === undefined ? "—" : typeof v === "string" ? v : JSON.stringify(v);
  return `${show(before)} → ${show(after)}`;
}

export function historyList(events: readonly ReviewEvent[]): HTMLElement {
  if (events.length === 0) return h("p", { class: "muted" }, "Not reviewed yet.");
  return h(
    "ol",
    { class: "history" },
    ...events.map((event) => {
      const fields =
        event.action === "correct"
          ? Object.keys(event.payload).map((field) =>
              h("li", {}, `${field}: ${change(event.previous[field], event.payload[field])}`),
            )
          : [
              h(
                "li",
                {},
                `status: ${change(event.previous.status, event.action === "accept" ? "accepted" : event.action === "reject" ? "rejected" : event.action)}`,
              ),
            ];
      return h(
        "li",
        { "data-version": event.version },
        h("strong", {}, `v${event.version} ${event.action.replaceAll("_", " ")}`),
        ` by ${event.actor}, ${new Date(event.at).toISOString().replace("T", " ").slice(0, 16)} UTC — “${event.reason}”`,
        h("ul", {}, ...fields),
      );
    }),
  );
}

function correctionForm(claim: Claim, facets: Facets): HTMLFormElement {
  return h(
    "form",
    { class: "grid-form", "aria-label": "Correct the claim" },
    input("entity", "Entity", claim.entity, { required: true }),
    input("counterparty", "Counterparty", claim.counterparty ?? ""),
    select("metric", "Metric", facets.metrics, claim.metric, "—"),
    input("low", "Value low (base units)", claim.value.low === null ? "" : String(claim.value.low), {
      inputmode: "decimal",
    }),
    input("high", "Value high", claim.value.high === null ? "" : String(claim.value.high), {
      inputmode: "decimal",
    }),
    select("bound", "Bound", BOUNDS, claim.value.bound, "—"),
    input("unit", "Unit", claim.unit, { required: true }),
    input("period", "Period (START..END or as of DATE)", periodText(claim.period)),
    select("qualifier", "Qualifier", facets.qualifiers, claim.qualifier, "—"),
    input("reason", "Why", "", { required: true, placeholder: "checked against the source" }),
    input("by", "Reviewer", "dashboard", { required: true }),
    h("button", { type: "submit" }, "Save correction"),
    h("p", { class: "error", role: "alert", id: "correct-error" }),
  );
}

/** Accept or reject with a reason; accepting an accepted claim changes nothing. */
function reviewForm(claim: Claim, done: () => Promise<void>): HTMLFormElement {
  const error = h("p", { class: "error", role: "alert", id: "review-error" });
  const form = h(
    "form",
    { class: "filters", "aria-label": "Accept or reject the claim" },
    input("reason", "Why", "", { required: true, placeholder: "checked against the source" }),
    input("by", "Reviewer", "dashboard", { required: true }),
    h("button", { type: "submit", name: "action", value: "accept" }, "Accept"),
    h("button", { type: "submit", name: "action", value: "reject", class: "secondary" }, "Reject"),
    error,
  );
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const action = ((event as SubmitEvent).submitter as HTMLButtonElement | null)?.value ?? "accept";
    const data = new FormData(form);
    error.textContent = "";
    if (action === "accept" && claim.status === "accepted") {
      error.textContent = "already accepted: nothing to do";
      return;
    }
    try {
      await postJson(`/api/claims/${encodeURIComponent(claim.id)}/review`, {
        action,
        reason: String(data.get("reason") ?? ""),
        by: String(data.get("by") ?? ""),
        expectVersion: claim.version,
      });
      await done();
    } catch (failure) {
      error.textContent = problemText(failure);
    }
  });
  return form;
}

/**
 * Fills `panel` with the claim (as known on `asOf`, read-only, when given); `changed` is called
 * after a review or a correction is stored.
 */
export async function showClaimPanel(
  panel: HTMLElement,
  claimId: string,
  facets: Facets,
  changed: () => void,
  asOf: string | null = null,
): Promise<void> {
  const detail = await getJson<ClaimDetail>(`/api/claims/${encodeURIComponent(claimId)}`, withAsOf(asOf));
  const { claim } = detail;
  const form = correctionForm(claim, facets);
  const error = form.querySelector<HTMLElement>("#correct-error")!;
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    error.textContent = "";
    const set = correctionFrom(form, claim);
    if (typeof set === "string") {
      error.textContent = set;
      return;
    }
    if (Object.keys(set).length === 0) {
      error.textContent = "nothing changed: edit a field first";
      return;
    }
    const data = new FormData(form);
    try {
      await postJson(`/api/claims/${encodeURIComponent(claim.id)}/review`, {
        action: "correct",
        set,
        reason: String(data.get("reason") ?? ""),
        by: String(data.get("by") ?? ""),
        expectVersion: claim.version,
      });
      changed();
      await showClaimPanel(panel, claimId, facets, changed);
    } catch (failure) {
      error.textContent = failure instanceof ApiError ? problemText(failure) : String(failure);
    }
  });
  fill(
    panel,
    h(
      "h2",
      { id: "claim-heading", tabindex: "-1" },
      `${claim.entity} · ${claim.metric.replaceAll("_", " ")}`,
    ),
    h(
      "p",
      { class: "meta" },
      `${claim.valueText} · ${claim.periodText || "no period"} · ${claim.qualifier} · ${claim.status} (v${claim.version}) · `,
      h(
        "a",
        { href: hrefFor("document", { doc: claim.documentId, claim: claim.id }), "data-app-link": "" },
        "Open in document",
      ),
    ),
    h("blockquote", { class: "quote" }, markedSentence(detail.sentence ?? claim.quote)),
    ...(asOf
      ? [h("p", { class: "muted" }, `As known on ${asOf}. Reviews are recorded on the ledger as known now.`)]
      : [
          h("h3", {}, "Review"),
          reviewForm(claim, async () => {
            changed();
            await showClaimPanel(panel, claimId, facets, changed);
          }),
          h("h3", {}, "Correct"),
          form,
        ]),
    h("h3", {}, "Review history"),
    historyList(detail.events),
  );
}
