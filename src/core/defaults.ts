/** Every default of the product, in one place. */

/** Documents larger than this are refused at ingestion (bytes). */
export const DEFAULT_MAX_DOCUMENT_BYTES = 5 * 1024 * 1024;

/** The embedded ledger's data folder, relative to the working directory. */
export const DEFAULT_LEDGER_DIR = ".frontier-ledger/db";

/** Monte Carlo defaults when a scenario or the command line gives none. */
export const DEFAULT_SAMPLES = 100_000;
export const DEFAULT_SEED = 42;

/** Values within this relative tolerance are the same figure. */
export const DEFAULT_VALUE_TOLERANCE = 0.01;
