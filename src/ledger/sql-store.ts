import {
  type AnalysedDocument,
  type Bound,
  type Claim,
  type DateConfidence,
  dateConfidenceOf,
  documentIdFromHash,
  FrontierError,
  type Metric,
  type Period,
  type PublishedHow,
  type Qualifier,
} from "../core/index.js";
import { CLAIM_ROWS_PER_STATEMENT, insertClaimRows, UNDATED_KEY, uniqueClaimRows } from "./claim-rows.js";
import { claimSearchQuery } from "./claim-search.js";
import { listDocumentEvents, setDocumentDate } from "./document-dates.js";
import { ledgerMessages } from "./messages.js";
import { pendingMigrations, runMigrations } from "./migrate.js";
import { modelRunStore } from "./model-runs.js";
import { checkPageLimit, decodeCursor, encodeCursor, type Page, type PageRequest } from "./page.js";
import { createPageCache, type PageCache } from "./page-cache.js";
import type {
  ClaimFilter,
  ClaimSearch,
  DocumentSummary,
  InsertOutcome,
  LedgerStore,
  NewReviewEvent,
  ReviewAction,
  ReviewEvent,
  ReviewStatus,
  StoredClaim,
  StoredDocument,
} from "./port.js";
import {
  type AppliedEvent,
  checkAgainstView,
  correctedClaimProblem,
  deriveClaimView,
  parseReviewPayload,
  previousFor,
} from "./review.js";
import type { SqlClient } from "./sql-client.js";
import { userMethods } from "./users.js";

/**
 * The one SQL text both adapters run: the LedgerStore port over any SqlClient. Listing pages are
 * kept until the next write (page-cache.ts); on PostgreSQL, which other processes write, only with
 * `keepPages` (a server's reads), while the client tells of their commits.
 */
export function createSqlLedgerStore(client: SqlClient, options: { keepPages?: boolean } = {}): LedgerStore {
  const pages: PageCache = createPageCache(client.kind === "pglite");
  const watching =
    client.kind === "postgres" && options.keepPages && client.watchChanges
      ? client.watchChanges({
          listening: () => pages.keep(true),
          changed: () => pages.changed(),
          lost: () => pages.keep(false),
        })
      : Promise.resolve();
  return {
    ...modelRunStore(client),
    kind: client.kind,
    // Opening a ledger migrates it: once that is done, a server's pages are kept from its first read.
    migrate: async () => {
      await watching;
      return pages.write(() => runMigrations(client));
    },
    pendingMigrations: () => pendingMigrations(client),
    close: () => client.close(),
    insertDocument: (document, claims) => pages.write(() => insertDocument(client, document, claims)),
    findDocumentByHash: async (contentHash) => {
      const { rows } = await client.query<DocumentRow>(
        `${DOCUMENT_SUMMARY_SELECT} WHERE d.content_hash = $1`,
        [contentHash],
      );
      return rows[0] ? summaryFromRow(rows[0]) : null;
    },
    listDocuments: async () => (await documentPage(client, null)).items,
    pageDocuments: (page) => pages.read(JSON.stringify(["d", page]), () => documentPage(client, page)),
    getDocument: async (id) => {
      const { rows } = await client.query<DocumentRow>(
        `SELECT d.*, (SELECT count(*)::int FROM claims c WHERE c.document_id = d.id) AS claim_count
         FROM documents d WHERE d.id = $1`,
        [id],
      );
      const row = rows[0];
      if (!row) return null;
      return {
        ...summaryFromRow(row),
        format: row.format ?? "txt",
        text: row.text ?? "",
        furniture: (row.furniture ?? []) as StoredDocument["furniture"],
      };
    },
    getDocumentRaw: async (id) => {
      const { rows } = await client.query<{ raw: Uint8Array }>("SELECT raw FROM documents WHERE id = $1", [
        id,
      ]);
      const raw = rows[0]?.raw;
      return raw ? new Uint8Array(raw.buffer, raw.byteOffset, raw.byteLength) : null;
    },
    getDocumentTexts: async (ids) =>
      (
        await client.query<{ id: string; title: string | null; text: string | null }>(
          "SELECT id, title, text FROM documents WHERE id = ANY($1::text[])",
          [[...ids]],
        )
      ).rows.map((row) => ({ id: row.id, title: row.title ?? "", text: row.text ?? "" })),
    listClaims: async (filter = {}) => (await claimPage(client, filter, null)).items,
    pageClaims: (filter, page) =>
      pages.read(JSON.stringify(["c", filter, page]), () => claimPage(client, filter, page)),
    searchClaims: (search, page) =>
      pages.read(JSON.stringify(["s", search, page]), () => searchClaimPage(client, search, page)),
    getClaim: async (id) => {
      const { rows } = await client.query<ClaimRow>(`${CLAIM_SELECT} WHERE c.id = $1`, [id]);
      return rows[0] ? storedClaimFromRow(rows[0]) : null;
    },
    appendReviewEvent: (event, expectedVersion) =>
      pages.write(() => appendReviewEvent(client, event, expectedVersion)),
    setDocumentDate: (event) => pages.write(() => setDocumentDate(client, event)),
    listDocumentEvents: (documentId) => listDocumentEvents(client, documentId),
    ...userMethods(client),
    listReviewEvents: async (claimId) => {
      const { rows } = await client.query<EventRow>(
        "SELECT * FROM review_events WHERE ($1::text IS NULL OR claim_id = $1::text) ORDER BY id",
        [claimId ?? null],
      );
      return rows.map(eventFromRow);
    },
  };
}

