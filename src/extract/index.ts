import type { Claim, Issue, Language } from "../core/index.js";

export interface ExtractionInput {
  text: string;
  language: Language;
  /** ISO date (partial allowed) the relative periods resolve against, or null. */
  published: string | null;
  /** Ledger document id, or the file name for `extract` ("-" for stdin). */
  document: string;
}

/** TEMPORARY until claim assembly lands: the signature the ledger and CLI build on. */
export function extractClaims(_input: ExtractionInput): { claims: Claim[]; issues: Issue[] } {
  return { claims: [], issues: [] };
}
