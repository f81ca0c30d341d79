import { FrontierError } from "../core/index.js";
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, type PageRequest } from "../ledger/index.js";
import { type OptionSpec, type OptionValues, stringOption } from "./command.js";

/** --limit and --after: a listing's page, as on the API. Without them a listing prints everything. */
export const PAGE_OPTIONS: OptionSpec = {
  limit: { type: "string" },
  after: { type: "string" },
};
export const PAGE_HELP: Record<string, string> = {
  limit: `print one page of at most this many items (1-${MAX_PAGE_SIZE}; ${DEFAULT_PAGE_SIZE} when only --after is given)`,
  after: "the page after this cursor (printed as 'next page: --after …' under a page)",
};

/** The page the options ask for, or null for the whole listing. */
export function pageFrom(values: OptionValues): PageRequest | null {
  const limitText = stringOption(values, "limit");
  const after = stringOption(values, "after");
  if (limitText === undefined && after === undefined) return null;
  const limit = limitText === undefined ? DEFAULT_PAGE_SIZE : Number(limitText);
  if (!/^\d{1,6}$/.test(limitText ?? "1") || limit < 1 || limit > MAX_PAGE_SIZE)
    throw new FrontierError("usage", `--limit expects a whole number from 1 to ${MAX_PAGE_SIZE}`);
  return { limit, ...(after ? { after } : {}) };
}

/** The line under a page that names the next one. */
export function nextPageLine(next: string | null): string {
  return next === null ? "" : `next page: --after ${next}\n`;
}
