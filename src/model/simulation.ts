import { createImanConover, type ImanConover } from "./correlation.js";
import { type Dist, sampleInto } from "./distributions.js";
import { countNonFinite, type NonFiniteTally } from "./non-finite.js";
import type { BlockEnv, CompiledInput, Program } from "./program.js";
import { streamFor } from "./rng.js";
import { type BlockContext, copyInto, type Target } from "./vector.js";

/**
 * One program evaluated block by block. Block b holds samples [b·size, b·size + n); its inputs are
 * drawn from streams keyed by (seed, input name, b), so the numbers never depend on which worker
 * runs the block. Columns are period-major: variable v, period t is views[v][t].
 */

export const DEFAULT_BLOCK_SIZE = 4096;

export interface BlockRunner {
  program: Program;
  env: BlockEnv;
  /** Per variable, its column (periods × size). */
  columns: Float64Array[];
  scalarValues: Float64Array[];
  eventValues: Float64Array[];
  run(block: number, n: number): void;
  /** Adds the current block's non-finite values to `tally` (formulas that do not allow them). */
  countNonFinite(tally: NonFiniteTally, block: number): void;
  /** Values of an output (variable or input) in period t for the current block. */
  outputView(name: string, t: number): Float64Array;
}

export interface RunnerOptions {
  seed: number;
  size?: number;
  /** Inputs held at a fixed value (sensitivity). */
  fixed?: Record<string, number>;
}

export function createBlockRunner(program: Program, options: RunnerOptions): BlockRunner {
  const size = options.size ?? DEFAULT_BLOCK_SIZE;
  const periods = program.years.length;
  const ctx: BlockContext = { size, n: size, epoch: 0 };
  const inputs = program.columns.map(() => new Float64Array(size));
  const columns = program.variables.map(() => new Float64Array(periods * size));
  const views = columns.map((column) =>
    Array.from({ length: periods }, (_, t) => column.subarray(t * size, (t + 1) * size)),
  );
  const seriesColumns = program.seriesColumns.map(() => new Float64Array(periods * size));
  const seriesInputs = seriesColumns.map((column) =>
    Array.from({ length: periods }, (_, t) => column.subarray(t * size, (t + 1) * size)),
  );
  const env: BlockEnv = { ctx, years: program.years, inputs, seriesInputs, views };
  const scheduleScratch = new Map(
    program.seriesColumns.flatMap((input) =>
      input.dist.kind === "uncertain_schedule"
        ? [[input.name, input.dist.points.map(() => new Float64Array(size))] as const]
        : [],
    ),
  );
  // Each root kernel writes straight into the column it fills (copyInto is then a no-op).
  const targets: Target[] = program.variables.map(() => ({ out: null }));
  const kernels = program.variables.map((v, i) => v.make(env, targets[i]));
  const scalarValues = program.scalars.map(() => new Float64Array(size));
  const eventValues = program.events.map(() => new Float64Array(size));
  const scalarKernels = program.scalars.map((s, i) => s.make(env, { out: scalarValues[i]! }));
  const eventKernels = program.events.map((e, i) => e.make(env, { out: eventValues[i]! }));
  const correlation: ImanConover | null = program.correlation
    ? createImanConover(program.correlation, size)
    : null;
  const fixed = options.fixed ?? {};
  const variableIndex = new Map(program.variables.map((v, i) => [v.name, i]));
  const inputIndex = new Map(program.inputs.map((input) => [input.name, input]));
  const broadcast = new Float64Array(size);

  return {
    program,
    env,
    columns,
    scalarValues,
    eventValues,
    run(block, n) {
      ctx.n = n;
      ctx.epoch++;
      sampleInputs(program, inputs, seriesInputs, scheduleScratch, options.seed, block, n);
      if (correlation) correlation.apply(inputs, n, streamFor(options.seed, "\u0000correlation", block));
      for (const [name, value] of Object.entries(fixed)) {
        const input = inputIndex.get(name);
        if (input && input.column >= 0) inputs[input.column]!.fill(value, 0, n);
      }
      for (const stage of program.stages) {
        for (let t = 0; t < periods; t++) {
          for (const v of stage) {
            const view = views[v]![t]!;
            targets[v]!.out = view;
            copyInto(kernels[v]!(t), view, n);
          }
        }
      }
      for (let s = 0; s < scalarKernels.length; s++) copyInto(scalarKernels[s]!(0), scalarValues[s]!, n);
      for (let e = 0; e < eventKernels.length; e++) copyInto(eventKernels[e]!(0), eventValues[e]!, n);
    },
    countNonFinite(tally, block) {
      const n = ctx.n;
      program.variables.forEach((v, i) => {
        if (v.allowNonFinite) return;
        for (let t = 0; t < periods; t++) countNonFinite(tally, i, views[i]![t]!, n, block, t);
      });
      const base = program.variables.length;
      program.scalars.forEach((s, i) => {
        if (!s.allowNonFinite) countNonFinite(tally, base + i, scalarValues[i]!, n, block, null);
      });
      program.events.forEach((e, i) => {
        if (!e.allowNonFinite)
          countNonFinite(tally, base + program.scalars.length + i, eventValues[i]!, n, block, null);
      });
    },
    outputView(name, t) {
      const v = variableIndex.get(name);
      if (v !== undefined) return views[v]![t]!;
      const input = inputIndex.get(name)!;
      if (input.schedule) return broadcast.fill(input.schedule[t]!, 0, ctx.n);
      if (input.seriesColumn >= 0) return seriesInputs[input.seriesColumn]![t]!;
      return inputs[input.column]!;
    },
  };
}

