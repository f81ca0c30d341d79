/**
 * The pipeline, drawn once:
 *
 *   paths ──► collectDocumentFiles ──► for each file, one at a time:
 *   (files,    (expand folders,          readDocumentFile ──► known hash? ──yes──► "present"
 *    folders)   keep txt/md/html)        (text, hash, lang,        │ no
 *                                         date, furniture)         ▼
 *                                                          extractDocument ──► store.insertDocument
 *                                                          (claims + issues)    (one transaction:
 *                                                                                document + claims)
 *                                                                                   │
 *                                         IngestReport ◄── per-file outcome ◄───────┘
 *                                         (stored N claims / present / failed with an issue)
 *
 *   ledger ──► reconcile ──► model ──► report: composed by their own commands and the server.
 *
 * A failing file never stops the batch: its outcome carries the issue and the next file runs.
 * `extract` (no ledger) and `ingest` share readDocumentFile and extractDocument.
 */
import {
  type AnalysedDocument,
  type Claim,
  DEFAULT_MAX_DOCUMENT_BYTES,
  documentIdFromHash,
  type Issue,
  isFrontierError,
  type Language,
} from "./core/index.js";
import {
  collectDocumentFiles,
  type Manifest,
  manifestEntryFor,
  type ReadOptions,
  readDocumentFile,
} from "./documents/index.js";
import { type ExtractionOptions, extractClaims } from "./extract/index.js";
import type { DocumentEvent, LedgerStore } from "./ledger/index.js";

export interface IngestOptions {
  /** Per-file dates, sources, outlets and titles; an entry wins over `published` and `source`. */
  manifest?: Manifest;
  /** Publication date given by the user (ISO, partial allowed); otherwise inferred per document. */
  published?: string;
  /** Source URL recorded instead of the file name. */
  source?: string;
  /** Language given by the user; otherwise detected. */
  lang?: Language;
  /** Files larger than this fail (bytes); default DEFAULT_MAX_DOCUMENT_BYTES. */
  maxBytes?: number;
  /** Extraction options (an extra gazetteer, another quantity recognizer). */
  extraction?: ExtractionOptions;
  /** Called after each file with its outcome. */
  onProgress?: (progress: { done: number; total: number; outcome: FileOutcome }) => void;
}

export type FileOutcome =
  | { file: string; status: "stored"; documentId: string; claims: number; issues: Issue[] }
  | { file: string; status: "present"; documentId: string; claims: number }
  | { file: string; status: "failed"; issue: Issue };

export interface IngestReport {
  files: FileOutcome[];
  stored: number;
  claims: number;
  present: number;
  failed: number;
}

export const pipelineMessages = {
  storageFailed: (file: string, detail: string) => `${file}: could not store the document: ${detail}`,
  internal: (file: string, detail: string) =>
    `${file}: internal error while extracting or storing: ${detail}`,
} as const;

/** Extracts the claims of one analysed document; `document` names it in each claim (ledger id or file name). */
export function extractDocument(
  document: AnalysedDocument,
  documentName: string,
  options: ExtractionOptions = {},
): { claims: Claim[]; issues: Issue[] } {
  return extractClaims(
    {
      text: document.text,
      language: document.language,
      published: document.published,
      document: documentName,
    },
    options,
  );
}

/**
 * Reads, analyses, extracts and stores every document under `paths`, one transaction per document.
 *
 * @example
 * const report = await ingestPaths(store, ["reports/"], { published: "2025-11-04" });
 * console.log(`${report.stored} stored, ${report.failed} failed`);
 */
export async function ingestPaths(
  store: LedgerStore,
  paths: readonly string[],
  options: IngestOptions = {},
): Promise<IngestReport> {
  const collected = await collectDocumentFiles([...paths]);
  const outcomes: FileOutcome[] = collected.issues.map((issue) => ({
    file: issueFile(issue),
    status: "failed" as const,
    issue,
  }));
  const total = collected.files.length + outcomes.length;
  outcomes.forEach((outcome, index) => {
    options.onProgress?.({ done: index + 1, total, outcome });
  });
  for (const file of collected.files) {
    const outcome = await ingestFile(store, file, options);
    outcomes.push(outcome);
    options.onProgress?.({ done: outcomes.length, total, outcome });
  }
  return summarise(outcomes);
}

