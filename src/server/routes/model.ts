import { realpath } from "node:fs/promises";
import { isAbsolute, relative, resolve } from "node:path";
import { Hono } from "hono";
import { DEFAULT_SAMPLES, FrontierError, type Issue } from "../../core/index.js";
import type { PreparedScenario } from "../../model/load-scenario-file.js";
import { formatIssue } from "../../model/messages.js";
import { RunCancelled, runInThread } from "../../model/run-thread.js";
import type { RunResult } from "../../model/types.js";
import type { JobQueue } from "../../queue/connect.js";
// jobs.ts, not the queue's index: a server without a queue does not load pg-boss.
import { DEFAULT_RUN_CHUNKS, enqueueScenarioRun, runProgress } from "../../queue/jobs.js";
import { ledgerBacktest, loadBoundScenarios, scenarioErrors } from "../../use-cases/scenarios.js";
import type { ServerDeps } from "../deps.js";
import { parseInput, readJsonBody } from "../errors.js";
import { ClientGone, ensureConnected } from "../paging.js";
import { type ModelRunBody, ModelRunBodySchema } from "./schemas.js";

/** A scenario named by path: relative, made of plain segments, ending in .yaml or .yml. */
type PreparedBundle = NonNullable<PreparedScenario["bundle"]>;

export const SCENARIO_PATH = /^(?:[A-Za-z0-9_][A-Za-z0-9_.-]*\/)*[A-Za-z0-9_][A-Za-z0-9_.-]*\.ya?ml$/;

/** Resolves a scenario name inside the scenarios folder; anything that would leave it is not found. */
export async function scenarioFile(dir: string, name: string): Promise<string> {
  const notFound = new FrontierError("not_found", `no scenario '${name}' in the scenarios folder`);
  const root = await realpath(dir).catch(() => null);
  if (root === null) throw notFound;
  const file = await realpath(resolve(root, name)).catch(() => null);
  if (file === null) throw notFound;
  const inside = relative(root, file);
  if (inside === "" || inside.startsWith("..") || isAbsolute(inside)) throw notFound;
  return file;
}

/** Values one run may hold (samples × periods × series): the shipped scenarios at the sample limit fit. */
export const MAX_RUN_VALUES = 100_000_000;

/**
 * A run's size from its parsed scenario, checked before anything is allocated; a request cannot
 * raise the limit. The estimate counts every input and variable as a series over every period.
 */
export function refuseCostlyRun(scenario: PreparedBundle["scenario"], samples: number): void {
  const periods = scenario.periods.end - scenario.periods.start + 1;
  const series =
    Object.keys(scenario.inputs).length + Object.keys(scenario.variables).length + scenario.outputs.length;
  const values = samples * periods * series;
  if (values > MAX_RUN_VALUES)
    throw new FrontierError(
      "too_large",
      `the run would hold ${values.toExponential(1)} values (${samples} samples × ${periods} periods × ${series} series); this server runs at most ${MAX_RUN_VALUES.toExponential(0)}: fewer samples, periods or series`,
    );
}

/** What a run answers with: the same fields whether it ran in a thread here or on queue workers. */
function runJson(r: RunResult, prepared: PreparedScenario) {
  return {
    scenario: r.scenario,
    description: r.description,
    samples: r.samples,
    seed: r.seed,
    periods: r.periods,
    outputs: r.outputs,
    scalars: r.scalars,
    events: r.events,
    histograms: r.histograms,
    claimIds: r.claimIds,
    warnings: prepared.issues
      .filter((i) => i.severity === "warning")
      .map((i) => formatIssue(i, prepared.text)),
  };
}

/** The request's scenario (a shipped file's name or YAML text) loaded, bound to the ledger and compiled. */
async function prepareRequest(
  { store, scenariosDir, maxSamples }: ServerDeps,
  body: ModelRunBody,
): Promise<{ prepared: PreparedScenario & { bundle: PreparedBundle }; samples: number; shown: string }> {
  if (body.samples !== undefined && body.samples > maxSamples)
    throw new FrontierError("invalid_input", `samples: at most ${maxSamples} per request on this server`);
  const byPath = SCENARIO_PATH.test(body.scenario);
  const source = byPath
    ? { file: await scenarioFile(scenariosDir, body.scenario), shown: body.scenario }
    : { text: body.scenario, shown: "scenario" };
  const [prepared] = (await loadBoundScenarios([source], store, body.asOf ?? null)) as [PreparedScenario];
  const errors = scenarioErrors(prepared);
  if (!prepared.bundle || errors.length > 0)
    throw new FrontierError("invalid_input", "the scenario has errors", {
      issues: (errors.length > 0 ? errors : prepared.issues).map((i) => formatIssue(i, prepared.text)),
    });
  const samples = Math.min(body.samples ?? prepared.bundle.scenario.samples ?? DEFAULT_SAMPLES, maxSamples);
  refuseCostlyRun(prepared.bundle.scenario, samples);
  return {
    prepared: prepared as PreparedScenario & { bundle: PreparedBundle },
    samples,
    shown: source.shown,
  };
}

