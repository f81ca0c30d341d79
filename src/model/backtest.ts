import { type AmountLayout, formatAmount, formatInterval, type Period, periodYear } from "../core/index.js";
import type { BindableClaim } from "./choose-claim.js";
import { claimMisfit, periodText } from "./claim-fit.js";
import type { BacktestMapping, Scenario } from "./schema.js";
import type { RunResult } from "./types.js";

/**
 * Backtest: the actuals the ledger reports for a scenario's outputs (through the scenario's
 * `backtest:` mapping, output → entity and metric) beside the model's p5–p95 in the same period.
 * Actuals are claims qualified reported, estimated or rumoured (or the mapping's `qualifiers`),
 * not rejected, whose period ended by the time they were published, in a year the scenario runs,
 * and whose unit and period fit the output (claim-fit.ts; the others are listed as skipped). A
 * reported value is inside when it meets [p5, p95] (an open bound when its finite end allows it): a
 * point within its printed rounding (13.1e9 is 13.05e9–13.15e9), or ±5 % when approximate.
 * An outside value named in `backtest_exceptions` is excepted, with the scenario's reason.
 */

export const ACTUAL_QUALIFIERS = ["reported", "estimated", "rumoured"] as const;

export type BacktestStatus = "inside" | "outside" | "excepted";

export interface BacktestRow {
  output: string;
  period: number;
  unit: string;
  claimId: string;
  entity: string;
  metric: string;
  qualifier: string;
  /** The reported interval in the output's sign: equal ends for a point, null for an open end. */
  low: number | null;
  high: number | null;
  bound: string;
  p5: number;
  p50: number;
  p95: number;
  status: BacktestStatus;
  /** The scenario's reason when excepted (or when an exception names a value now inside). */
  reason: string | null;
  /** True when an input of the run is bound to this very claim (the row then checks little). */
  boundInput: boolean;
  quote: string;
  document: string;
  published: string | null;
}

export interface BacktestSkip {
  output: string;
  claimId: string;
  reason: string;
}

export interface BacktestResult {
  scenario: string;
  samples: number;
  seed: number;
  rows: BacktestRow[];
  skipped: BacktestSkip[];
  /** Outputs mapped in the scenario that are not outputs of the run. */
  unknownOutputs: string[];
  /** True when every row is inside or excepted. */
  passed: boolean;
}

/** A reported figure for people: "13.1 bn $", "~−8 bn $", "≥ 20 bn $", "4–5 bn $"; French with `layout`. */
export function reportedText(
  row: Pick<BacktestRow, "low" | "high" | "bound" | "unit">,
  layout: AmountLayout = {},
): string {
  const { low, high, unit } = row;
  if (low !== null && low === high)
    return `${row.bound === "approx" ? "~" : ""}${formatAmount(low, unit, layout)}`;
  return formatInterval(row, unit, layout);
}

/** The last day a partial ISO date can mean ("2025" → "2025-12-31", "2026-02" → "2026-02-31"). */
function latest(date: string): string {
  return date.length === 4 ? `${date}-12-31` : date.length === 7 ? `${date}-31` : date;
}

/** A period over by its publication date (an actual, not a forecast); undated claims pass. */
function endedBy(period: Period | null, published: string | null): boolean {
  if (published === null || period === null) return true;
  const end = "asOf" in period ? period.asOf : period.end;
  if (end === null) return false;
  return latest(end) <= latest(published);
}

function signed(claim: BindableClaim, sign: 1 | -1): { low: number | null; high: number | null } {
  const { low, high } = claim.value;
  const point = claim.value.bound === "exact" || claim.value.bound === "approx";
  const lo = point ? (low ?? high) : low;
  const hi = point ? (high ?? low) : high;
  return sign === 1
    ? { low: lo, high: hi }
    : { low: hi === null ? null : -hi, high: lo === null ? null : -lo };
}

