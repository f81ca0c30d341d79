/**
 * The ledger: analysed documents and their claims go in (one transaction per document, keyed by
 * content hash), review events are appended with optimistic concurrency, and claims come out with
 * their review applied. PGlite (embedded, a data folder) and PostgreSQL (DATABASE_URL) are two
 * adapters over one SqlClient slice, one schema and one SQL text.
 */
import { isFrontierError } from "../core/index.js";
import type { LedgerStore } from "./port.js";
import { openRemoteLedger } from "./remote-store.js";
import { findServeEndpoint, type ServeEndpoint } from "./serve-endpoint.js";
import { createSqlLedgerStore } from "./sql-store.js";

export { claimIdFor } from "./claim-id.js";
export { CLAIM_SORTS, LOW_CONFIDENCE, MAX_SEARCH_WORDS } from "./claim-search.js";
export { claimSearcher, readClaimSearch, searchSnapshotClaims } from "./claim-search-as-of.js";
export { ledgerMessages } from "./messages.js";
export {
  checkPageLimit,
  DEFAULT_PAGE_SIZE,
  decodeCursor,
  encodeCursor,
  MAX_PAGE_SIZE,
  type Page,
  type PageRequest,
  pageByKey,
} from "./page.js";
export type * from "./port.js";
export {
  decodeWire,
  encodeWire,
  isRemotePortMethod,
  LEDGER_KEY_HEADER,
  LEDGER_PORT_PATH,
} from "./port-wire.js";
export { openRemoteLedger } from "./remote-store.js";
export {
  type ClaimView,
  CORRECTABLE_FIELDS,
  type CorrectableField,
  type Correction,
  deriveClaimView,
  parseCorrection,
  REVIEW_ACTIONS,
} from "./review.js";
export { publishServeEndpoint, type ServeEndpoint } from "./serve-endpoint.js";
export type { SqlClient, SqlExecutor } from "./sql-client.js";
export { createSqlLedgerStore } from "./sql-store.js";
export { issueToken, verifyBearer } from "./tokens.js";
export { USER_ROLES } from "./users.js";

export interface LedgerOptions {
  /** postgres://… for a PostgreSQL server; otherwise the embedded PGlite in `dataDir`. */
  databaseUrl?: string;
  /** PGlite data folder; "memory://" for an in-memory ledger. */
  dataDir: string;
  /** PostgreSQL only: the schema to work in (isolated test runs). */
  schema?: string;
  /** PGlite folder held by a running `serve`: reach it through that server (default) or fail (false). */
  viaServe?: boolean;
  /**
   * PostgreSQL: keep listing pages until any process writes (told by the server's notices, on one
   * more connection), as an embedded ledger always does. For a server; a short command gains nothing.
   */
  keepPages?: boolean;
}

/**
 * Opens the ledger (not migrated: call `migrate()`).
 *
 * @example
 * const store = await openLedger({ dataDir: "memory://" });
 * await store.migrate();
 */
export async function openLedger(options: LedgerOptions): Promise<LedgerStore> {
  // Each adapter loads its driver on first use: a command that opens no ledger loads neither.
  if (options.databaseUrl)
    return createSqlLedgerStore(
      await (await import("./postgres-client.js")).openPostgresClient({
        connectionString: options.databaseUrl,
        ...(options.schema ? { schema: options.schema } : {}),
      }),
      { keepPages: options.keepPages ?? false },
    );
  try {
    return createSqlLedgerStore(await (await import("./pglite-client.js")).openPgliteClient(options.dataDir));
  } catch (error) {
    const served = options.viaServe === false ? null : servedBy(options.dataDir, error);
    if (served === null) throw error;
    return openRemoteLedger(served);
  }
}

/** A folder held by a running `serve`: the endpoint it published, else null. */
function servedBy(dataDir: string, error: unknown): ServeEndpoint | null {
  const holder = isFrontierError(error) ? (error.details as { holder?: unknown } | undefined)?.holder : null;
  return typeof holder === "number" && holder !== process.pid ? findServeEndpoint(dataDir, holder) : null;
}

export {
  isOnOrBefore,
  type LedgerSnapshot,
  pageSnapshotClaims,
  pageSnapshotDocuments,
  readClaimAsOf,
  readClaimListing,
  readDocumentAsOf,
  readDocumentListing,
  readSnapshot,
  snapshotAsOf,
  withoutDocuments,
} from "./as-of.js";
