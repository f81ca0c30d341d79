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
import { renderReportHtml } from "../report/build-report.js";
import { type ImportReport, importTable } from "../use-cases/import.js";
import { assembleReport } from "../use-cases/report.js";
import { queueMessages } from "./messages.js";
import type { ImportJob, IngestJob, IngestJobOutput, ModelChunkJob, ReportJob } from "./queues.js";

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

/**
 * Imports a table snapshot (one transaction; the same table again is "present"). Bad rows are the
 * table's answer, not a failed attempt: the job completes "invalid" with one file:line error a row.
 */
export async function handleImport(
  store: LedgerStore,
  job: ImportJob,
): Promise<Omit<ImportReport, "changes" | "claimIds"> & { claims: number }> {
  if (typeof job.csv !== "string" || typeof job.mapping !== "string")
    throw new FrontierError("invalid_input", queueMessages.badPayload("import", "csv and mapping expected"));
  const {
    changes: _changes,
    claimIds,
    ...report
  } = await importTable(store, {
    table: { text: job.csv, file: job.file },
    mapping: { text: job.mapping, file: job.mappingFile },
    published: job.published,
  });
  return { ...report, claims: claimIds.length };
}

/** Runs the scenario bound to the ledger and renders the report as one HTML text, with its warnings. */
export async function handleReport(
  store: LedgerStore,
  job: ReportJob,
): Promise<{ title: string; html: string; warnings: string[] }> {
  if (typeof job.scenario?.text !== "string")
    throw new FrontierError(
      "invalid_input",
      queueMessages.badPayload("report", "a scenario's text expected"),
    );
  const warnings: string[] = [];
  const input = await assembleReport(store, null, {
    scenario: job.scenario,
    lang: job.lang,
    entity: job.entity,
    asOf: job.asOf,
    since: job.since,
    ...(job.samples !== undefined ? { samples: job.samples } : {}),
    ...(job.seed !== undefined ? { seed: job.seed } : {}),
    onWarning: (text) => warnings.push(text),
  });
  return { title: input.title, html: await renderReportHtml(input), warnings };
}
