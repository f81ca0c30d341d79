import type { Language, Qualifier, Unit } from "../core/index.js";

/**
 * What the chart specs take: small shapes of the report's own, so that specs do not depend on how
 * the model or reconcile stages store their results. adapters.ts builds them from those stages.
 */

export interface ChartOptions {
  lang: Language;
  /** Value axis on a log scale (reported history spanning orders of magnitude). */
  log?: boolean;
  width?: number;
  height?: number;
  title?: string;
}

/** Quantiles of one output in one period (a year). */
export interface QuantileRow {
  period: number;
  p5: number;
  p25: number;
  p50: number;
  p75: number;
  p95: number;
}

/** A reported figure placed on a chart. */
export interface FactPoint {
  id: string;
  /** Position on the time axis as a decimal year (2025.79 for October 2025). */
  at: number;
  /** The period as people read it ("2025", "H1 2025", "by 2030", "Oct 2025"). */
  periodLabel: string;
  /** The point shown: the value, or the finite end of an open bound, or a range's midpoint. */
  value: number;
  low: number | null;
  high: number | null;
  qualifier: Qualifier;
  /** Document title (or source when untitled). */
  source: string;
  /** Publication date of the document, ISO, or null. */
  reported: string | null;
  attribution: string | null;
  /** An order-of-magnitude amount ("several hundred billion"): it places a figure, it does not state one. */
  vague?: boolean;
  /** The best confidence among the figure's claims, when they gave one. */
  confidence?: number;
}

export interface FanInput {
  /** The output's name in the scenario ("revenue"). */
  output: string;
  /** A label for humans ("Revenue"); the name when absent. */
  label?: string;
  unit: Unit;
  rows: QuantileRow[];
  facts?: FactPoint[];
}

export interface Revision {
  /** FactPoint ids: the older figure and the figure that replaced it. */
  from: string;
  to: string;
  /** Why one replaced the other ("revision", "supersession", …). */
  kind: string;
}

export interface TimelineInput {
  entity: string;
  metric: string;
  unit: Unit;
  facts: FactPoint[];
  revisions: Revision[];
}

export type CommitmentKind = "committed" | "targeted";

export interface CommitmentRow {
  counterparty: string;
  year: number;
  amount: number;
  kind: CommitmentKind;
}

/** A figure summed over part of a year ("since January, about 1 tn $"): not a year's amount, so not a bar. */
export interface CumulativeCommitment {
  counterparty: string;
  periodLabel: string;
  amount: number;
  kind: CommitmentKind;
}

export interface CommitmentsInput {
  entity: string;
  unit: Unit;
  rows: CommitmentRow[];
  /** Figures left out of the yearly bars, named beside the chart. */
  cumulative?: CumulativeCommitment[];
}

/** One input's swing: the target's median with the input at its low and at its high end. */
export interface TornadoRow {
  input: string;
  label?: string;
  low: number;
  high: number;
  /** Spearman rank correlation of the input with the target over the base run, when known. */
  rankCorrelation?: number;
}

export interface TornadoInput {
  /** The output and period the swings are measured on ("cash 2030"). */
  target: string;
  unit: Unit;
  base: number;
  rows: TornadoRow[];
}

export interface HistogramBin {
  x0: number;
  x1: number;
  count: number;
}

export interface HistogramInput {
  output: string;
  label?: string;
  unit: Unit;
  /** The year drawn, or null for a per-sample scalar (funding_gap). */
  period: number | null;
  bins: HistogramBin[];
  /** Bars whose upper edge is at or below the threshold are coloured as the event. Default 0. */
  threshold?: number;
  /** P(value < threshold), annotated on the chart. */
  probabilityBelow: number;
}

export interface ComparisonFanInput {
  output: string;
  label?: string;
  unit: Unit;
  a: { name: string; rows: QuantileRow[] };
  b: { name: string; rows: QuantileRow[] };
}
