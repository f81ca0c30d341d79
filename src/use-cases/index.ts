/**
 * The use-cases: what a person can ask of Frontier Ledger, composed once from the stages and
 * called by the CLI (src/cli/commands), the HTTP API (src/server/routes) and the queue workers
 * (src/queue). In: an open ledger and plain requests; out: the data those three format.
 *
 * - ingest: documents through pipeline.ts, then what they changed; a folder watched;
 * - import: a CSV table snapshot with its mapping;
 * - ledger-view: the ledger reconciled (whole or as of a date), timelines, conflicts, checks;
 * - scenarios: load + bind + run, backtests against the ledger;
 * - charts: ledger and scenario charts;
 * - report: everything a report shows;
 * - changes: what changed over a window, and what stored documents changed.
 */
export * from "./changes.js";
export * from "./charts.js";
export * from "./import.js";
export * from "./ingest.js";
export * from "./ledger-view.js";
export * from "./report.js";
export * from "./scenarios.js";
