import { randomUUID } from "node:crypto";
import type { MiddlewareHandler } from "hono";
import { routePath } from "hono/route";
import { type DestinationStream, type Logger, pino } from "pino";

declare module "hono" {
  interface ContextVariableMap {
    requestId: string;
  }
}

/** An X-Request-Id a client or proxy sent is kept when it is this plain; otherwise one is made. */
const REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

export const LOG_LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/**
 * The server's JSON logger. Nothing the server logs holds a header or a body, and these paths are
 * censored anyway, so a token cannot reach a log line by a later change.
 */
export function createLogger(level: LogLevel, destination: DestinationStream = process.stderr): Logger {
  return pino(
    {
      level,
      base: null,
      redact: {
        paths: [
          "authorization",
          "token",
          "bearer",
          "*.authorization",
          "*.token",
          "*.bearer",
          "headers",
          "*.headers",
        ],
        censor: "[redacted]",
      },
    },
    destination,
  );
}

/** One line per request: id (X-Request-Id in and out), method, route, status, duration, signed-in user. */
export function requestLog(logger: Logger): MiddlewareHandler {
  return async (c, next) => {
    const started = performance.now();
    const given = c.req.header("x-request-id");
    const requestId = given !== undefined && REQUEST_ID.test(given) ? given : randomUUID();
    c.set("requestId", requestId);
    try {
      await next();
    } finally {
      c.res.headers.set("X-Request-Id", requestId); // not c.header(): see securityHeaders
      const signedIn = c.get("signedIn");
      logger.info(
        {
          requestId,
          method: c.req.method,
          route: routePath(c, -1),
          status: c.res.status,
          durationMs: Math.round((performance.now() - started) * 10) / 10,
          ...(signedIn ? { user: signedIn.userName } : {}),
        },
        "request",
      );
    }
  };
}
