import { MIGRATIONS, type Migration } from "./migrations/index.js";
import type { SqlClient } from "./sql-client.js";

/** Any constant: every migrator on one database takes the same transaction-scoped advisory lock. */
const MIGRATION_LOCK_KEY = 7_204_311_842;

/**
 * Applies the migrations not yet recorded, each in its own transaction, and returns the versions
 * applied now. Concurrent migrators on one PostgreSQL database queue on an advisory lock, and each
 * re-checks schema_migrations once it holds it, so every migration runs exactly once.
 */
export async function runMigrations(
  client: SqlClient,
  migrations: readonly Migration[] = MIGRATIONS,
): Promise<string[]> {
  const applied: string[] = [];
  for (const migration of migrations) {
    const ran = await client.transaction(async (tx) => {
      await tx.query("SELECT pg_advisory_xact_lock($1)", [MIGRATION_LOCK_KEY]);
      await tx.query(
        "CREATE TABLE IF NOT EXISTS schema_migrations (version text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())",
      );
      const known = await tx.query("SELECT 1 FROM schema_migrations WHERE version = $1", [migration.version]);
      if (known.rows.length > 0) return false;
      for (const statement of migration.statements) await tx.query(statement);
      await tx.query("INSERT INTO schema_migrations (version) VALUES ($1)", [migration.version]);
      return true;
    });
    if (ran) applied.push(migration.version);
  }
  return applied;
}

/** The migrations not applied yet (all of them on a database never migrated). */
export async function pendingMigrations(
  client: SqlClient,
  migrations: readonly Migration[] = MIGRATIONS,
): Promise<string[]> {
  const { rows } = await client.query<{ known: boolean }>(
    "SELECT to_regclass('schema_migrations') IS NOT NULL AS known",
  );
  if (!rows[0]?.known) return migrations.map((m) => m.version);
  const applied = await client.query<{ version: string }>("SELECT version FROM schema_migrations");
  const done = new Set(applied.rows.map((r) => r.version));
  return migrations.map((m) => m.version).filter((v) => !done.has(v));
}
