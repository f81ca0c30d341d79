import { FrontierError } from "../core/index.js";
import { ledgerMessages } from "./messages.js";

/** Page sizes: what a listing gives when no limit is asked for, and the most one page may hold. */
export const DEFAULT_PAGE_SIZE = 100;
export const MAX_PAGE_SIZE = 500;

export interface PageRequest {
  /** 1..MAX_PAGE_SIZE. */
  limit: number;
  /** The `next` cursor of the previous page; absent for the first page. */
  after?: string;
}

export interface Page<T> {
  items: T[];
  /** Pass as `after` for the following page; null on the last page. */
  next: string | null;
}

/** The sort key of the last row of a page, as an opaque URL-safe string. */
export function encodeCursor(key: readonly (string | number)[]): string {
  return Buffer.from(JSON.stringify(key), "utf8").toString("base64url");
}

/**
 * The sort key a cursor carries, checked against the key's shape ("s" text, "i" 32-bit integer,
 * "b" safe integer):
 * anything else is FrontierError("invalid_input").
 */
export function decodeCursor(cursor: string, shape: string): (string | number)[] {
  const refuse = () => new FrontierError("invalid_input", ledgerMessages.badCursor());
  if (cursor.length > 1024 || !/^[A-Za-z0-9_-]+$/.test(cursor)) throw refuse();
  let key: unknown;
  try {
    key = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    throw refuse();
  }
  if (!Array.isArray(key) || key.length !== shape.length) throw refuse();
  const fits = key.every((part, i) => {
    if (shape[i] === "s") return typeof part === "string" && part.length <= 256;
    if (!Number.isSafeInteger(part)) return false;
    return shape[i] === "b" || Math.abs(part as number) < 2 ** 31;
  });
  if (!fits) throw refuse();
  return key as (string | number)[];
}

/** Checks a page request's limit (the CLI and the server pass what people typed). */
export function checkPageLimit(limit: number): void {
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PAGE_SIZE)
    throw new FrontierError("invalid_input", ledgerMessages.badLimit(limit, MAX_PAGE_SIZE));
}

/**
 * One page of a listing held in memory (a ledger as of a date), in the order `keyOf` gives
 * (ascending unless asked) and with cursors of the same shape as the store's.
 */
export function pageByKey<T>(
  items: readonly T[],
  page: PageRequest,
  shape: string,
  keyOf: (item: T) => (string | number)[],
  order: { descending?: boolean } = {},
): Page<T> {
  checkPageLimit(page.limit);
  const after = page.after ? decodeCursor(page.after, shape) : null;
  const sign = order.descending ? -1 : 1;
  const compare = (a: readonly (string | number)[], b: readonly (string | number)[]) =>
    sign * compareKeys(a, b);
  const keyed = items.map((item) => ({ item, key: keyOf(item) })).sort((a, b) => compare(a.key, b.key));
  const rest = after ? keyed.filter((entry) => compare(entry.key, after) > 0) : keyed;
  const kept = rest.slice(0, page.limit);
  const last = kept[kept.length - 1];
  return {
    items: kept.map((entry) => entry.item),
    next: rest.length > page.limit && last ? encodeCursor(last.key) : null,
  };
}

function compareKeys(a: readonly (string | number)[], b: readonly (string | number)[]): number {
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x < y) return -1;
    if (x > y) return 1;
  }
  return 0;
}
