import type { Metric } from "../core/index.js";
import { nameKey } from "./names.js";
import type { Fact } from "./types.js";

/** Metrics compared with one another: a run-rate beside revenue, a spending target beside a commitment. */
const FAMILY: Partial<Record<Metric, Metric>> = {
  revenue_run_rate: "revenue",
  compute_spending_target: "compute_commitment",
};

export function familyOf(metric: Metric): Metric {
  return FAMILY[metric] ?? metric;
}

/** Facts that may be compared: same entity, counterparty and metric family. */
export function comparableBuckets(facts: readonly Fact[]): Fact[][] {
  const buckets = new Map<string, Fact[]>();
  for (const fact of facts) {
    const key = `${nameKey(fact.entity)}|${nameKey(fact.counterparty)}|${familyOf(fact.metric)}`;
    const bucket = buckets.get(key);
    if (bucket) bucket.push(fact);
    else buckets.set(key, [fact]);
  }
  return [...buckets.values()];
}

export function pairKey(a: Fact, b: Fact): string {
  return a.id < b.id ? `${a.id}|${b.id}` : `${b.id}|${a.id}`;
}

/** Which of the two a reader met first: earlier first report, then id. */
export function inReportOrder(a: Fact, b: Fact): [Fact, Fact] {
  const da = a.firstReported;
  const db = b.firstReported;
  if (da !== null && db !== null && da !== db) return da < db ? [a, b] : [b, a];
  return a.id < b.id ? [a, b] : [b, a];
}

/** "Doc title, 2025-11-06" for each source, deduplicated by document. */
export function describeSources(fact: Fact): string {
  const seen = new Set<string>();
  const parts: string[] = [];
  for (const source of fact.sources) {
    if (seen.has(source.documentId)) continue;
    seen.add(source.documentId);
    parts.push(
      `${source.title ?? source.source ?? source.documentId}${source.reported ? `, ${source.reported}` : ""}`,
    );
  }
  return parts.join("; ");
}

/** "OpenAI compute_commitment ~1.4 tn $ (2025-11 → 2033-11)" */
export function describeFact(fact: Fact): string {
  const who = fact.counterparty ? `${fact.entity} → ${fact.counterparty}` : fact.entity;
  const item = fact.item ? ` [${fact.item}]` : "";
  return `${who} ${fact.metric}${item} ${fact.display} (${fact.periodLabel}, ${fact.qualifier})`;
}