async function insertDocument(
  client: SqlClient,
  document: AnalysedDocument,
  claims: Claim[],
): Promise<InsertOutcome> {
  const documentId = documentIdFromHash(document.contentHash);
  return client.transaction(async (tx) => {
    const inserted = await tx.query(
      `INSERT INTO documents (id, content_hash, source, format, title, language, language_confidence,
         published, published_how, text, furniture, raw, published_confidence, published_evidence, outlet)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11::jsonb, $12, $13, $14, $15)
       ON CONFLICT DO NOTHING RETURNING id`,
      [
        documentId,
        document.contentHash,
        document.source,
        document.format,
        document.title,
        document.language,
        document.languageConfidence,
        document.published,
        document.publishedHow,
        document.text,
        JSON.stringify(document.furniture),
        document.raw,
        document.publishedConfidence === undefined
          ? dateConfidenceOf(document.published, document.publishedHow)
          : document.publishedConfidence,
        document.publishedEvidence ?? null,
        document.outlet ?? null,
      ],
    );
    if (inserted.rows.length === 0) {
      const known = await tx.query<{ id: string }>("SELECT id FROM documents WHERE content_hash = $1", [
        document.contentHash,
      ]);
      if (known.rows[0]?.id !== documentId)
        throw new FrontierError("storage", ledgerMessages.idCollision(documentId));
      const ids = await tx.query<{ id: string }>(
        "SELECT id FROM claims WHERE document_id = $1 ORDER BY span_start, span_end, id",
        [documentId],
      );
      return { documentId, inserted: false, claimIds: ids.rows.map((row) => row.id) };
    }
    const rows = uniqueClaimRows(documentId, document.published, claims);
    for (let at = 0; at < rows.length; at += CLAIM_ROWS_PER_STATEMENT) {
      await insertClaimRows(tx, rows.slice(at, at + CLAIM_ROWS_PER_STATEMENT));
    }
    return { documentId, inserted: true, claimIds: rows.map((row) => row[0] as string) };
  });
}

