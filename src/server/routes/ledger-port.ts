import { createHash, timingSafeEqual } from "node:crypto";
import { Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import { FrontierError } from "../../core/index.js";
import {
  decodeWire,
  encodeWire,
  isRemotePortMethod,
  LEDGER_KEY_HEADER,
  type LedgerStore,
} from "../../ledger/index.js";
import { errorBody, statusFor } from "../errors.js";

/** A document and its claims as one call: far above the API's body limit, still bounded. */
export const MAX_PORT_BODY_BYTES = 256 * 1024 * 1024;

function sameKey(given: string, expected: string): boolean {
  const digest = (text: string) => createHash("sha256").update(text).digest();
  return timingSafeEqual(digest(given), digest(expected));
}

/**
 * POST /internal/ledger/:method — the ledger port for CLI commands run on the folder this server
 * holds (ledger/port-wire.ts). Only callers holding the key the server wrote into the folder's lock
 * may use it; errors travel as { error: { code, message, details } } and are rethrown as they were.
 */
export function ledgerPortRoutes(store: LedgerStore, key: string): Hono {
  const app = new Hono();
  app.use(
    "*",
    bodyLimit({
      maxSize: MAX_PORT_BODY_BYTES,
      onError: (c) =>
        c.json(errorBody("too_large", `port calls are limited to ${MAX_PORT_BODY_BYTES} bytes`), 413),
    }),
  );
  app.post("/:method", async (c) => {
    if (!sameKey(c.req.header(LEDGER_KEY_HEADER) ?? "", key))
      throw new FrontierError(
        "unauthorized",
        "this endpoint is for commands run on the served ledger folder",
      );
    const method = c.req.param("method");
    if (!isRemotePortMethod(method))
      throw new FrontierError("not_found", `no ledger port method '${method}'`);
    const args = decodeWire(await c.req.text());
    if (!Array.isArray(args))
      throw new FrontierError("invalid_input", "port call arguments must be a JSON array");
    try {
      const call = store[method] as (...given: unknown[]) => Promise<unknown>;
      const value = await call(...args);
      return c.body(encodeWire({ value: value ?? null }), 200, { "content-type": "application/json" });
    } catch (error) {
      if (!(error instanceof FrontierError)) throw error;
      const body = encodeWire(errorBody(error.code, error.message, error.details));
      return c.body(body, statusFor(error.code), { "content-type": "application/json" });
    }
  });
  return app;
}
