import { type Claim, FrontierError } from "../core/index.js";
import { CLAIM_ROWS_PER_STATEMENT, insertClaimRows, uniqueClaimRows } from "./claim-rows.js";
import { ledgerMessages } from "./messages.js";
import type { DocumentDate, DocumentEvent, NewDocumentDateEvent } from "./port.js";
import type { SqlClient, SqlExecutor } from "./sql-client.js";

const ISO_DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

interface DocumentEventRow {
  id: number;
  document_id: string;
  action: "set_date";
  actor: string;
  reason: string;
  payload: DocumentDate;
  previous: DocumentDate;
  at: Date | string;
}

/** A reviewer's date wins over any other: stored as given, high confidence, with the reason as its evidence. */
export async function setDocumentDate(
  client: SqlClient,
  event: NewDocumentDateEvent,
): Promise<DocumentEvent> {
  if (event.actor.trim() === "") throw new FrontierError("invalid_input", ledgerMessages.emptyActor());
  if (event.reason.trim() === "") throw new FrontierError("invalid_input", ledgerMessages.emptyReason());
  if (!ISO_DATE.test(event.published))
    throw new FrontierError("invalid_input", ledgerMessages.invalidDate(event.published));
  return client.transaction(async (tx) => {
    const { rows } = await tx.query<{
      published: string | null;
      published_how: DocumentDate["publishedHow"];
      published_confidence: DocumentDate["publishedConfidence"];
      published_evidence: string | null;
    }>(
      "SELECT published, published_how, published_confidence, published_evidence FROM documents WHERE id = $1 FOR UPDATE",
      [event.documentId],
    );
    const row = rows[0];
    if (!row) throw new FrontierError("not_found", ledgerMessages.documentNotFound(event.documentId));
    const previous: DocumentDate = {
      published: row.published,
      publishedHow: row.published_how,
      publishedConfidence: row.published_confidence,
      publishedEvidence: row.published_evidence,
    };
    const payload: DocumentDate = {
      published: event.published,
      publishedHow: "given",
      publishedConfidence: "high",
      publishedEvidence: `set by ${event.actor}: ${event.reason}`,
    };
    await tx.query(
      `UPDATE documents SET published = $2, published_how = $3, published_confidence = $4, published_evidence = $5
       WHERE id = $1`,
      [
        event.documentId,
        payload.published,
        payload.publishedHow,
        payload.publishedConfidence,
        payload.publishedEvidence,
      ],
    );
    // Claims sort by their document's report date (claims_page_idx): the new date moves them.
    await tx.query("UPDATE claims SET report_key = $2 WHERE document_id = $1", [
      event.documentId,
      payload.published,
    ]);
    const inserted = await tx.query<DocumentEventRow>(
      `INSERT INTO document_events (document_id, action, actor, reason, payload, previous)
       VALUES ($1, 'set_date', $2, $3, $4::jsonb, $5::jsonb) RETURNING *`,
      [event.documentId, event.actor, event.reason, JSON.stringify(payload), JSON.stringify(previous)],
    );
    const stored = eventFromRow(inserted.rows[0]!);
    return event.claims
      ? { ...stored, claims: await replaceUnreviewed(tx, event.documentId, event.published, event.claims) }
      : stored;
  });
}

async function replaceUnreviewed(
  tx: SqlExecutor,
  documentId: string,
  published: string,
  claims: Claim[],
): Promise<{ kept: number; removed: number; added: number }> {
  const rows = uniqueClaimRows(documentId, published, claims);
  const removed = await tx.query("DELETE FROM claims WHERE document_id = $1 AND version = 0 RETURNING id", [
    documentId,
  ]);
  const existing = await tx.query<{ id: string }>("SELECT id FROM claims WHERE document_id = $1", [
    documentId,
  ]);
  const known = new Set(existing.rows.map((row) => row.id));
  const added = rows.filter((row) => !known.has(row[0] as string));
  for (let at = 0; at < added.length; at += CLAIM_ROWS_PER_STATEMENT)
    await insertClaimRows(tx, added.slice(at, at + CLAIM_ROWS_PER_STATEMENT));
  return { kept: known.size, removed: removed.rows.length, added: added.length };
}

export async function listDocumentEvents(client: SqlClient, documentId?: string): Promise<DocumentEvent[]> {
  const { rows } = await client.query<DocumentEventRow>(
    "SELECT * FROM document_events WHERE ($1::text IS NULL OR document_id = $1::text) ORDER BY id",
    [documentId ?? null],
  );
  return rows.map(eventFromRow);
}

function eventFromRow(row: DocumentEventRow): DocumentEvent {
  return {
    id: row.id,
    documentId: row.document_id,
    action: row.action,
    actor: row.actor,
    reason: row.reason,
    payload: row.payload,
    previous: row.previous,
    at: (row.at instanceof Date ? row.at : new Date(row.at)).toISOString(),
  };
}
