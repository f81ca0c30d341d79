import type { Context, MiddlewareHandler } from "hono";
import { FrontierError } from "../core/index.js";
import { type LedgerStore, type TokenRecord, verifyBearer } from "../ledger/index.js";

declare module "hono" {
  interface ContextVariableMap {
    /** The signed-in caller of a write, in team mode; undefined in loopback single-user mode. */
    signedIn: TokenRecord | undefined;
  }
}

const BEARER = /^Bearer[ ]+(\S+)$/i;

/** Whether `host` only answers this machine (single-user mode needs no sign-in there). */
export function isLoopbackHost(host: string): boolean {
  return host === "localhost" || host === "::1" || host === "[::1]" || /^127\.\d+\.\d+\.\d+$/.test(host);
}

/**
 * Team mode: a write (any method but GET/HEAD/OPTIONS) needs `Authorization: Bearer <token>` of a
 * user who is not revoked. The caller is kept for the route (reviews are recorded under them) and
 * the request log; the token itself goes nowhere. Off: everything passes, as on a laptop.
 */
export function signIn(store: LedgerStore, required: boolean): MiddlewareHandler {
  return async (c, next) => {
    if (required) {
      const bearer = BEARER.exec(c.req.header("authorization") ?? "")?.[1];
      if (bearer === undefined)
        throw new FrontierError(
          "unauthorized",
          "this server needs a sign-in for writes: send Authorization: Bearer <token> (frontier-ledger tokens create USER)",
        );
      const token = await verifyBearer(store, bearer);
      if (token === null) throw new FrontierError("unauthorized", "the token is unknown or revoked");
      c.set("signedIn", token);
    }
    await next();
  };
}

/**
 * Who a review is recorded under: the signed-in user, who must be a reviewer or an admin (and may
 * not name someone else); without sign-in, the name the request gives.
 */
export function reviewerFor(c: Context, named: string | undefined): string {
  const token = c.get("signedIn");
  if (token === undefined) {
    if (named === undefined)
      throw new FrontierError("invalid_input", "invalid review: by: name the reviewer");
    return named;
  }
  if (token.role === "reader")
    throw new FrontierError(
      "forbidden",
      `${token.userName} is a reader: reviews need the reviewer or admin role`,
    );
  if (named !== undefined && named !== token.userName)
    throw new FrontierError(
      "invalid_input",
      `invalid review: by: reviews are recorded under the signed-in user ${token.userName}, not '${named}'`,
    );
  return token.userName;
}
