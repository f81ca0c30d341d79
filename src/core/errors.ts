/**
 * The one exception that crosses a boundary. The CLI maps `code` to an exit code in
 * one place (cli/exit-codes.ts) and the server to an HTTP status in one place.
 */
export type ErrorCode =
  | "usage"
  | "not_found"
  | "invalid_input"
  | "conflict"
  | "io"
  | "storage"
  | "internal"
  /** A request whose cost is above a limit (HTTP 413). */
  | "too_large"
  /** Well-formed input whose result is unusable, e.g. a model giving NaN (HTTP 422). */
  | "unprocessable"
  /** A dependency (the ledger) not reachable or not ready yet (HTTP 503). */
  | "unavailable"
  /** No valid sign-in: a missing, unknown or revoked token (HTTP 401). */
  | "unauthorized"
  /** Signed in, but the role does not allow it (HTTP 403). */
  | "forbidden"
  /** Too many writes from one caller in a short time (HTTP 429). */
  | "rate_limited";

export class FrontierError extends Error {
  readonly code: ErrorCode;
  readonly details: unknown;
  constructor(code: ErrorCode, message: string, details?: unknown) {
    super(message);
    this.name = "FrontierError";
    this.code = code;
    this.details = details;
  }
}

export function isFrontierError(value: unknown): value is FrontierError {
  return value instanceof FrontierError;
}
