import { parentPort } from "node:worker_threads";
import type { ProbeLayout } from "./accumulator.js";
import { runBlocks } from "./execute.js";
import { createSimulation, type Simulation, type SimulationSpec } from "./plan.js";

/** Worker thread: compiles the job's scenarios once per job and reduces the blocks it is given. */

export interface WorkerTask {
  id: number;
  jobKey: string;
  spec: SimulationSpec;
  layouts: ProbeLayout[];
  blocks: number[];
}

let cached: { key: string; simulation: Simulation } | null = null;

parentPort?.on("message", (task: WorkerTask) => {
  try {
    if (!cached || cached.key !== task.jobKey) {
      const { simulation, issues } = createSimulation(task.spec);
      if (!simulation) throw new Error(issues.map((i) => i.message).join("; "));
      cached = { key: task.jobKey, simulation };
    }
    const state = runBlocks(cached.simulation, task.spec, task.layouts, task.blocks);
    const transfer = [
      state.counts.buffer,
      state.valid.buffer,
      state.binned.buffer,
      ...state.outliers.map((o) => o.buffer),
    ];
    parentPort?.postMessage({ id: task.id, state }, transfer as ArrayBuffer[]);
  } catch (error) {
    parentPort?.postMessage({ id: task.id, error: (error as Error).message });
  }
});
