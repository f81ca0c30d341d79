import { resolve } from "node:path";
import type { TopLevelSpec } from "vega-lite";
import { DEFAULT_SEED, FrontierError, type Issue, type Language } from "../../core/index.js";
import type { ProjectedRevenue } from "../../graph/index.js";
import type { LedgerStore } from "../../ledger/port.js";
import { ledgerResolver } from "../../model/ledger-binding.js";
import { type PreparedScenario, prepareScenarioFile } from "../../model/load-scenario-file.js";
import { formatIssue } from "../../model/messages.js";
import { compareScenarios, type RunOptions, runScenario } from "../../model/runner.js";
import { analyseSensitivity } from "../../model/sensitivity.js";
import type { RunResult, SensitivityResult } from "../../model/types.js";
import type { Reconciliation } from "../../reconcile/types.js";
import { readLedgerView } from "../../report/chart-data.js";
import { reportBacktest } from "../../report/from-backtest.js";
import {
  comparisonFromResult,
  fanFacts,
  fanFromRun,
  fundingScalar,
  histogramFromRun,
  reportPartFromRun,
  tornadoFromSensitivity,
} from "../../report/from-model.js";
import type { FactPoint } from "../../report/inputs.js";
import type { ReportBacktest, ReportInput, ReportSource } from "../../report/report-types.js";
import { buildComparisonFanSpec, buildFanSpec } from "../../report/specs/fan.js";
import { buildEventHistogramSpec } from "../../report/specs/histogram.js";
import { buildTornadoSpec } from "../../report/specs/tornado.js";
import { asOfOption } from "../as-of-option.js";
import { type CommandContext, type OptionValues, stringOption } from "../command.js";
import type { CliIo } from "../io.js";
import { intOption, ledgerBacktest, withModelLedger } from "./model-shared.js";

/** Chart kinds drawn from a scenario run. */
export const MODEL_CHART_KINDS = ["fan", "tornado", "histogram", "compare"] as const;

/** Samples per tornado evaluation when --samples is absent (as `model sensitivity`). */
export const SENSITIVITY_SAMPLES = 20_000;

/** --samples, --seed and --workers as run options. */
export function runOptionsOf(values: OptionValues): RunOptions {
  const samples = intOption(values, "samples", 1);
  const seed = intOption(values, "seed", 0);
  const workers = intOption(values, "workers", 1);
  return {
    ...(samples !== undefined ? { samples } : {}),
    ...(seed !== undefined ? { seed } : {}),
    ...(workers !== undefined ? { workers } : {}),
  };
}

/**
 * Reads, binds (to the ledger when a store is given) and compiles scenario files. Errors stop the
 * command; warnings go to standard error; the other issues are returned.
 */
async function prepareScenarios(
  io: CliIo,
  paths: string[],
  store: LedgerStore | null,
  asOf: string | null = null,
): Promise<{ prepared: PreparedScenario[]; issues: Issue[] }> {
  const resolver = store ? ledgerResolver(store, asOf) : null;
  const prepared = await Promise.all(
    paths.map((path) => prepareScenarioFile(resolve(io.cwd, path), resolver, path)),
  );
  const errors: string[] = [];
  const issues: Issue[] = [];
  for (const p of prepared) {
    for (const issue of p.issues) {
      if (issue.severity === "error") errors.push(formatIssue(issue, p.text));
      else if (issue.severity === "warning") io.stderr(`${formatIssue(issue, p.text)}\n`);
      issues.push(issue);
    }
  }
  if (errors.length > 0 || prepared.some((p) => !p.bundle || !p.program))
    throw new FrontierError("invalid_input", errors.join("\n") || "the scenario could not be compiled");
  return { prepared, issues };
}

function failed(what: string, issues: Issue[]): FrontierError {
  return new FrontierError("invalid_input", [what, ...issues.map((issue) => formatIssue(issue))].join("\n"));
}

async function run(prepared: PreparedScenario, options: RunOptions): Promise<RunResult> {
  const outcome = await runScenario(prepared.bundle!, options);
  if (!outcome.result) throw failed(`cannot run ${prepared.bundle!.scenario.name}`, outcome.issues);
  return outcome.result;
}

