/**
 * Frontier Ledger's library surface: reports in, claims, a reviewed ledger, reconciled facts,
 * Monte Carlo answers and charts out.
 *
 * @example
 * import { extractClaims } from "frontier-ledger";
 * const { claims } = extractClaims({ text, language: "fr", published: "2026-02", document: "report.txt" });
 */
export * from "./core/index.js";
export * as documents from "./documents/index.js";
export { type ExtractionInput, type ExtractionOptions, extractClaims, scoreClaims } from "./extract/index.js";
export * as ledger from "./ledger/index.js";
export * as model from "./model/index.js";
export { compareScenarios, runScenario } from "./model/runner.js";
export { extractDocument, ingestPaths } from "./pipeline.js";
export { reconcile, runChecks } from "./reconcile/index.js";
export * as report from "./report/index.js";
