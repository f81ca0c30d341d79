import { DEFAULT_SEED, FrontierError, type Issue } from "../core/index.js";
import type { ProjectedRevenue } from "../graph/index.js";
import { readSnapshot } from "../ledger/as-of.js";
import type { LedgerStore } from "../ledger/port.js";
import { type BacktestResult, backtestRun } from "../model/backtest.js";
import { ledgerResolver } from "../model/ledger-binding.js";
import {
  type PreparedScenario,
  prepareScenarioFile,
  prepareScenarioText,
} from "../model/load-scenario-file.js";
import { formatIssue } from "../model/messages.js";
import { type RunOptions, runScenario } from "../model/runner.js";
import type { Scenario } from "../model/schema.js";
import { analyseSensitivity } from "../model/sensitivity.js";
import type { RunResult, SensitivityResult } from "../model/types.js";

/**
 * Scenarios loaded, bound and run the one way every caller shares: read (a file, or text sent to
 * the API), bind `from:` inputs to the ledger as known on `asOf` (or to nothing), compile.
 */

/** A scenario to load: a file (`shown` names it in messages) or its text. */
export type ScenarioSource = { file: string; shown: string } | { text: string; shown: string };

/** Samples per tornado evaluation when none are given (`model sensitivity`, charts, report). */
export const SENSITIVITY_SAMPLES = 20_000;

/** Reads, binds (to `store` as known on `asOf`, or to nothing) and compiles each scenario. */
export async function loadBoundScenarios(
  sources: readonly ScenarioSource[],
  store: LedgerStore | null,
  asOf: string | null = null,
): Promise<PreparedScenario[]> {
  const resolver = store ? ledgerResolver(store, asOf) : null;
  return Promise.all(
    sources.map((source) =>
      "file" in source
        ? prepareScenarioFile(source.file, resolver, source.shown)
        : prepareScenarioText(source.text, source.shown, resolver),
    ),
  );
}

/** The issues that stop a scenario from running. */
export function scenarioErrors(prepared: PreparedScenario): Issue[] {
  return prepared.issues.filter((issue) => issue.severity === "error");
}

/**
 * Loads and binds scenarios that must all compile: warnings go to `onWarning`, an error in any is
 * thrown with its caret lines.
 */
export async function loadRunnableScenarios(
  sources: readonly ScenarioSource[],
  store: LedgerStore | null,
  asOf: string | null,
  onWarning: (text: string) => void,
): Promise<PreparedScenario[]> {
  const prepared = await loadBoundScenarios(sources, store, asOf);
  for (const p of prepared)
    for (const issue of p.issues) if (issue.severity === "warning") onWarning(formatIssue(issue, p.text));
  const errors = prepared.flatMap((p) => scenarioErrors(p).map((issue) => formatIssue(issue, p.text)));
  if (errors.length > 0 || prepared.some((p) => !p.bundle || !p.program))
    throw new FrontierError("invalid_input", errors.join("\n") || "the scenario could not be compiled");
  return prepared;
}

export function failedWith(what: string, issues: readonly Issue[]): FrontierError {
  return new FrontierError("invalid_input", [what, ...issues.map((issue) => formatIssue(issue))].join("\n"));
}

/** Runs a prepared scenario; a run that cannot finish is thrown with its issues. */
export async function runPrepared(prepared: PreparedScenario, options: RunOptions): Promise<RunResult> {
  const outcome = await runScenario(prepared.bundle!, options);
  if (!outcome.result) throw failedWith(`cannot run ${prepared.bundle!.scenario.name}`, outcome.issues);
  return outcome.result;
}

/** The tornado of `target`: each input at its p10 and p90, the seed the scenario's unless given. */
export function sensitivityOf(
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

/**
 * Backtests a run against the ledger's claims of the metrics the scenario maps (the ledger as
 * known on `asOf` when given); titles by document id.
 */
export async function ledgerBacktest(
  store: LedgerStore,
  scenario: Scenario,
  run: RunResult,
  asOf: string | null = null,
): Promise<{ result: BacktestResult; titles: Map<string, string> }> {
  const claims = [];
  for (const mapping of Object.values(scenario.backtest)) {
    const filter = { entity: mapping.entity, metric: mapping.metric };
    claims.push(...(await readSnapshot(store, asOf, filter)).claims);
  }
  const titles = new Map((await store.listDocuments()).map((d) => [d.id, d.title]));
  return { result: backtestRun(run, scenario, claims), titles };
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
  source: ScenarioSource,
  store: LedgerStore,
  options: RunOptions & { asOf?: string | null; entity?: string | undefined },
  onWarning: (text: string) => void,
): Promise<ProjectedRevenue> {
  const { asOf, entity: asked, ...runOptions } = options;
  const [first] = await loadRunnableScenarios([source], store, asOf ?? null, onWarning);
  const result = await runPrepared(first!, runOptions);
  const revenue = result.outputs.find((o) => o.name === "revenue");
  if (revenue?.unit !== "USD/yr")
    throw new FrontierError(
      "invalid_input",
      `--scenario ${source.shown}: no output named revenue in USD/yr (outputs: ${result.outputs.map((o) => `${o.name} (${o.unit})`).join(", ")})`,
    );
  const entity = revenueEntity(first!) ?? asked;
  if (!entity)
    throw new FrontierError(
      "invalid_input",
      `--scenario ${source.shown}: whose revenue is it? add backtest: revenue: {entity: …} to the scenario, or give --entity`,
    );
  const years: ProjectedRevenue["years"] = {};
  for (const p of revenue.periods) years[p.period] = { low: p.p5, high: p.p95 };
  return { entity, scenario: result.scenario, years, claimIds: result.claimIds };
}
