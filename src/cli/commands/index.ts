import type { Command } from "../command.js";

/**
 * Every command of the CLI, in the order --help lists them: its name and summary here, the rest
 * loaded on use, so that `--help` and a ledger read do not load the extractor, the model, Vega
 * or the server. commands.test.ts checks that these names and summaries are the commands' own.
 */
export interface CommandEntry {
  name: string;
  summary: string;
  load: () => Promise<Command>;
}

function lazy(name: string, summary: string, load: () => Promise<Command>): CommandEntry {
  return { name, summary, load };
}

export const COMMANDS: CommandEntry[] = [
  lazy(
    "ingest",
    "read documents, extract their claims and store both in the ledger",
    async () => (await import("./ingest.js")).ingestCommand,
  ),
  lazy(
    "import",
    "import a CSV table with a mapping file: each row a claim, a newer snapshot a revision",
    async () => (await import("./import.js")).importCommand,
  ),
  lazy(
    "watch",
    "ingest the files of a folder as they appear and print what each changed; Ctrl-C stops cleanly",
    async () => (await import("./watch.js")).watchCommand,
  ),
  lazy(
    "extract",
    "print the claims of files (or standard input) as JSON lines, without touching the ledger",
    async () => (await import("./extract.js")).extractCommand,
  ),
  lazy(
    "explain",
    "show a claim's sentence with its span marked and why each field got its value",
    async () => (await import("./explain.js")).explainCommand,
  ),
  lazy(
    "documents list",
    "list the documents in the ledger",
    async () => (await import("./documents-list.js")).documentsListCommand,
  ),
  lazy(
    "documents show",
    "show one document: its metadata, analysed text and removed furniture",
    async () => (await import("./documents-show.js")).documentsShowCommand,
  ),
  lazy(
    "documents set-date",
    "set a document's publication date (a review event with who, when, why and the previous date)",
    async () => (await import("./documents-set-date.js")).documentsSetDateCommand,
  ),
  lazy(
    "claims list",
    "list the claims in the ledger, with their review applied",
    async () => (await import("./claims-list.js")).claimsListCommand,
  ),
  lazy(
    "claims export",
    "export the ledger's claims (review applied) in the CLAIMS.md shape, one JSON object per line",
    async () => (await import("./claims-export.js")).claimsExportCommand,
  ),
  lazy(
    "review",
    "record a review action on a claim: accept, reject, correct, link-revision, unlink-revision",
    async () => (await import("./review.js")).reviewCommand,
  ),
  lazy(
    "timeline",
    "the figures reported about an entity, by period then report date, with sources and revisions",
    async () => (await import("./timeline.js")).timelineCommand,
  ),
  lazy(
    "conflicts",
    "figures that disagree with no explanation, with both sources; then the explained differences",
    async () => (await import("./conflicts.js")).conflictsCommand,
  ),
  lazy(
    "check",
    "arithmetic consistency checks across the ledger's figures: pass / warn / fail per rule with the arithmetic. Exit 0 even when checks warn or fail (findings, not errors); 2 on a usage error",
    async () => (await import("./check.js")).checkCommand,
  ),
  lazy(
    "changes",
    "what changed since a date or with a document: new claims, revisions, conflicts, checks, and each scenario's answers before and after",
    async () => (await import("./changes.js")).changesCommand,
  ),
  lazy(
    "model run",
    "run a scenario's Monte Carlo model, bound to the ledger by default: quantiles per period, event probabilities, each bound claim and why",
    async () => (await import("./model-run.js")).modelRunCommand,
  ),
  lazy(
    "model sensitivity",
    "tornado: which input moves an output most (median at each input's p10 and p90)",
    async () => (await import("./model-sensitivity.js")).modelSensitivityCommand,
  ),
  lazy(
    "model compare",
    "compare two scenarios on common random numbers: b − a per output, scalar and event",
    async () => (await import("./model-compare.js")).modelCompareCommand,
  ),
  lazy(
    "model backtest",
    "reported actuals from the ledger beside the scenario's p5–p95, inside or outside, with their sources",
    async () => (await import("./model-backtest.js")).modelBacktestCommand,
  ),
  lazy(
    "graph",
    "the deal graph: who pays whom (edges with status, terms, dates, claims), the loops and the round-trip shares, per-company metrics with their arithmetic; or a drawing of it",
    async () => (await import("./graph.js")).graphCommand,
  ),
  lazy(
    "chart",
    "draw one chart (fan, timeline, commitments, tornado, histogram, compare) as SVG, PNG or Vega-Lite JSON",
    async () => (await import("./chart.js")).chartCommand,
  ),
  lazy(
    "report",
    "run a scenario, reconcile the ledger and write an HTML or Markdown report with its charts",
    async () => (await import("./report.js")).reportCommand,
  ),
  lazy(
    "users add",
    "add someone who may sign in to a team server, as a reader, reviewer or admin",
    async () => (await import("./users.js")).usersAddCommand,
  ),
  lazy(
    "users list",
    "list the people who may sign in to a team server, with their role",
    async () => (await import("./users.js")).usersListCommand,
  ),
  lazy(
    "tokens create",
    "make a bearer token for a user; it is printed once and stored only as a hash",
    async () => (await import("./tokens.js")).tokensCreateCommand,
  ),
  lazy(
    "tokens revoke",
    "revoke a bearer token by its id: the next request that sends it is refused",
    async () => (await import("./tokens.js")).tokensRevokeCommand,
  ),
  lazy(
    "tokens list",
    "list the bearer tokens (never their secret): id, user, role, made, revoked",
    async () => (await import("./tokens.js")).tokensListCommand,
  ),
  lazy(
    "serve",
    "serve the JSON API and the web dashboard over the ledger (loopback only by default)",
    async () => (await import("./serve.js")).serveCommand,
  ),
  lazy(
    "worker",
    "take ingest and model jobs from the queue on the ledger's PostgreSQL until stopped (any number, any machine)",
    async () => (await import("./worker.js")).workerCommand,
  ),
  lazy(
    "jobs list",
    "list the queue's jobs, newest first: state, tries, what each is about, the last error",
    async () => (await import("./jobs.js")).jobsListCommand,
  ),
  lazy(
    "jobs show",
    "show one job: its state, tries, what it is about, and its output or the error it failed with",
    async () => (await import("./jobs.js")).jobsShowCommand,
  ),
  lazy(
    "jobs cancel",
    "cancel a queued or running job (a running one is not retried once its attempt ends)",
    async () => (await import("./jobs.js")).jobsCancelCommand,
  ),
  lazy(
    "jobs retry",
    "queue a failed or cancelled job again",
    async () => (await import("./jobs.js")).jobsRetryCommand,
  ),
];
