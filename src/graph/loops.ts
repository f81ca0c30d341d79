import { DirectedGraph } from "graphology";
import { stronglyConnectedComponents } from "graphology-components";
import type { Interval } from "../reconcile/value.js";
import { amountOf, minOf, ratioOf, showAmount, showShare, sumOf } from "./amounts.js";
import { isLive } from "./edges.js";
import type { DealEdge, Loop, LoopStep, RoundTrip } from "./types.js";

/**
 * Loops of the deal graph: the live edges folded into one directed graph of parties (graphology),
 * its strongly connected components, and every simple cycle up to a length, each cycle found once
 * (from its first party in name order, that party then dropped, as in Johnson's method).
 */

/** Circular deals run among two or three parties; longer loops are searched on request. */
export const DEFAULT_MAX_LOOP_LENGTH = 3;
export const DEFAULT_MAX_LOOPS = 500;

const INVESTING = new Set(["equity", "convertible", "round_participation", "loan", "warrant"]);
const BUYING = new Set(["compute_commitment", "cloud_commitment", "chip_purchase", "backstop"]);

export function partyGraph(edges: readonly DealEdge[]): DirectedGraph {
  const graph = new DirectedGraph();
  const pairs = new Set<string>();
  for (const edge of edges) {
    if (!isLive(edge)) continue;
    const pair = `${edge.from}\u0000${edge.to}`;
    if (pairs.has(pair)) continue;
    pairs.add(pair);
    if (!graph.hasNode(edge.from)) graph.addNode(edge.from);
    if (!graph.hasNode(edge.to)) graph.addNode(edge.to);
    graph.addEdge(edge.from, edge.to);
  }
  return graph;
}

export function loopComponents(graph: DirectedGraph): string[][] {
  return stronglyConnectedComponents(graph)
    .filter((c) => c.length > 1)
    .map((c) => [...c].sort())
    .sort((a, b) => b.length - a.length || (a[0]! < b[0]! ? -1 : 1));
}

/**
 * The simple cycles through `start` of at most `maxLength` parties, appended to `found` in the order
 * graphology-simple-path's allSimplePaths lists them (depth first, last neighbour first). Unlike it,
 * this stops as soon as `found` holds `limit` cycles and, at the last step, asks the graph for the
 * edge back to `start` instead of listing every neighbour: on a hub of a large ledger that is
 * hundreds of thousands of paths and arrays fewer. Returns true when it stopped at the limit.
 */
function cyclesThrough(
  graph: DirectedGraph,
  start: string,
  maxLength: number,
  limit: number,
  found: string[][],
): boolean {
  const path = [start];
  const onPath = new Set(path);
  const visit = (node: string): boolean => {
    if (path.length >= maxLength) {
      if (graph.hasDirectedEdge(node, start)) found.push([...path]);
      return found.length >= limit;
    }
    const next = graph.outNeighbors(node);
    for (let i = next.length - 1; i >= 0; i--) {
      const party = next[i]!;
      if (party === start) {
        found.push([...path]);
        if (found.length >= limit) return true;
        continue;
      }
      if (onPath.has(party)) continue;
      path.push(party);
      onPath.add(party);
      const stop = visit(party);
      path.pop();
      onPath.delete(party);
      if (stop) return true;
    }
    return false;
  };
  return visit(start);
}

/** Every simple cycle (as its parties, first party first) of at most `maxLength` parties. */
export function simpleCycles(
  graph: DirectedGraph,
  components: readonly string[][],
  maxLength: number,
  maxLoops: number,
): { cycles: string[][]; truncated: boolean } {
  const cycles: string[][] = [];
  // One more than asked tells a full list from a cut one.
  for (const component of components) {
    const remaining = subgraph(graph, new Set(component));
    for (const start of component) {
      if (cyclesThrough(remaining, start, maxLength, maxLoops + 1, cycles))
        return { cycles: cycles.slice(0, maxLoops), truncated: true };
      remaining.dropNode(start);
    }
  }
  return { cycles, truncated: false };
}

/** The nodes of `graph` in `kept` and the edges among them, in the graph's own order. */
function subgraph(graph: DirectedGraph, kept: ReadonlySet<string>): DirectedGraph {
  const sub = new DirectedGraph();
  graph.forEachNode((node) => {
    if (kept.has(node)) sub.addNode(node);
  });
  graph.forEachEdge((_edge, _attributes, source, target) => {
    if (kept.has(source) && kept.has(target)) sub.addEdge(source, target);
  });
  return sub;
}

function sumInUnit(edges: readonly DealEdge[], unit: string): Interval | null {
  const inUnit = edges.filter((e) => e.amount.unit === unit);
  return inUnit.length === 0 ? null : sumOf(inUnit.map(amountOf));
}

function stepsOf(parties: readonly string[], byPair: Map<string, DealEdge[]>): LoopStep[] {
  return parties.map((from, i) => {
    const to = parties[(i + 1) % parties.length]!;
    const edges = byPair.get(`${from}\u0000${to}`) ?? [];
    return {
      from,
      to,
      edgeIds: edges.map((e) => e.id),
      usd: sumInUnit(edges, "USD"),
      gw: sumInUnit(edges, "GW"),
    };
  });
}