async function ingestFile(store: LedgerStore, file: string, options: IngestOptions): Promise<FileOutcome> {
  const read = await readDocumentFile(file, readOptionsFor(file, options));
  if (!read.ok) return { file, status: "failed", issue: read.error };
  return ingestAnalysed(store, file, read.value, options.extraction);
}

/**
 * Extracts and stores one analysed document (a file read here, or bytes a queue worker was given):
 * present when its hash is known, failed with an issue on a refused extraction or a storage error.
 */
export async function ingestAnalysed(
  store: LedgerStore,
  file: string,
  document: AnalysedDocument,
  extraction?: ExtractionOptions,
): Promise<FileOutcome> {
  try {
    const known = await store.findDocumentByHash(document.contentHash);
    if (known) return { file, status: "present", documentId: known.id, claims: known.claimCount };
    const documentId = documentIdFromHash(document.contentHash);
    const extracted = extractDocument(document, documentId, extraction);
    // An extraction that could not finish (a text built to cost more than its size) fails the file alone.
    const refusal = extracted.issues.find((issue) => issue.severity === "error");
    if (refusal)
      return {
        file,
        status: "failed",
        issue: { ...refusal, message: `${file}: ${refusal.message}`, location: { kind: "file", file } },
      };
    const stored = await store.insertDocument(document, extracted.claims);
    return stored.inserted
      ? { file, status: "stored", documentId, claims: stored.claimIds.length, issues: extracted.issues }
      : { file, status: "present", documentId, claims: stored.claimIds.length };
  } catch (error) {
    // One file's failure (a storage error, or a bug met on this input) never stops the batch.
    const known = isFrontierError(error);
    return {
      file,
      status: "failed",
      issue: {
        code: known ? (error.code === "storage" ? "storage_failed" : error.code) : "internal",
        message: known
          ? pipelineMessages.storageFailed(file, error.message)
          : pipelineMessages.internal(file, error instanceof Error ? error.message : String(error)),
        severity: "error",
        location: { kind: "file", file },
      },
    };
  }
}

export function readOptionsFor(file: string, options: IngestOptions): ReadOptions {
  const read: ReadOptions = { maxBytes: options.maxBytes ?? DEFAULT_MAX_DOCUMENT_BYTES };
  if (options.published !== undefined) {
    read.published = options.published;
    read.publishedEvidence = "given with --published";
  }
  if (options.source !== undefined) read.source = options.source;
  if (options.lang !== undefined) read.lang = options.lang;
  const entry = options.manifest ? manifestEntryFor(options.manifest, file) : undefined;
  if (entry) {
    if (entry.published !== undefined) {
      read.published = entry.published;
      read.publishedEvidence = `manifest ${options.manifest!.name}${entry.established ? `: ${entry.established}` : ""}`;
    }
    if (entry.source !== undefined) read.source = entry.source;
    if (entry.title !== undefined) read.title = entry.title;
    if (entry.outlet !== undefined) read.outlet = entry.outlet;
  }
  return read;
}

function issueFile(issue: Issue): string {
  return issue.location.kind === "file" ? issue.location.file : "";
}

function summarise(files: FileOutcome[]): IngestReport {
  const report: IngestReport = { files, stored: 0, claims: 0, present: 0, failed: 0 };
  for (const outcome of files) {
    if (outcome.status === "stored") {
      report.stored += 1;
      report.claims += outcome.claims;
    } else if (outcome.status === "present") report.present += 1;
    else report.failed += 1;
  }
  return report;
}

/**
 * Gives a document the date a reviewer established, and extracts its claims again with that date
 * (relative periods such as "last October" depend on it); reviewed claims are kept as they are.
 * The document is read once; an unknown id is the ledger's not_found.
 */
export async function redateDocument(
  store: LedgerStore,
  change: { documentId: string; published: string; actor: string; reason: string },
  extraction: ExtractionOptions = {},
): Promise<DocumentEvent> {
  const document = await store.getDocument(change.documentId);
  if (!document) return store.setDocumentDate(change);
  const { claims } = extractClaims(
    {
      text: document.text,
      language: document.language as Language,
      published: change.published,
      document: document.id,
    },
    extraction,
  );
  return store.setDocumentDate({ ...change, claims });
}