async function appendReviewEvent(
  client: SqlClient,
  event: NewReviewEvent,
  expectedVersion: number,
): Promise<ReviewEvent> {
  if (event.actor.trim() === "") throw new FrontierError("invalid_input", ledgerMessages.emptyActor());
  if (event.reason.trim() === "") throw new FrontierError("invalid_input", ledgerMessages.emptyReason());
  if (!Number.isSafeInteger(expectedVersion) || expectedVersion < 0)
    throw new FrontierError("invalid_input", ledgerMessages.badVersion(expectedVersion));
  if (JSON.stringify(event).includes("\\u0000"))
    throw new FrontierError("invalid_input", ledgerMessages.nulCharacter());
  const payload = parseReviewPayload(event.action, event.payload);
  if (!payload.ok) throw new FrontierError("invalid_input", payload.error);
  return client.transaction(async (tx) => {
    // The conditional UPDATE is the optimistic lock: a racing reviewer at the same version finds 0 rows.
    const bumped = await tx.query<{ version: number }>(
      "UPDATE claims SET version = version + 1 WHERE id = $1 AND version = $2 RETURNING version",
      // No claim reaches 2^31 - 1 versions: a larger expectation is a conflict, not a column overflow.
      [event.claimId, Math.min(expectedVersion, 2 ** 31 - 1)],
    );
    if (bumped.rows.length === 0) {
      const current = await tx.query<{ version: number }>("SELECT version FROM claims WHERE id = $1", [
        event.claimId,
      ]);
      const actual = current.rows[0]?.version;
      if (actual === undefined)
        throw new FrontierError("not_found", ledgerMessages.claimNotFound(event.claimId));
      throw new FrontierError("conflict", ledgerMessages.conflict(event.claimId, expectedVersion, actual), {
        claimId: event.claimId,
        expectedVersion,
        actualVersion: actual,
      });
    }
    const version = bumped.rows[0]!.version;
    const { rows } = await tx.query<ClaimRow>(`${CLAIM_SELECT} WHERE c.id = $1`, [event.claimId]);
    const row = rows[0]!;
    const before = deriveClaimView(extractedFromRow(row), eventsOfRow(row));
    if (event.action === "link_revision") {
      const target = await tx.query("SELECT 1 FROM claims WHERE id = $1", [payload.value.target]);
      if (target.rows.length === 0)
        throw new FrontierError("not_found", ledgerMessages.targetNotFound(String(payload.value.target)));
    }
    if (sameStatusAgain(event.action, before.status)) {
      // Accepting an accepted claim (or rejecting a rejected one) changes nothing: no new version.
      await tx.query("UPDATE claims SET version = version - 1 WHERE id = $1", [event.claimId]);
      const last = await tx.query<EventRow>(
        "SELECT * FROM review_events WHERE claim_id = $1 ORDER BY id DESC LIMIT 1",
        [event.claimId],
      );
      return { ...eventFromRow(last.rows[0]!), unchanged: true };
    }
    const problem =
      checkAgainstView(event.claimId, before, event.action, payload.value) ??
      (event.action === "correct" ? correctedClaimProblem({ ...before.claim, ...payload.value }) : null);
    if (problem) throw new FrontierError("invalid_input", problem);
    const previous = previousFor(before, event.action, payload.value);
    const inserted = await tx.query<EventRow>(
      `INSERT INTO review_events (claim_id, version, action, actor, reason, payload, previous)
       VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7::jsonb) RETURNING *`,
      [
        event.claimId,
        version,
        event.action,
        event.actor,
        event.reason,
        JSON.stringify(payload.value),
        JSON.stringify(previous),
      ],
    );
    const stored = eventFromRow(inserted.rows[0]!);
    const after = deriveClaimView(extractedFromRow(row), [...eventsOfRow(row), stored]);
    await tx.query("UPDATE claims SET status = $2, current = $3::jsonb WHERE id = $1", [
      event.claimId,
      after.status,
      after.corrections === null ? null : JSON.stringify(after.corrections),
    ]);
    return stored;
  });
}

function sameStatusAgain(action: ReviewAction, status: ReviewStatus): boolean {
  return (action === "accept" && status === "accepted") || (action === "reject" && status === "rejected");
}

/** Documents in ingest order; a page is the rows after the cursor's (ingested_at µs, id). */
async function documentPage(client: SqlClient, page: PageRequest | null): Promise<Page<DocumentSummary>> {
  if (page) checkPageLimit(page.limit);
  const [micros, id] = page?.after ? decodeCursor(page.after, "bs") : [null, null];
  const { rows } = await client.query<DocumentRow & { ingested_us: string }>(
    `${DOCUMENT_SUMMARY_COLUMNS}
     FROM (SELECT * FROM documents d
       WHERE ($1::bigint IS NULL OR (d.ingested_at, d.id COLLATE "C") >
         (timestamptz 'epoch' + $1::bigint * interval '1 microsecond', $2::text COLLATE "C"))
       ORDER BY d.ingested_at, d.id COLLATE "C" LIMIT $3) d
     ORDER BY d.ingested_at, d.id COLLATE "C"`,
    [micros, id, page ? page.limit + 1 : null],
  );
  return pageOf(rows, page, summaryFromRow, (row) => [Number(row.ingested_us), row.id]);
}

