import type { Issue, Language } from "../core/index.js";
import type { LedgerStore } from "../ledger/port.js";
import type { PreparedScenario } from "../model/load-scenario-file.js";
import { formatIssue } from "../model/messages.js";
import type { RunOptions } from "../model/runner.js";
import type { RunResult } from "../model/types.js";
import { type Reconciliation, runChecks } from "../reconcile/index.js";
import { readDealGraph } from "../report/deal-graph-data.js";
import { reportBacktest } from "../report/from-backtest.js";
import { ledgerReportParts } from "../report/from-ledger-view.js";
import { fanFacts, fundingScalar, reportPartFromRun } from "../report/from-model.js";
import { reportChecks } from "../report/from-reconcile.js";
import type { FactPoint } from "../report/inputs.js";
import { dealsReportPart } from "../report/report-deals.js";
import { reportLabels } from "../report/report-labels.js";
import type { ReportBacktest, ReportInput, ReportSource } from "../report/report-types.js";
import { changesSinceLines } from "./changes.js";
import { readLedgerView } from "./ledger-view.js";
import {
  ledgerBacktest,
  loadRunnableScenarios,
  runPrepared,
  type ScenarioSource,
  SENSITIVITY_SAMPLES,
  sensitivityOf,
} from "./scenarios.js";

/** What a report is made from, besides the ledger. */
export interface ReportRequest extends RunOptions {
  scenario: ScenarioSource;
  lang: Language;
  /** The entity whose figures the report charts; default: the one with most facts. */
  entity?: string | undefined;
  /** The ledger as known on this date. */
  asOf: string | null;
  /** Adds a "What changed" section: the ledger since this date. */
  since: string | null;
  /** Scenario warnings, as they are met. */
  onWarning: (text: string) => void;
}

/**
 * Everything a report shows: the scenario run (bound to the ledger when one is read), the ledger
 * reconciled, the arithmetic checks, the deal graph, and what changed since a date. `ledgerNote`
 * says why no ledger was read, when none was.
 */
export async function assembleReport(
  store: LedgerStore | null,
  ledgerNote: string | null,
  request: ReportRequest,
): Promise<ReportInput> {
  const { lang, entity, asOf, since } = request;
  const t = reportLabels(lang);
  const view = store ? await readLedgerView(store, asOf) : null;
  const ledgerPart = view
    ? ledgerReportParts(view.reconciliation, view.documents, entity)
    : { timelines: [], commitments: null, sources: [] };
  const modelPart = await scenarioReportPart(
    store,
    request,
    view?.reconciliation ?? null,
    ledgerPart.sources,
  );
  const notes = [...modelPart.notes];
  if (ledgerNote) notes.push(ledgerNote);
  else if (view && view.reconciliation.facts.length === 0) notes.push(t.noFacts);
  return {
    ...modelPart,
    lang,
    title: t.reportTitle(modelPart.scenario.name),
    timelines: ledgerPart.timelines,
    commitments: ledgerPart.commitments,
    checks: reportChecks(view ? runChecks(view.reconciliation.facts) : []),
    deals: store ? dealsReportPart(await readDealGraph(store, asOf ? { asOf } : {}), lang) : null,
    sources: ledgerPart.sources,
    changes: store && since ? await changesSinceLines(store, since, asOf) : null,
    notes,
  };
}

/** What a scenario run gives a report: the run's part and the backtest against the ledger. */
type ScenarioReportPart = ReturnType<typeof reportPartFromRun> & Pick<ReportInput, "backtest">;

/**
 * Runs the scenario for the report: the run, a tornado on the funding scalar (else the last
 * output in its last year), and the ledger's facts on the fans. Issues that are not errors become notes.
 */
async function scenarioReportPart(
  store: LedgerStore | null,
  request: ReportRequest,
  reconciliation: Reconciliation | null,
  sources: readonly ReportSource[],
): Promise<ScenarioReportPart> {
  const { scenario, lang, entity: _entity, asOf, since: _since, onWarning, ...runOptions } = request;
  const [first] = await loadRunnableScenarios([scenario], store, asOf, onWarning);
  const issues: Issue[] = first!.issues;
  const result = await runPrepared(first!, runOptions);
  const gap = fundingScalar(result);
  const lastOutput = result.outputs.at(-1)?.name;
  const target = gap
    ? gap.name
    : lastOutput && result.periods.length > 0
      ? `${lastOutput}[${result.periods.at(-1)}]`
      : null;
  const analysed = target
    ? sensitivityOf(first!, target, {
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
    file: scenario.shown,
    sensitivity: analysed?.result ?? null,
    sources,
    generated: null,
    facts,
  });
  const backtest = store ? await backtestForReport(store, first!, result, lang, asOf) : null;
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
