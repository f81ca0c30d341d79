import type { Migration } from "./index.js";

/**
 * Publication dates that say how far they can be trusted, the outlet of a document, and the
 * append-only log of date reviews (set_date), kept apart from claim reviews because it acts on a
 * document.
 */
export const migration003: Migration = {
  version: "003_dates",
  statements: [
    `ALTER TABLE documents ADD COLUMN published_confidence text
      CHECK (published_confidence IS NULL OR published_confidence IN ('high', 'medium', 'low'))`,
    "ALTER TABLE documents ADD COLUMN published_evidence text",
    "ALTER TABLE documents ADD COLUMN outlet text",
    `UPDATE documents SET published_confidence = CASE
      WHEN published IS NULL OR published_how = 'unknown' THEN NULL
      WHEN published_how <> 'inferred' THEN 'high'
      WHEN length(published) <= 4 THEN 'low'
      ELSE 'medium' END`,
    `CREATE TABLE document_events (
      id serial PRIMARY KEY,
      document_id text NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
      action text NOT NULL CHECK (action IN ('set_date')),
      actor text NOT NULL,
      reason text NOT NULL,
      payload jsonb NOT NULL,
      previous jsonb NOT NULL,
      at timestamptz NOT NULL DEFAULT now()
    )`,
    "CREATE INDEX document_events_document_idx ON document_events (document_id)",
  ],
};
