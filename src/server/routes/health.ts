import { Hono } from "hono";
import { FrontierError } from "../../core/index.js";
import type { ServerDeps } from "../deps.js";

/**
 * GET /healthz: the process answers (liveness), with the event loop's delay since the previous
 * /healthz when the server measures it (a delay that stays high means requests wait behind
 * synchronous work, whatever the machine's load). GET /readyz: the ledger answers and its schema is
 * current (readiness); 503 otherwise, saying which.
 */
export function healthRoutes({ store, eventLoopDelay }: ServerDeps): Hono {
  const app = new Hono();
  let since = new Date().toISOString();
  app.get("/healthz", (c) => {
    if (!eventLoopDelay) return c.json({ status: "ok" });
    const ms = (ns: number) => Math.round(ns / 1e4) / 100;
    const delay = {
      p50: ms(eventLoopDelay.percentile(50)),
      p99: ms(eventLoopDelay.percentile(99)),
      max: ms(eventLoopDelay.max),
      since,
    };
    eventLoopDelay.reset();
    since = new Date().toISOString();
    return c.json({ status: "ok", eventLoopDelayMs: delay });
  });
  app.get("/readyz", async (c) => {
    let pending: string[];
    try {
      pending = await store.pendingMigrations();
    } catch (error) {
      throw new FrontierError("unavailable", `the ledger is not reachable: ${(error as Error).message}`);
    }
    if (pending.length > 0)
      throw new FrontierError(
        "unavailable",
        `the ledger's schema is not current: migrations ${pending.join(", ")} not applied`,
        { pending },
      );
    return c.json({ status: "ready", ledger: store.kind });
  });
  return app;
}
