import { compareDates } from "./dates.js";
import { nameKey } from "./names.js";
import type { Fact, Series } from "./types.js";

/** Facts by the period they measure (undated last), then by first report, then id. */
export function compareFacts(a: Fact, b: Fact): number {
  if (a.at !== b.at) {
    if (a.at === null) return 1;
    if (b.at === null) return -1;
    return a.at - b.at;
  }
  return compareDates(a.firstReported, b.firstReported) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** One series per (entity, metric); counterparties, units and items stay on each fact. */
export function buildSeries(facts: readonly Fact[]): Series[] {
  const byKey = new Map<string, Series>();
  for (const fact of facts) {
    const key = `${nameKey(fact.entity)}|${fact.metric}`;
    const series = byKey.get(key);
    if (series) series.facts.push(fact);
    else byKey.set(key, { key, entity: fact.entity, metric: fact.metric, facts: [fact] });
  }
  const all = [...byKey.values()];
  for (const series of all) series.facts.sort(compareFacts);
  return all.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}
