import { DEFAULT_MAX_PERIODS, DEFAULT_MAX_RUN_BYTES, DEFAULT_MAX_RUN_CELLS } from "../core/index.js";
import { HISTOGRAM_BINS } from "./accumulator.js";
import type { Program } from "./program.js";

/**
 * What a run will cost, from the compiled programs alone (nothing allocated yet), and the limits
 * it is checked against. The CLI may raise the limits; a server applies its own.
 */

export interface RunCostEstimate {
  samples: number;
  periods: number;
  /** Per-period series: variables and inputs drawn every period. */
  series: number;
  /** Inputs drawn once per sample. */
  inputs: number;
  /** Quantities summarised with a histogram: outputs × periods, scalars, sampled inputs. */
  probes: number;
  /** Values computed: samples × (periods × series + inputs + scalars + events). */
  cells: number;
  /** Memory for columns and histograms over every thread. */
  bytes: number;
}

export interface RunLimits {
  maxCells?: number;
  maxBytes?: number;
  maxPeriods?: number;
}

export const DEFAULT_RUN_LIMITS: Required<RunLimits> = {
  maxCells: DEFAULT_MAX_RUN_CELLS,
  maxBytes: DEFAULT_MAX_RUN_BYTES,
  maxPeriods: DEFAULT_MAX_PERIODS,
};

export function estimateRunCost(
  programs: readonly Program[],
  run: { samples: number; blockSize: number; workers: number },
): RunCostEstimate {
  let series = 0;
  let inputs = 0;
  let probes = 0;
  let perSample = 0;
  let periods = 0;
  for (const p of programs) {
    const ps = p.years.length;
    periods = Math.max(periods, ps);
    const s = p.variables.length + p.seriesColumns.length;
    series += s;
    inputs += p.columns.length;
    // A comparison tracks a, b and b − a for each common output: bounded by three per output.
    probes += (programs.length > 1 ? 3 : 1) * (p.outputs.length * ps + p.scalars.length) + p.columns.length;
    perSample += ps * s + p.columns.length + p.scalars.length + p.events.length;
  }
  const threads = Math.max(1, run.workers) + 1;
  const blockBytes = Math.min(run.blockSize, run.samples) * 8 * perSample;
  const histogramBytes = probes * HISTOGRAM_BINS * 4;
  return {
    samples: run.samples,
    periods,
    series,
    inputs,
    probes,
    cells: run.samples * perSample,
    bytes: threads * (blockBytes + histogramBytes),
  };
}

/** The first limit the estimate exceeds, as {estimate, limit, flag} texts; null when within. */
export function exceededLimit(
  estimate: RunCostEstimate,
  limits: RunLimits = {},
): { estimate: string; limit: string; flag: string } | null {
  const max = { ...DEFAULT_RUN_LIMITS, ...limits };
  if (estimate.periods > max.maxPeriods)
    return {
      estimate: `${estimate.periods} periods`,
      limit: `${max.maxPeriods} periods`,
      flag: "--max-periods",
    };
  if (estimate.cells > max.maxCells)
    return {
      estimate: `${formatCount(estimate.cells)} values (${formatCount(estimate.samples)} samples × ${estimate.periods} periods × ${estimate.series} series, ${estimate.inputs} inputs)`,
      limit: `${formatCount(max.maxCells)} values`,
      flag: "--max-cost",
    };
  if (estimate.bytes > max.maxBytes)
    return {
      estimate: `about ${formatBytes(estimate.bytes)} of memory (${formatCount(estimate.probes)} summarised quantities)`,
      limit: formatBytes(max.maxBytes),
      flag: "--max-memory",
    };
  return null;
}

function formatCount(n: number): string {
  if (n >= 1e9) return `${(n / 1e9).toPrecision(3)} G`;
  if (n >= 1e6) return `${(n / 1e6).toPrecision(3)} M`;
  if (n >= 1e4) return `${(n / 1e3).toPrecision(3)} k`;
  return String(n);
}

function formatBytes(n: number): string {
  return n >= 1024 ** 3 ? `${(n / 1024 ** 3).toFixed(1)} GB` : `${Math.ceil(n / 1024 ** 2)} MB`;
}
