import { Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import type { LedgerStore } from "../ledger/index.js";
import type { ServerDeps } from "./deps.js";
import { errorBody, errorResponse } from "./errors.js";
import { hostCheck, securityHeaders } from "./headers.js";
import { changesRoutes } from "./routes/changes.js";
import { chartRoutes } from "./routes/charts.js";
import { claimSearchRoutes } from "./routes/claim-search.js";
import { claimRoutes } from "./routes/claims.js";
import { dashboardRoutes } from "./routes/dashboard.js";
import { documentRoutes } from "./routes/documents.js";
import { graphRoutes } from "./routes/graph.js";
import { modelRoutes } from "./routes/model.js";
import { reconcileRoutes } from "./routes/reconcile.js";
import { webAppRoutes } from "./routes/web-app.js";
import { defaultWebDir, packageRoot, webRoutes } from "./web-assets.js";

export const DEFAULT_MAX_SAMPLES = 200_000;
/** Request bodies above this size are refused (413): a scenario's YAML fits many times over. */
export const MAX_BODY_BYTES = 1024 * 1024;

export interface AppOptions {
  store: LedgerStore;
  /** Default: the package's scenarios/ folder. */
  scenariosDir?: string;
  /** Default: the package's src/server/web/ folder. */
  webDir?: string;
  /** Default DEFAULT_MAX_SAMPLES. */
  maxSamples?: number;
  /** Worker threads per model run; default 1 (the server answers other requests meanwhile is not a goal). */
  workers?: number;
  /** Host names accepted in the Host header; null accepts any. Default: localhost names only. */
  allowedHosts?: readonly string[] | null;
  log?: (text: string) => void;
}

/**
 * The HTTP API and the dashboard as a Hono app, over an open (migrated) ledger. Test it in-process
 * with `app.request()`; `startServer` puts it on a socket.
 *
 * @example
 * const app = createApp({ store });
 * const response = await app.request("/api/documents");
 */
export function createApp(options: AppOptions): Hono {
  const deps: ServerDeps = {
    store: options.store,
    scenariosDir: options.scenariosDir ?? `${packageRoot()}/scenarios`,
    webDir: options.webDir ?? defaultWebDir(),
    maxSamples: options.maxSamples ?? DEFAULT_MAX_SAMPLES,
    workers: options.workers ?? 1,
    log: options.log ?? ((text) => process.stderr.write(text)),
  };
  const app = new Hono();
  app.use("*", securityHeaders());
  app.use(
    "*",
    hostCheck(
      options.allowedHosts === undefined ? ["localhost", "127.0.0.1", "[::1]"] : options.allowedHosts,
    ),
  );
  app.use(
    "/api/*",
    bodyLimit({
      maxSize: MAX_BODY_BYTES,
      onError: (c) =>
        c.json(errorBody("too_large", `request bodies are limited to ${MAX_BODY_BYTES} bytes`), 413),
    }),
  );
  app.route("/api/documents", documentRoutes(deps));
  app.route("/api/claim-search", claimSearchRoutes(deps));
  app.route("/api/dashboard", dashboardRoutes(deps));
  app.route("/api/claims", claimRoutes(deps));
  app.route("/api", reconcileRoutes(deps));
  app.route("/api/changes", changesRoutes(deps));
  app.route("/api/model", modelRoutes(deps));
  app.route("/api/charts", chartRoutes(deps));
  app.route("/api/graph", graphRoutes(deps));
  app.route("/", webAppRoutes(deps));
  app.route("/", webRoutes(deps));
  app.notFound((c) => c.json(errorBody("not_found", `no route for ${c.req.method} ${c.req.path}`), 404));
  app.onError((error, c) => errorResponse(error, c, deps.log));
  return app;
}
