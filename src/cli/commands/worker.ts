import { FrontierError } from "../../core/index.js";
import { openJobQueue, startWorker } from "../../queue/index.js";
import { type Command, LEDGER_HELP } from "../command.js";
import { withLedger } from "../ledger-option.js";
import { queueDatabaseUrl } from "../queue-option.js";
import { intOption } from "./model-shared.js";

const DEFAULT_GRACE_SECONDS = 30;

/** Resolves on the first SIGINT or SIGTERM; a second one exits at once (running jobs are retried elsewhere). */
function untilAskedToStop(log: (line: string) => void): Promise<string> {
  return new Promise((resolve) => {
    const first = (signal: string) => {
      log(`${signal}: finishing running jobs (again to quit now; unfinished jobs are then retried)`);
      process.once("SIGINT", () => process.exit(130));
      process.once("SIGTERM", () => process.exit(143));
      resolve(signal);
    };
    process.once("SIGINT", () => first("SIGINT"));
    process.once("SIGTERM", () => first("SIGTERM"));
  });
}

export const workerCommand: Command = {
  name: "worker",
  summary:
    "take ingest and model jobs from the queue on the ledger's PostgreSQL until stopped (any number, any machine)",
  usage: "[--concurrency N] [--db postgres://…] [--grace SECONDS] [--supervise SECONDS]",
  help: {
    concurrency: "jobs run at once per queue in this process (default 1; a model chunk uses one more thread)",
    db: LEDGER_HELP.db!,
    grace: `on SIGTERM or Ctrl-C, seconds running jobs have to finish before they are handed back (default ${DEFAULT_GRACE_SECONDS})`,
    supervise: "seconds between checks for jobs whose worker died (default 5)",
  },
  options: {
    concurrency: { type: "string" },
    db: { type: "string" },
    grace: { type: "string" },
    supervise: { type: "string" },
  },
  run: async ({ io, values, positionals }) => {
    if (positionals.length > 0) throw new FrontierError("usage", `unexpected argument '${positionals[0]}'`);
    const databaseUrl = queueDatabaseUrl(values, io, "worker");
    const concurrency = intOption(values, "concurrency", 1) ?? 1;
    const graceSeconds = intOption(values, "grace", 0) ?? DEFAULT_GRACE_SECONDS;
    const superviseSeconds = intOption(values, "supervise", 1) ?? 5;
    const log = (line: string) => io.stderr(`${new Date().toISOString()} ${line}\n`);
    return withLedger(values, io, async (store) => {
      const queue = await openJobQueue({
        databaseUrl,
        worker: { superviseSeconds },
        onError: (error) => log(`queue: ${error.message}`),
      });
      const stopped = untilAskedToStop(log);
      const worker = await startWorker(queue, store, { concurrency, log });
      log(`worker ${process.pid} ready (concurrency ${concurrency})`);
      await stopped;
      await worker.stop(graceSeconds * 1000);
      log(`worker ${process.pid} stopped`);
      return 0;
    });
  },
};