/** Half a unit of a printed figure's last digit (13.1e9 → 5e7), up to 12 significant digits. */
function roundingOf(value: number): number {
  if (value === 0) return 0;
  const digits = Number(Math.abs(value).toPrecision(12)).toString().replace(/e.*$/, "").replace(".", "");
  const significant = digits.replace(/^0+/, "").replace(/0+$/, "").length || 1;
  return 0.5 * 10 ** (Math.floor(Math.log10(Math.abs(value))) - significant + 1);
}

/** How far a point may sit outside [p5, p95] and count: its rounding, or ±5 % when approximate. */
function slack(low: number | null, high: number | null, bound: string): number {
  if (low === null || high === null || low !== high) return 0;
  return bound === "approx" ? Math.abs(0.05 * low) : roundingOf(low);
}

function meets(low: number | null, high: number | null, p5: number, p95: number, by: number): boolean {
  return (low === null || low - by <= p95) && (high === null || high + by >= p5);
}

const same = (a: string | null | undefined, b: string) => (a ?? "").toLowerCase() === b.toLowerCase();

function actualsFor(claims: readonly BindableClaim[], mapping: BacktestMapping, years: Set<number>) {
  const qualifiers: readonly string[] = mapping.qualifiers ?? ACTUAL_QUALIFIERS;
  return claims.filter(
    (c) =>
      c.status !== "rejected" &&
      same(c.entity, mapping.entity) &&
      same(c.metric, mapping.metric) &&
      (mapping.counterparty === undefined || same(c.counterparty, mapping.counterparty)) &&
      qualifiers.includes(c.qualifier) &&
      years.has(periodYear(c.period) ?? Number.NaN) &&
      endedBy(c.period, c.reported),
  );
}

/** Backtests a run of `scenario` against `claims` (the ledger's claims of the mapped metrics). */
export function backtestRun(
  run: RunResult,
  scenario: Scenario,
  claims: readonly BindableClaim[],
): BacktestResult {
  const rows: BacktestRow[] = [];
  const skipped: BacktestSkip[] = [];
  const unknownOutputs: string[] = [];
  const years = new Set(run.periods);
  const boundIds = new Set(run.claimIds);
  for (const [output, mapping] of Object.entries(scenario.backtest)) {
    const variable = run.outputs.find((o) => o.name === output);
    if (!variable) {
      unknownOutputs.push(output);
      continue;
    }
    const seen = new Set<string>();
    const actuals = [...actualsFor(claims, mapping, years)].sort((a, b) =>
      (b.reported ?? "").localeCompare(a.reported ?? ""),
    );
    for (const claim of actuals) {
      const misfit = claimMisfit(variable.unit, claim.unit, claim.period);
      if (misfit) {
        skipped.push({ output, claimId: claim.id, reason: `${periodText(claim.period)}: ${misfit}` });
        continue;
      }
      const period = periodYear(claim.period)!;
      const { low, high } = signed(claim, mapping.sign ?? 1);
      const key = `${period}|${low}|${high}|${claim.value.bound}`;
      if (seen.has(key)) continue; // the same figure again: the most recently published one stands
      seen.add(key);
      const summary = variable.periods.find((p) => p.period === period)!;
      const exception = scenario.backtest_exceptions.find((x) => x.output === output && x.period === period);
      const inside = meets(low, high, summary.p5, summary.p95, slack(low, high, claim.value.bound));
      rows.push({
        output,
        period,
        unit: variable.unit,
        claimId: claim.id,
        entity: claim.entity,
        metric: claim.metric,
        qualifier: claim.qualifier,
        low,
        high,
        bound: claim.value.bound,
        p5: summary.p5,
        p50: summary.p50,
        p95: summary.p95,
        status: inside ? "inside" : exception ? "excepted" : "outside",
        reason: exception?.reason ?? null,
        boundInput: boundIds.has(claim.id),
        quote: claim.quote,
        document: claim.document,
        published: claim.reported,
      });
    }
  }
  rows.sort((a, b) => a.output.localeCompare(b.output) || a.period - b.period);
  return {
    scenario: run.scenario,
    samples: run.samples,
    seed: run.seed,
    rows,
    skipped,
    unknownOutputs,
    passed: rows.every((row) => row.status !== "outside"),
  };
}
