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
}
