import { formatAmount, formatClaimValue, type Language, type Unit } from "../core/index.js";
import { refText } from "../model/bind.js";
import type {
  ComparisonResult,
  InputSummary,
  RunResult,
  ScalarResult,
  SensitivityResult,
} from "../model/types.js";
import type { Fact, Reconciliation } from "../reconcile/types.js";
import { factPoint } from "./from-reconcile.js";
import type { ComparisonFanInput, FactPoint, FanInput, HistogramInput, TornadoInput } from "./inputs.js";
import { reportLabels } from "./report-labels.js";
import type { NewFundingSplit, ReportInput, ReportInputRow, ReportSource } from "./report-types.js";

/**
 * Adapters from the model stage's results to the report's chart inputs (pure).
 *
 * How a report reads a scenario (naming conventions, no schema section):
 * - P(cash flow positive by YEAR): the first event whose name contains "positive"; YEAR is the
 *   four-digit year in its name (cash_flow_positive_by_2030), else the last period.
 * - Funding needed: the scalar named funding_gap, else the first scalar whose name contains
 *   "fund"; it runs until the year in its name, else the last year its formula names
 *   (min_over(cash, 2025, 2030) → 2030), else the last period.
 * - New funding by source: the scalars new_funding_from_vendors and new_funding_from_others (with
 *   vendor_share_of_new_funding when present), shown beside the funding needed.
 * - Histogram: the output named cash (else cumulative_cash, else the first output ending in cash)
 *   in that year.
 * - Reported figures on a fan: an output V is drawn with the ledger facts of every (entity,
 *   metric) an input binds with `from:` when the metric is V or the input is named V_<something>
 *   (revenue_2025 → revenue), in V's unit (a one-year flow in USD counts as USD/yr).
 */

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

/**
 * The histogram of `output` in `period` (the last period when absent; scalars have none), or null
 * when the run has none.
 */
