import { FrontierError } from "../core/index.js";
import { type JobQueue, openJobQueue, queueMessages, showJob } from "../queue/index.js";
import { type OptionValues, stringOption } from "./command.js";
import type { CliIo } from "./io.js";

const SERVER_URL = /^postgres(ql)?:\/\//;

/** The PostgreSQL URL the queue runs on (--db postgres://…, else DATABASE_URL); PGlite has none. */
export function queueDatabaseUrl(values: OptionValues, io: CliIo, what: string): string {
  const db = stringOption(values, "db");
  const url = db !== undefined ? db : io.env.DATABASE_URL;
  if (url === undefined || !SERVER_URL.test(url))
    throw new FrontierError("usage", queueMessages.needsPostgres(what));
  return url;
}

/** Runs `body` with the job queue on the ledger's PostgreSQL and always stops it. */
export async function withQueue<T>(
  values: OptionValues,
  io: CliIo,
  what: string,
  body: (queue: JobQueue) => Promise<T>,
): Promise<T> {
  const queue = await openJobQueue({
    databaseUrl: queueDatabaseUrl(values, io, what),
  });
  try {
    return await body(queue);
  } finally {
    await queue.close();
  }
}

/** Waits `ms` between progress polls. */
export function pause(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * Follows one job until it ends (state changes on standard error unless `quiet`): its output when
 * it completed, else an error with the one it failed with.
 */
export async function followJob(
  queue: JobQueue,
  id: string,
  io: CliIo,
  quiet: boolean,
): Promise<Record<string, unknown>> {
  let last = "";
  for (;;) {
    const job = await showJob(queue, id);
    if (job.state !== last && !quiet) io.stderr(`job ${id}: ${job.state}\n`);
    last = job.state;
    if (job.state === "completed") return job.output ?? {};
    if (job.state === "failed" || job.state === "cancelled") {
      const message = job.output?.message;
      throw new FrontierError(
        "internal",
        `job ${id} ${job.state}${typeof message === "string" ? `: ${message}` : ""}`,
      );
    }
    await pause(300);
  }
}
