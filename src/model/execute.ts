import type { Issue } from "../core/index.js";
import { Accumulator, type AccumulatorState, type ProbeLayout, pilotLayout } from "./accumulator.js";
import { emptyTally, type NonFiniteTally } from "./non-finite.js";
import { createSimulation, type Simulation, type SimulationSpec } from "./plan.js";
import { blockCount, blockLength } from "./simulation.js";

/**
 * The block loop shared by the main thread and the workers. Block 0 is the pilot: it fixes each
 * probe's histogram range before any other block is reduced, so every worker bins identically.
 */

let reusable: { key: string; simulation: Simulation | null; issues: Issue[] } | null = null;

/**
 * The spec's simulation; the previous one again when it had the same scenarios, seed, mode and block
 * size (a warm pool, repeated runs): no recompilation, no new columns, and kernels V8 has already
 * optimized instead of fresh closures starting in the interpreter. A simulation keeps nothing from
 * one block to the next but scratch, so reusing it gives the same numbers.
 */
export function simulationFor(spec: SimulationSpec): { simulation: Simulation | null; issues: Issue[] } {
  const { mode, bundles, seed, blockSize } = spec;
  // Non-finite numbers and −0 spelled out: JSON would turn them into null and 0.
  const key = JSON.stringify({ mode, bundles, seed, blockSize }, (_, v) =>
    typeof v === "number" && (!Number.isFinite(v) || Object.is(v, -0))
      ? `number:${Object.is(v, -0) ? "-0" : v}`
      : v,
  );
  if (reusable?.key !== key) reusable = { key, ...createSimulation(spec) };
  return { simulation: reusable.simulation, issues: [...reusable.issues] };
}

/** Called after each block has run, before the next one (sample export). */
export type BlockListener = (block: number, n: number) => void;

export function runPilot(
  simulation: Simulation,
  spec: SimulationSpec,
  onBlock?: BlockListener,
): { layouts: ProbeLayout[]; pilot: Accumulator; tally: NonFiniteTally } {
  const n = blockLength(spec.samples, spec.blockSize, 0);
  simulation.runBlock(0, n);
  onBlock?.(0, n);
  const tally = newTally(simulation);
  simulation.countNonFinite(tally, 0);
  const layouts = Array.from({ length: simulation.probeCount }, (_, p) =>
    pilotLayout(simulation.probe(p), n),
  );
  const pilot = new Accumulator(layouts, simulation.eventCount, simulation.binBlocks);
  pilot.add(0, n, simulation.probe, simulation.event);
  return { layouts, pilot, tally };
}

export function runBlocks(
  simulation: Simulation,
  spec: SimulationSpec,
  layouts: ProbeLayout[],
  blocks: readonly number[],
  onBlock?: BlockListener,
): { state: AccumulatorState; tally: NonFiniteTally } {
  const accumulator = new Accumulator(layouts, simulation.eventCount, simulation.binBlocks);
  const tally = newTally(simulation);
  for (const block of blocks) {
    const n = blockLength(spec.samples, spec.blockSize, block);
    simulation.runBlock(block, n);
    onBlock?.(block, n);
    simulation.countNonFinite(tally, block);
    accumulator.add(block, n, simulation.probe, simulation.event);
  }
  return { state: accumulator.state(), tally };
}

function newTally(simulation: Simulation): NonFiniteTally {
  return emptyTally(simulation.checkedCounts.reduce((a, b) => a + b, 0));
}

/** Blocks 1…last split into `parts` contiguous chunks (empty chunks dropped). */
export function splitBlocks(spec: SimulationSpec, parts: number): number[][] {
  const total = blockCount(spec.samples, spec.blockSize);
  const rest = Array.from({ length: Math.max(0, total - 1) }, (_, i) => i + 1);
  const chunks: number[][] = [];
  const per = Math.ceil(rest.length / Math.max(1, parts));
  for (let i = 0; i < rest.length; i += per) chunks.push(rest.slice(i, i + per));
  return chunks;
}
