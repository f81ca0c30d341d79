import type { AnalysedDocument, Claim, DateConfidence, PublishedHow } from "../core/index.js";
import type { Page, PageRequest } from "./page.js";

/** The narrow store port: only what the product uses. PGlite and PostgreSQL implement it over one SQL text. */

export interface DocumentSummary {
  id: string;
  title: string;
  source: string;
  language: string;
  languageConfidence: number;
  published: string | null;
  publishedHow: PublishedHow;
  /** How far the date can be trusted to order reports (core/document.ts), or null when unknown. */
  publishedConfidence: DateConfidence | null;
  /** How the date was found, for people. */
  publishedEvidence: string | null;
  outlet: string | null;
  contentHash: string;
  ingestedAt: string;
  claimCount: number;
}

export interface StoredDocument extends DocumentSummary {
  format: string;
  text: string;
  furniture: AnalysedDocument["furniture"];
}

export type ReviewStatus = "unreviewed" | "accepted" | "rejected" | "corrected";

/** A claim as the ledger holds it: the extracted claim with the review events applied. */
export interface StoredClaim extends Claim {
  id: string;
  /** Ledger document id (also in `document`). */
  documentId: string;
  /** The document's publication date, for ordering by report date. */
  reported: string | null;
  status: ReviewStatus;
  /** Number of review events applied; the expected version for the next review action. */
  version: number;
  /** The claim before any correction, when corrected. */
  original: Claim | null;
  /** When the last review event was recorded (ISO timestamp), or null when never reviewed. */
  reviewedAt?: string | null;
}

export type ReviewAction = "accept" | "reject" | "correct" | "link_revision" | "unlink_revision";

export interface NewReviewEvent {
  claimId: string;
  action: ReviewAction;
  actor: string;
  reason: string;
  /** For correct: the fields changed. For link/unlink_revision: { target: claimId }. */
  payload: Record<string, unknown>;
}

export interface ReviewEvent extends NewReviewEvent {
  id: number;
  /** The claim's version this event produced (1 for the first event). */
  version: number;
  /** The claim fields before the event (for correct), or the previous status. */
  previous: Record<string, unknown>;
  at: string;
}

/** A reviewer's decision on a document's publication date, recorded like a claim review. */
export interface NewDocumentDateEvent {
  documentId: string;
  /** ISO date, partial allowed. */
  published: string;
  actor: string;
  reason: string;
  /**
   * The document's claims extracted anew with the new date (periods such as "last October" depend
   * on it): they replace the claims no one has reviewed yet; reviewed claims stay as they are.
   */
  claims?: Claim[];
}

/** The date a document had before or after a date review. */
export interface DocumentDate {
  published: string | null;
  publishedHow: PublishedHow;
  publishedConfidence: DateConfidence | null;
  publishedEvidence: string | null;
}

export interface DocumentEvent {
  id: number;
  documentId: string;
  action: "set_date";
  actor: string;
  reason: string;
  payload: DocumentDate;
  previous: DocumentDate;
  at: string;
  /** Returned by setDocumentDate when claims were given: what happened to the document's claims. */
  claims?: { kept: number; removed: number; added: number };
}

export interface ClaimFilter {
  entity?: string;
  metric?: string;
  /** ISO date: claims of documents published on or after it. */
  since?: string;
  documentId?: string;
  includeRejected?: boolean;
}

export type ClaimSort = "reported" | "reported-desc" | "confidence" | "entity";

/** What the dashboard's claims table asks for: full text and filters over the claims as reviewed now. */
export interface ClaimSearch {
  /** Words that must each appear in the sentence, the entity or the counterparty (case-insensitive). */
  text?: string;
  entity?: string;
  metric?: string;
  /** A year or date prefix ("2025", "2025-06") of the period's start, end or as-of date. */
  period?: string;
  qualifier?: string;
  status?: ReviewStatus;
  confidence?: "low" | "high";
  documentId?: string;
  language?: string;
  /** Default "reported" (report date, oldest first). */
  sort?: ClaimSort;
}

export interface InsertOutcome {
  documentId: string;
  inserted: boolean;
  claimIds: string[];
}

export interface LedgerStore {
  readonly kind: "pglite" | "postgres";
  /** Applies pending versioned migrations; returns the versions applied now. */
  migrate(): Promise<string[]>;
  close(): Promise<void>;
  /** One transaction: the document and its claims, or nothing. A document whose hash is known is not inserted. */
  insertDocument(document: AnalysedDocument, claims: Claim[]): Promise<InsertOutcome>;
  findDocumentByHash(contentHash: string): Promise<DocumentSummary | null>;
  listDocuments(): Promise<DocumentSummary[]>;
  /** One page of listDocuments' order; a bad cursor or limit is FrontierError("invalid_input"). */
  pageDocuments(page: PageRequest): Promise<Page<DocumentSummary>>;
  getDocument(id: string): Promise<StoredDocument | null>;
  getDocumentRaw(id: string): Promise<Uint8Array | null>;
  listClaims(filter?: ClaimFilter): Promise<StoredClaim[]>;
  /** One page of listClaims' order, filtered alike. */
  pageClaims(filter: ClaimFilter, page: PageRequest): Promise<Page<StoredClaim>>;
  /** One page of the claims matching a search, in its sort order (rejected claims only when asked by status). */
  searchClaims(search: ClaimSearch, page: PageRequest): Promise<Page<StoredClaim>>;
  getClaim(id: string): Promise<StoredClaim | null>;
  /**
   * Appends a review event if the claim is still at `expectedVersion`; otherwise throws
   * FrontierError("conflict"). Two reviewers racing on one claim: exactly one wins.
   */
  appendReviewEvent(event: NewReviewEvent, expectedVersion: number): Promise<ReviewEvent>;
  listReviewEvents(claimId?: string): Promise<ReviewEvent[]>;
  /** Sets a document's publication date (given, high confidence) and logs the event with the previous date. */
  setDocumentDate(event: NewDocumentDateEvent): Promise<DocumentEvent>;
  listDocumentEvents(documentId?: string): Promise<DocumentEvent[]>;
}
