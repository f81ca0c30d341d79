import { availableParallelism } from "node:os";
import { performance } from "node:perf_hooks";
import { Worker } from "node:worker_threads";
import { DEFAULT_SAMPLES, DEFAULT_SEED, FrontierError, type Issue } from "../core/index.js";
import type { AccumulatorState } from "./accumulator.js";
import type { ChunkState } from "./chunks.js";
import { estimateRunCost, exceededLimit, type RunLimits } from "./cost.js";
import { runBlocks, runPilot, simulationFor, splitBlocks } from "./execute.js";
import type { ScenarioSource } from "./load.js";
import { messages } from "./messages.js";
import { mergeTally, type NonFiniteTally } from "./non-finite.js";
import { nonFiniteIssues } from "./non-finite-report.js";
import {
  assembleComparison,
  assembleRun,
  compileBundle,
  type ScenarioBundle,
  type SimulationSpec,
} from "./plan.js";
import type { ExportColumn } from "./sample-export.js";
import { DEFAULT_BLOCK_SIZE } from "./simulation.js";
import type { ComparisonResult, RunResult } from "./types.js";
import type { WorkerTask } from "./worker.js";

/**
 * The edge that runs simulations: block 0 (the pilot) in this thread, the other blocks split in
 * contiguous chunks over worker threads (or in this thread with one worker), states merged.
 */

export interface RunOptions {
  samples?: number;
  seed?: number;
  /** Worker threads; default: all cores. 1 runs in this thread. */
  workers?: number;
  blockSize?: number;
  /** Reuse a pool across runs (benchmarks); otherwise one is created and closed per run. */
  pool?: WorkerPool;
  /** Bounds checked before the run allocates anything (defaults: core/defaults.ts). */
  limits?: RunLimits;
  /** The scenario's text and positions, to point at a formula that gives non-finite values. */
  source?: ScenarioSource;
  /** Receives every block's raw samples of chosen outputs (the run then uses this thread only). */
  sampleSink?: SampleSink;
}

export interface SampleSink {
  columns: readonly ExportColumn[];
  /** values[k]: column k for samples first…first+n−1. */
  write(values: readonly Float64Array[], first: number, n: number): void;
}

interface WorkerResult {
  state: AccumulatorState;
  tally: NonFiniteTally;
}

/**
 * Compiled: dist/src/model/worker.js. From sources under tsx (tests, `node --import tsx`), the
 * worker is the .ts file, loaded through tsx's loader registered inside the worker.
 */
export function spawnWorker(): Worker {
  const here = import.meta.url;
  if (!here.endsWith(".ts")) return new Worker(new URL("./worker.js", here));
  const api = import.meta.resolve("tsx/esm/api");
  const script = new URL("./worker.ts", here).href;
  const code = `import(${JSON.stringify(api)}).then((m) => { m.register(); return import(${JSON.stringify(script)}); });`;
  return new Worker(code, { eval: true });
}

export class WorkerPool {
  private readonly workers: Worker[];
  private nextId = 0;
  private readonly pending = new Map<
    number,
    { resolve: (s: WorkerResult) => void; reject: (e: Error) => void }
  >();

  constructor(readonly size: number) {
    this.workers = Array.from({ length: size }, () => {
      const worker = spawnWorker();
      worker.on(
        "message",
        (message: { id: number; state?: AccumulatorState; tally?: NonFiniteTally; error?: string }) => {
          const entry = this.pending.get(message.id);
          if (!entry) return;
          this.pending.delete(message.id);
          if (message.error !== undefined || !message.state || !message.tally)
            entry.reject(new FrontierError("internal", message.error ?? "worker failed"));
          else entry.resolve({ state: message.state, tally: message.tally });
        },
      );
      worker.on("error", (error) => {
        for (const entry of this.pending.values()) entry.reject(error);
        this.pending.clear();
      });
      return worker;
    });
  }

  run(index: number, task: Omit<WorkerTask, "id">): Promise<WorkerResult> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.workers[index % this.workers.length]!.postMessage({ ...task, id });
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}

export function defaultWorkers(): number {
  return Math.max(1, availableParallelism());
}

/** Compiles the programs and checks their cost against the limits before anything is allocated. */
export function checkCost(
  spec: SimulationSpec,
  workers: number,
  limits: RunLimits | undefined,
): Issue[] | null {
  const compiled = spec.bundles.map(compileBundle);
  if (compiled.some((c) => !c.program)) return compiled.flatMap((c) => c.issues);
  const estimate = estimateRunCost(
    compiled.map((c) => c.program!),
    { samples: spec.samples, blockSize: spec.blockSize, workers },
  );
  const exceeded = exceededLimit(estimate, limits);
  if (exceeded)
    throw new FrontierError(
      "too_large",
      messages.runTooLarge(exceeded.estimate, exceeded.limit, exceeded.flag),
      {
        estimate,
      },
    );
  return null;
}

