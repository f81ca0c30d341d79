import type { Migration } from "./index.js";

/** Documents, their claims, and the append-only review log. */
export const migration001: Migration = {
  version: "001_init",
  statements: [
    `CREATE TABLE documents (
      id text PRIMARY KEY,
      content_hash text NOT NULL UNIQUE,
      source text NOT NULL,
      format text NOT NULL,
      title text NOT NULL,
      language text NOT NULL,
      language_confidence double precision NOT NULL,
      published text,
      published_how text NOT NULL,
      text text NOT NULL,
      furniture jsonb NOT NULL DEFAULT '[]'::jsonb,
      raw bytea NOT NULL,
      ingested_at timestamptz NOT NULL DEFAULT now()
    )`,
    `CREATE TABLE claims (
      id text PRIMARY KEY,
      document_id text NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
      entity text NOT NULL,
      counterparty text,
      metric text NOT NULL,
      value_low double precision,
      value_high double precision,
      bound text NOT NULL CHECK (bound IN ('exact', 'approx', 'at_least', 'at_most', 'up_to', 'range')),
      unit text NOT NULL,
      period jsonb,
      qualifier text NOT NULL,
      attribution text,
      item text,
      span_start integer NOT NULL CHECK (span_start >= 0),
      span_end integer NOT NULL,
      quote text NOT NULL,
      confidence double precision CHECK (confidence IS NULL OR (confidence >= 0 AND confidence <= 1)),
      explanation text,
      version integer NOT NULL DEFAULT 0,
      status text NOT NULL DEFAULT 'unreviewed'
        CHECK (status IN ('unreviewed', 'accepted', 'rejected', 'corrected')),
      current jsonb,
      CHECK (span_end >= span_start)
    )`,
    "CREATE INDEX claims_document_idx ON claims (document_id)",
    "CREATE INDEX claims_entity_metric_idx ON claims (entity, metric)",
    `CREATE TABLE review_events (
      id serial PRIMARY KEY,
      claim_id text NOT NULL REFERENCES claims (id) ON DELETE CASCADE,
      version integer NOT NULL,
      action text NOT NULL
        CHECK (action IN ('accept', 'reject', 'correct', 'link_revision', 'unlink_revision')),
      actor text NOT NULL,
      reason text NOT NULL,
      payload jsonb NOT NULL,
      previous jsonb NOT NULL,
      at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (claim_id, version)
    )`,
  ],
};
