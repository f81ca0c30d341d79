import pg from "pg";
import { FrontierError } from "../core/index.js";
import { ledgerMessages } from "./messages.js";
import { LEDGER_CHANGED_CHANNEL } from "./migrations/007_change_notices.js";
import type { ChangeWatcher, SqlClient, SqlExecutor, SqlRows } from "./sql-client.js";

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
  let stopWatching: () => Promise<void> = async () => undefined;
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
    watchChanges(watcher) {
      const listener = listenForChanges(options, watcher);
      stopWatching = listener.stop;
      return listener.first;
    },
    close: async () => {
      await stopWatching();
      await pool.end();
    },
  };
}

/** Seconds between attempts to listen again after the listening connection dropped. */
const RELISTEN_MS = 1000;

/**
 * One connection of its own LISTENing on LEDGER_CHANGED_CHANNEL: each notice is a change; a drop
 * is told, then the connection is made again until it listens. `first` settles after the first
 * attempt; `stop` ends it.
 */
function listenForChanges(
  options: PostgresClientOptions,
  watcher: ChangeWatcher,
): { first: Promise<void>; stop: () => Promise<void> } {
  let stopped = false;
  let current: pg.Client | null = null;
  let retry: NodeJS.Timeout | undefined;
  const drop = (connection: pg.Client) => {
    if (current !== connection) return;
    current = null;
    watcher.lost();
    connection.end().catch(() => undefined);
    if (!stopped) retry = setTimeout(listen, RELISTEN_MS).unref();
  };
  const listen = async () => {
    const connection = new pg.Client({ connectionString: options.connectionString });
    current = connection;
    connection.on("notification", () => watcher.changed());
    connection.on("error", () => drop(connection));
    connection.on("end", () => drop(connection));
    try {
      await connection.connect();
      await connection.query(`LISTEN ${LEDGER_CHANGED_CHANNEL}`);
      if (current === connection) watcher.listening();
    } catch {
      drop(connection);
    }
  };
  return {
    first: listen(),
    stop: async () => {
      stopped = true;
      clearTimeout(retry);
      const connection = current;
      current = null;
      await connection?.end().catch(() => undefined);
    },
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
