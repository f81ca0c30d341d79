import { randomUUID } from "node:crypto";
import type { Issue } from "../core/index.js";
import { FrontierError } from "../core/index.js";
import { type LedgerStore, ledgerMessages, type ModelRunRecord } from "../ledger/index.js";
import { encodeSpec, planChunks } from "../model/chunks.js";
import type { RunLimits } from "../model/cost.js";
import type { ScenarioBundle, SimulationSpec } from "../model/plan.js";
import { checkCost, specFor } from "../model/runner.js";
import type { JobQueue } from "./connect.js";
import { queueMessages } from "./messages.js";
import {
  ALL_QUEUES,
  type ImportJob,
  type IngestJob,
  type ModelChunkJob,
  QUEUE_NAMES,
  type ReadFields,
  type ReportJob,
} from "./queues.js";

/** Enqueuing, following and managing jobs: what the CLI's --queue options and `jobs` commands call. */

export type JobState = "created" | "retry" | "active" | "completed" | "cancelled" | "failed";

export interface JobSummary {
  id: string;
  queue: string;
  state: JobState;
  /** Attempts that failed so far, and how many retries the job has in all. */
  retries: number;
  retryLimit: number;
  createdOn: string;
  startedOn: string | null;
  completedOn: string | null;
  /** The payload without document bytes. */
  data: Record<string, unknown>;
  /** What the job returned, or for a failed attempt its error ({ message, … }). */
  output: Record<string, unknown> | null;
}

const JOB_COLUMNS = `id::text, name AS queue, state::text, retry_count AS retries, retry_limit AS "retryLimit",
  created_on AS "createdOn", started_on AS "startedOn", completed_on AS "completedOn",
  data - 'bytes' - 'csv' AS data, output`;

async function sql<R>(queue: JobQueue, text: string, values: unknown[]): Promise<R[]> {
  return (await queue.boss.getDb().executeSql(text, values)).rows as R[];
}

function summary(row: JobSummary): JobSummary {
  const iso = (value: unknown) => (value ? new Date(value as string).toISOString() : null);
  return {
    ...row,
    createdOn: iso(row.createdOn)!,
    startedOn: iso(row.startedOn),
    completedOn: iso(row.completedOn),
  };
}

export interface IngestInput {
  file: string;
  bytes: Uint8Array;
  read: ReadFields;
}

/** One job per document; returns the batch id its jobs share. */
export async function enqueueIngest(queue: JobQueue, documents: readonly IngestInput[]): Promise<string> {
  const batch = randomUUID();
  const jobs = documents.map((d) => ({
    data: {
      file: d.file,
      bytes: Buffer.from(d.bytes).toString("base64"),
      read: d.read,
      batch,
    } satisfies IngestJob,
  }));
  for (let i = 0; i < jobs.length; i += 100)
    await queue.boss.insert(QUEUE_NAMES.ingest, jobs.slice(i, i + 100));
  return batch;
}

/** The jobs of one ingest batch, in the order they were enqueued. */
export async function batchJobs(queue: JobQueue, batch: string): Promise<JobSummary[]> {
  const rows = await sql<JobSummary>(
    queue,
    `SELECT ${JOB_COLUMNS} FROM ${queue.schema}.job WHERE name = $1 AND data @> $2::jsonb ORDER BY created_on, id`,
    [QUEUE_NAMES.ingest, JSON.stringify({ batch })],
  );
  return rows.map(summary);
}

/** Records the run in the ledger and enqueues one job per chunk; returns the run id. */
export async function enqueueModelRun(
  queue: JobQueue,
  store: LedgerStore,
  spec: SimulationSpec,
  chunks: number,
): Promise<string> {
  const runId = randomUUID();
  const planned = planChunks(spec, chunks);
  await store.createModelRun({ id: runId, spec: encodeSpec(spec), chunkCount: planned.length });
  await queue.boss.insert(
    QUEUE_NAMES.modelChunk,
    planned.map((blocks, chunk) => ({ data: { runId, chunk, blocks } satisfies ModelChunkJob })),
  );
  return runId;
}

/** Chunks a queued model run is cut into when none are asked for. */
export const DEFAULT_RUN_CHUNKS = 4;

/**
 * A scenario's run cut into `chunks` seeded chunk jobs (the CLI's `model run --queue`, the API's
 * POST /api/model/run on a server with a queue): the run id, or the issues of a run over the limits.
 */
