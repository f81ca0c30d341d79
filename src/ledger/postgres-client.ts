import pg from "pg";
import { FrontierError } from "../core/index.js";
import { ledgerMessages } from "./messages.js";
import type { SqlClient, SqlExecutor, SqlRows } from "./sql-client.js";

export interface PostgresClientOptions {
  connectionString: string;
  /** Schema to work in (search_path), for isolated test runs; default the server's. */
  schema?: string;
  /** Pool size; default 4. */
  maxConnections?: number;
}

/** The team adapter: a node-postgres Pool; every transaction holds one pooled connection. */
export async function openPostgresClient(options: PostgresClientOptions): Promise<SqlClient> {
  const pool = new pg.Pool({
    connectionString: options.connectionString,
    max: options.maxConnections ?? 4,
    ...(options.schema ? { options: `-c search_path=${quoteIdentifier(options.schema)}` } : {}),
  });
  pool.on("error", () => {
    // An idle connection dropped by the server: the pool replaces it on the next query.
  });
  try {
    const probe = await pool.connect();
    probe.release();
  } catch (error) {
    await pool.end().catch(() => undefined);
    throw new FrontierError(
      "storage",
      ledgerMessages.unreachable(redact(options.connectionString), (error as Error).message),
    );
  }
  const executor = (target: pg.Pool | pg.PoolClient): SqlExecutor => ({
    async query<R>(text: string, params: readonly unknown[] = []): Promise<SqlRows<R>> {
      try {
        const result = await target.query(text, [...params]);
        return { rows: result.rows as R[] };
      } catch (error) {
        throw storageError(error);
      }
    },
  });
  return {
    kind: "postgres",
    ...executor(pool),
    async transaction(body) {
      const client = await pool.connect();
      try {
        await client.query("BEGIN");
        const value = await body(executor(client));
        await client.query("COMMIT");
        return value;
      } catch (error) {
        await client.query("ROLLBACK").catch(() => undefined);
        throw error instanceof FrontierError ? error : storageError(error);
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}

export function quoteIdentifier(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

/** A connection string without its password, for messages. */
export function redact(connectionString: string): string {
  return connectionString.replace(/\/\/([^:@/]+):[^@/]*@/, "//$1:***@");
}

function storageError(error: unknown): FrontierError {
  const detail = error as { message?: string; code?: string };
  return new FrontierError("storage", ledgerMessages.storage("query", detail.message ?? String(error)), {
    sqlState: detail.code,
  });
}
