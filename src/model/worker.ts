import { parentPort } from "node:worker_threads";
import type { ProbeLayout } from "./accumulator.js";
import { runBlocks, simulationFor } from "./execute.js";
import type { SimulationSpec } from "./plan.js";
import { isRunThreadMessage, serveRunRequest } from "./run-thread.js";

/**
 * Worker thread: reduces the blocks it is given, compiling the job's scenarios only when they differ
 * from the previous job's; or runs a whole scenario off the caller's thread (run-thread.ts).
 */

export interface WorkerTask {
  id: number;
  spec: SimulationSpec;
  layouts: ProbeLayout[];
  blocks: number[];
}

parentPort?.on("message", (message: unknown) => {
  if (isRunThreadMessage(message)) {
    serveRunRequest(message, parentPort!);
    return;
  }
  const task = message as WorkerTask;
  try {
    const { simulation, issues } = simulationFor(task.spec);
    if (!simulation) throw new Error(issues.map((i) => i.message).join("; "));
    const { state, tally } = runBlocks(simulation, task.spec, task.layouts, task.blocks);
    // Nothing transferred: a transfer detaches the buffers, and once any buffer has been detached
    // V8 guards every typed-array access in this thread, which slows every later job by a sixth or
    // more. The histograms are in shared memory (see Accumulator); the rest is a few kilobytes.
    parentPort?.postMessage({ id: task.id, state, tally });
  } catch (error) {
    parentPort?.postMessage({ id: task.id, error: (error as Error).message });
  }
});
