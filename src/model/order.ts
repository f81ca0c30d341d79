import type { EdgeKind } from "./formula-compiler.js";
import type { CompiledVariable } from "./program.js";

/** Variables ordered for evaluation: dependency stages, cycles allowed only through prev(). */

/**
 * Strongly connected components over every reference; inside one, only prev() edges may close a
 * loop. Components come out dependencies first; each is evaluated period by period.
 */
export function orderVariables(
  variables: CompiledVariable[],
  edges: Map<string, Set<EdgeKind>>[],
  onCycle: (names: string[]) => void,
): number[][] {
  const index = new Map(variables.map((v, i) => [v.name, i]));
  const adjacency = edges.map((map) =>
    [...map.entries()]
      .map(([name, kinds]) => ({ to: index.get(name)!, kinds }))
      .filter((e) => e.to !== undefined),
  );
  const order: number[][] = [];
  const indices = new Array<number>(variables.length).fill(-1);
  const low = new Array<number>(variables.length).fill(0);
  const onStack = new Array<boolean>(variables.length).fill(false);
  const stack: number[] = [];
  let counter = 0;
  const strongConnect = (v: number) => {
    indices[v] = counter;
    low[v] = counter;
    counter++;
    stack.push(v);
    onStack[v] = true;
    for (const { to } of adjacency[v]!) {
      if (indices[to] === -1) {
        strongConnect(to);
        low[v] = Math.min(low[v]!, low[to]!);
      } else if (onStack[to]) low[v] = Math.min(low[v]!, indices[to]!);
    }
    if (low[v] === indices[v]) {
      const component: number[] = [];
      let w: number;
      do {
        w = stack.pop()!;
        onStack[w] = false;
        component.push(w);
      } while (w !== v);
      order.push(component);
    }
  };
  for (let v = 0; v < variables.length; v++) if (indices[v] === -1) strongConnect(v);

  const stages: number[][] = [];
  for (const component of order) {
    const members = new Set(component);
    // A full-series reference inside a component is a cycle.
    for (const v of component) {
      for (const { to, kinds } of adjacency[v]!) {
        if (members.has(to) && kinds.has("full")) {
          onCycle([variables[v]!.name, variables[to]!.name, ...(v === to ? [] : [variables[v]!.name])]);
          return [];
        }
      }
    }
    // Topological order inside the component over same-period edges (Kahn).
    const pending = new Map<number, Set<number>>();
    for (const v of component) {
      const deps = new Set<number>();
      for (const { to, kinds } of adjacency[v]!) if (members.has(to) && kinds.has("same")) deps.add(to);
      pending.set(v, deps);
    }
    const sorted: number[] = [];
    const remaining = [...component].sort((a, b) => a - b);
    while (remaining.length > 0) {
      const ready = remaining.findIndex((v) => [...pending.get(v)!].every((d) => sorted.includes(d)));
      if (ready === -1) {
        onCycle(findCycle(remaining, pending, variables));
        return [];
      }
      sorted.push(remaining.splice(ready, 1)[0]!);
    }
    stages.push(sorted);
  }
  return stages;
}

function findCycle(
  remaining: number[],
  pending: Map<number, Set<number>>,
  variables: CompiledVariable[],
): string[] {
  const start = remaining[0]!;
  const path: number[] = [start];
  const visited = new Set<number>([start]);
  let current = start;
  for (;;) {
    const next = [...pending.get(current)!].find((d) => remaining.includes(d));
    if (next === undefined) break;
    if (visited.has(next)) {
      const from = path.indexOf(next);
      return [...path.slice(from), next].map((i) => variables[i]!.name);
    }
    visited.add(next);
    path.push(next);
    current = next;
  }
  return path.map((i) => variables[i]!.name);
}
