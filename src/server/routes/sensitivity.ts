import { Hono } from "hono";
import { z } from "zod";
import { DEFAULT_SEED, FrontierError } from "../../core/index.js";
import { ledgerResolver } from "../../model/ledger-binding.js";
import { prepareScenarioFile } from "../../model/load-scenario-file.js";
import { formatIssue } from "../../model/messages.js";
import { RunCancelled, runInThread } from "../../model/run-thread.js";
import { tornadoFromSensitivity } from "../../report/from-model.js";
import { buildTornadoSpec } from "../../report/specs/tornado.js";
import type { ServerDeps } from "../deps.js";
import { parseInput, readJsonBody } from "../errors.js";
import { ClientGone, ensureConnected } from "../paging.js";
import { refuseCostlyRun, SCENARIO_PATH, scenarioFile } from "./model.js";
import { AS_OF_FIELD } from "./schemas.js";

/** Samples per evaluation when the request gives none (each input is evaluated twice more). */
export const DEFAULT_TORNADO_SAMPLES = 5_000;

const SensitivityBodySchema = z.strictObject({
  scenario: z
    .string()
    .regex(SCENARIO_PATH, "expected a scenario file name such as openai-2025-commitments.yaml"),
  target: z.string().trim().min(1).max(200),
  samples: z.int().min(100).optional(),
  seed: z.int().min(0).max(0xffffffff).optional(),
  /** Bind the scenario's inputs to the ledger as known on this date. */
  asOf: AS_OF_FIELD,
});

/**
 * POST /api/model/sensitivity {scenario, target, samples?, seed?, asOf?} → the tornado of `target`
 * (a scalar, or output[year]) and the report's Vega-Lite spec of it, inputs bound to the ledger as
 * known on asOf when given. Runs in a thread of its own
 * within the server's run slots, as a model run does.
 */
export function sensitivityRoutes({
  store,
  scenariosDir,
  maxSamples,
  runLimits,
  runSlots,
}: ServerDeps): Hono {
  const app = new Hono();
  app.post("/", async (c) => {
    const body = parseInput(SensitivityBodySchema, await readJsonBody(c), "sensitivity");
    if (body.samples !== undefined && body.samples > maxSamples)
      throw new FrontierError("invalid_input", `samples: at most ${maxSamples} per request on this server`);
    const file = await scenarioFile(scenariosDir, body.scenario);
    const prepared = await prepareScenarioFile(file, ledgerResolver(store, body.asOf ?? null), body.scenario);
    const errors = prepared.issues.filter((issue) => issue.severity === "error");
    if (!prepared.bundle || errors.length > 0)
      throw new FrontierError("invalid_input", "the scenario has errors", {
        issues: errors.map((i) => formatIssue(i, prepared.text)),
      });
    const samples = body.samples ?? DEFAULT_TORNADO_SAMPLES;
    refuseCostlyRun(prepared.bundle.scenario, samples);
    ensureConnected(c);
    const signal = c.req.raw.signal;
    const release = await runSlots.take(signal).catch(() => {
      throw new ClientGone();
    });
    const outcome = await runInThread(
      {
        mode: "sensitivity",
        target: body.target,
        bundles: [prepared.bundle],
        samples,
        workers: 1,
        limits: runLimits,
        seed: body.seed ?? prepared.bundle.scenario.seed ?? DEFAULT_SEED,
        scenarioText: { text: prepared.text, file: body.scenario },
      },
      { signal },
    )
      .catch((error: unknown) => {
        throw error instanceof RunCancelled ? new ClientGone() : error;
      })
      .finally(release);
    if (!outcome.result)
      throw new FrontierError("invalid_input", `cannot analyse ${body.target}`, {
        issues: outcome.issues.map((i) => formatIssue(i, prepared.text)),
      });
    return c.json({
      result: outcome.result,
      spec: buildTornadoSpec(tornadoFromSensitivity(outcome.result), { lang: "en" }),
    });
  });
  return app;
}
