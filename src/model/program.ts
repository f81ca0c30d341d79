import type { Dist } from "./distributions.js";
import type { SourcePath } from "./load.js";
import type { InputOrigin } from "./types.js";
import type { BlockContext, Kernel, Target } from "./vector.js";

/**
 * What the compiler produces and the block runner evaluates: inputs as columns, formulas as kernel
 * factories over typed-array columns, variables grouped in stages evaluated period by period.
 */

/** An input whose distribution was supplied by the ledger (see ledger-binding.ts). */
export interface BoundInput {
  dist: Dist;
  unit: string;
  origin: InputOrigin;
}

export interface CompiledInput {
  name: string;
  unit: string;
  dist: Dist;
  /** Schedules: a value per period. */
  schedule: Float64Array | null;
  origin: InputOrigin;
  /** Index among inputs drawn once per sample (a column per block), or -1. */
  column: number;
  /** Index among inputs drawn afresh in every period (`per: period`), or -1. */
  seriesColumn: number;
  /** Uncertain schedules: per period, the two listed years around it and the weight of the right one. */
  scheduleSteps: ScheduleStep[] | null;
}

/** value = left + (right − left) · (year − leftYear) / (rightYear − leftYear), or 0 outside (`outside: zero`). */
export interface ScheduleStep {
  left: number;
  right: number;
  year: number;
  zero: boolean;
}

/** `target`, when given, is where the root kernel may write its vector result (see vector.ts). */
export type KernelFactory = (env: BlockEnv, target?: Target) => Kernel;

/** What kernel factories read: the block context and the columns. */
export interface BlockEnv {
  ctx: BlockContext;
  years: readonly number[];
  /** One column (size) per input drawn once per sample. */
  inputs: Float64Array[];
  /** Per input drawn every period, one view per period. */
  seriesInputs: Float64Array[][];
  /** Per variable, one view per period into its column. */
  views: Float64Array[][];
}

/** Where a formula is written in the scenario, and whether non-finite values are accepted there. */
export interface FormulaOrigin {
  path: SourcePath;
  allowNonFinite: boolean;
}

export interface CompiledVariable extends FormulaOrigin {
  name: string;
  unit: string;
  formula: string;
  index: number;
  make: KernelFactory;
}

export interface CompiledFormula extends FormulaOrigin {
  name: string;
  unit: string;
  formula: string;
  make: KernelFactory;
}

export interface CorrelationSpec {
  /** Column indices of the correlated scalar inputs. */
  columns: number[];
  /** Target Pearson correlation of normal scores (Spearman adjusted), row-major k×k. */
  target: number[][];
}

export interface Program {
  name: string;
  description: string;
  years: number[];
  inputs: CompiledInput[];
  /** Inputs drawn once per sample, in column order. */
  columns: CompiledInput[];
  /** Inputs drawn every period, in series-column order. */
  seriesColumns: CompiledInput[];
  variables: CompiledVariable[];
  /** Groups of variable indices evaluated period by period, in dependency order. */
  stages: number[][];
  scalars: CompiledFormula[];
  events: CompiledFormula[];
  /** Names summarised per period: variables or inputs. */
  outputs: string[];
  correlation: CorrelationSpec | null;
  /** Extra quantiles for every output and scalar; thresholds per output or scalar name. */
  summary: { quantiles: number[]; below: Record<string, number[]> };
}
