import { realpath } from "node:fs/promises";
import { isAbsolute, relative, resolve } from "node:path";
import { Hono } from "hono";
import { DEFAULT_SAMPLES, FrontierError } from "../../core/index.js";
import { ledgerResolver } from "../../model/ledger-binding.js";
import {
  type PreparedScenario,
  prepareScenarioFile,
  prepareScenarioText,
} from "../../model/load-scenario-file.js";
import { formatIssue } from "../../model/messages.js";
import { RunCancelled, runInThread } from "../../model/run-thread.js";
import type { ServerDeps } from "../deps.js";
import { parseInput, readJsonBody } from "../errors.js";
import { ClientGone, ensureConnected } from "../paging.js";
import { ModelRunBodySchema } from "./schemas.js";

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

/**
 * POST /api/model/run {scenario, samples?, seed?} → quantiles per period, scalars, event probabilities.
 * The run goes to a thread of its own (reads keep being answered), within the server's limits, and
 * the thread is terminated when the client goes away; runs beyond the concurrent limit wait their turn.
 */
export function modelRoutes({
  store,
  scenariosDir,
  maxSamples,
  workers,
  runLimits,
  runSlots,
  onRunHeld,
}: ServerDeps): Hono {
  const app = new Hono();
  app.post("/run", async (c) => {
    const body = parseInput(ModelRunBodySchema, await readJsonBody(c), "model run");
    if (body.samples !== undefined && body.samples > maxSamples)
      throw new FrontierError("invalid_input", `samples: at most ${maxSamples} per request on this server`);
    const resolver = ledgerResolver(store);
    const byPath = SCENARIO_PATH.test(body.scenario);
    const prepared: PreparedScenario = byPath
      ? await prepareScenarioFile(await scenarioFile(scenariosDir, body.scenario), resolver, body.scenario)
      : await prepareScenarioText(body.scenario, "scenario", resolver);
    const errors = prepared.issues.filter((issue) => issue.severity === "error");
    if (!prepared.bundle || errors.length > 0)
      throw new FrontierError("invalid_input", "the scenario has errors", {
        issues: (errors.length > 0 ? errors : prepared.issues).map((i) => formatIssue(i, prepared.text)),
      });
    const samples = Math.min(body.samples ?? prepared.bundle.scenario.samples ?? DEFAULT_SAMPLES, maxSamples);
    refuseCostlyRun(prepared.bundle.scenario, samples);
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
        scenarioText: { text: prepared.text, file: byPath ? body.scenario : "scenario" },
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
    const r = outcome.result;
    return c.json({
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
    });
  });
  return app;
}
