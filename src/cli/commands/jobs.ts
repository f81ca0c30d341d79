import { FrontierError, printable } from "../../core/index.js";
import {
  ALL_QUEUES,
  cancelJob,
  type JobState,
  type JobSummary,
  listJobs,
  retryJob,
  shortHtml,
  showJob,
} from "../../queue/index.js";
import { type Command, LEDGER_HELP, LEDGER_OPTIONS, stringOption } from "../command.js";
import type { CliIo } from "../io.js";
import { withQueue } from "../queue-option.js";
import { renderTable } from "../table.js";
import { intOption } from "./model-shared.js";

const STATES: readonly JobState[] = ["created", "retry", "active", "completed", "cancelled", "failed"];

/** What a job is about, in a few words: its file, or its run and chunk. */
export function jobSubject(job: JobSummary): string {
  const data = job.data;
  if (typeof data.file === "string") return data.file;
  if (typeof data.runId === "string") return `run ${data.runId} chunk ${String(data.chunk)}`;
  const scenario = data.scenario as { shown?: unknown } | undefined;
  if (typeof scenario?.shown === "string") return `report on ${scenario.shown}`;
  return "";
}

function jobError(job: JobSummary): string | null {
  const message = job.output?.message;
  return job.state === "failed" || job.state === "retry"
    ? typeof message === "string"
      ? message
      : null
    : null;
}

function oneJobId(positionals: string[]): string {
  if (positionals.length !== 1) throw new FrontierError("usage", "expected one job id");
  return positionals[0]!;
}

function printJob(io: CliIo, job: JobSummary, json: boolean): void {
  if (json) {
    io.stdout(`${JSON.stringify(job, null, 2)}\n`);
    return;
  }
  const error = jobError(job);
  const lines = [
    `job ${job.id}`,
    `queue: ${job.queue}`,
    `state: ${job.state}`,
    `about: ${jobSubject(job)}`,
    `tries: ${job.retries + (job.state === "created" ? 0 : 1)} of ${job.retryLimit + 1}`,
    `created: ${job.createdOn}`,
    `started: ${job.startedOn ?? "-"}`,
    `finished: ${job.completedOn ?? "-"}`,
    ...(error ? [`error: ${error}`] : job.output ? [`output: ${JSON.stringify(job.output, shortHtml)}`] : []),
  ];
  io.stdout(`${lines.map(printable).join("\n")}\n`);
}

export const jobsListCommand: Command = {
  name: "jobs list",
  summary: "list the queue's jobs, newest first: state, tries, what each is about, the last error",
  usage:
    "[--state created|retry|active|completed|cancelled|failed] [--queue NAME] [--limit N] [--db postgres://…] [--json]",
  help: {
    state: "only jobs in this state",
    queue: `only this queue: ${ALL_QUEUES.join(", ")}`,
    limit: "at most N jobs (default 50)",
    ...LEDGER_HELP,
  },
  options: {
    state: { type: "string" },
    queue: { type: "string" },
    limit: { type: "string" },
    ...LEDGER_OPTIONS,
  },
  run: async ({ io, values, positionals }) => {
    if (positionals.length > 0) throw new FrontierError("usage", `unexpected argument '${positionals[0]}'`);
    const state = stringOption(values, "state");
    if (state !== undefined && !(STATES as readonly string[]).includes(state))
      throw new FrontierError("usage", `--state expects one of ${STATES.join(", ")}, not '${state}'`);
    const queueName = stringOption(values, "queue");
    if (queueName !== undefined && !(ALL_QUEUES as readonly string[]).includes(queueName))
      throw new FrontierError("usage", `--queue expects one of ${ALL_QUEUES.join(", ")}, not '${queueName}'`);
    const limit = intOption(values, "limit", 1) ?? 50;
    const jobs = await withQueue(values, io, "jobs list", (queue) =>
      listJobs(queue, {
        limit,
        ...(state ? { state: state as JobState } : {}),
        ...(queueName ? { queue: queueName } : {}),
      }),
    );
    if (values.json) io.stdout(`${JSON.stringify(jobs, null, 2)}\n`);
    else if (jobs.length === 0) io.stdout("no jobs\n");
    else
      io.stdout(
        renderTable(
          ["id", "queue", "state", "tries", "about", "created", "error"],
          jobs.map((job) => [
            job.id,
            job.queue,
            job.state,
            String(job.retries + (job.state === "created" ? 0 : 1)),
            printable(jobSubject(job)),
            job.createdOn,
            printable(jobError(job) ?? ""),
          ]),
        ),
      );
    return 0;
  },
};

export const jobsShowCommand: Command = {
  name: "jobs show",
  summary: "show one job: its state, tries, what it is about, and its output or the error it failed with",
  usage: "<job-id> [--db postgres://…] [--json]",
  help: { ...LEDGER_HELP },
  options: { ...LEDGER_OPTIONS },
  run: async ({ io, values, positionals }) => {
    const id = oneJobId(positionals);
    const job = await withQueue(values, io, "jobs show", (queue) => showJob(queue, id));
    printJob(io, job, values.json === true);
    return 0;
  },
};

export const jobsCancelCommand: Command = {
  name: "jobs cancel",
  summary: "cancel a queued or running job (a running one is not retried once its attempt ends)",
  usage: "<job-id> [--db postgres://…] [--json]",
  help: { ...LEDGER_HELP },
  options: { ...LEDGER_OPTIONS },
  run: async ({ io, values, positionals }) => {
    const id = oneJobId(positionals);
    const job = await withQueue(values, io, "jobs cancel", (queue) => cancelJob(queue, id));
    printJob(io, job, values.json === true);
    return 0;
  },
};

export const jobsRetryCommand: Command = {
  name: "jobs retry",
  summary: "queue a failed or cancelled job again",
  usage: "<job-id> [--db postgres://…] [--json]",
  help: { ...LEDGER_HELP },
  options: { ...LEDGER_OPTIONS },
  run: async ({ io, values, positionals }) => {
    const id = oneJobId(positionals);
    const job = await withQueue(values, io, "jobs retry", (queue) => retryJob(queue, id));
    printJob(io, job, values.json === true);
    return 0;
  },
};
