import type { ServerResponse } from "node:http";
import type { Context } from "hono";
import { z } from "zod";
import {
  DEFAULT_PAGE_SIZE,
  decodeCursor,
  encodeCursor,
  MAX_PAGE_SIZE,
  type Page,
  type PageRequest,
} from "../ledger/index.js";

/** `?limit=&after=`: every list endpoint's paging, bounded by the ledger's MAX_PAGE_SIZE. */
export const PAGE_QUERY = {
  limit: z
    .string()
    .regex(/^\d{1,6}$/, "expected a whole number")
    .transform(Number)
    .pipe(z.int().min(1).max(MAX_PAGE_SIZE, `at most ${MAX_PAGE_SIZE} per page`))
    .optional(),
  after: z.string().min(1).max(1024).optional(),
};

export function pageRequest(query: { limit?: number | undefined; after?: string | undefined }): PageRequest {
  return { limit: query.limit ?? DEFAULT_PAGE_SIZE, ...(query.after ? { after: query.after } : {}) };
}

/** Thrown when the client went away: the work for it stops, and nothing is sent or logged. */
export class ClientGone extends Error {
  constructor() {
    super("the client closed the connection");
  }
}

/**
 * Call between the steps of a request's work: throws ClientGone once the client has disconnected.
 * On a socket, the response's own state says so (reading `signal` would make an AbortController per
 * request); in-process requests (`app.request`) carry their signal.
 */
export function ensureConnected(c: Context): void {
  const outgoing = (c.env as { outgoing?: ServerResponse } | undefined)?.outgoing;
  const gone = outgoing ? outgoing.destroyed && !outgoing.writableFinished : c.req.raw.signal.aborted;
  if (gone) throw new ClientGone();
}

/** A page of a list computed in memory (the reconciled conflicts, the checks): the cursor is the offset. */
export function pageOfList<T>(items: readonly T[], page: PageRequest): { items: T[]; next: string | null } {
  const [offset] = page.after ? decodeCursor(page.after, "b") : [0];
  const start = Math.max(0, Number(offset));
  const end = start + page.limit;
  return { items: items.slice(start, end), next: end < items.length ? encodeCursor([end]) : null };
}

const pageBodies = new WeakMap<object, Uint8Array<ArrayBuffer>>();
const utf8 = new TextEncoder();

/**
 * A page as a JSON response, its body built once per page object: an embedded ledger hands out the
 * same page object until its next write (ledger/page-cache.ts), so under load the claims and
 * documents pages are serialised once per write rather than once per request.
 */
export function pageJson<T>(c: Context, page: Page<T>, body: (page: Page<T>) => unknown): Response {
  let bytes = pageBodies.get(page);
  if (bytes === undefined) {
    bytes = utf8.encode(JSON.stringify(body(page))) as Uint8Array<ArrayBuffer>;
    pageBodies.set(page, bytes);
  }
  return c.body(bytes, 200, { "Content-Type": "application/json" });
}
