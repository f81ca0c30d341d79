/** Expected failure is a value: stages return `Result` or `{ value, issues }`, never throw on bad input. */
export type Result<T, E> = { ok: true; value: T } | { ok: false; error: E };

export function ok<T>(value: T): { ok: true; value: T } {
  return { ok: true, value };
}
export function err<E>(error: E): { ok: false; error: E } {
  return { ok: false, error };
}

/** Where an issue points: a document span, or a file position (1-based line and column). */
export type IssueLocation =
  | { kind: "span"; document: string; start: number; end: number }
  | { kind: "file"; file: string; line?: number; column?: number }
  | { kind: "none" };

export interface Issue {
  code: string;
  message: string;
  severity: "error" | "warning" | "info";
  location: IssueLocation;
}

export interface WithIssues<T> {
  value: T;
  issues: Issue[];
}
