import type { AnalysedDocument, Claim } from "../src/core/index.js";

/** Generated reports for the benches: each document carries ten claims, one per sentence. */

export const CLAIMS_PER_DOCUMENT = 10;
export const COMPANIES = ["OpenAI", "Anthropic", "xAI", "Nvidia", "Oracle", "Microsoft", "SoftBank", "AMD"];
const METRICS = ["revenue", "net_loss", "cash_burn", "total_expenses"] as const;

export function syntheticDocument(
  index: number,
  random: () => number,
): { document: AnalysedDocument; claims: Claim[] } {
  const company = COMPANIES[index % COMPANIES.length]!;
  const sentences = Array.from(
    { length: CLAIMS_PER_DOCUMENT },
    (_, k) =>
      `${company} reported ${(random() * 100).toFixed(1)} billion dollars in item ${k} of report ${index}.`,
  );
  const text = sentences.join(" ");
  const published = `20${22 + (index % 4)}-${String(1 + (index % 12)).padStart(2, "0")}-15`;
  let at = 0;
  const claims = sentences.map((sentence, k): Claim => {
    const start = at;
    at += sentence.length + 1;
    const value = (1 + k) * 1e9;
    return {
      entity: company,
      counterparty: null,
      metric: METRICS[k % METRICS.length]!,
      value: { low: value, high: value, bound: "exact" },
      unit: "USD",
      period: { start: "2025-01-01", end: "2025-12-31" },
      qualifier: "reported",
      attribution: null,
      item: null,
      span: { start, end: start + sentence.length },
      quote: sentence,
      document: "",
    };
  });
  const document: AnalysedDocument = {
    source: `bench/report-${index}.txt`,
    format: "txt",
    title: `Report ${index} on ${company}`,
    language: "en",
    languageConfidence: 0.99,
    published,
    publishedHow: "given",
    text,
    furniture: [],
    contentHash: `${index.toString(16).padStart(8, "0")}${"0".repeat(56)}`,
    raw: new TextEncoder().encode(text),
  };
  return { document, claims };
}
