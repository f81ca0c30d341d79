import { mkdirSync } from "node:fs";
import { resolve } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { FrontierError } from "../core/index.js";
import { lockFolder } from "./folder-lock.js";
import { ledgerMessages } from "./messages.js";
import type { SqlClient, SqlExecutor, SqlRows } from "./sql-client.js";

/** The embedded adapter: PGlite over a data folder on disk, or "memory://" for a ledger that lives in the process. */
export async function openPgliteClient(dataDir: string): Promise<SqlClient> {
  const inMemory = dataDir.startsWith("memory://");
  if (!inMemory) mkdirSync(dataDir, { recursive: true });
  const unlock = inMemory ? () => undefined : lockFolder(resolve(dataDir));
  let db: PGlite;
  try {
    db = await PGlite.create(dataDir);
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
