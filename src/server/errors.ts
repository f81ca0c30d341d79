import type { Context } from "hono";
import { HTTPException } from "hono/http-exception";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import type { z } from "zod";
import { type ErrorCode, FrontierError, isFrontierError } from "../core/index.js";
import { ClientGone } from "./paging.js";

/** The one place error codes become HTTP statuses (the CLI's twin is cli/exit-codes.ts). */
const STATUS: Record<ErrorCode, ContentfulStatusCode> = {
  usage: 400,
  invalid_input: 400,
  not_found: 404,
  conflict: 409,
  io: 500,
  storage: 500,
  internal: 500,
  too_large: 413,
  unprocessable: 422,
  unavailable: 503,
  unauthorized: 401,
  forbidden: 403,
  rate_limited: 429,
};

export function statusFor(code: ErrorCode): ContentfulStatusCode {
  return STATUS[code];
}

/** The body of every error response. */
export interface ErrorBody {
  error: { code: string; message: string; details?: unknown };
}

export function errorBody(code: string, message: string, details?: unknown): ErrorBody {
  return { error: { code, message, ...(details === undefined ? {} : { details }) } };
}

/**
 * Turns whatever a handler threw into `{ error: { code, message } }`: a FrontierError by its code,
 * a Hono HTTPException (body too large…) by its status; anything else is a 500 whose detail goes
 * to the log, not to the client.
 */
export function errorResponse(error: unknown, c: Context, log: (text: string) => void): Response {
  if (error instanceof ClientGone) return new Response(null, { status: 499 });
  if (isFrontierError(error))
    return c.json(errorBody(error.code, error.message, error.details), statusFor(error.code));
  if (error instanceof HTTPException) {
    const code = error.status === 413 ? "too_large" : "http_error";
    return c.json(errorBody(code, error.message || "request refused"), error.status);
  }
  log(`internal error on ${c.req.method} ${c.req.path}: ${(error as Error)?.stack ?? String(error)}\n`);
  return c.json(errorBody("internal", "internal error: see the server log"), 500);
}

/** Validates `value` with a zod schema, or throws FrontierError("invalid_input") naming each problem. */
export function parseInput<T>(schema: z.ZodType<T>, value: unknown, what: string): T {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((issue) =>
    issue.path.length > 0 ? `${issue.path.map(String).join(".")}: ${issue.message}` : issue.message,
  );
  throw new FrontierError("invalid_input", `invalid ${what}: ${problems.join("; ")}`, {
    issues: parsed.error.issues.map((issue) => ({ path: issue.path.map(String), message: issue.message })),
  });
}

/** Reads a JSON request body; anything but `Content-Type: application/json` with valid JSON is a 400. */
export async function readJsonBody(c: Context): Promise<unknown> {
  const type = c.req.header("content-type") ?? "";
  if (!/^application\/json\b/i.test(type))
    throw new FrontierError("invalid_input", "send the body as JSON with Content-Type: application/json");
  const text = await c.req.text();
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new FrontierError("invalid_input", `the body is not valid JSON: ${(error as Error).message}`);
  }
}
