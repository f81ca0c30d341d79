import { resolve } from "node:path";
import { DEFAULT_LEDGER_DIR } from "../core/index.js";
import { type LedgerStore, openLedger } from "../ledger/index.js";
import { type OptionValues, stringOption } from "./command.js";
import type { CliIo } from "./io.js";

/** Opens the ledger a command names: --db PATH, else DATABASE_URL, else the default folder. Migrates it. */
export async function openLedgerFor(values: OptionValues, io: CliIo): Promise<LedgerStore> {
  const db = stringOption(values, "db");
  const databaseUrl = db === undefined ? io.env.DATABASE_URL : undefined;
  const store = await openLedger({
    ...(databaseUrl ? { databaseUrl } : {}),
    dataDir: db === "memory://" ? db : resolve(io.cwd, db ?? DEFAULT_LEDGER_DIR),
  });
  await store.migrate();
  return store;
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
