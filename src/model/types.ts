/**
 * The model stage's result shapes: what `runScenario`, `runSensitivity` and `compareScenarios`
 * return, and what the charts, the report, the CLI and the HTTP API read. Plain JSON data.
 *
 * Quantiles come from a fine adaptive histogram (see engine notes in index.ts): within about
 * 1/1000 of probability mass of the exact sample quantile. Means are exact sums.
 */

import type { ClaimValue } from "../core/index.js";

/** Summary of one quantity over the samples. */
export interface QuantileSummary {
  mean: number;
  /** Sample standard deviation. */
  sd?: number;
  p5: number;
  p25: number;
  p50: number;
  p75: number;
  p95: number;
}

/** Quantiles and probabilities a scenario asks for beyond p5…p95 (its `summary:` section). */
export interface ExtraSummary {
  quantiles?: { q: number; value: number }[];
  /** P(value < threshold); P(value ≥ threshold) is one minus it. */
  below?: { threshold: number; probability: number }[];
}

/** One period's summary; `period` is the year. */
export interface PeriodSummary extends QuantileSummary, ExtraSummary {
  period: number;
}

export interface HistogramBin {
  x0: number;
  x1: number;
  count: number;
}

/** A histogram of one output in one period (or of a scalar output when `period` is null). */
export interface HistogramResult {
  /** Variable or scalar output name. */
  output: string;
  period: number | null;
  unit: string;
  bins: HistogramBin[];
  /** Samples counted (every sample; values outside the bins are in the first or last bin). */
  total: number;
  /** P(value < 0). */
  probabilityBelowZero: number;
}

/** A per-period output variable. */
export interface VariableResult {
  name: string;
  unit: string;
  /** The formula as written, or the input's description ("lognormal p5=… p95=…"). */
  formula: string;
  periods: PeriodSummary[];
}

/** A per-sample scalar output (e.g. funding_gap: -min(cumulative_cash)). */
export interface ScalarResult extends QuantileSummary, ExtraSummary {
  name: string;
  unit: string;
  formula: string;
}

/** A boolean event and its probability. */
export interface EventResult {
  name: string;
  formula: string;
  probability: number;
  /** Monte Carlo standard error of the probability: sqrt(p(1-p)/n). */
  standardError: number;
}

/** Where an input's distribution came from. */
export type InputOrigin =
  | { kind: "explicit"; source: string | null; assumption: boolean }
  | {
      kind: "ledger";
      ref: LedgerRef;
      claimIds: string[];
      quote: string;
      document: string;
      /** The claim's value and unit as the ledger holds them. */
      value: ClaimValue;
      unit: string;
      rule: string;
      /** Why this claim was chosen among those that fit (see choose-claim.ts). */
      why: string;
      /** The claim's period as written ("2025-01-01 – 2025-12-31", "as of 2025-10"). */
      claimPeriod: string;
      /** Publication date of the claim's document, or null. */
      reported: string | null;
      /** The claim's document as the ledger holds it; null or absent when the resolver cannot say. */
      cited?: CitedDocument | null;
    }
  | { kind: "fallback"; ref: LedgerRef; source: string | null; assumption: boolean };

/** A source document: its title, outlet, and address (the URL it was read from, else its file name). */
export interface CitedDocument {
  title: string;
  outlet: string | null;
  address: string;
  /** The address when it is an http(s) URL, else null. */
  url: string | null;
}

/** A binding as written: a claim id, or entity, metric and period (with qualifier and rule). */
export interface LedgerRef {
  claim?: string | undefined;
  /** A deal-graph edge: its amount, from its claims. */
  edge?: { from: string; to: string; kind: string } | undefined;
  /** The new money in a company's latest round from its own vendors, per the deal graph. */
  vendor_funding?: { company: string } | undefined;
  entity?: string | undefined;
  metric?: string | undefined;
  period?: number | undefined;
  counterparty?: string | undefined;
  qualifier?: string | undefined;
  rule?: "latest_reported" | "latest_accepted" | undefined;
}

/** One input as the run used it. */
export interface InputSummary {
  name: string;
  unit: string;
  /** "lognormal(p5=5e10, p95=6e10)", "schedule", … */
  distribution: string;
  origin: InputOrigin;
  /** Sample summary (scalar inputs); null for schedules. */
  summary: QuantileSummary | null;
}

export interface RunTiming {
  /** Milliseconds compiling the scenario (parse, units, kernels). */
  compileMs: number;
  /** Milliseconds sampling and reducing (workers included). */
  simulateMs: number;
  totalMs: number;
}

export interface RunResult {
  scenario: string;
  description: string;
  periods: number[];
  samples: number;
  seed: number;
  workers: number;
  blockSize: number;
  outputs: VariableResult[];
  scalars: ScalarResult[];
  events: EventResult[];
  histograms: HistogramResult[];
  inputs: InputSummary[];
  /** Every ledger claim id an input was bound to. */
  claimIds: string[];
  timing: RunTiming;
}

/** One tornado row: the target's median with the input fixed at its p10 and at its p90. */
export interface TornadoRow {
  input: string;
  unit: string;
  /** The input's p10 and p90 values. */
  inputLow: number;
  inputHigh: number;
  /** Target median with the input at its p10 / at its p90 (other inputs sampled). */
  low: number;
  high: number;
  /** |high - low|, rows are sorted by it, largest first. */
  swing: number;
  /** Spearman rank correlation between the input and the target over the base run. */
  spearman: number;
}

export interface SensitivityResult {
  scenario: string;
  /** "funding_gap" or "cash[2030]". */
  target: string;
  unit: string;
  /** Target median with every input sampled. */
  base: number;
  samples: number;
  seed: number;
  rows: TornadoRow[];
  /** Inputs left out (schedules, point values). */
  skipped: string[];
}

/** b − a on common random numbers, per output and period. */
export interface VariableDifference {
  name: string;
  unit: string;
  periods: PeriodSummary[];
  a: PeriodSummary[];
  b: PeriodSummary[];
}

export interface ScalarDifference {
  name: string;
  unit: string;
  a: QuantileSummary;
  b: QuantileSummary;
  /** Quantiles of the per-sample difference b − a. */
  difference: QuantileSummary;
}

export interface EventDifference {
  name: string;
  a: number;
  b: number;
  /** P_b − P_a. */
  difference: number;
}

export interface ComparisonResult {
  a: string;
  b: string;
  samples: number;
  seed: number;
  periods: number[];
  /** Outputs present in both scenarios with the same unit. */
  outputs: VariableDifference[];
  scalars: ScalarDifference[];
  events: EventDifference[];
  /** Inputs sharing a name, hence a random stream. */
  sharedInputs: string[];
  /** Outputs, scalars or events present in only one scenario. */
  unmatched: string[];
}
