import { FrontierError } from "../core/index.js";
import type { LedgerStore } from "./port.js";

export type * from "./port.js";

export interface LedgerOptions {
  /** postgres://… for a PostgreSQL server; otherwise the embedded PGlite in `dataDir`. */
  databaseUrl?: string;
  /** PGlite data folder; "memory://" for an in-memory ledger. */
  dataDir: string;
}

/** TEMPORARY until the adapters land: the signature the CLI builds on. */
export async function openLedger(_options: LedgerOptions): Promise<LedgerStore> {
  throw new FrontierError("internal", "ledger adapters are not built yet");
}
