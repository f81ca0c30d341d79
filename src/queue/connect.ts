import { PgBoss } from "pg-boss";
import { FrontierError } from "../core/index.js";
import { queueMessages } from "./messages.js";
import { ALL_QUEUES, DEFAULT_QUEUE_SCHEMA, QUEUE_OPTIONS } from "./queues.js";

export interface QueueConnection {
  /** postgres://… : the ledger's server. */
  databaseUrl: string;
  /** pg-boss's schema; default DEFAULT_QUEUE_SCHEMA. */
  schema?: string;
  /**
   * A worker: runs pg-boss's maintenance (expired jobs, missed heartbeats) every `superviseSeconds`
   * and listens for new jobs. A command that only enqueues or reads leaves both to the workers.
   */
  worker?: { superviseSeconds: number };
  onError?: (error: Error) => void;
}

export interface JobQueue {
  boss: PgBoss;
  /** pg-boss's schema (quoted for SQL text). */
  schema: string;
  /** Stops pg-boss at once (a worker stops through startWorker's stop, which waits for its jobs). */
  close(): Promise<void>;
}

/** Starts pg-boss on the ledger's PostgreSQL (installing its schema on first use) with our queues. */
export async function openJobQueue(connection: QueueConnection): Promise<JobQueue> {
  const schema = connection.schema ?? DEFAULT_QUEUE_SCHEMA;
  const worker = connection.worker;
  const boss = new PgBoss({
    connectionString: connection.databaseUrl,
    schema,
    max: 4,
    application_name: worker ? "frontier-ledger worker" : "frontier-ledger",
    supervise: worker !== undefined,
    schedule: false,
    useListenNotify: worker !== undefined,
    ...(worker
      ? { superviseIntervalSeconds: worker.superviseSeconds, monitorIntervalSeconds: worker.superviseSeconds }
      : {}),
  });
  // Errors of background work (a dropped connection) are retried by pg-boss: reported, not fatal.
  boss.on("error", (error) => connection.onError?.(error));
  try {
    await boss.start();
    // Idempotent: any number of processes may create the queues at once.
    for (const name of ALL_QUEUES) await boss.createQueue(name, QUEUE_OPTIONS);
  } catch (error) {
    await boss.stop({ graceful: false }).catch(() => undefined);
    throw new FrontierError("storage", queueMessages.unreachable((error as Error).message));
  }
  return {
    boss,
    schema: `"${schema.replaceAll('"', '""')}"`,
    close: () => boss.stop({ graceful: false }),
  };
}