/**
 * POST /api/model/run {scenario, samples?, seed?, asOf?} → quantiles per period, scalars, event
 * probabilities, and the backtest; with asOf, inputs and backtest read the ledger as known then.
 * The run goes to a thread of its own (reads keep being answered), within the server's limits, and
 * the thread is terminated when the client goes away; runs beyond the concurrent limit wait their turn.
 * With a job queue (a PostgreSQL ledger), the run is cut into seeded chunk jobs for the workers
 * instead: 202 with the run's id, then GET /api/model/runs/:id shows its progress and its result,
 * bit for bit the one a local run with the same seed gives.
 */
export function modelRoutes(deps: ServerDeps): Hono {
  const { workers, runLimits, runSlots, onRunHeld, queue } = deps;
  const app = new Hono();
  app.post("/run", async (c) => {
    const body = parseInput(ModelRunBodySchema, await readJsonBody(c), "model run");
    const { prepared, samples, shown } = await prepareRequest(deps, body);
    if (queue) return c.json(await enqueueRun(deps, queue, prepared, { samples, seed: body.seed }), 202);
    ensureConnected(c);
    const signal = c.req.raw.signal;
    const release = await runSlots.take(signal).catch(() => {
      throw new ClientGone();
    });
    const outcome = await runInThread(
      {
        mode: "run",
        bundles: [prepared.bundle],
        samples,
        workers,
        limits: runLimits,
        ...(body.seed !== undefined ? { seed: body.seed } : {}),
        scenarioText: { text: prepared.text, file: shown },
      },
      { signal, ...(onRunHeld ? { onHeld: onRunHeld } : {}) },
    )
      .catch((error: unknown) => {
        throw error instanceof RunCancelled ? new ClientGone() : error;
      })
      .finally(release);
    if (!outcome.result)
      throw new FrontierError(
        outcome.issues.some((i) => i.code === "non_finite") ? "unprocessable" : "invalid_input",
        "the scenario could not run",
        {
          issues: outcome.issues.map((i) => formatIssue(i, prepared.text)),
        },
      );
    const scenario = prepared.bundle.scenario;
    const backtest =
      Object.keys(scenario.backtest ?? {}).length > 0
        ? (await ledgerBacktest(deps.store, scenario, outcome.result, body.asOf ?? null)).result
        : null;
    return c.json({ ...runJson(outcome.result, prepared), backtest });
  });

  app.get("/runs/:id", async (c) => {
    if (!queue)
      throw new FrontierError("not_found", "this server runs models in its own threads: no queued runs");
    const id = c.req.param("id");
    if (!UUID.test(id)) throw new FrontierError("not_found", `no model run ${id}`);
    const { run, failedJobs } = await runProgress(queue, deps.store, id);
    const result = run.status === "done" ? (run.result as RunResult) : null;
    return c.json({
      run: run.id,
      status: failedJobs.length > 0 && run.status === "running" ? "failed" : run.status,
      chunks: { done: run.status === "running" ? run.chunksStored : run.chunkCount, total: run.chunkCount },
      result,
      issues: run.issues.map((i) => formatIssue(i as Issue)),
      failedJobs: failedJobs.map((job) => ({
        id: job.id,
        state: job.state,
        error: job.output?.message ?? null,
      })),
      createdAt: run.createdAt,
      finishedAt: run.finishedAt,
    });
  });
  return app;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

async function enqueueRun(
  { store, runLimits }: ServerDeps,
  queue: JobQueue,
  prepared: PreparedScenario & { bundle: PreparedBundle },
  run: { samples: number; seed: number | undefined },
) {
  const queued = await enqueueScenarioRun(queue, store, prepared.bundle, {
    ...run,
    chunks: DEFAULT_RUN_CHUNKS,
    limits: runLimits,
  });
  if (queued.runId === null)
    throw new FrontierError("too_large", "the run is over this server's limits", {
      issues: queued.issues.map((i) => formatIssue(i, prepared.text)),
    });
  const record = await store.getModelRun(queued.runId);
  return {
    run: queued.runId,
    status: "running",
    chunks: record?.chunkCount ?? DEFAULT_RUN_CHUNKS,
    progress: `/api/model/runs/${queued.runId}`,
  };
}
