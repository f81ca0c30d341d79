import { readFile, stat } from "node:fs/promises";
import { FrontierError, printable } from "../core/index.js";
import { collectDocumentFiles } from "../documents/index.js";
import { type IngestOptions, readOptionsFor } from "../pipeline.js";
import { batchJobs, enqueueIngest, type IngestInput, type JobSummary } from "../queue/index.js";
import type { OptionValues } from "./command.js";
import type { CliIo } from "./io.js";
import { pause, withQueue } from "./queue-option.js";

/**
 * `ingest --queue`: one job per document, carrying its bytes (a worker may be on another machine),
 * then the batch followed until every job has ended, or its id printed with --detach.
 */
export async function ingestThroughQueue(
  paths: string[],
  options: Omit<IngestOptions, "onProgress">,
  values: OptionValues,
  io: CliIo,
): Promise<number> {
  const collected = await collectDocumentFiles(paths);
  for (const issue of collected.issues) io.stderr(`error: ${printable(issue.message)}\n`);
  if (collected.files.length === 0)
    throw new FrontierError("invalid_input", `no documents found in ${paths.join(", ")}`);
  const inputs: IngestInput[] = [];
  for (const file of collected.files) {
    const read = readOptionsFor(file, options);
    const size = (await stat(file)).size;
    if (size > read.maxBytes!) {
      io.stderr(`error: ${file}: ${size} bytes, above the limit of ${read.maxBytes} (--max-bytes)\n`);
      continue;
    }
    inputs.push({ file, bytes: await readFile(file), read: { ...read, maxBytes: read.maxBytes! } });
  }
  return withQueue(values, io, "ingest --queue", async (queue) => {
    const batch = await enqueueIngest(queue, inputs);
    if (values.detach === true) {
      io.stdout(
        `${values.json ? JSON.stringify({ batch, jobs: inputs.length }) : `queued ${inputs.length} documents as batch ${batch}; follow with \`jobs list\``}\n`,
      );
      return 0;
    }
    let last = "";
    for (;;) {
      const jobs = await batchJobs(queue, batch);
      const line = progressLine(jobs);
      if (line !== last && !values.json) io.stderr(`${line}\n`);
      last = line;
      if (jobs.every((job) => ["completed", "failed", "cancelled"].includes(job.state)))
        return reportBatch(
          jobs,
          collected.issues.length + collected.files.length - inputs.length,
          values,
          io,
        );
      await pause(500);
    }
  });
}

function progressLine(jobs: JobSummary[]): string {
  const count = (states: string[]) => jobs.filter((job) => states.includes(job.state)).length;
  return `queue: ${count(["completed"])}/${jobs.length} done, ${count(["active"])} running, ${count(["created", "retry"])} waiting, ${count(["failed", "cancelled"])} failed`;
}

function reportBatch(jobs: JobSummary[], refused: number, values: OptionValues, io: CliIo): number {
  let stored = 0;
  let claims = 0;
  let present = 0;
  let failed = refused;
  for (const job of jobs) {
    const output = job.output ?? {};
    if (job.state === "completed" && output.status === "stored") {
      stored += 1;
      claims += Number(output.claims);
    } else if (job.state === "completed") present += 1;
    else {
      failed += 1;
      io.stderr(
        `error: ${printable(String(output.message ?? `job ${job.id} ${job.state}`))} (job ${job.id})\n`,
      );
    }
  }
  if (values.json) io.stdout(`${JSON.stringify({ stored, claims, present, failed, jobs }, null, 2)}\n`);
  else
    io.stdout(
      `stored ${stored} document${stored === 1 ? "" : "s"} (${claims} claim${claims === 1 ? "" : "s"}), ${present} already present, ${failed} failed\n`,
    );
  return failed > 0 ? 1 : 0;
}