function sensitivity(
  prepared: PreparedScenario,
  target: string,
  options: RunOptions,
): { result: SensitivityResult | null; issues: Issue[] } {
  return analyseSensitivity(prepared.program!, {
    target,
    samples: options.samples ?? SENSITIVITY_SAMPLES,
    seed: options.seed ?? prepared.bundle!.scenario.seed ?? DEFAULT_SEED,
  });
}

/** "cash@2030" and "cash[2030]" name an output in a year; a bare name, a scalar or the last year. */
export function splitTarget(text: string): { name: string; period: number | undefined } {
  const match = /^\s*([A-Za-z_][A-Za-z0-9_]*)\s*(?:@\s*(\d{4})|\[\s*(\d{4})\s*\])?\s*$/.exec(text);
  if (!match) throw new FrontierError("usage", `expected output, output@YEAR or output[YEAR], not '${text}'`);
  const year = match[2] ?? match[3];
  return { name: match[1]!, period: year === undefined ? undefined : Number(year) };
}

function requireOption(values: OptionValues, name: string, kind: string): string {
  const value = stringOption(values, name);
  if (!value) throw new FrontierError("usage", `chart ${kind} needs --${name}`);
  return value;
}

/** The spec of a scenario chart: fan, tornado, histogram or compare. */
export async function modelChartSpec(
  context: CommandContext,
  kind: string,
  args: string[],
  lang: Language,
): Promise<TopLevelSpec> {
  const { io, values } = context;
  const options = runOptionsOf(values);
  const expected = kind === "compare" ? 2 : 1;
  if (args.length !== expected)
    throw new FrontierError(
      "usage",
      kind === "compare" ? "chart compare <a.yaml> <b.yaml> --variable V" : `chart ${kind} <scenario.yaml>`,
    );
  const asOf = asOfOption(values);
  return withModelLedger(values, io, async (store) => {
    const { prepared } = await prepareScenarios(io, args, store, asOf);
    const first = prepared[0]!;
    const outputs = first.program!.outputs;
    if (kind === "fan") {
      const variable = requireOption(values, "variable", kind);
      const result = await run(first, options);
      const facts = store
        ? fanFacts(result, variable, (await readLedgerView(store, asOf)).reconciliation)
        : [];
      const fan = fanFromRun(result, variable, facts);
      if (!fan)
        throw new FrontierError(
          "not_found",
          `no output '${variable}' in ${args[0]}; outputs: ${outputs.join(", ")}`,
        );
      return buildFanSpec(fan, { lang });
    }
    if (kind === "histogram") {
      const { name, period } = splitTarget(requireOption(values, "output", kind));
      const result = await run(first, options);
      const histogram = histogramFromRun(result, name, period);
      if (!histogram) {
        const names = [...new Set(result.histograms.map((h) => h.output))];
        throw new FrontierError(
          "not_found",
          `no histogram of '${name}'${period === undefined ? "" : ` in ${period}`} in ${args[0]}; outputs and scalars: ${names.join(", ")}`,
        );
      }
      return buildEventHistogramSpec(histogram, { lang });
    }
    if (kind === "tornado") {
      const { name, period } = splitTarget(requireOption(values, "target", kind));
      const target = period === undefined ? name : `${name}[${period}]`;
      const { result, issues } = sensitivity(first, target, options);
      if (!result) throw failed(`cannot analyse ${target}`, issues);
      return buildTornadoSpec(tornadoFromSensitivity(result), { lang });
    }
    const variable = requireOption(values, "variable", kind);
    const outcome = await compareScenarios(prepared[0]!.bundle!, prepared[1]!.bundle!, options);
    if (!outcome.result) throw failed(`cannot compare ${args.join(" and ")}`, outcome.issues);
    const comparison = comparisonFromResult(outcome.result, variable);
    if (!comparison) {
      const shared = outcome.result.outputs.map((o) => o.name);
      throw new FrontierError(
        "not_found",
        `no output '${variable}' in both scenarios with the same unit; shared outputs: ${shared.join(", ")}`,
      );
    }
    return buildComparisonFanSpec(comparison, { lang });
  });
}

/** What a scenario run gives a report. */
export type ScenarioReportPart = Pick<
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
  | "backtest"
  | "notes"
>;

/**
 * Runs a scenario for the report, bound to the ledger when a store is given: the run, a tornado
 * on the funding scalar (else the last output in its last year), and the ledger's facts on the
 * fans. Issues that are not errors become notes.
 */
