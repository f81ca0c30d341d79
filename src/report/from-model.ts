import type { Language } from "../core/index.js";
import type { ComparisonResult, InputSummary, RunResult, SensitivityResult } from "../model/types.js";
import type { ComparisonFanInput, FactPoint, FanInput, HistogramInput, TornadoInput } from "./inputs.js";
import type { ReportInput, ReportInputRow, ReportSource } from "./report-types.js";

/** Adapters from the model stage's results to the report's chart inputs (pure). */

export function fanFromRun(run: RunResult, variable: string, facts: FactPoint[] = []): FanInput | null {
  const output = run.outputs.find((o) => o.name === variable);
  if (!output) return null;
  return {
    output: output.name,
    unit: output.unit,
    rows: output.periods.map(({ period, p5, p25, p50, p75, p95 }) => ({ period, p5, p25, p50, p75, p95 })),
    ...(facts.length > 0 ? { facts } : {}),
  };
}

/** The histogram of `output` in `period` (the last period when absent), or null when the run has none. */
export function histogramFromRun(run: RunResult, output: string, period?: number): HistogramInput | null {
  const candidates = run.histograms.filter(
    (h) => h.output === output && (period === undefined || h.period === period),
  );
  const h = candidates.sort((a, b) => (b.period ?? 0) - (a.period ?? 0))[0];
  if (!h) return null;
  return {
    output: h.output,
    unit: h.unit,
    period: h.period ?? run.periods.at(-1) ?? 0,
    bins: h.bins.map(({ x0, x1, count }) => ({ x0, x1, count })),
    threshold: 0,
    probabilityBelow: h.probabilityBelowZero,
  };
}

export function tornadoFromSensitivity(result: SensitivityResult): TornadoInput {
  return {
    target: result.target,
    unit: result.unit,
    base: result.base,
    rows: result.rows.map((row) => ({ input: row.input, low: row.low, high: row.high })),
  };
}

export function comparisonFromResult(result: ComparisonResult, variable: string): ComparisonFanInput | null {
  const output = result.outputs.find((o) => o.name === variable);
  if (!output) return null;
  const rows = (periods: typeof output.a) =>
    periods.map(({ period, p5, p25, p50, p75, p95 }) => ({ period, p5, p25, p50, p75, p95 }));
  return {
    output: output.name,
    unit: output.unit,
    a: { name: result.a, rows: rows(output.a) },
    b: { name: result.b, rows: rows(output.b) },
  };
}

function inputRow(input: InputSummary, documents: ReadonlyMap<string, ReportSource>): ReportInputRow {
  const origin = input.origin;
  if (origin.kind !== "ledger") {
    const source = origin.source ? ` — ${origin.source}` : "";
    return {
      name: input.name,
      label: null,
      unit: input.unit,
      distribution: `${input.distribution}${source}`,
      binding: null,
    };
  }
  const document = documents.get(origin.document);
  return {
    name: input.name,
    label: null,
    unit: input.unit,
    distribution: `${input.distribution} (${origin.bound})`,
    binding: {
      claimId: origin.claimIds.join(", "),
      quote: origin.quote,
      figure: null,
      documentTitle: document?.title ?? origin.document,
      documentSource: document?.source ?? null,
      published: document?.published ?? null,
      attribution: null,
    },
  };
}

/**
 * The scenario part of a report from a run: P(positive cash flow by the last period) from the
 * first event whose name says "positive", funding needed from the scalar named funding_gap (or
 * the first scalar naming funding), fans of every output, the histogram of cash if any.
 */
export function reportPartFromRun(
  run: RunResult,
  options: {
    lang: Language;
    file: string | null;
    sensitivity: SensitivityResult | null;
    sources: readonly ReportSource[];
    generated: string | null;
  },
): Pick<
  ReportInput,
  | "scenario"
  | "run"
  | "positiveBy"
  | "fundingNeeded"
  | "events"
  | "fans"
  | "comparison"
  | "tornado"
  | "histogram"
  | "inputs"
  | "notes"
> {
  const lastYear = run.periods.at(-1) ?? 0;
  const positive = run.events.find((e) => /positive/i.test(e.name));
  const gap =
    run.scalars.find((s) => s.name === "funding_gap") ?? run.scalars.find((s) => /fund/i.test(s.name));
  const cashHistogram =
    run.histograms.find((h) => /cumulative_cash/.test(h.output)) ??
    run.histograms.find((h) => /cash/.test(h.output));
  const documents = new Map(options.sources.map((s) => [s.id, s]));
  return {
    scenario: { name: run.scenario, description: run.description || null, file: options.file },
    run: { samples: run.samples, seed: run.seed, generated: options.generated },
    positiveBy: positive
      ? { year: Number(/(\d{4})/.exec(positive.name)?.[1] ?? lastYear), probability: positive.probability }
      : null,
    fundingNeeded: gap ? { until: lastYear, unit: gap.unit, p5: gap.p5, p50: gap.p50, p95: gap.p95 } : null,
    events: run.events
      .filter((e) => e !== positive)
      .map((e) => ({ label: e.name, probability: e.probability })),
    fans: run.outputs.map((o) => fanFromRun(run, o.name)).filter((f): f is FanInput => f !== null),
    comparison: null,
    tornado: options.sensitivity ? tornadoFromSensitivity(options.sensitivity) : null,
    histogram: cashHistogram
      ? histogramFromRun(run, cashHistogram.output, cashHistogram.period ?? undefined)
      : null,
    inputs: run.inputs.map((input) => inputRow(input, documents)),
    notes: [],
  };
}
