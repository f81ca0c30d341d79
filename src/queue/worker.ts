import type { Job, PgBoss } from "pg-boss";
import type { LedgerStore } from "../ledger/index.js";
import type { JobQueue } from "./connect.js";
import { handleImport, handleIngest, handleModelChunk, handleReport } from "./handlers.js";
import { shortHtml } from "./jobs.js";
import { type ImportJob, type IngestJob, type ModelChunkJob, QUEUE_NAMES, type ReportJob } from "./queues.js";

export interface WorkerOptions {
  /** Batches run at once in this process, per queue. */
  concurrency: number;
  log: (line: string) => void;
}

/**
 * Takes jobs from every queue until stopped; `stop` lets running jobs finish for `graceMs`, then
 * hands the rest back (failed attempts, retried by another worker).
 */
export async function startWorker(
  { boss }: JobQueue,
  store: LedgerStore,
  options: WorkerOptions,
): Promise<{ stop: (graceMs: number) => Promise<void> }> {
  // Documents are quick: a few per fetch, fetched again at once while the fetches come back full.
  await work<IngestJob>(
    boss,
    QUEUE_NAMES.ingest,
    4,
    options,
    (data) => data.file,
    (data) => handleIngest(store, data),
  );
  await work<ModelChunkJob>(
    boss,
    QUEUE_NAMES.modelChunk,
    1,
    options,
    (data) => `run ${data.runId} chunk ${data.chunk}`,
    (data) => handleModelChunk(store, data),
  );
  await work<ImportJob>(
    boss,
    QUEUE_NAMES.importTable,
    1,
    options,
    (data) => data.file,
    (data) => handleImport(store, data),
  );
  await work<ReportJob>(
    boss,
    QUEUE_NAMES.report,
    1,
    options,
    (data) => data.scenario.shown,
    (data) => handleReport(store, data),
  );
  return {
    stop: async (graceMs) => {
      await boss.stop({ graceful: true, timeout: graceMs });
    },
  };
}

/** Each job of a batch settled on its own: one that throws is failed (retried, or kept with its error). */
async function work<T extends object>(
  boss: PgBoss,
  name: string,
  batchSize: number,
  options: WorkerOptions,
  describe: (data: T) => string,
  handle: (data: T) => Promise<unknown>,
): Promise<void> {
  const settings = {
    localConcurrency: options.concurrency,
    batchSize,
    perJobResults: true,
    burstWhenBatchFull: batchSize > 1,
    pollingIntervalSeconds: 1,
    notifyPollingIntervalSeconds: 5,
  } as const;
  await boss.work<T>(name, settings, async (jobs: Job<T>[]) => {
    const results = [];
    for (const job of jobs) {
      const what = `${name} ${job.id} (${describe(job.data)})${job.retryCount > 0 ? ` attempt ${job.retryCount + 1}` : ""}`;
      try {
        const output = await handle(job.data);
        options.log(`${what}: done ${JSON.stringify(output, shortHtml)}`);
        results.push({ id: job.id, status: "completed" as const, output });
      } catch (error) {
        const message = (error as Error).message ?? String(error);
        options.log(`${what}: failed: ${message}`);
        results.push({ id: job.id, status: "failed" as const, output: { message } });
      }
    }
    return results;
  });
}
