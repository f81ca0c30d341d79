import { createHash } from "node:crypto";
import type { AnalysedDocument, Claim } from "../../src/core/index.js";

/** An analysed document over `text`, hashed like the documents stage does (sha256 hex of the text). */
export function makeDocument(text: string, overrides: Partial<AnalysedDocument> = {}): AnalysedDocument {
  return {
    source: "test.txt",
    format: "txt",
    title: text.split("\n")[0] ?? "",
    language: "fr",
    languageConfidence: 0.97,
    published: "2025-11-04",
    publishedHow: "given",
    text,
    furniture: [],
    contentHash: createHash("sha256").update(text).digest("hex"),
    raw: new TextEncoder().encode(text),
    ...overrides,
  };
}

/** A claim whose quote is the text between `start` and `end`. */
export function makeClaim(text: string, start: number, end: number, fields: Partial<Claim> = {}): Claim {
  return {
    entity: "OpenAI",
    counterparty: null,
    metric: "revenue",
    value: { low: 13_100_000_000, high: 13_100_000_000, bound: "exact" },
    unit: "USD",
    period: { start: "2025-01-01", end: "2025-12-31" },
    qualifier: "reported",
    attribution: null,
    item: null,
    span: { start, end },
    quote: text.slice(start, end),
    document: "",
    ...fields,
  };
}
