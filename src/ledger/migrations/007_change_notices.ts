import type { Migration } from "./index.js";

/** The channel every committed change to what the listings show is announced on. */
export const LEDGER_CHANGED_CHANNEL = "ledger_changed";

const PAGED_TABLES = ["documents", "claims", "review_events", "document_events"];

/**
 * A change to what the listings show (documents, claims, their reviews and dates) is announced on
 * LEDGER_CHANGED_CHANNEL when it commits, so that a server on PostgreSQL can keep its pages until
 * another process writes (PostgreSQL folds the notices of one transaction into one).
 */
export const migration007: Migration = {
  version: "007_change_notices",
  statements: [
    `CREATE FUNCTION ledger_changed() RETURNS trigger LANGUAGE plpgsql AS $$
     BEGIN PERFORM pg_notify('${LEDGER_CHANGED_CHANNEL}', ''); RETURN NULL; END $$`,
    ...PAGED_TABLES.map(
      (table) =>
        `CREATE TRIGGER ${table}_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON ${table}
         FOR EACH STATEMENT EXECUTE FUNCTION ledger_changed()`,
    ),
  ],
};
