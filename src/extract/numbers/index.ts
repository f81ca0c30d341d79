/**
 * Numbers: text and its language in, every quantity written in it out — value(s) in base units,
 * bound, unit, span and the notes that say why (QuantityMention). Pure; French and English.
 */
export { findQuantities, parseNumberToken } from "./find-quantities.js";

export { numberNotes } from "./notes.js";
export type { QuantityMention } from "./types.js";