export async function scenarioReportPart(
  io: CliIo,
  scenario: string,
  options: RunOptions & {
    lang: Language;
    store: LedgerStore | null;
    /** Bind the scenario to the ledger as known on this date. */
    asOf?: string | null;
    reconciliation: Reconciliation | null;
    sources: readonly ReportSource[];
  },
): Promise<ScenarioReportPart> {
  const { prepared, issues } = await prepareScenarios(io, [scenario], options.store, options.asOf ?? null);
  const first = prepared[0]!;
  const { lang, store: _store, asOf: _asOf, reconciliation, sources, ...runOptions } = options;
  const result = await run(first, runOptions);
  const gap = fundingScalar(result);
  const lastOutput = result.outputs.at(-1)?.name;
  const target = gap
    ? gap.name
    : lastOutput && result.periods.length > 0
      ? `${lastOutput}[${result.periods.at(-1)}]`
      : null;
  const analysed = target
    ? sensitivity(first, target, {
        ...runOptions,
        samples: Math.min(runOptions.samples ?? SENSITIVITY_SAMPLES, SENSITIVITY_SAMPLES),
      })
    : null;
  const facts = new Map<string, FactPoint[]>();
  if (reconciliation)
    for (const output of result.outputs)
      facts.set(output.name, fanFacts(result, output.name, reconciliation));
  const part = reportPartFromRun(result, {
    lang,
    file: scenario,
    sensitivity: analysed?.result ?? null,
    sources,
    generated: null,
    facts,
  });
  const backtest = options.store
    ? await backtestForReport(options.store, first, result, lang, options.asOf ?? null)
    : null;
  const notes = [
    ...issues.filter((issue) => issue.code !== "ledger_unbound").map((issue) => formatIssue(issue)),
    ...(analysed?.issues ?? []).map((issue) => formatIssue(issue)),
    ...part.notes,
  ];
  return { ...part, backtest, notes };
}

/** The report's backtest section, when the scenario maps outputs to ledger metrics. */
async function backtestForReport(
  store: LedgerStore,
  prepared: PreparedScenario,
  result: RunResult,
  lang: Language,
  asOf: string | null,
): Promise<ReportBacktest | null> {
  const scenario = prepared.bundle!.scenario;
  if (Object.keys(scenario.backtest).length === 0) return null;
  const { result: backtest, titles } = await ledgerBacktest(store, scenario, result, asOf);
  return reportBacktest(backtest, lang, titles);
}

/** Whose revenue a scenario models: its backtest's revenue mapping, else the entity its revenue inputs bind to. */
function revenueEntity(prepared: PreparedScenario): string | null {
  const scenario = prepared.bundle!.scenario;
  const mapped = scenario.backtest?.revenue?.entity;
  if (mapped) return mapped;
  const bound = Object.values(scenario.inputs).find((i) => i.from?.metric === "revenue" && i.from.entity);
  return bound?.from?.entity ?? null;
}

/**
 * Runs a scenario bound to the ledger and returns the revenue it projects per year (p5–p95), for
 * commitment coverage on the deal graph. The scenario needs an output named revenue in USD/yr.
 */
export async function scenarioRevenue(
  io: CliIo,
  path: string,
  store: LedgerStore,
  options: RunOptions & { asOf?: string | null; entity?: string | undefined },
): Promise<ProjectedRevenue> {
  const { asOf, entity: asked, ...runOptions } = options;
  const { prepared } = await prepareScenarios(io, [path], store, asOf ?? null);
  const first = prepared[0]!;
  const result = await run(first, runOptions);
  const revenue = result.outputs.find((o) => o.name === "revenue");
  if (revenue?.unit !== "USD/yr")
    throw new FrontierError(
      "invalid_input",
      `--scenario ${path}: no output named revenue in USD/yr (outputs: ${result.outputs.map((o) => `${o.name} (${o.unit})`).join(", ")})`,
    );
  const entity = revenueEntity(first) ?? asked;
  if (!entity)
    throw new FrontierError(
      "invalid_input",
      `--scenario ${path}: whose revenue is it? add backtest: revenue: {entity: …} to the scenario, or give --entity`,
    );
  const years: ProjectedRevenue["years"] = {};
  for (const p of revenue.periods) years[p.period] = { low: p.p5, high: p.p95 };
  return { entity, scenario: result.scenario, years, claimIds: result.claimIds };
}
