import { availableParallelism } from "node:os";
import { performance } from "node:perf_hooks";
import { Worker } from "node:worker_threads";
import { DEFAULT_SAMPLES, DEFAULT_SEED, FrontierError, type Issue } from "../core/index.js";
import type { AccumulatorState } from "./accumulator.js";
import { runBlocks, runPilot, simulationFor, splitBlocks } from "./execute.js";
import { assembleComparison, assembleRun, type ScenarioBundle, type SimulationSpec } from "./plan.js";
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
}

/**
 * Compiled: dist/src/model/worker.js. From sources under tsx (tests, `node --import tsx`), the
 * worker is the .ts file, loaded through tsx's loader registered inside the worker.
 */
function spawnWorker(): Worker {
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
    { resolve: (s: AccumulatorState) => void; reject: (e: Error) => void }
  >();

  constructor(readonly size: number) {
    this.workers = Array.from({ length: size }, () => {
      const worker = spawnWorker();
      worker.on("message", (message: { id: number; state?: AccumulatorState; error?: string }) => {
        const entry = this.pending.get(message.id);
        if (!entry) return;
        this.pending.delete(message.id);
        if (message.error !== undefined || !message.state)
          entry.reject(new FrontierError("internal", message.error ?? "worker failed"));
        else entry.resolve(message.state);
      });
      worker.on("error", (error) => {
        for (const entry of this.pending.values()) entry.reject(error);
        this.pending.clear();
      });
      return worker;
    });
  }

  run(index: number, task: Omit<WorkerTask, "id">): Promise<AccumulatorState> {
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

async function simulate(spec: SimulationSpec, workers: number, pool: WorkerPool | undefined) {
  const { simulation, issues } = simulationFor(spec);
  if (!simulation) return { simulation: null, finished: null, issues };
  const chunks = splitBlocks(spec, workers);
  if (workers <= 1 || chunks.length <= 1) {
    const { layouts, pilot } = runPilot(simulation, spec);
    for (const chunk of chunks) pilot.merge(runBlocks(simulation, spec, layouts, chunk));
    return { simulation, finished: pilot.finish(), issues };
  }
  // A pool of our own starts before the pilot, so the workers boot while this thread runs block 0.
  const own = pool ?? new WorkerPool(Math.min(workers, chunks.length));
  try {
    const { layouts, pilot } = runPilot(simulation, spec);
    const states = await Promise.all(chunks.map((blocks, i) => own.run(i, { spec, layouts, blocks })));
    for (const state of states) pilot.merge(state);
    return { simulation, finished: pilot.finish(), issues };
  } finally {
    if (!pool) await own.close();
  }
}

function specFor(
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
  const { simulation, finished, issues } = await simulate(spec, workers, options.pool);
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
  const { simulation, finished, issues } = await simulate(spec, workers, options.pool);
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
