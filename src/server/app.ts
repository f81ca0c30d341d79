import type { IntervalHistogram } from "node:perf_hooks";
import { Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import { cors } from "hono/cors";
import type { Logger } from "pino";
import { LEDGER_PORT_PATH, type LedgerStore } from "../ledger/index.js";
import { DEFAULT_RUN_LIMITS, type RunLimits } from "../model/cost.js";
import type { JobQueue } from "../queue/index.js";
import { signIn } from "./auth.js";
import type { ServerDeps } from "./deps.js";
import { errorBody, errorResponse } from "./errors.js";
import { hostCheck, securityHeaders } from "./headers.js";
import { DEFAULT_WRITE_RATE, type RateLimit, rateLimitWrites } from "./rate-limit.js";
import { createLogger, requestLog } from "./request-log.js";
import { changesRoutes } from "./routes/changes.js";
import { chartRoutes } from "./routes/charts.js";
import { claimSearchRoutes } from "./routes/claim-search.js";
import { claimRoutes } from "./routes/claims.js";
import { dashboardRoutes } from "./routes/dashboard.js";
import { documentRoutes } from "./routes/documents.js";
import { graphRoutes } from "./routes/graph.js";
import { healthRoutes } from "./routes/health.js";
import { importRoutes } from "./routes/import.js";
import { ledgerPortRoutes } from "./routes/ledger-port.js";
import { modelRoutes } from "./routes/model.js";
import { reconcileRoutes } from "./routes/reconcile.js";
import { scenarioFileRoutes } from "./routes/scenario-files.js";
import { sensitivityRoutes } from "./routes/sensitivity.js";
import { webAppRoutes } from "./routes/web-app.js";
import { createRunSlots, type RunSlots } from "./run-slots.js";
import { legacyRedirects, packageRoot } from "./web-assets.js";

export const DEFAULT_MAX_SAMPLES = 200_000;
/** Request bodies above this size are refused (413): a scenario's YAML fits many times over. */
export const MAX_BODY_BYTES = 1024 * 1024;

export interface AppOptions {
  store: LedgerStore;
  /** Default: the package's scenarios/ folder. */
  scenariosDir?: string;
  /** Default: the package's mappings/ folder. */
  mappingsDir?: string;
  /** Default DEFAULT_MAX_SAMPLES. */
  maxSamples?: number;
  /** Block workers per model run, besides the run's own thread; default 1 (blocks run in the run's thread). */
  workers?: number;
  /** Bounds on one model run's cost; default DEFAULT_RUN_LIMITS. Requests cannot raise them. */
  runLimits?: RunLimits;
  /** Model runs in progress at once (each a thread); later ones wait their turn. Default: 2 slots. */
  runSlots?: RunSlots;
  /** A job queue on the ledger's PostgreSQL: POST /api/model/run enqueues chunk jobs for its workers. */
  queue?: JobQueue;
  /** Tests: each model run's thread waits for `release` before it runs. */
  onRunHeld?: (release: () => void) => void;
  /** Host names accepted in the Host header; null accepts any. Default: localhost names only. */
  allowedHosts?: readonly string[] | null;
  log?: (text: string) => void;
  /** Team mode: writes need a bearer token (auth.ts). Default off, as on a laptop. */
  auth?: boolean;
  /** Write requests per caller (rate-limit.ts); default DEFAULT_WRITE_RATE. */
  writeRate?: RateLimit;
  /** Origins other pages may call the API from; default none (CORS closed). */
  corsOrigins?: readonly string[];
  /** One JSON line per request; default silent. */
  logger?: Logger;
  /** Sampled event-loop delay that GET /healthz reports (startServer makes one). */
  eventLoopDelay?: IntervalHistogram;
  /** Mounts the ledger port for CLI commands on the served folder, behind this key (routes/ledger-port.ts). */
  ledgerKey?: string;
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
    mappingsDir: options.mappingsDir ?? `${packageRoot()}/mappings`,
    maxSamples: options.maxSamples ?? DEFAULT_MAX_SAMPLES,
    workers: options.workers ?? 1,
    runLimits: options.runLimits ?? DEFAULT_RUN_LIMITS,
    runSlots: options.runSlots ?? createRunSlots(2),
    queue: options.queue ?? null,
    ...(options.onRunHeld ? { onRunHeld: options.onRunHeld } : {}),
    ...(options.eventLoopDelay ? { eventLoopDelay: options.eventLoopDelay } : {}),
    log: options.log ?? ((text) => process.stderr.write(text)),
  };
  const app = new Hono();
  app.use("*", requestLog(options.logger ?? createLogger("silent")));
  app.use("*", securityHeaders());
  // Before the Host check: probes address the server by whatever name or address reaches it.
  app.route("/", healthRoutes(deps));
  app.use(
    "*",
    hostCheck(
      options.allowedHosts === undefined ? ["localhost", "127.0.0.1", "[::1]"] : options.allowedHosts,
    ),
  );
  const origins = options.corsOrigins ?? [];
  if (origins.length > 0)
    app.use("/api/*", cors({ origin: (origin) => (origins.includes(origin) ? origin : null) }));
  if (options.ledgerKey) app.route(LEDGER_PORT_PATH, ledgerPortRoutes(options.store, options.ledgerKey));
  // Writes only: reading a GET's (empty) body would turn @hono/node-server's light request into a full one.
  app.on(
    ["POST", "PUT", "PATCH", "DELETE"],
    "/api/*",
    bodyLimit({
      maxSize: MAX_BODY_BYTES,
      onError: (c) =>
        c.json(errorBody("too_large", `request bodies are limited to ${MAX_BODY_BYTES} bytes`), 413),
    }),
    signIn(options.store, options.auth ?? false),
    rateLimitWrites(options.writeRate ?? DEFAULT_WRITE_RATE),
  );
  app.route("/api/documents", documentRoutes(deps));
  app.route("/api/claim-search", claimSearchRoutes(deps));
  app.route("/api/dashboard", dashboardRoutes(deps));
  app.route("/api/claims", claimRoutes(deps));
  app.route("/api", reconcileRoutes(deps));
  app.route("/api/changes", changesRoutes(deps));
  app.route("/api/import", importRoutes(deps));
  app.route("/api/model/sensitivity", sensitivityRoutes(deps));
  app.route("/api/model", modelRoutes(deps));
  app.route("/api/scenarios", scenarioFileRoutes(deps));
  app.route("/api/charts", chartRoutes(deps));
  app.route("/api/graph", graphRoutes(deps));
  app.route("/", webAppRoutes(deps));
  app.route("/", legacyRedirects());
  app.notFound((c) => c.json(errorBody("not_found", `no route for ${c.req.method} ${c.req.path}`), 404));
  app.onError((error, c) => errorResponse(error, c, deps.log));
  return app;
}
