/**
 * Model stage. In: a scenario file (YAML: periods, inputs as distributions, ranges or ledger
 * bindings, correlations, per-period formulas, outputs, scalars, events). Out: a RunResult
 * (quantiles per output and period, event probabilities, histograms, the claim ids used), a
 * SensitivityResult (tornado) or a ComparisonResult (two scenarios on common random numbers).
 *
 * parse (load.ts) → bind ledger inputs (bind.ts) → compile (compile.ts: names, units, periods,
 * ordering, kernels) → simulate blocks (simulation.ts, seeded per block) → reduce (accumulator.ts)
 * → assemble (plan.ts). runner.ts and worker.ts are the edge that spreads blocks over threads.
 */
export * from "./accumulator.js";
export * from "./bind.js";
export * from "./compile.js";
export * from "./distributions.js";
export * from "./load.js";
export * from "./messages.js";
export * from "./plan.js";
export * from "./schema.js";
export * from "./sensitivity.js";
export * from "./simulation.js";
export * from "./text.js";
export * from "./types.js";
export * from "./units.js";
