/**
 * The app's state is its URL: the page, its filters and the selected claim live in the query
 * string, so every view is a link that can be shared, and Back/Forward work.
 */

export const PAGES = ["claims", "document", "evidence", "changes", "scenarios", "import", "graph"] as const;
export type PageName = (typeof PAGES)[number];

export interface Route {
  page: PageName;
  params: URLSearchParams;
}

type Listener = (route: Route) => void;
const listeners: Listener[] = [];
/** Told when parameters change in place (replaceParams), without a new page. */
const replacedListeners: Listener[] = [];

export function currentRoute(): Route {
  const params = new URLSearchParams(location.search);
  const page = params.get("page");
  params.delete("page");
  return { page: (PAGES as readonly string[]).includes(page ?? "") ? (page as PageName) : "claims", params };
}

/** Pages that read the ledger as known on the URL's `asOf`; links between them keep the date. */
export const AS_OF_PAGES: readonly PageName[] = ["claims", "document", "evidence", "scenarios", "graph"];

/**
 * A link to a page; between pages that read the ledger as of a date, the current date goes along
 * unless `params` sets asOf (null drops it).
 */
export function hrefFor(page: PageName, params: Record<string, string | null | undefined> = {}): string {
  const current = currentRoute();
  const asOf = current.params.get("asOf");
  const keep =
    asOf && !("asOf" in params) && AS_OF_PAGES.includes(page) && AS_OF_PAGES.includes(current.page);
  return linkTo(page, keep ? { asOf, ...params } : params);
}

function linkTo(page: PageName, params: Record<string, string | null | undefined>): string {
  const query = new URLSearchParams({ page });
  for (const [key, value] of Object.entries(params)) if (value) query.set(key, value);
  return `${location.pathname}?${query}`;
}

/** Moves to another view; `replace` for changes that should not make a history step (a selection). */
export function navigate(href: string, options: { replace?: boolean } = {}): void {
  if (options.replace) history.replaceState(null, "", href);
  else history.pushState(null, "", href);
  notify();
}

/**
 * Changes some parameters of the current view in place (a filter, a slider): no history step and
 * no redraw of the page, but links that carry the URL's state (the menu) are told.
 */
export function replaceParams(changes: Record<string, string | null>): void {
  history.replaceState(null, "", withParams(changes));
  for (const listener of replacedListeners) listener(currentRoute());
}

export function onParamsReplaced(listener: Listener): void {
  replacedListeners.push(listener);
}

/** The current page with some parameters changed (null removes one). */
export function withParams(changes: Record<string, string | null>): string {
  const { page, params } = currentRoute();
  const next = new URLSearchParams(params);
  for (const [key, value] of Object.entries(changes)) {
    if (value === null || value === "") next.delete(key);
    else next.set(key, value);
  }
  return linkTo(page, Object.fromEntries(next));
}

export function onRouteChange(listener: Listener): void {
  listeners.push(listener);
}

function notify(): void {
  const route = currentRoute();
  for (const listener of listeners) listener(route);
}

window.addEventListener("popstate", notify);

/** Links inside the app move without reloading. */
export function interceptLinks(root: HTMLElement): void {
  root.addEventListener("click", (event) => {
    const link = (event.target as Element).closest?.("a[data-app-link]");
    if (!link || event.ctrlKey || event.metaKey || event.shiftKey || (event as MouseEvent).button !== 0)
      return;
    event.preventDefault();
    navigate(link.getAttribute("href")!);
  });
}
