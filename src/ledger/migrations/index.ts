import { migration001 } from "./001_init.js";
import { migration002 } from "./002_page_keys.js";
import { migration003 } from "./003_dates.js";
import { migration004 } from "./004_jobs.js";
import { migration005 } from "./005_users_tokens.js";
import { migration006 } from "./006_claim_search.js";
import { migration007 } from "./007_change_notices.js";
import { migration008 } from "./008_claim_search_words.js";

/** One schema change: applied once, in one transaction, recorded in schema_migrations. */
export interface Migration {
  /** Sortable and unique: "001_init", "002_…". */
  version: string;
  /** One SQL statement per entry (PGlite's extended protocol runs one statement per query). */
  statements: string[];
}

/** Every migration, in the order they apply. */
export const MIGRATIONS: readonly Migration[] = [
  migration001,
  migration002,
  migration003,
  migration004,
  migration005,
  migration006,
  migration007,
  migration008,
];
