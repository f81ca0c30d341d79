/**
 * Server: the ledger, its reconciliation, the model and the charts over HTTP. In: an open ledger
 * (and the scenarios folder). Out: a JSON API under /api (errors as { error: { code, message } },
 * FrontierError codes mapped to statuses in errors.ts) and a small dashboard at / (static files in
 * web/, served from an allow-list). Routes, one file per resource, call the same library functions
 * as the CLI commands.
 */
import type { AddressInfo } from "node:net";
import { monitorEventLoopDelay } from "node:perf_hooks";
import { serve } from "@hono/node-server";
import type { Hono } from "hono";
import { type AppOptions, createApp } from "./app.js";
import { allowedHostsFor } from "./headers.js";

export { type AppOptions, createApp, DEFAULT_MAX_SAMPLES } from "./app.js";
export { isLoopbackHost } from "./auth.js";
export { statusFor } from "./errors.js";
export { DEFAULT_WRITE_RATE, type RateLimit } from "./rate-limit.js";
export { createLogger, LOG_LEVELS, type LogLevel } from "./request-log.js";
export { packageRoot } from "./web-assets.js";

export const DEFAULT_HOST = "127.0.0.1";
export const DEFAULT_PORT = 4173;

export interface StartOptions extends AppOptions {
  /** Default 127.0.0.1: loopback only. */
  host?: string;
  /** Default DEFAULT_PORT; 0 picks a free port. */
  port?: number;
}

export interface RunningServer {
  url: string;
  host: string;
  port: number;
  /** Stops accepting connections and closes open ones; does not close the ledger. */
  close: () => Promise<void>;
}

/** Listings asked for in-process before the socket opens, a few times each (see warmUp). */
const WARM_PATHS = ["/api/claims", "/api/documents"];
const WARM_ROUNDS = 20;

/**
 * Serves the first pages of the listings in-process: the ledger's first queries (PGlite's are the
 * slowest of its life), the page cache, the JSON bodies and the request path's code are warm before
 * the first client comes, instead of a burst of clients queueing behind a cold start. Best effort:
 * a failure here is the first request's to report.
 */
async function warmUp(app: Hono): Promise<void> {
  for (let round = 0; round < WARM_ROUNDS; round++)
    for (const path of WARM_PATHS)
      await Promise.resolve(app.request(path, { headers: { Host: "localhost" } }))
        .then((response) => response.arrayBuffer())
        .catch(() => undefined);
}

/**
 * Starts the app on a socket (loopback by default) and resolves once it listens, warmed up and
 * sampling its event loop's delay (GET /healthz).
 */
export async function startServer(options: StartOptions): Promise<RunningServer> {
  const host = options.host ?? DEFAULT_HOST;
  const eventLoopDelay = options.eventLoopDelay ?? monitorEventLoopDelay({ resolution: 5 });
  const app = createApp({
    ...options,
    eventLoopDelay,
    allowedHosts: options.allowedHosts === undefined ? allowedHostsFor(host) : options.allowedHosts,
  });
  await warmUp(app);
  eventLoopDelay.enable();
  return new Promise((resolvePromise, reject) => {
    const server = serve(
      { fetch: app.fetch, hostname: host, port: options.port ?? DEFAULT_PORT },
      (info: AddressInfo) => {
        const shown = info.address.includes(":") ? `[${info.address}]` : info.address;
        resolvePromise({
          url: `http://${shown}:${info.port}`,
          host: info.address,
          port: info.port,
          close: () =>
            new Promise<void>((done, fail) => {
              eventLoopDelay.disable();
              if ("closeAllConnections" in server) server.closeAllConnections();
              server.close((error) => (error ? fail(error) : done()));
            }),
        });
      },
    );
    server.once("error", reject);
  });
}
