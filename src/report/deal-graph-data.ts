import { buildDealGraph, type DealGraph, type DealGraphOptions } from "../graph/index.js";
import { readSnapshot } from "../ledger/as-of.js";
import type { LedgerStore } from "../ledger/port.js";

/**
 * Reads the ledger (claims, review events, documents) and builds its deal graph: shared by the CLI,
 * API and report. With `asOf`, the ledger as known then (ledger/as-of.ts): claims with the reviews
 * recorded by then, documents with the dates they had then.
 */
export async function readDealGraph(store: LedgerStore, options: DealGraphOptions = {}): Promise<DealGraph> {
  const { claims, events, documents: summaries } = await readSnapshot(store, options.asOf ?? null);
  const documents = summaries.map((d) => ({
    id: d.id,
    title: d.title,
    source: d.source,
    published: d.published,
  }));
  return buildDealGraph({ claims, events, documents }, options);
}
