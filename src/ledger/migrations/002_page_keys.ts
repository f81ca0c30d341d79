import type { Migration } from "./index.js";

/**
 * Paged listings read an index in page order and stop at the page's end: claims carry their
 * document's report date as a sort key ('~', above every ISO date, when undated; a reviewer's
 * date review rewrites the keys of that document's claims), and both orders get an index.
 */
export const migration002: Migration = {
  version: "002_page_keys",
  statements: [
    "ALTER TABLE claims ADD COLUMN report_key text",
    `UPDATE claims c SET report_key = coalesce(d.published, '~') FROM documents d WHERE d.id = c.document_id`,
    "ALTER TABLE claims ALTER COLUMN report_key SET NOT NULL",
    `CREATE INDEX claims_page_idx ON claims
       (report_key COLLATE "C", document_id COLLATE "C", span_start, span_end, id COLLATE "C")`,
    `CREATE INDEX documents_page_idx ON documents (ingested_at, id COLLATE "C")`,
  ],
};
