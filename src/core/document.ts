import type { Language } from "./vocabulary.js";

/** csv: a table snapshot imported with a mapping (src/tables). */
export type DocumentFormat = "txt" | "md" | "html" | "csv";
export type PublishedHow = "given" | "metadata" | "inferred" | "unknown";
/**
 * How far a publication date can be trusted to order reports: high when given (option, manifest,
 * front matter, review) or read from page metadata; medium when inferred from a month or day the
 * text mentions as past or present; low when inferred from a year alone (a lower bound at best).
 */
export type DateConfidence = "high" | "medium" | "low";

/** The confidence a date has by how it was found, when nothing more precise was recorded. */
export function dateConfidenceOf(published: string | null, how: PublishedHow): DateConfidence | null {
  if (published === null || how === "unknown") return null;
  if (how !== "inferred") return "high";
  return published.length <= 4 ? "low" : "medium";
}

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
  /** Defaults to dateConfidenceOf(published, publishedHow). */
  publishedConfidence?: DateConfidence | null;
  /** How the date was found, for people: "manifest corpus/x.json", "inferred from 'En novembre 2025'". */
  publishedEvidence?: string | null;
  /** The outlet that published it ("Les Echos"), when known. */
  outlet?: string | null;
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
