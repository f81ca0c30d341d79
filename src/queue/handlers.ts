import { FrontierError } from "../core/index.js";
import { analyseDocument } from "../documents/index.js";
import {
  type LedgerStore,
  ledgerMessages,
  type ModelRunRecord,
  type ModelRunSettlement,
} from "../ledger/index.js";
import { decodeChunk, decodeSpec, encodeChunk, mergeChunks } from "../model/chunks.js";
import { runChunkOnThread } from "../model/runner.js";
import { ingestAnalysed } from "../pipeline.js";
import { queueMessages } from "./messages.js";
import type { IngestJob, IngestJobOutput, ModelChunkJob } from "./queues.js";

/**
 * What a worker does with each job. A handler that throws fails the attempt: pg-boss retries it
 * with backoff, and after the last try keeps the error as the job's output. Every step is safe to
 * run again after a worker died mid-job: a document is one transaction keyed by its hash, a chunk
 * is stored once, and a run is merged once, in the transaction that records its result.
 */

export async function handleIngest(store: LedgerStore, job: IngestJob): Promise<IngestJobOutput> {
  if (typeof job.file !== "string" || typeof job.bytes !== "string")
    throw new FrontierError("invalid_input", queueMessages.badPayload("ingest", "file and bytes expected"));
  const analysed = analyseDocument({
    ...job.read,
    bytes: new Uint8Array(Buffer.from(job.bytes, "base64")),
    fileName: job.file,
  });
  if (!analysed.ok) throw new FrontierError("invalid_input", analysed.error.message);
  const outcome = await ingestAnalysed(store, job.file, analysed.value);
  if (outcome.status === "failed") throw new FrontierError("invalid_input", outcome.issue.message);
  return { status: outcome.status, documentId: outcome.documentId, claims: outcome.claims };
}

export async function handleModelChunk(
  store: LedgerStore,
  job: ModelChunkJob,
): Promise<{ chunk: number; run: ModelRunRecord["status"] }> {
  const run = await store.getModelRun(job.runId);
  if (!run) throw new FrontierError("not_found", ledgerMessages.modelRunNotFound(job.runId));
  if (run.status !== "running") return { chunk: job.chunk, run: run.status };
  const spec = decodeSpec(run.spec);
  const state = await runChunkOnThread(spec, job.blocks);
  await store.storeModelRunChunk(job.runId, job.chunk, encodeChunk(state));
  const started = performance.now();
  const settled = await store.settleModelRun(job.runId, (states): ModelRunSettlement => {
    const merged = mergeChunks(spec, states.map(decodeChunk), {
      workers: run.chunkCount,
      timing: { compileMs: 0, simulateMs: performance.now() - started, totalMs: performance.now() - started },
    });
    return merged.result
      ? { status: "done", result: merged.result, issues: [] }
      : { status: "failed", result: null, issues: merged.issues };
  });
  return { chunk: job.chunk, run: settled.status };
}
