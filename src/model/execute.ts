import { Accumulator, type AccumulatorState, type ProbeLayout, pilotLayout } from "./accumulator.js";
import type { Simulation, SimulationSpec } from "./plan.js";
import { blockCount, blockLength } from "./simulation.js";

/**
 * The block loop shared by the main thread and the workers. Block 0 is the pilot: it fixes each
 * probe's histogram range before any other block is reduced, so every worker bins identically.
 */

export function runPilot(
  simulation: Simulation,
  spec: SimulationSpec,
): { layouts: ProbeLayout[]; pilot: Accumulator } {
  const n = blockLength(spec.samples, spec.blockSize, 0);
  simulation.runBlock(0, n);
  const layouts = Array.from({ length: simulation.probeCount }, (_, p) =>
    pilotLayout(simulation.probe(p), n),
  );
  const pilot = new Accumulator(layouts, simulation.eventCount, simulation.binBlocks);
  pilot.add(0, n, simulation.probe, simulation.event);
  return { layouts, pilot };
}

export function runBlocks(
  simulation: Simulation,
  spec: SimulationSpec,
  layouts: ProbeLayout[],
  blocks: readonly number[],
): AccumulatorState {
  const accumulator = new Accumulator(layouts, simulation.eventCount, simulation.binBlocks);
  for (const block of blocks) {
    const n = blockLength(spec.samples, spec.blockSize, block);
    simulation.runBlock(block, n);
    accumulator.add(block, n, simulation.probe, simulation.event);
  }
  return accumulator.state();
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
