import type { ErrorCode } from "../core/index.js";

export const EXIT_OK = 0;
export const EXIT_FAILURE = 1;
export const EXIT_USAGE = 2;

/** The one place error codes become exit codes. */
export function exitCodeFor(code: ErrorCode): number {
  return code === "usage" ? EXIT_USAGE : EXIT_FAILURE;
}
