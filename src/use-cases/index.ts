/**
 * The use-cases: what a person can ask of Frontier Ledger, composed once from the stages and
 * called by the CLI (src/cli/commands), the HTTP API (src/server/routes) and the queue workers
 * (src/queue). In: an open ledger and plain requests; out: the data those three format. Ingesting
 * documents is pipeline.ts; everything else is here:
 *
 * - ledger-view: the ledger reconciled (whole or as of a date), timelines, conflicts, checks;
 * - scenarios: load + bind + run, backtests against the ledger;
 * - charts: ledger and scenario charts;
 * - report: everything a report shows;
 * - changes: what changed over a window, and what stored documents changed;
 * - import: a CSV table snapshot into the ledger.
 */
export * from "./changes.js";
export * from "./charts.js";
export * from "./ledger-view.js";
export * from "./report.js";
export * from "./scenarios.js";
