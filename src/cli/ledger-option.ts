import { resolve } from "node:path";
import { DEFAULT_LEDGER_DIR } from "../core/index.js";
import { type LedgerOptions, type LedgerStore, openLedger } from "../ledger/index.js";
import { type OptionValues, stringOption } from "./command.js";
import type { CliIo } from "./io.js";

const SERVER_URL = /^postgres(ql)?:\/\//;

/**
 * Opens the ledger a command names and migrates it: --db PATH (a PGlite folder, "memory://", or a
 * postgres:// URL), else DATABASE_URL, else the default folder.
 */
export async function openLedgerFor(
  values: OptionValues,
  io: CliIo,
  target: LedgerOptions = ledgerTarget(values, io),
): Promise<LedgerStore> {
  const store = await openLedger(target);
  try {
    await store.migrate();
  } catch (error) {
    await store.close();
    throw error;
  }
  return store;
}

/** The ledger a command names: a PostgreSQL URL, or else a PGlite folder (or "memory://"). */
export function ledgerTarget(values: OptionValues, io: CliIo): LedgerOptions {
  const db = stringOption(values, "db");
  const databaseUrl =
    db !== undefined && SERVER_URL.test(db) ? db : db === undefined ? io.env.DATABASE_URL : undefined;
  return {
    ...(databaseUrl ? { databaseUrl } : {}),
    dataDir:
      db === undefined || databaseUrl
        ? resolve(io.cwd, DEFAULT_LEDGER_DIR)
        : db === "memory://"
          ? db
          : resolve(io.cwd, db),
  };
}

/** Runs `body` with an open ledger and always closes it. */
export async function withLedger<T>(
  values: OptionValues,
  io: CliIo,
  body: (store: LedgerStore) => Promise<T>,
): Promise<T> {
  const store = await openLedgerFor(values, io);
  try {
    return await body(store);
  } finally {
    await store.close();
  }
}
