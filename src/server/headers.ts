import type { MiddlewareHandler } from "hono";
import { errorBody } from "./errors.js";

/**
 * Response headers. The dashboard may load its own script, style and images (the charts) and talk
 * to its own API, nothing else; no inline script or style, no framing. JSON and everything else get
 * `default-src 'none'`. Charts (SVG) may carry their own inline styles but never run script.
 */
export const DASHBOARD_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join("; ");
export const DEFAULT_CSP = "default-src 'none'; frame-ancestors 'none'";
export const SVG_CSP = "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'";

/**
 * Sets the headers on the finished response's own Headers: `c.header()` after `next()` would copy
 * the response into a new one (its body too), which on @hono/node-server costs more than serving a
 * cached page does.
 */
export function securityHeaders(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    const headers = c.res.headers;
    headers.set("X-Content-Type-Options", "nosniff");
    headers.set("Referrer-Policy", "no-referrer");
    headers.set("X-Frame-Options", "DENY");
    headers.set("Cross-Origin-Resource-Policy", "same-origin");
    if (!headers.has("Content-Security-Policy")) headers.set("Content-Security-Policy", DEFAULT_CSP);
    if (!headers.has("Cache-Control")) headers.set("Cache-Control", "no-store");
  };
}

/**
 * Refuses requests whose Host is not one of `hosts` (DNS rebinding: a page on another origin
 * resolving its name to 127.0.0.1 must not reach the ledger). `null` accepts every host.
 */
export function hostCheck(hosts: readonly string[] | null): MiddlewareHandler {
  return async (c, next) => {
    if (hosts !== null) {
      const host = (c.req.header("host") ?? new URL(c.req.url).host).toLowerCase();
      const name = host.startsWith("[") ? host.slice(0, host.indexOf("]") + 1) : host.replace(/:\d+$/, "");
      if (!hosts.includes(name))
        return c.json(errorBody("forbidden_host", `this server does not answer for host '${name}'`), 403);
    }
    await next();
    return undefined;
  };
}

/** The host names a server bound to `host` answers for; null (any) when bound to every interface. */
export function allowedHostsFor(host: string): string[] | null {
  if (host === "0.0.0.0" || host === "::") return null;
  return [...new Set(["localhost", "127.0.0.1", "[::1]", host.includes(":") ? `[${host}]` : host])];
}
