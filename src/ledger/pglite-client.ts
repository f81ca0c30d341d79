import { mkdirSync } from "node:fs";
import { resolve } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { FrontierError } from "../core/index.js";
import { lockFolder } from "./folder-lock.js";
import { ledgerMessages } from "./messages.js";
import type { SqlClient, SqlExecutor, SqlRows } from "./sql-client.js";

/**
 * Postgres settings for the embedded ledger, given at start (the folder's postgresql.conf is left
 * as it is). initdb's 128 MB of shared buffers fill most of PGlite's initial WebAssembly memory and
 * end up resident: with 16 MB a read command peaks near 150 MB instead of 250 MB. One process is
 * the only client (single-user mode), so a handful of connection slots is enough.
 */
const PGLITE_SETTINGS = ["-c", "shared_buffers=16MB", "-c", "max_connections=10"];

/** The embedded adapter: PGlite over a data folder on disk, or "memory://" for a ledger that lives in the process. */
export async function openPgliteClient(dataDir: string): Promise<SqlClient> {
  const inMemory = dataDir.startsWith("memory://");
  if (!inMemory) mkdirSync(dataDir, { recursive: true });
  const unlock = inMemory ? () => undefined : lockFolder(resolve(dataDir));
  let db: PGlite;
  try {
    db = await PGlite.create(dataDir, { startParams: [...PGlite.defaultStartParams, ...PGLITE_SETTINGS] });
  } catch (error) {
    unlock();
    throw new FrontierError("storage", ledgerMessages.unreachable(dataDir, (error as Error).message));
  }
  const executor = (target: Pick<PGlite, "query">): SqlExecutor => ({
    async query<R>(text: string, params: readonly unknown[] = []): Promise<SqlRows<R>> {
      try {
        const result = await target.query<R>(text, [...params]);
        return { rows: result.rows };
      } catch (error) {
        throw storageError(error);
      }
    },
  });
  return {
    kind: "pglite",
    ...executor(db),
    transaction: (body) => db.transaction((tx) => body(executor(tx))),
    close: async () => {
      try {
        await db.close();
      } finally {
        unlock();
      }
    },
  };
}

function storageError(error: unknown): FrontierError {
  const detail = error as { message?: string; code?: string };
  return new FrontierError("storage", ledgerMessages.storage("query", detail.message ?? String(error)), {
    sqlState: detail.code,
  });
}