export async function enqueueScenarioRun(
  queue: JobQueue,
  store: LedgerStore,
  bundle: ScenarioBundle,
  run: { samples?: number | undefined; seed?: number | undefined; chunks: number; limits: RunLimits },
): Promise<{ runId: string; issues: [] } | { runId: null; issues: Issue[] }> {
  const spec = specFor("run", [bundle], {
    ...(run.samples !== undefined ? { samples: run.samples } : {}),
    ...(run.seed !== undefined ? { seed: run.seed } : {}),
  });
  const refused = checkCost(spec, run.chunks, run.limits);
  if (refused) return { runId: null, issues: [...refused] };
  return { runId: await enqueueModelRun(queue, store, spec, run.chunks), issues: [] };
}

/** One job: a table snapshot to import; returns its job id. */
export async function enqueueImport(queue: JobQueue, job: ImportJob): Promise<string> {
  return sendJob(queue, QUEUE_NAMES.importTable, job);
}

/** One job: a report to render as HTML; returns its job id. */
export async function enqueueReport(queue: JobQueue, job: ReportJob): Promise<string> {
  return sendJob(queue, QUEUE_NAMES.report, job);
}

async function sendJob(queue: JobQueue, name: string, data: object): Promise<string> {
  const id = await queue.boss.send(name, data);
  if (id === null) throw new FrontierError("storage", queueMessages.notQueued(name));
  return id;
}

/** A run as the ledger has it, with its chunk jobs that failed for good. */
export async function runProgress(
  queue: JobQueue,
  store: LedgerStore,
  runId: string,
): Promise<{ run: ModelRunRecord; failedJobs: JobSummary[] }> {
  const run = await store.getModelRun(runId);
  if (!run) throw new FrontierError("not_found", ledgerMessages.modelRunNotFound(runId));
  const failedJobs = await sql<JobSummary>(
    queue,
    `SELECT ${JOB_COLUMNS} FROM ${queue.schema}.job
     WHERE name = $1 AND data @> $2::jsonb AND state IN ('failed', 'cancelled') ORDER BY created_on, id`,
    [QUEUE_NAMES.modelChunk, JSON.stringify({ runId })],
  );
  return { run, failedJobs: failedJobs.map(summary) };
}

export interface JobFilter {
  state?: JobState;
  queue?: string;
  limit: number;
}

/** The newest jobs first. */
export async function listJobs(queue: JobQueue, filter: JobFilter): Promise<JobSummary[]> {
  const names = filter.queue ? [filter.queue] : [...ALL_QUEUES];
  const rows = await sql<JobSummary>(
    queue,
    `SELECT ${JOB_COLUMNS} FROM ${queue.schema}.job
     WHERE name = ANY($1::text[]) AND ($2::text IS NULL OR state::text = $2::text)
     ORDER BY created_on DESC, id DESC LIMIT $3`,
    [names, filter.state ?? null, filter.limit],
  );
  return rows.map(summary);
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function showJob(queue: JobQueue, id: string): Promise<JobSummary> {
  if (!UUID.test(id)) throw new FrontierError("usage", queueMessages.badJobId(id));
  const rows = await sql<JobSummary>(
    queue,
    `SELECT ${JOB_COLUMNS} FROM ${queue.schema}.job WHERE id = $1::uuid AND name = ANY($2::text[])`,
    [id, [...ALL_QUEUES]],
  );
  if (!rows[0]) throw new FrontierError("not_found", queueMessages.jobNotFound(id));
  return summary(rows[0]);
}

/** Cancels a queued or running job (a running one finishes its attempt, but is not retried). */
export async function cancelJob(queue: JobQueue, id: string): Promise<JobSummary> {
  const job = await showJob(queue, id);
  if (!["created", "retry", "active"].includes(job.state))
    throw new FrontierError("conflict", queueMessages.notCancellable(id, job.state));
  await queue.boss.cancel(job.queue, id);
  return showJob(queue, id);
}

/** Queues a failed or cancelled job again. */
export async function retryJob(queue: JobQueue, id: string): Promise<JobSummary> {
  const job = await showJob(queue, id);
  if (job.state === "failed") await queue.boss.retry(job.queue, id);
  else if (job.state === "cancelled") await queue.boss.resume(job.queue, id);
  else throw new FrontierError("conflict", queueMessages.notRetryable(id, job.state));
  return showJob(queue, id);
}

/** A JSON.stringify replacer for logs and job listings: a rendered report by its size, not its text. */
export function shortHtml(key: string, value: unknown): unknown {
  return key === "html" && typeof value === "string" ? `${value.length} characters of HTML` : value;
}