/** Draws a block of every sampled input: one column each, one column per period for a series. */
function sampleInputs(
  program: Program,
  inputs: Float64Array[],
  seriesInputs: Float64Array[][],
  scheduleScratch: ReadonlyMap<string, Float64Array[]>,
  seed: number,
  block: number,
  n: number,
): void {
  for (const input of program.columns) {
    const column = inputs[input.column]!;
    sampleInto(input.dist, streamFor(seed, input.name, block), column, 0, n);
  }
  for (const input of program.seriesColumns) {
    const periodViews = seriesInputs[input.seriesColumn]!;
    const scratch = scheduleScratch.get(input.name);
    if (input.dist.kind === "uncertain_schedule" && scratch)
      fillUncertainSchedule(input, input.dist.points, periodViews, scratch, seed, block, n);
    else
      program.years.forEach((year, t) => {
        sampleInto(input.dist, streamFor(seed, `${input.name}@${year}`, block), periodViews[t]!, 0, n);
      });
  }
}

/** Each listed year's value drawn once per sample (stream `name@year`), then interpolated per period. */
function fillUncertainSchedule(
  input: CompiledInput,
  points: readonly [number, Dist][],
  periodViews: Float64Array[],
  keyValues: readonly Float64Array[],
  seed: number,
  block: number,
  n: number,
): void {
  points.forEach(([year, dist], k) => {
    sampleInto(dist, streamFor(seed, `${input.name}@${year}`, block), keyValues[k]!, 0, n);
  });
  input.scheduleSteps!.forEach((step, t) => {
    const out = periodViews[t]!;
    const a = keyValues[step.left]!;
    const b = keyValues[step.right]!;
    const y0 = points[step.left]![0];
    const y1 = points[step.right]![0];
    if (step.zero) out.fill(0, 0, n);
    else if (step.left === step.right) out.set(a.subarray(0, n));
    else for (let i = 0; i < n; i++) out[i] = a[i]! + ((b[i]! - a[i]!) * (step.year - y0)) / (y1 - y0);
  });
}

/** How many blocks, and how many samples in block b. */
export function blockCount(samples: number, size: number): number {
  return Math.ceil(samples / size);
}
export function blockLength(samples: number, size: number, block: number): number {
  return Math.min(size, samples - block * size);
}