/** Claims by report date (undated last), document and span; a page is the rows after the cursor's key. */
async function claimPage(
  client: SqlClient,
  filter: ClaimFilter,
  page: PageRequest | null,
): Promise<Page<StoredClaim>> {
  if (page) checkPageLimit(page.limit);
  const key = page?.after ? decodeCursor(page.after, "ssiis") : [null, null, null, null, null];
  const { rows } = await client.query<ClaimRow & { report_key: string }>(
    `SELECT c.*, (SELECT d.published FROM documents d WHERE d.id = c.document_id) AS reported,
       ${EVENTS_OF_CLAIM} AS events
     FROM (SELECT * FROM claims c
       WHERE ($1::text IS NULL OR lower(coalesce(c.current->>'entity', c.entity)) = lower($1::text))
         AND ($2::text IS NULL OR coalesce(c.current->>'metric', c.metric) = $2::text)
         AND ($3::text IS NULL OR (c.report_key <> '${UNDATED_KEY}' AND c.report_key >= substr($3::text, 1, length(c.report_key))))
         AND ($4::text IS NULL OR c.document_id = $4::text)
         AND ($5::boolean OR c.status <> 'rejected')
         AND ($6::text IS NULL OR (${CLAIM_ORDER}) > ($6::text COLLATE "C", $7::text COLLATE "C", $8::int, $9::int, $10::text COLLATE "C"))
       ORDER BY ${CLAIM_ORDER} LIMIT $11) c
     ORDER BY ${CLAIM_ORDER}`,
    [
      filter.entity ?? null,
      filter.metric ?? null,
      filter.since ?? null,
      filter.documentId ?? null,
      filter.includeRejected ?? false,
      ...key,
      page ? page.limit + 1 : null,
    ],
  );
  return pageOf(rows, page, storedClaimFromRow, (row) => [
    row.report_key,
    row.document_id,
    row.span_start,
    row.span_end,
    row.id,
  ]);
}

async function searchClaimPage(
  client: SqlClient,
  search: ClaimSearch,
  page: PageRequest,
): Promise<Page<StoredClaim>> {
  checkPageLimit(page.limit);
  const { text, params } = claimSearchQuery(search, page, { events: EVENTS_OF_CLAIM });
  const { rows } = await client.query<ClaimRow & { sort_key: string }>(text, params);
  return pageOf(rows, page, storedClaimFromRow, (row) => [row.sort_key, row.id]);
}

/** Rows asked one beyond the limit: the extra row says a next page exists, the last kept row is its cursor. */
function pageOf<R, T>(
  rows: R[],
  page: PageRequest | null,
  convert: (row: R) => T,
  keyOf: (row: R) => (string | number)[],
): Page<T> {
  const more = page !== null && rows.length > page.limit;
  const kept = more ? rows.slice(0, page.limit) : rows;
  const last = kept[kept.length - 1];
  return { items: kept.map(convert), next: more && last ? encodeCursor(keyOf(last)) : null };
}

/** The claims listing's order, which the claims_page_idx index holds. */
const CLAIM_ORDER = `c.report_key COLLATE "C", c.document_id COLLATE "C", c.span_start, c.span_end, c.id COLLATE "C"`;

const DOCUMENT_SUMMARY_COLUMNS = `SELECT d.id, d.title, d.source, d.language, d.language_confidence, d.published,
  d.published_how, d.published_confidence, d.published_evidence, d.outlet, d.content_hash, d.ingested_at,
  (extract(epoch FROM d.ingested_at) * 1000000)::bigint::text AS ingested_us,
  (SELECT count(*)::int FROM claims c WHERE c.document_id = d.id) AS claim_count`;
