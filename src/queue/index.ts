/**
 * The job queue: pg-boss on the ledger's PostgreSQL. Commands enqueue ingest jobs (a document's
 * bytes) and model-chunk jobs (a run's block ranges); `worker` processes take them from any
 * machine; the ledger keeps what they produce. PGlite has no queue.
 */
export { type JobQueue, openJobQueue, type QueueConnection } from "./connect.js";
export * from "./jobs.js";
export { queueMessages } from "./messages.js";
export * from "./queues.js";
export { startWorker, type WorkerOptions } from "./worker.js";
