/**
 * The one exception that crosses a boundary. The CLI maps `code` to an exit code in
 * one place (cli/exit-codes.ts) and the server to an HTTP status in one place.
 */
export type ErrorCode =
  | "usage"
  | "not_found"
  | "invalid_input"
  | "too_large"
  | "conflict"
  | "io"
  | "storage"
  | "internal";

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