const DOCUMENT_SUMMARY_SELECT = `${DOCUMENT_SUMMARY_COLUMNS} FROM documents d`;

/** A claim's review events as JSON; a claim at version 0 has none, and most claims are at version 0. */
const EVENTS_OF_CLAIM = `CASE WHEN c.version = 0 THEN '[]'::jsonb ELSE
  (SELECT coalesce(jsonb_agg(to_jsonb(e) ORDER BY e.version), '[]'::jsonb)
     FROM review_events e WHERE e.claim_id = c.id) END`;

const CLAIM_SELECT = `SELECT c.*, d.published AS reported, ${EVENTS_OF_CLAIM} AS events
  FROM claims c JOIN documents d ON d.id = c.document_id`;

interface DocumentRow {
  id: string;
  title: string;
  source: string;
  language: string;
  language_confidence: number;
  published: string | null;
  published_how: PublishedHow;
  published_confidence: DateConfidence | null;
  published_evidence: string | null;
  outlet: string | null;
  content_hash: string;
  ingested_at: Date | string;
  claim_count: number;
  format?: string;
  text?: string;
  furniture?: unknown;
}

interface ClaimRow {
  id: string;
  document_id: string;
  entity: string;
  counterparty: string | null;
  metric: Metric;
  value_low: number | null;
  value_high: number | null;
  bound: Bound;
  unit: string;
  period: Period | null;
  qualifier: Qualifier;
  attribution: string | null;
  item: string | null;
  span_start: number;
  span_end: number;
  quote: string;
  confidence: number | null;
  explanation: string | null;
  version: number;
  status: ReviewStatus;
  reported: string | null;
  events: EventJson[];
}

interface EventRow {
  id: number;
  claim_id: string;
  version: number;
  action: ReviewAction;
  actor: string;
  reason: string;
  payload: Record<string, unknown>;
  previous: Record<string, unknown>;
  at: Date | string;
}
type EventJson = EventRow;

function isoTimestamp(value: Date | string): string {
  return (value instanceof Date ? value : new Date(value)).toISOString();
}

function summaryFromRow(row: DocumentRow): DocumentSummary {
  return {
    id: row.id,
    title: row.title,
    source: row.source,
    language: row.language,
    languageConfidence: row.language_confidence,
    published: row.published,
    publishedHow: row.published_how,
    publishedConfidence: row.published_confidence,
    publishedEvidence: row.published_evidence,
    outlet: row.outlet,
    contentHash: row.content_hash,
    ingestedAt: isoTimestamp(row.ingested_at),
    claimCount: row.claim_count,
  };
}

function eventFromRow(row: EventRow): ReviewEvent {
  return {
    id: row.id,
    claimId: row.claim_id,
    version: row.version,
    action: row.action,
    actor: row.actor,
    reason: row.reason,
    payload: row.payload,
    previous: row.previous,
    at: isoTimestamp(row.at),
  };
}

function eventsOfRow(row: ClaimRow): AppliedEvent[] {
  return row.events.map((event) => ({
    action: event.action,
    payload: event.payload,
    version: event.version,
  }));
}

function extractedFromRow(row: ClaimRow): Claim {
  const claim: Claim = {
    entity: row.entity,
    counterparty: row.counterparty,
    metric: row.metric,
    value: { low: row.value_low, high: row.value_high, bound: row.bound },
    unit: row.unit,
    period: row.period,
    qualifier: row.qualifier,
    attribution: row.attribution,
    item: row.item,
    span: { start: row.span_start, end: row.span_end },
    quote: row.quote,
    document: row.document_id,
  };
  if (row.confidence !== null) claim.confidence = row.confidence;
  if (row.explanation !== null) claim.explanation = row.explanation;
  return claim;
}

function storedClaimFromRow(row: ClaimRow): StoredClaim {
  const view = deriveClaimView(extractedFromRow(row), eventsOfRow(row));
  return {
    ...view.claim,
    id: row.id,
    documentId: row.document_id,
    reported: row.reported,
    status: view.status,
    version: row.version,
    original: view.original,
    reviewedAt: row.events.length === 0 ? null : isoTimestamp(row.events[row.events.length - 1]!.at),
  };
}
