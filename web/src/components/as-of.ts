import { fill, h, input } from "../dom.js";
import { navigate, type Route, withParams } from "../state.js";

/**
 * The ledger as known on a date, the one control of every reading page: the URL's `asOf` says
 * which date a page looks at (a link reproduces the view), the page passes it on every request,
 * and the control shows it. Empty is the ledger as known now.
 */

/** YYYY, YYYY-MM or YYYY-MM-DD with a real month and day, as the API takes it. */
const DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

export function asOfOf(route: Route): string | null {
  return route.params.get("asOf") || null;
}

/** `params` (a copy) with the date when there is one. */
export function withAsOf(asOf: string | null, params: Record<string, string> = {}): URLSearchParams {
  const query = new URLSearchParams(params);
  if (asOf) query.set("asOf", asOf);
  return query;
}

/** A request body with the date when there is one. */
export function bodyAsOf<T extends object>(asOf: string | null, body: T): T & { asOf?: string } {
  return asOf ? { ...body, asOf } : body;
}

/** What the page is looking at, in words. */
export function asOfText(asOf: string | null): string {
  return asOf
    ? `Ledger as known on ${asOf}: documents published by then, reviews recorded by then.`
    : "Ledger as known now.";
}

/** The form: a date to look at the ledger as known then, or "Now"; the date moves into the URL. */
export function asOfControl(asOf: string | null): HTMLElement {
  const label = input("asOf", "As of (YYYY-MM-DD)", asOf ?? "", {
    id: "as-of-date",
    placeholder: "now",
    inputmode: "numeric",
  });
  const field = label.querySelector("input")!;
  const error = h("span", { class: "error", role: "alert", id: "as-of-error" });
  const shown = h("p", { class: "meta", id: "as-of-shown" }, asOfText(asOf));
  const form = h(
    "form",
    { class: "filters as-of", "aria-label": "The ledger as known on a date" },
    label,
    h("button", { type: "submit" }, "Show"),
    asOf ? h("button", { type: "button", class: "secondary", id: "as-of-now" }, "Now") : null,
    error,
  );
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const value = field.value.trim();
    if (value && !DATE.test(value)) {
      fill(error, `'${value}' is not a date YYYY-MM-DD (or YYYY-MM, YYYY)`);
      return;
    }
    navigate(withParams({ asOf: value || null }));
  });
  form.querySelector("#as-of-now")?.addEventListener("click", () => navigate(withParams({ asOf: null })));
  return h("div", { class: "as-of-control" }, form, shown);
}
