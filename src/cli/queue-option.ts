import { FrontierError } from "../core/index.js";
import { type JobQueue, openJobQueue, queueMessages } from "../queue/index.js";
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
