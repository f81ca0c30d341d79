import type { Language } from "./vocabulary.js";

export type DocumentFormat = "txt" | "md" | "html";
export type PublishedHow = "given" | "metadata" | "inferred" | "unknown";

/** A block removed from the analysed text as page furniture, with where it stood in the reduced text. */
export interface FurnitureBlock {
  kind: string;
  text: string;
}

/** A document as ingestion produces it, before the ledger gives it an id. */
export interface AnalysedDocument {
  /** File name as given, or the URL passed with --source. */
  source: string;
  format: DocumentFormat;
  title: string;
  language: Language;
  languageConfidence: number;
  /** ISO date (partial allowed) or null. */
  published: string | null;
  publishedHow: PublishedHow;
  /** The exact analysed text; claims point into it by UTF-16 offsets and it never changes once stored. */
  text: string;
  furniture: FurnitureBlock[];
  /** sha256 hex of the normalised text. */
  contentHash: string;
  raw: Uint8Array;
}

/** Ledger document ids are the first 12 hex digits of the content hash. */
export function documentIdFromHash(contentHash: string): string {
  return contentHash.slice(0, 12);
}
