import { Hono } from "hono";
import { FrontierError } from "../../core/index.js";
import type { ServerDeps } from "../deps.js";

/**
 * GET /healthz: the process answers (liveness). GET /readyz: the ledger answers and its schema is
 * current (readiness); 503 otherwise, saying which.
 */
export function healthRoutes({ store }: ServerDeps): Hono {
  const app = new Hono();
  app.get("/healthz", (c) => c.json({ status: "ok" }));
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
