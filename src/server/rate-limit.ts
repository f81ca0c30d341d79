import type { MiddlewareHandler } from "hono";
import { FrontierError } from "../core/index.js";

export interface RateLimit {
  /** Writes a caller may make in a burst. */
  burst: number;
  /** Writes per minute a caller regains, up to `burst`. */
  perMinute: number;
  /** Milliseconds clock; default Date.now (tests pass their own). */
  now?: () => number;
}

export const DEFAULT_WRITE_RATE: RateLimit = { burst: 60, perMinute: 60 };
/** Callers remembered at once; beyond it the longest idle are forgotten (they come back with a full bucket). */
const MAX_CALLERS = 10_000;

/**
 * A token bucket per caller (the signed-in token, else the client address) on write requests; an
 * empty bucket is a 429 with Retry-After in seconds.
 */
export function rateLimitWrites(limit: RateLimit): MiddlewareHandler {
  const now = limit.now ?? Date.now;
  const perMs = limit.perMinute / 60_000;
  const buckets = new Map<string, { tokens: number; at: number }>();
  return async (c, next) => {
    const signedIn = c.get("signedIn");
    const address = (c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)?.incoming
      ?.socket?.remoteAddress;
    const caller = signedIn ? `token:${signedIn.id}` : `address:${address ?? "local"}`;
    const time = now();
    const bucket = buckets.get(caller) ?? { tokens: limit.burst, at: time };
    buckets.delete(caller);
    bucket.tokens = Math.min(limit.burst, bucket.tokens + (time - bucket.at) * perMs);
    bucket.at = time;
    buckets.set(caller, bucket);
    if (buckets.size > MAX_CALLERS) buckets.delete(buckets.keys().next().value as string);
    if (bucket.tokens < 1) {
      const seconds = Math.max(1, Math.ceil((1 - bucket.tokens) / perMs / 1000));
      c.header("Retry-After", String(seconds));
      throw new FrontierError("rate_limited", `too many writes: try again in ${seconds} s`);
    }
    bucket.tokens -= 1;
    await next();
  };
}
