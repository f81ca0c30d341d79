import type { TopLevelSpec } from "vega-lite";
import { FrontierError, type Language } from "../core/index.js";
import type { LedgerStore } from "../ledger/port.js";
import type { PreparedScenario } from "../model/load-scenario-file.js";
import { compareScenarios, type RunOptions } from "../model/runner.js";
import {
  comparisonFromResult,
  fanFacts,
  fanFromRun,
  histogramFromRun,
  tornadoFromSensitivity,
} from "../report/from-model.js";
import { commitmentsFromReconciliation, timelineFromReconciliation } from "../report/from-reconcile.js";
import type { CommitmentsInput, TimelineInput } from "../report/inputs.js";
import { buildComparisonFanSpec, buildFanSpec } from "../report/specs/fan.js";
import { buildEventHistogramSpec } from "../report/specs/histogram.js";
import { buildTornadoSpec } from "../report/specs/tornado.js";
import { readLedgerView } from "./ledger-view.js";
import { failedWith, runPrepared, sensitivityOf } from "./scenarios.js";

/** Charts drawn from the ledger (timeline, commitments) and from scenario runs (fan, tornado, histogram, compare). */

/** An entity's figures of one metric through time, and the claim first reporting each point. */
export async function readTimelineChart(
  store: LedgerStore,
  request: { entity: string; metric: string; asOf: string | null },
): Promise<{ input: TimelineInput; claims: Record<string, string | null> }> {
  const { entity, metric, asOf } = request;
  const { reconciliation } = await readLedgerView(store, asOf);
  const input = timelineFromReconciliation(reconciliation, entity, metric);
  if (!input) throw new FrontierError("not_found", `no ${metric} figures for ${entity} in the ledger`);
  const claimOfFact = new Map(reconciliation.facts.map((fact) => [fact.id, fact.sources[0]?.claimId]));
  const claims = Object.fromEntries(input.facts.map((fact) => [fact.id, claimOfFact.get(fact.id) ?? null]));
  return { input, claims };
}

/** An entity's dated compute commitments and targets, by counterparty. */
export async function readCommitmentsChart(
  store: LedgerStore,
  request: { entity: string; asOf: string | null },
): Promise<CommitmentsInput> {
  const { reconciliation } = await readLedgerView(store, request.asOf);
  const input = commitmentsFromReconciliation(reconciliation, request.entity);
  if (input.rows.length === 0)
    throw new FrontierError(
      "not_found",
      `no dated compute commitments or targets for ${request.entity} in the ledger`,
    );
  return input;
}

/** Chart kinds drawn from a scenario run. */
export const MODEL_CHART_KINDS = ["fan", "tornado", "histogram", "compare"] as const;

export type ModelChartRequest =
  | { kind: "fan"; variable: string }
  | { kind: "compare"; variable: string }
  | { kind: "tornado"; target: string }
  | { kind: "histogram"; output: string };

/** "cash@2030" and "cash[2030]" name an output in a year; a bare name, a scalar or the last year. */
export function splitTarget(text: string): { name: string; period: number | undefined } {
  const match = /^\s*([A-Za-z_][A-Za-z0-9_]*)\s*(?:@\s*(\d{4})|\[\s*(\d{4})\s*\])?\s*$/.exec(text);
  if (!match) throw new FrontierError("usage", `expected output, output@YEAR or output[YEAR], not '${text}'`);
  const year = match[2] ?? match[3];
  return { name: match[1]!, period: year === undefined ? undefined : Number(year) };
}

/**
 * The spec of a scenario chart; `prepared` holds one scenario (two for compare), bound to `store`
 * when given, whose facts the fan then carries; `shown` names the scenario files in messages.
 */
export async function buildModelChart(
  store: LedgerStore | null,
  prepared: readonly PreparedScenario[],
  shown: readonly string[],
  request: ModelChartRequest,
  options: RunOptions & { lang: Language; asOf: string | null },
): Promise<TopLevelSpec> {
  const { lang, asOf, ...runOptions } = options;
  const first = prepared[0]!;
  if (request.kind === "fan") {
    const result = await runPrepared(first, runOptions);
    const facts = store
      ? fanFacts(result, request.variable, (await readLedgerView(store, asOf)).reconciliation)
      : [];
    const fan = fanFromRun(result, request.variable, facts);
    if (!fan)
      throw new FrontierError(
        "not_found",
        `no output '${request.variable}' in ${shown[0]}; outputs: ${first.program!.outputs.join(", ")}`,
      );
    return buildFanSpec(fan, { lang });
  }
  if (request.kind === "histogram") {
    const { name, period } = splitTarget(request.output);
    const result = await runPrepared(first, runOptions);
    const histogram = histogramFromRun(result, name, period);
    if (!histogram) {
      const names = [...new Set(result.histograms.map((h) => h.output))];
      throw new FrontierError(
        "not_found",
        `no histogram of '${name}'${period === undefined ? "" : ` in ${period}`} in ${shown[0]}; outputs and scalars: ${names.join(", ")}`,
      );
    }
    return buildEventHistogramSpec(histogram, { lang });
  }
  if (request.kind === "tornado") {
    const { name, period } = splitTarget(request.target);
    const target = period === undefined ? name : `${name}[${period}]`;
    const { result, issues } = sensitivityOf(first, target, runOptions);
    if (!result) throw failedWith(`cannot analyse ${target}`, issues);
    return buildTornadoSpec(tornadoFromSensitivity(result), { lang });
  }
  const outcome = await compareScenarios(first.bundle!, prepared[1]!.bundle!, runOptions);
  if (!outcome.result) throw failedWith(`cannot compare ${shown.join(" and ")}`, outcome.issues);
  const comparison = comparisonFromResult(outcome.result, request.variable);
  if (!comparison) {
    const shared = outcome.result.outputs.map((o) => o.name);
    throw new FrontierError(
      "not_found",
      `no output '${request.variable}' in both scenarios with the same unit; shared outputs: ${shared.join(", ")}`,
    );
  }
  return buildComparisonFanSpec(comparison, { lang });
}
