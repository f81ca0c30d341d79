import { CLAIM_FIELD, claimSearchVector } from "../claim-search.js";
import type { Migration } from "./index.js";

/**
 * A filtered search stays fast at 100,000 claims. Each claim's search words are stored (a generated
 * column, kept current by corrections) instead of recomputed for every candidate row, which cost
 * about as much as the rest of a search; an index in page order per entity and metric lets a search
 * with those filters read its first page in order and stop; and one in the search's own page order
 * serves the unfiltered first page. The table is analysed once (an embedded ledger has no autovacuum
 * to do it).
 */
export const migration008: Migration = {
  version: "008_claim_search_words",
  statements: [
    `ALTER TABLE claims ADD COLUMN search_words tsvector GENERATED ALWAYS AS (${claimSearchVector("")}) STORED`,
    "CREATE INDEX claims_words_idx ON claims USING gin (search_words)",
    "DROP INDEX claims_search_idx",
    `CREATE INDEX claims_facet_idx ON claims
       (lower(${CLAIM_FIELD("", "entity")}), ${CLAIM_FIELD("", "metric")}, report_key COLLATE "C", id COLLATE "C")`,
    `CREATE INDEX claims_search_order_idx ON claims (report_key COLLATE "C", id COLLATE "C")`,
    "ANALYZE claims",
  ],
};
