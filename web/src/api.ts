/** The server's API as the app uses it: JSON in and out, errors as their one-line message. */

export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }
}

async function answer<T>(response: Response): Promise<T> {
  const body = (await response.json().catch(() => null)) as {
    error?: { message: string; details?: unknown };
  } | null;
  if (!response.ok)
    throw new ApiError(
      response.status,
      body?.error?.message ?? `HTTP ${response.status}`,
      body?.error?.details,
    );
  return body as T;
}

export async function getJson<T>(path: string, params?: URLSearchParams): Promise<T> {
  const query = params && [...params.keys()].length > 0 ? `?${params}` : "";
  return answer<T>(await fetch(`${path}${query}`, { headers: { Accept: "application/json" } }));
}

export async function postJson<T>(path: string, body: unknown): Promise<T> {
  return answer<T>(
    await fetch(path, {
      method: "POST",
      headers: { "Content-Type": "application/json", Accept: "application/json" },
      body: JSON.stringify(body),
    }),
  );
}

/** The problems of an ApiError, one per line: a scenario's issues, a refused correction. */
export function problemText(error: unknown): string {
  if (!(error instanceof ApiError)) return error instanceof Error ? error.message : String(error);
  const issues = (error.details as { issues?: unknown[] } | undefined)?.issues;
  const lines = Array.isArray(issues)
    ? issues.map((i) =>
        typeof i === "string" ? i : ((i as { message?: string }).message ?? JSON.stringify(i)),
      )
    : [];
  return [error.message, ...lines].join("\n");
}
