import type { TopLevelSpec } from "vega-lite";
import type { Language, Unit } from "../core/index.js";
import type {
  CommitmentsInput,
  ComparisonFanInput,
  FanInput,
  HistogramInput,
  TimelineInput,
  TornadoInput,
} from "./inputs.js";
import type { ReportDeals } from "./report-deals.js";

export interface Quantiles {
  p5: number;
  p50: number;
  p95: number;
}

export interface NewFundingSplit {
  unit: Unit;
  fromVendors: Quantiles;
  fromOthers: Quantiles;
  /** The vendors' share of the new funding, when the scenario computes it. */
  vendorShare: Quantiles | null;
}

/** Everything a report shows, as plain data: built from a model run and a reconciled ledger. */
export interface ReportInput {
  lang: Language;
  title: string;
  scenario: { name: string; description: string | null; file: string | null };
  run: { samples: number; seed: number; generated: string | null };
  /** P(yearly cash flow ≥ 0 in some year up to `year`). */
  positiveBy: { year: number; probability: number } | null;
  /** Outside funding needed until `until` (the deepest cumulative cash shortfall), by quantile. */
  fundingNeeded: { until: number; unit: Unit; p5: number; p50: number; p95: number } | null;
  /**
   * New funding split by where it comes from: the company's own vendors (investors it also buys
   * from, per the deal graph) and everyone else; absent when the scenario does not split it.
   */
  newFunding?: NewFundingSplit | null;
  /** Other event probabilities the scenario declares. */
  events: { label: string; probability: number }[];
  fans: FanInput[];
  comparison: ComparisonFanInput | null;
  tornado: TornadoInput | null;
  histogram: HistogramInput | null;
  timelines: TimelineInput[];
  commitments: CommitmentsInput | null;
  inputs: ReportInputRow[];
  /** Reported actuals beside the model (the scenario's backtest: section), or null when not run. */
  backtest?: ReportBacktest | null;
  checks: ReportCheck[];
  /** The deal graph's loops and metrics, when the report reads a ledger. */
  deals?: ReportDeals | null;
  sources: ReportSource[];
  /** What changed in the ledger since a date (report --since), one line per change; absent when not asked. */
  changes?: { label: string; lines: string[] } | null;
  /** Problems met while gathering the report (unbound inputs, missing ledger…), shown as notes. */
  notes: string[];
}

export interface ReportInputRow {
  name: string;
  label: string | null;
  unit: Unit;
  /** The distribution as written: "triangular(0.30, 0.33, 0.40)", "lognormal p5 10 bn p95 17 bn". */
  distribution: string;
  binding: ReportBinding | null;
}

export interface ReportBinding {
  claimId: string;
  quote: string;
  /** Where the figure sits in the quote (UTF-16 offsets), or null to find it (figureRange). */
  figure: { start: number; end: number } | null;
  documentTitle: string;
  documentSource: string | null;
  published: string | null;
  attribution: string | null;
}

export interface ReportBacktest {
  /** True when every reported actual is inside the model's p5–p95 or excepted by the scenario. */
  passed: boolean;
  rows: ReportBacktestRow[];
}

export interface ReportBacktestRow {
  output: string;
  period: number;
  /** Formatted for the report's language: "13,1 Md $", "> 20 bn $". */
  reported: string;
  /** The model's p5–p95, formatted: "13,1–20,8 Md $". */
  interval: string;
  status: "inside" | "outside" | "excepted";
  /** The scenario's reason for an exception. */
  reason: string | null;
  /** An input of the run is bound to this very claim. */
  boundInput: boolean;
  claimId: string;
  qualifier: string;
  documentTitle: string;
  published: string | null;
}

export interface ReportCheck {
  status: "pass" | "warn" | "fail";
  subject: string;
  arithmetic: string;
}

export interface ReportSource {
  id: string;
  title: string;
  source: string;
  published: string | null;
}

/** One chart of the report: its spec and, once rendered, its SVG. */
export interface ReportChart {
  id: string;
  title: string;
  caption: string;
  spec: TopLevelSpec;
}

export interface RenderedChart extends ReportChart {
  svg: string;
}

export interface ReportData extends ReportInput {
  charts: RenderedChart[];
}
