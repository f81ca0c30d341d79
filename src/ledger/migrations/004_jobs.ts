import type { Migration } from "./index.js";

/**
 * Model runs spread over queue workers: a run's spec and chunk count, each chunk's reduced state as
 * its worker stored it (once per chunk, whichever attempt wins), and the merged result, written in
 * the same transaction that drops the chunks: a run is complete or has no result at all.
 */
export const migration004: Migration = {
  version: "004_jobs",
  statements: [
    `CREATE TABLE model_runs (
      id text PRIMARY KEY,
      spec text NOT NULL,
      chunk_count integer NOT NULL CHECK (chunk_count >= 1),
      status text NOT NULL DEFAULT 'running' CHECK (status IN ('running', 'done', 'failed')),
      result jsonb,
      issues jsonb NOT NULL DEFAULT '[]'::jsonb,
      created_at timestamptz NOT NULL DEFAULT now(),
      finished_at timestamptz
    )`,
    `CREATE TABLE model_run_chunks (
      run_id text NOT NULL REFERENCES model_runs (id) ON DELETE CASCADE,
      chunk integer NOT NULL CHECK (chunk >= 0),
      state text NOT NULL,
      stored_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (run_id, chunk)
    )`,
  ],
};
