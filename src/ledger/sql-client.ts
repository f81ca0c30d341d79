/** The slice of a SQL driver the ledger uses: PGlite and node-postgres both fit behind it, so the store has one SQL text. */

export interface SqlRows<R> {
  rows: R[];
}

export interface SqlExecutor {
  query<R = Record<string, unknown>>(text: string, params?: readonly unknown[]): Promise<SqlRows<R>>;
}

export interface SqlClient extends SqlExecutor {
  readonly kind: "pglite" | "postgres";
  /** Runs `body` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(body: (tx: SqlExecutor) => Promise<T>): Promise<T>;
  close(): Promise<void>;
  /**
   * PostgreSQL: tells `watcher` of the changes every connection commits (migration 007's notices),
   * on a connection of its own, listening again by itself after a drop; stopped by `close`.
   * Settles once the first attempt to listen has succeeded or failed.
   */
  watchChanges?(watcher: ChangeWatcher): Promise<void>;
}

/** What a client tells of changes other connections commit (see SqlClient.watchChanges). */
export interface ChangeWatcher {
  /** Listening (again): every change committed from now on will be told. */
  listening(): void;
  /** Another connection committed a change to what the listings show. */
  changed(): void;
  /** No longer listening (the connection dropped): changes may go untold until `listening`. */
  lost(): void;
}
