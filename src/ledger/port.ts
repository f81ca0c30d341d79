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
  /**
   * Set by appendReviewEvent when the action changed nothing (accepting an accepted claim,
   * rejecting a rejected one): no event was recorded and this is the event that made it so.
   */
  unchanged?: boolean;
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

export type UserRole = "reader" | "reviewer" | "admin";

/** Someone who may sign in to a team server: readers run models, reviewers also review, admins too. */
export interface User {
  id: number;
  name: string;
  role: UserRole;
  createdAt: string;
}

/** A bearer token as listed: never its secret, which is stored as a SHA-256 only. */
export interface TokenRecord {
  id: number;
  userName: string;
  role: UserRole;
  createdAt: string;
  revokedAt: string | null;
}

export interface DocumentText {
  id: string;
  title: string;
  text: string;
}

export interface LedgerStore extends ModelRunStore {
  readonly kind: "pglite" | "postgres";
  /** Applies pending versioned migrations; returns the versions applied now. */
  migrate(): Promise<string[]>;
  /** The migrations not applied yet (a readiness check: [] when the schema is current). */
  pendingMigrations(): Promise<string[]>;
  close(): Promise<void>;
  /** One transaction: the document and its claims, or nothing. A document whose hash is known is not inserted. */
  insertDocument(document: AnalysedDocument, claims: Claim[]): Promise<InsertOutcome>;
  findDocumentByHash(contentHash: string): Promise<DocumentSummary | null>;
  listDocuments(): Promise<DocumentSummary[]>;
  /** One page of listDocuments' order; a bad cursor or limit is FrontierError("invalid_input"). */
  pageDocuments(page: PageRequest): Promise<Page<DocumentSummary>>;
  getDocument(id: string): Promise<StoredDocument | null>;
  getDocumentRaw(id: string): Promise<Uint8Array | null>;
  /** The title and text of those of `ids` that exist, in one read (a page's source sentences). */
  getDocumentTexts(ids: readonly string[]): Promise<DocumentText[]>;
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
  /** A new user; a taken name is FrontierError("conflict"). */
  addUser(name: string, role: UserRole): Promise<User>;
  listUsers(): Promise<User[]>;
  /** Records a token of `userName` by the SHA-256 (hex) of its secret; an unknown user is "not_found". */
  createToken(userName: string, secretSha256: string): Promise<TokenRecord>;
  listTokens(): Promise<TokenRecord[]>;
  /** Marks a token revoked (once: revoking again keeps the first time); an unknown id is "not_found". */
  revokeToken(id: number): Promise<TokenRecord>;
  /** A token that is not revoked, with the stored hash to compare, or null. */
  findActiveToken(id: number): Promise<{ token: TokenRecord; secretSha256: string } | null>;
}

export type ModelRunStatus = "running" | "done" | "failed";

/** A model run spread over queue workers (ledger/model-runs.ts). */
export interface ModelRunRecord {
  id: string;
  /** The simulation spec as model/chunks.ts encodes it. */
  spec: string;
  chunkCount: number;
  status: ModelRunStatus;
  /** The merged result (done), or null. */
  result: unknown;
  /** Why a run failed (model issues), or []. */
  issues: unknown[];
  /** Chunks stored so far (0 once the run is settled: the chunks are dropped with the merge). */
  chunksStored: number;
  createdAt: string;
  finishedAt: string | null;
}

/** What merging a run's chunks gave: a result, or the issues that made it fail. */
export interface ModelRunSettlement {
  status: "done" | "failed";
  result: unknown;
  issues: unknown[];
}

/** The queue's model runs: chunk states stored once each, merged once in one transaction. */
export interface ModelRunStore {
  /** Records a run (idempotent: a run id already known is left as it is). */
  createModelRun(run: { id: string; spec: string; chunkCount: number }): Promise<void>;
  /** Stores one chunk's state unless that chunk is stored already (a retried job); unknown run: not_found. */
  storeModelRunChunk(runId: string, chunk: number, state: string): Promise<void>;
  /**
   * Holding the run's row: when it is still running and every chunk is stored, records
   * `merge(states in chunk order)` and drops the chunks, in one transaction. Returns the run as it is.
   */
  settleModelRun(
    runId: string,
    merge: (states: string[]) => ModelRunSettlement | Promise<ModelRunSettlement>,
  ): Promise<ModelRunRecord>;
  getModelRun(id: string): Promise<ModelRunRecord | null>;
}
