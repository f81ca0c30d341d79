import type { Claim } from "../core/index.js";
import { type Page, type PageRequest, pageByKey } from "./page.js";
import type {
  ClaimFilter,
  DocumentEvent,
  DocumentSummary,
  LedgerStore,
  ReviewEvent,
  StoredClaim,
  StoredDocument,
} from "./port.js";
import { deriveClaimView } from "./review.js";

/**
 * The ledger as it was known on a date: the documents published by then (by the date they were
 * known to have then; a document without a date counts from the day it was ingested), their claims,
 * and the reviews recorded by then (claim reviews and date reviews alike). Three times stay apart:
 * the period a figure is about (the claim's), the date it was reported (its document's
 * publication), the date it was reviewed (its events'). One mechanism for every reading command,
 * the API, the model's binding and the report.
 */
export interface LedgerSnapshot {
  documents: DocumentSummary[];
  claims: StoredClaim[];
  events: ReviewEvent[];
}

/** A date (YYYY, YYYY-MM, YYYY-MM-DD) or timestamp falls on or before `asOf`, at the precision both give. */
export function isOnOrBefore(date: string, asOf: string): boolean {
  const length = Math.min(date.length, asOf.length);
  return date.slice(0, length) <= asOf.slice(0, length);
}

/** Reads the ledger, whole or as of a date; with a filter, only the matching claims (rejected ones left out). */
export async function readSnapshot(
  store: LedgerStore,
  asOf: string | null = null,
  filter: ClaimFilter = {},
): Promise<LedgerSnapshot> {
  const [documents, claims, events, documentEvents] = await Promise.all([
    store.listDocuments(),
    store.listClaims(asOf === null ? filter : { ...filter, includeRejected: true }),
    store.listReviewEvents(),
    asOf === null ? Promise.resolve([]) : store.listDocumentEvents(),
  ]);
  if (asOf === null) return { documents, claims, events };
  const snapshot = snapshotAsOf({ documents, claims, events, documentEvents }, asOf);
  return filter.includeRejected
    ? snapshot
    : { ...snapshot, claims: snapshot.claims.filter((c) => c.status !== "rejected") };
}

/** The claims listing, whole or one page, now or as of a date (the CLI's and the API's). */
export async function readClaimListing(
  store: LedgerStore,
  asOf: string | null,
  filter: ClaimFilter,
  page: PageRequest | null,
): Promise<Page<StoredClaim>> {
  if (asOf === null)
    return page ? store.pageClaims(filter, page) : { items: await store.listClaims(filter), next: null };
  const claims = (await readSnapshot(store, asOf, filter)).claims;
  return page ? pageSnapshotClaims(claims, page) : { items: claims, next: null };
}

/** The documents listing, whole or one page, now or as of a date. */
export async function readDocumentListing(
  store: LedgerStore,
  asOf: string | null,
  page: PageRequest | null,
): Promise<Page<DocumentSummary>> {
  if (asOf === null)
    return page ? store.pageDocuments(page) : { items: await store.listDocuments(), next: null };
  const documents = (await readSnapshot(store, asOf)).documents;
  return page ? pageSnapshotDocuments(documents, page) : { items: documents, next: null };
}

/** A claim and its review events, now or as known on `asOf`; null when the ledger did not hold it then. */
export async function readClaimAsOf(
  store: LedgerStore,
  id: string,
  asOf: string | null,
): Promise<{ claim: StoredClaim; events: ReviewEvent[] } | null> {
  if (asOf === null) {
    const claim = await store.getClaim(id);
    return claim ? { claim, events: await store.listReviewEvents(id) } : null;
  }
  const snapshot = await readSnapshot(store, asOf, { includeRejected: true });
  const claim = snapshot.claims.find((c) => c.id === id);
  return claim ? { claim, events: snapshot.events.filter((e) => e.claimId === id) } : null;
}

/**
 * A document (its date as known then), its claims (rejected ones too) and its date reviews, now
 * or as known on `asOf`; null when the ledger did not hold it then.
 */
