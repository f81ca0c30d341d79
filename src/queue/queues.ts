import type { Queue } from "pg-boss";

/**
 * The queues, what their jobs carry, and how they are retried. A job's payload is all a worker on
 * another machine needs: an ingest job carries the document's bytes, a chunk job a run id and its
 * blocks (the run's spec is in the ledger).
 */

export const QUEUE_NAMES = {
  ingest: "ingest-document",
  modelChunk: "model-chunk",
  importTable: "import-table",
  report: "render-report",
} as const;
export type QueueName = (typeof QUEUE_NAMES)[keyof typeof QUEUE_NAMES];
export const ALL_QUEUES: readonly QueueName[] = Object.values(QUEUE_NAMES);

/** The pg-boss schema when none is given. */
export const DEFAULT_QUEUE_SCHEMA = "frontier_jobs";

/** Tries after the first before a job is failed for good. */
export const RETRY_LIMIT = 3;

/**
 * Retries wait 2 s, then about 4, 8… (backoff with jitter, at most a minute). A worker that dies
 * stops sending heartbeats: its job is retried once 10 s pass without one.
 */
export const QUEUE_OPTIONS: Omit<Queue, "name"> = {
  retryLimit: RETRY_LIMIT,
  retryDelay: 2,
  retryBackoff: true,
  retryDelayMax: 60,
  heartbeatSeconds: 10,
  expireInSeconds: 6 * 60 * 60,
  notify: true,
};

/** What `analyseDocument` is given besides the bytes (documents/analyse.ts DocumentInput). */
export interface ReadFields {
  published?: string;
  publishedEvidence?: string;
  source?: string;
  title?: string;
  outlet?: string;
  lang?: "fr" | "en";
  maxBytes: number;
}

export interface IngestJob {
  /** The file's name where it was enqueued (names the document and any error). */
  file: string;
  /** The file's bytes, base64. */
  bytes: string;
  read: ReadFields;
  /** Every job of one `ingest --queue` shares it (progress). */
  batch: string;
}

export interface ModelChunkJob {
  runId: string;
  chunk: number;
  blocks: number[];
}

/** What a finished ingest job records as its output. */
export type IngestJobOutput =
  | { status: "stored"; documentId: string; claims: number }
  | { status: "present"; documentId: string; claims: number };

/** A CSV table snapshot and its mapping, as `import` reads them (use-cases/import.ts ImportRequest). */
export interface ImportJob {
  file: string;
  /** The table's text (left out of job listings). */
  csv: string;
  mappingFile: string;
  mapping: string;
  published: { date: string; evidence: string };
}

/** A report to render as one HTML text: the scenario's text and what `report` is given besides. */
export interface ReportJob {
  scenario: { text: string; shown: string };
  lang: "en" | "fr";
  entity?: string;
  asOf: string | null;
  since: string | null;
  samples?: number;
  seed?: number;
}
