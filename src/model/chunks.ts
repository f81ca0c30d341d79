import { FrontierError, type Issue } from "../core/index.js";
import type { AccumulatorState } from "./accumulator.js";
import { runBlocks, runPilot, simulationFor, splitBlocks } from "./execute.js";
import { mergeTally, type NonFiniteTally } from "./non-finite.js";
import { nonFiniteIssues } from "./non-finite-report.js";
import { assembleRun, type SimulationSpec } from "./plan.js";
import type { RunResult, RunTiming } from "./types.js";

/**
 * A run cut into chunks that separate processes or machines reduce on their own: the same blocks,
 * seeds and pilot layouts as a run on worker threads (execute.ts), so merging the chunks' states
 * gives the result a local run with the same seed gives, bit for bit, whatever the chunk count.
 * Every chunk runs the pilot block again to learn the histogram ranges (it is deterministic); the
 * merge runs it once more and adds the chunks' states to it. States travel as text.
 */

/** Block lists of each chunk (blocks 1…last; the pilot, block 0, belongs to the merge). */
export function planChunks(spec: SimulationSpec, chunks: number): number[][] {
  const planned = splitBlocks(spec, chunks);
  return planned.length > 0 ? planned : [[]];
}

export interface ChunkState {
  state: AccumulatorState;
  tally: NonFiniteTally;
}

export function runChunk(spec: SimulationSpec, blocks: readonly number[]): ChunkState {
  const simulation = compiled(spec);
  const { layouts } = runPilot(simulation, spec);
  return runBlocks(simulation, spec, layouts, blocks);
}

export function mergeChunks(
  spec: SimulationSpec,
  chunks: readonly ChunkState[],
  meta: { workers: number; timing: RunTiming },
): { result: RunResult | null; issues: Issue[] } {
  const simulation = compiled(spec);
  const { pilot, tally } = runPilot(simulation, spec);
  for (const chunk of chunks) {
    pilot.merge(chunk.state);
    mergeTally(tally, chunk.tally);
  }
  if (tally.counts.some((count) => count > 0))
    return { result: null, issues: nonFiniteIssues(simulation, spec, tally, undefined) };
  const result = assembleRun(simulation.programs[0]!, pilot.finish(), {
    seed: spec.seed,
    samples: spec.samples,
    blockSize: spec.blockSize,
    ...meta,
  });
  return { result, issues: [] };
}

function compiled(spec: SimulationSpec) {
  const { simulation, issues } = simulationFor(spec);
  if (!simulation) throw new FrontierError("invalid_input", issues.map((issue) => issue.message).join("; "));
  return simulation;
}

// Text forms. Numbers that JSON cannot spell (non-finite, −0) are tagged; typed arrays are base64
// of their bytes, so every double comes back with the same bits.

const NUMBER_TAG = "number:";

export function encodeSpec(spec: SimulationSpec): string {
  return JSON.stringify(spec, (_, v) =>
    typeof v === "number" && (!Number.isFinite(v) || Object.is(v, -0))
      ? `${NUMBER_TAG}${Object.is(v, -0) ? "-0" : v}`
      : v,
  );
}

export function decodeSpec(text: string): SimulationSpec {
  return JSON.parse(text, (_, v) =>
    typeof v === "string" && v.startsWith(NUMBER_TAG) ? Number(v.slice(NUMBER_TAG.length)) : v,
  ) as SimulationSpec;
}

function bytesOf(array: Float64Array | Uint32Array): string {
  return Buffer.from(array.buffer, array.byteOffset, array.byteLength).toString("base64");
}

function float64s(text: string): Float64Array {
  const bytes = Buffer.from(text, "base64");
  return new Float64Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
}

export function encodeChunk({ state, tally }: ChunkState): string {
  return JSON.stringify({
    counts: bytesOf(state.counts),
    valid: bytesOf(state.valid),
    binned: bytesOf(state.binned),
    outliers: state.outliers.map(bytesOf),
    sums: state.sums.map(([block, sums]) => [block, bytesOf(sums)]),
    events: state.events,
    samples: state.samples,
    tally,
  });
}

export function decodeChunk(text: string): ChunkState {
  const raw = JSON.parse(text) as {
    counts: string;
    valid: string;
    binned: string;
    outliers: string[];
    sums: [number, string][];
    events: number[];
    samples: number;
    tally: NonFiniteTally;
  };
  const counts = Buffer.from(raw.counts, "base64");
  return {
    state: {
      counts: new Uint32Array(counts.buffer.slice(counts.byteOffset, counts.byteOffset + counts.byteLength)),
      valid: float64s(raw.valid),
      binned: float64s(raw.binned),
      outliers: raw.outliers.map(float64s),
      sums: raw.sums.map(([block, sums]) => [block, float64s(sums)]),
      events: raw.events,
      samples: raw.samples,
    },
    tally: raw.tally,
  };
}