export async function readDocumentAsOf(
  store: LedgerStore,
  id: string,
  asOf: string | null,
): Promise<{ document: StoredDocument; claims: StoredClaim[]; dateEvents: DocumentEvent[] } | null> {
  const [document, dateEvents] = await Promise.all([store.getDocument(id), store.listDocumentEvents(id)]);
  if (!document) return null;
  if (asOf === null)
    return {
      document,
      claims: await store.listClaims({ documentId: id, includeRejected: true }),
      dateEvents,
    };
  const snapshot = await readSnapshot(store, asOf, { includeRejected: true });
  const known = snapshot.documents.find((d) => d.id === id);
  if (!known) return null;
  return {
    document: { ...document, ...known },
    claims: snapshot.claims.filter((c) => c.documentId === id),
    dateEvents: dateEvents.filter((e) => isOnOrBefore(e.at, asOf)),
  };
}

/** One page of a snapshot's claims, in the store's claim order (report date, undated last). */
export function pageSnapshotClaims(claims: readonly StoredClaim[], page: PageRequest): Page<StoredClaim> {
  return pageByKey(claims, page, "ssiis", (c) => [
    c.reported ?? "~",
    c.documentId,
    c.span.start,
    c.span.end,
    c.id,
  ]);
}

/** One page of a snapshot's documents, in ingest order. */
export function pageSnapshotDocuments(
  documents: readonly DocumentSummary[],
  page: PageRequest,
): Page<DocumentSummary> {
  return pageByKey(documents, page, "bs", (d) => [Date.parse(d.ingestedAt) * 1000, d.id]);
}

/** Pure: the snapshot as known on `asOf`. */
export function snapshotAsOf(
  full: LedgerSnapshot & { documentEvents: readonly DocumentEvent[] },
  asOf: string,
): LedgerSnapshot {
  const dateEvents = groupBy(full.documentEvents, (e) => e.documentId);
  const documents = full.documents
    .map((d) => documentAsOf(d, dateEvents.get(d.id) ?? [], asOf))
    .filter((d) =>
      d.published === null ? isOnOrBefore(d.ingestedAt, asOf) : isOnOrBefore(d.published, asOf),
    );
  const byId = new Map(documents.map((d) => [d.id, d]));
  const events = full.events.filter((e) => isOnOrBefore(e.at, asOf));
  const claimEvents = groupBy(events, (e) => e.claimId);
  const claims = full.claims
    .filter((c) => byId.has(c.documentId))
    .map((c) => claimAsOf(c, claimEvents.get(c.id) ?? [], byId.get(c.documentId)!.published));
  const known = new Set(claims.map((c) => c.id));
  return { documents, claims, events: events.filter((e) => known.has(e.claimId)) };
}

/** The snapshot without some documents, their claims and the reviews of those claims. */
export function withoutDocuments(snapshot: LedgerSnapshot, documentIds: readonly string[]): LedgerSnapshot {
  const dropped = new Set(documentIds);
  const claims = snapshot.claims.filter((c) => !dropped.has(c.documentId));
  const kept = new Set(claims.map((c) => c.id));
  return {
    documents: snapshot.documents.filter((d) => !dropped.has(d.id)),
    claims,
    events: snapshot.events.filter((e) => kept.has(e.claimId)),
  };
}

function documentAsOf(
  document: DocumentSummary,
  events: readonly DocumentEvent[],
  asOf: string,
): DocumentSummary {
  if (events.length === 0) return document;
  const made = events.filter((e) => isOnOrBefore(e.at, asOf));
  const date = made.length > 0 ? made[made.length - 1]!.payload : events[0]!.previous;
  return { ...document, ...date };
}

function claimAsOf(claim: StoredClaim, events: readonly ReviewEvent[], reported: string | null): StoredClaim {
  const {
    id,
    documentId,
    status: _status,
    version: _version,
    original,
    reviewedAt: _at,
    reported: _r,
    ...fields
  } = claim;
  const extracted: Claim = original ?? fields;
  const view = deriveClaimView(extracted, events);
  return {
    ...view.claim,
    id,
    documentId,
    reported,
    status: view.status,
    version: view.version,
    original: view.original,
    reviewedAt: events.length === 0 ? null : events[events.length - 1]!.at,
  };
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}
