import type { Migration } from "./index.js";

/**
 * Signed-in team mode: the people who may write and their role, and their bearer tokens, kept as
 * the SHA-256 of the secret only (the secret is shown once, when made). A revoked token stays, with
 * when it was revoked, so the list of tokens is an audit trail too.
 */
export const migration005: Migration = {
  version: "005_users_tokens",
  statements: [
    `CREATE TABLE users (
      id serial PRIMARY KEY,
      name text NOT NULL UNIQUE,
      role text NOT NULL CHECK (role IN ('reader', 'reviewer', 'admin')),
      created_at timestamptz NOT NULL DEFAULT now()
    )`,
    `CREATE TABLE api_tokens (
      id serial PRIMARY KEY,
      user_id integer NOT NULL REFERENCES users (id) ON DELETE CASCADE,
      secret_sha256 text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      revoked_at timestamptz
    )`,
    "CREATE INDEX api_tokens_user_idx ON api_tokens (user_id)",
  ],
};