/** For each party that invests in the next one, the dollars that come back to it round the loop. */
function roundTripsOf(steps: readonly LoopStep[], edgeById: Map<string, DealEdge>): RoundTrip[] {
  const trips: RoundTrip[] = [];
  steps.forEach((step, i) => {
    const investing = step.edgeIds.map((id) => edgeById.get(id)!).filter((e) => INVESTING.has(e.instrument));
    const invested = sumInUnit(investing, "USD");
    if (!invested) return;
    const back = [...steps.slice(i + 1), ...steps.slice(0, i)];
    const buying = back.map((s) =>
      s.edgeIds.map((id) => edgeById.get(id)!).filter((e) => BUYING.has(e.instrument)),
    );
    const dollars = back.map((s) => s.usd);
    const returned = dollars.every((d) => d !== null) ? minOf(dollars as Interval[]) : null;
    const investor = step.from;
    const path = [...back.map((s) => s.from), investor].join(" → ");
    if (returned === null) {
      const gw = back.map((s) => s.gw);
      const capacity = gw.every((g) => g !== null) ? showAmount(minOf(gw as Interval[]), "GW") : null;
      trips.push({
        investor,
        investment: invested,
        returned: { low: 0, high: null },
        share: null,
        arithmetic: `${investor} invests ${showAmount(invested, "USD")} in ${step.to}; back along ${path}: ${capacity ? `${capacity} of capacity, no dollar amount` : "no dollar amount"} (${buying.flat().length} purchase edges) → round-trip share not computable in dollars`,
      });
      return;
    }
    const share = ratioOf(minOf([returned, invested]), invested, true);
    trips.push({
      investor,
      investment: invested,
      returned,
      share,
      arithmetic: `min(${returned.high === null && returned.low === 0 ? "an unknown amount" : showAmount(returned, "USD")} back along ${path}, ${showAmount(invested, "USD")}) ÷ ${showAmount(invested, "USD")} invested = ${showShare(share)}`,
    });
  });
  return trips;
}

/** "≤ 30 bn $ equity", "part of > 1 tn $ shared with Oracle, AMD (compute_commitment)". */
export function describeEdgeAmount(edge: DealEdge): string {
  const { display, sharedWith } = edge.amount;
  const status = edge.status === "letter_of_intent" ? ", letter of intent" : "";
  return sharedWith.length > 0
    ? `part of ${display} shared with ${sharedWith.join(", ")} (${edge.instrument}${status})`
    : `${display} (${edge.instrument}${status})`;
}

/** Edges no longer live, by party pair, each with its place in `edges`. */
function replacedByPair(edges: readonly DealEdge[]): Map<string, Array<[number, string]>> {
  const byPair = new Map<string, Array<[number, string]>>();
  edges.forEach((e, index) => {
    if (isLive(e)) return;
    const key = `${e.from}\u0000${e.to}`;
    const pair = byPair.get(key);
    if (pair) pair.push([index, e.id]);
    else byPair.set(key, [[index, e.id]]);
  });
  return byPair;
}

/** The ids of the edges among a loop's parties that no longer stand, in edge order. */
function historyOf(parties: readonly string[], replaced: Map<string, Array<[number, string]>>): string[] {
  const members = [...new Set(parties)];
  const found: Array<[number, string]> = [];
  for (const from of members)
    for (const to of members) found.push(...(replaced.get(`${from}\u0000${to}`) ?? []));
  return found.sort((a, b) => a[0] - b[0]).map(([, id]) => id);
}

export function describeLoops(cycles: readonly string[][], edges: readonly DealEdge[]): Loop[] {
  const live = edges.filter(isLive);
  const byPair = new Map<string, DealEdge[]>();
  for (const e of live) {
    const key = `${e.from}\u0000${e.to}`;
    const pair = byPair.get(key);
    if (pair) pair.push(e);
    else byPair.set(key, [e]);
  }
  const edgeById = new Map(edges.map((e) => [e.id, e]));
  const replaced = replacedByPair(edges);
  return cycles.map((parties) => {
    const steps = stepsOf(parties, byPair);
    const dollars = steps.map((s) => s.usd);
    const usd = dollars.every((d) => d !== null) ? minOf(dollars as Interval[]) : null;
    const history = historyOf(parties, replaced);
    const claimIds = [
      ...new Set(
        [...steps.flatMap((s) => s.edgeIds), ...history].flatMap((id) => edgeById.get(id)?.claimIds ?? []),
      ),
    ];
    const arithmetic = steps
      .map(
        (s) =>
          `${s.from} → ${s.to}: ${s.edgeIds.map((id) => describeEdgeAmount(edgeById.get(id)!)).join(" + ")}`,
      )
      .join("; ");
    return {
      id: `loop:${parties.join(">")}`,
      parties: [...parties],
      steps,
      usd,
      roundTrips: roundTripsOf(steps, edgeById),
      history,
      claimIds,
      arithmetic: usd ? `${arithmetic}; round the loop: min = ${showAmount(usd, "USD")}` : arithmetic,
    };
  });
}
