/** The shared vocabulary of every stage: claims, periods, results, issues, errors. Imports nothing of ours. */
export * from "./amount-format.js";
export * from "./calendar.js";
export * from "./claim.js";
export * from "./defaults.js";
export * from "./document.js";
export * from "./errors.js";
export * from "./metric-units.js";
export * from "./printable.js";
export * from "./result.js";
export * from "./unit-grammar.js";
export * from "./vocabulary.js";
