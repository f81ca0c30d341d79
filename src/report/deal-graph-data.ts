import { buildDealGraph, type DealGraph, type DealGraphOptions } from "../graph/index.js";
import type { LedgerStore } from "../ledger/port.js";

/** Reads the ledger (claims, review events, documents) and builds its deal graph: shared by the CLI, API and report. */
export async function readDealGraph(store: LedgerStore, options: DealGraphOptions = {}): Promise<DealGraph> {
  const [claims, events, summaries] = await Promise.all([
    store.listClaims(),
    store.listReviewEvents(),
    store.listDocuments(),
  ]);
  const documents = summaries.map((d) => ({
    id: d.id,
    title: d.title,
    source: d.source,
    published: d.published,
  }));
  return buildDealGraph({ claims, events, documents }, options);
}