async function simulate(spec: SimulationSpec, workers: number, options: RunOptions) {
  const refused = checkCost(spec, workers, options.limits);
  if (refused) return { simulation: null, finished: null, issues: refused };
  const { simulation, issues } = simulationFor(spec);
  if (!simulation) return { simulation: null, finished: null, issues };
  const chunks = splitBlocks(spec, workers);
  const sink = options.sampleSink;
  const onBlock = sink
    ? (block: number, n: number) =>
        sink.write(
          sink.columns.map((c) => simulation.view(c.name, c.period)),
          block * spec.blockSize,
          n,
        )
    : undefined;
  const parallel = workers > 1 && chunks.length > 1 && !sink;
  // A pool of our own starts before the pilot, so the workers boot while this thread runs block 0.
  const pool = parallel ? (options.pool ?? new WorkerPool(Math.min(workers, chunks.length))) : null;
  try {
    const { layouts, pilot, tally } = runPilot(simulation, spec, onBlock);
    const results = pool
      ? await Promise.all(chunks.map((blocks, i) => pool.run(i, { spec, layouts, blocks })))
      : chunks.map((blocks) => runBlocks(simulation, spec, layouts, blocks, onBlock));
    for (const result of results) {
      pilot.merge(result.state);
      mergeTally(tally, result.tally);
    }
    if (tally.counts.some((count) => count > 0)) {
      const failures = nonFiniteIssues(simulation, spec, tally, options.source);
      return { simulation: null, finished: null, issues: [...issues, ...failures] };
    }
    return { simulation, finished: pilot.finish(), issues };
  } finally {
    if (pool && !options.pool) await pool.close();
  }
}

export function specFor(
  mode: SimulationSpec["mode"],
  bundles: ScenarioBundle[],
  options: RunOptions,
): SimulationSpec {
  const first = bundles[0]!.scenario;
  return {
    mode,
    bundles,
    seed: options.seed ?? first.seed ?? DEFAULT_SEED,
    samples: options.samples ?? first.samples ?? DEFAULT_SAMPLES,
    blockSize: options.blockSize ?? DEFAULT_BLOCK_SIZE,
  };
}

export interface RunOutcome<T> {
  result: T | null;
  issues: Issue[];
}

/** Runs one scenario (already parsed and bound). */
export async function runScenario(
  bundle: ScenarioBundle,
  options: RunOptions = {},
): Promise<RunOutcome<RunResult>> {
  const start = performance.now();
  const spec = specFor("run", [bundle], options);
  const workers = options.pool?.size ?? options.workers ?? defaultWorkers();
  const compiledAt = performance.now();
  const { simulation, finished, issues } = await simulate(spec, workers, options);
  if (!simulation || !finished) return { result: null, issues };
  const end = performance.now();
  const result = assembleRun(simulation.programs[0]!, finished, {
    seed: spec.seed,
    samples: spec.samples,
    workers,
    blockSize: spec.blockSize,
    timing: { compileMs: compiledAt - start, simulateMs: end - compiledAt, totalMs: end - start },
  });
  return { result, issues };
}

/** Runs two scenarios on common random numbers (same stream per input name) and differences them. */
export async function compareScenarios(
  a: ScenarioBundle,
  b: ScenarioBundle,
  options: RunOptions = {},
): Promise<RunOutcome<ComparisonResult>> {
  const start = performance.now();
  const spec = specFor("compare", [a, b], options);
  const workers = options.pool?.size ?? options.workers ?? defaultWorkers();
  const { simulation, finished, issues } = await simulate(spec, workers, options);
  if (!simulation || !finished) return { result: null, issues };
  const end = performance.now();
  const result = assembleComparison(simulation.programs[0]!, simulation.programs[1]!, finished, {
    seed: spec.seed,
    samples: spec.samples,
    workers,
    blockSize: spec.blockSize,
    timing: { compileMs: 0, simulateMs: end - start, totalMs: end - start },
  });
  return { result, issues };
}

/**
 * Reduces one chunk of a queued run (model/chunks.ts) on a worker thread, so the calling process
 * stays responsive (a queue worker keeps its job's heartbeat going) while the chunk runs.
 */
export async function runChunkOnThread(spec: SimulationSpec, blocks: readonly number[]): Promise<ChunkState> {
  const { simulation, issues } = simulationFor(spec);
  if (!simulation) throw new FrontierError("invalid_input", issues.map((i) => i.message).join("; "));
  const { layouts } = runPilot(simulation, spec);
  if (blocks.length === 0) return runBlocks(simulation, spec, layouts, blocks);
  const pool = new WorkerPool(1);
  try {
    return await pool.run(0, { spec, layouts, blocks: [...blocks] });
  } finally {
    await pool.close();
  }
}