export function histogramFromRun(run: RunResult, output: string, period?: number): HistogramInput | null {
  const candidates = run.histograms.filter(
    (h) => h.output === output && (period === undefined || h.period === period),
  );
  const h = candidates.sort((a, b) => (b.period ?? 0) - (a.period ?? 0))[0];
  if (!h) return null;
  return {
    output: h.output,
    unit: h.unit,
    period: h.period,
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
    rows: result.rows.map((row) => ({
      input: row.input,
      low: row.low,
      high: row.high,
      rankCorrelation: row.spearman,
    })),
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

/** A distribution as the model writes it, with its large numbers in the input's unit ("$13.1B/yr"). */
export function readableDistribution(text: string, unit: string, lang: Language): string {
  return text.replace(/-?\d+(?:\.\d+)?(?:e[+-]?\d+)?/gi, (n) =>
    Math.abs(Number(n)) >= 10_000 ? formatAmount(Number(n), unit, { language: lang }) : n,
  );
}

function inputRow(
  input: InputSummary,
  documents: ReadonlyMap<string, ReportSource>,
  lang: Language,
): ReportInputRow {
  const origin = input.origin;
  const distribution = readableDistribution(input.distribution, input.unit, lang);
  if (origin.kind !== "ledger") {
    const source = origin.source ? ` — ${origin.source}` : "";
    return {
      name: input.name,
      label: null,
      unit: input.unit,
      distribution: `${distribution}${source}`,
      binding: null,
    };
  }
  const document = documents.get(origin.document);
  return {
    name: input.name,
    label: null,
    unit: input.unit,
    distribution: `${distribution} (${formatClaimValue(origin.value, origin.unit, { language: lang })})`,
    binding: {
      claimId: origin.claimIds.join(", "),
      quote: origin.quote,
      figure: null,
      documentTitle: document?.title ?? origin.cited?.title ?? origin.document,
      documentSource: document?.source ?? origin.cited?.address ?? null,
      published: document?.published ?? null,
      attribution: null,
    },
  };
}

/** The year a funding scalar runs until: in its name, else the last year its formula names. */
export function fundingUntil(scalar: ScalarResult, periods: readonly number[]): number {
  const last = periods.at(-1) ?? 0;
  const inName = /(\d{4})/.exec(scalar.name)?.[1];
  if (inName) return Number(inName);
  const years = [...scalar.formula.matchAll(/\b(\d{4})\b/g)]
    .map((m) => Number(m[1]))
    .filter((y) => periods.includes(y));
  return years.length > 0 ? Math.max(...years) : last;
}

/** The new funding from the company's own vendors and from others (see the conventions above), or null. */
export function newFundingSplit(run: RunResult): NewFundingSplit | null {
  const named = (name: string) => run.scalars.find((s) => s.name === name);
  const vendors = named("new_funding_from_vendors");
  const others = named("new_funding_from_others");
  if (!vendors || !others) return null;
  const quantiles = ({ p5, p50, p95 }: ScalarResult) => ({ p5, p50, p95 });
  const share = named("vendor_share_of_new_funding");
  return {
    unit: vendors.unit as Unit,
    fromVendors: quantiles(vendors),
    fromOthers: quantiles(others),
    vendorShare: share ? quantiles(share) : null,
  };
}

/** The scalar read as "outside funding needed" (see the conventions above), or undefined. */
export function fundingScalar(run: RunResult): ScalarResult | undefined {
  return run.scalars.find((s) => s.name === "funding_gap") ?? run.scalars.find((s) => /fund/i.test(s.name));
}

function cashOutput(run: RunResult): string | undefined {
  const names = run.outputs.map((o) => o.name);
  return (
    names.find((n) => n === "cash") ??
    names.find((n) => n === "cumulative_cash") ??
    names.find((n) => /cash$/.test(n)) ??
    run.histograms.find((h) => /cumulative_cash|(^|_)cash$/.test(h.output))?.output
  );
}

const ONE_YEAR_FLOW = (fact: Fact): number | null => {
  const span = fact.periodSpan;
  if (span.kind !== "flow" || span.startMonth === null || span.endMonth === null) return null;
  return span.startMonth % 12 === 0 && span.endMonth - span.startMonth === 11 ? span.startMonth / 12 : null;
};

/**
 * The ledger facts drawn on the fan of `output` (see the conventions above), placed at the model
 * period they measure and limited to the run's periods.
 */
export function fanFacts(run: RunResult, output: string, rec: Reconciliation): FactPoint[] {
  const variable = run.outputs.find((o) => o.name === output);
  if (!variable) return [];
  const keys = new Set<string>();
  for (const input of run.inputs) {
    if (input.origin.kind === "explicit") continue;
    const { entity, metric } = input.origin.ref;
    if (entity === undefined || metric === undefined) continue;
    if (metric === output || input.name.startsWith(`${output}_`))
      keys.add(`${entity.toLowerCase()}\u0000${metric}`);
  }
  const first = run.periods[0] ?? 0;
  const last = run.periods.at(-1) ?? 0;
  const points: FactPoint[] = [];
  for (const fact of rec.facts) {
    if (!keys.has(`${fact.entity.toLowerCase()}\u0000${fact.metric}`)) continue;
    let at: number | null = null;
    if (fact.unit === variable.unit) at = fact.at;
    else if (variable.unit === `${fact.unit}/yr`) at = ONE_YEAR_FLOW(fact);
    const point = factPoint(fact);
    if (at === null || point === null || at < first - 0.5 || at > last + 0.5) continue;
    points.push({ ...point, at });
  }
  return points.sort((a, b) => a.at - b.at || a.id.localeCompare(b.id));
}

/**
 * The scenario part of a report from a run, read by the conventions above: the answers, the other
 * events, fans of every output (with `facts` per output when given), the cash histogram in the
 * funding year, the tornado when a sensitivity result is given, the inputs with their evidence,
 * and a note per input whose ledger claim was missing.
 */
export function reportPartFromRun(
  run: RunResult,
  options: {
    lang: Language;
    file: string | null;
    sensitivity: SensitivityResult | null;
    sources: readonly ReportSource[];
    generated: string | null;
    facts?: ReadonlyMap<string, FactPoint[]>;
  },
): Pick<
  ReportInput,
  | "scenario"
  | "run"
  | "positiveBy"
  | "fundingNeeded"
  | "newFunding"
  | "events"
  | "fans"
  | "comparison"
  | "tornado"
  | "histogram"
  | "inputs"
  | "notes"
> {
  const lastYear = run.periods.at(-1) ?? 0;
  const t = reportLabels(options.lang);
  const positive = run.events.find((e) => /positive/i.test(e.name));
  const gap = fundingScalar(run);
  const until = gap ? fundingUntil(gap, run.periods) : lastYear;
  const positiveYear = positive ? Number(/(\d{4})/.exec(positive.name)?.[1] ?? lastYear) : lastYear;
  const cash = cashOutput(run);
  const histogram = cash
    ? (histogramFromRun(run, cash, gap ? until : positiveYear) ?? histogramFromRun(run, cash))
    : null;
  const documents = new Map(options.sources.map((s) => [s.id, s]));
  const notes = run.inputs.flatMap((input) =>
    input.origin.kind === "fallback" ? [t.fallbackUsed(input.name, refText(input.origin.ref))] : [],
  );
  return {
    scenario: { name: run.scenario, description: run.description || null, file: options.file },
    run: { samples: run.samples, seed: run.seed, generated: options.generated },
    positiveBy: positive ? { year: positiveYear, probability: positive.probability } : null,
    fundingNeeded: gap ? { until, unit: gap.unit, p5: gap.p5, p50: gap.p50, p95: gap.p95 } : null,
    newFunding: newFundingSplit(run),
    events: run.events
      .filter((e) => e !== positive)
      .map((e) => ({ label: e.name.replaceAll("_", " "), probability: e.probability })),
    fans: run.outputs
      .map((o) => fanFromRun(run, o.name, options.facts?.get(o.name) ?? []))
      .filter((f): f is FanInput => f !== null),
    comparison: null,
    tornado: options.sensitivity ? tornadoFromSensitivity(options.sensitivity) : null,
    histogram,
    inputs: run.inputs.map((input) => inputRow(input, documents, options.lang)),
    notes,
  };
}
