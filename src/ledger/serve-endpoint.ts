import { readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";

/** Where a running `serve` answers for the PGlite folder it holds, and the key its ledger port asks for. */
export interface ServeEndpoint {
  /** Base URL on loopback, e.g. http://127.0.0.1:4173 */
  url: string;
  /** Secret of this serve run: whoever can read the lock folder may use the ledger, as they could open it. */
  key: string;
}

function endpointPath(dataDir: string, pid: number): string {
  return `${resolve(dataDir)}.lock/serve-${pid}.json`;
}

/**
 * Written beside the lock's generation files (the lock never prunes these names) by the process
 * that holds the lock; readable by the owner only. Returns the function that removes it.
 */
export function publishServeEndpoint(dataDir: string, endpoint: ServeEndpoint): () => void {
  const path = endpointPath(dataDir, process.pid);
  const draft = `${path}.draft`;
  writeFileSync(draft, JSON.stringify(endpoint), { mode: 0o600 });
  renameSync(draft, path);
  return () => rmSync(path, { force: true });
}

/** The endpoint the lock holder `pid` published, or null when it published none (not a serve). */
export function findServeEndpoint(dataDir: string, pid: number): ServeEndpoint | null {
  let text: string;
  try {
    text = readFileSync(endpointPath(dataDir, pid), "utf8");
  } catch {
    return null;
  }
  try {
    const parsed = JSON.parse(text) as Partial<ServeEndpoint>;
    return typeof parsed.url === "string" && typeof parsed.key === "string"
      ? { url: parsed.url, key: parsed.key }
      : null;
  } catch {
    return null;
  }
}
