/** The job queue's message catalog. */
export const queueMessages = {
  needsPostgres: (what: string) =>
    `${what} needs a PostgreSQL ledger (DATABASE_URL or --db postgres://…): the embedded PGlite ledger has no job queue (ingest and model run work there without --queue); see docs/deploy.md`,
  unreachable: (detail: string) => `cannot start the job queue on the ledger's PostgreSQL: ${detail}`,
  jobNotFound: (id: string) => `no job with id ${id} in the queue`,
  badJobId: (id: string) => `'${id}' is not a job id (a UUID as \`jobs list\` prints it)`,
  notCancellable: (id: string, state: string) =>
    `job ${id} is ${state}: only queued or running jobs can be cancelled`,
  notRetryable: (id: string, state: string) =>
    `job ${id} is ${state}: only failed or cancelled jobs can be retried`,
  notQueued: (queue: string) => `the queue refused a ${queue} job`,
  badPayload: (queue: string, detail: string) => `a ${queue} job with an unusable payload: ${detail}`,
} as const;
