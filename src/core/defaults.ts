/** Every default of the product, in one place. */

/** Documents larger than this are refused at ingestion (bytes). */
export const DEFAULT_MAX_DOCUMENT_BYTES = 5 * 1024 * 1024;

/** The embedded ledger's data folder, relative to the working directory. */
export const DEFAULT_LEDGER_DIR = ".frontier-ledger/db";

/** Monte Carlo defaults when a scenario or the command line gives none. */
export const DEFAULT_SAMPLES = 100_000;
export const DEFAULT_SEED = 42;

/** Claims whose confidence is below this are marked low-confidence wherever claims are shown. */
export const LOW_CLAIM_CONFIDENCE = 0.5;

/** Values within this relative tolerance are the same figure. */
export const DEFAULT_VALUE_TOLERANCE = 0.01;

/**
 * Model run bounds, checked before anything is allocated (see model/cost.ts): sample-period values
 * computed, memory for columns and histograms, and the number of periods.
 */
export const DEFAULT_MAX_RUN_CELLS = 5_000_000_000;
export const DEFAULT_MAX_RUN_BYTES = 2 * 1024 * 1024 * 1024;
export const DEFAULT_MAX_PERIODS = 100;
