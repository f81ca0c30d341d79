import { reconcile } from "../reconcile/index.js";
import { claimsKnownOn, edgesFromFacts } from "./edges.js";
import {
  DEFAULT_MAX_LOOP_LENGTH,
  DEFAULT_MAX_LOOPS,
  describeLoops,
  loopComponents,
  partyGraph,
  simpleCycles,
} from "./loops.js";
import { runGraphMetrics } from "./metrics/index.js";
import type { DealGraph, DealGraphInput, DealGraphOptions } from "./types.js";

/**
 * The deal graph of a ledger as known on a date: claims (filtered by publication date and review)
 * → reconcile (facts, revisions) → edges → loops and metrics. Pure.
 *
 * @example
 * const graph = buildDealGraph({ claims, events, documents }, { asOf: "2025-12-31" });
 * graph.loops[0]?.parties; // ["Nvidia", "OpenAI"]
 */
export function buildDealGraph(input: DealGraphInput, options: DealGraphOptions = {}): DealGraph {
  const known = claimsKnownOn(input.claims, input.events ?? [], options);
  const reconciliation = reconcile(
    known.claims,
    known.events,
    input.documents ? { documents: input.documents } : {},
  );
  const edges = edgesFromFacts(reconciliation);
  const graph = partyGraph(edges);
  const components = loopComponents(graph);
  const { cycles, truncated } = simpleCycles(
    graph,
    components,
    options.maxLoopLength ?? DEFAULT_MAX_LOOP_LENGTH,
    options.maxLoops ?? DEFAULT_MAX_LOOPS,
  );
  const loops = describeLoops(cycles, edges);
  const metrics = runGraphMetrics({
    edges,
    facts: reconciliation.facts,
    projectedRevenue: options.projectedRevenue,
  });
  const entity = options.entity;
  const touches = (parties: readonly string[]) => entity === undefined || parties.includes(entity);
  const shown = edges.filter((e) => touches([e.from, e.to]));
  return {
    asOf: options.asOf ?? null,
    parties: [...new Set(shown.flatMap((e) => [e.from, e.to]))].sort(),
    edges: shown,
    components: components.filter(touches),
    loops: loops.filter((l) => touches(l.parties)),
    loopsTruncated: truncated,
    metrics: metrics.filter((m) => touches([m.entity])),
  };
}
