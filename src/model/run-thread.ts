import type { MessagePort } from "node:worker_threads";
import { DEFAULT_SEED, type ErrorCode, FrontierError } from "../core/index.js";
import { compileScenario } from "./compile.js";
import type { RunLimits } from "./cost.js";
import { parseScenario, type ScenarioSource } from "./load.js";
import type { ScenarioBundle } from "./plan.js";
import { compareScenarios, type RunOutcome, runScenario, spawnWorker } from "./runner.js";
import { analyseSensitivity } from "./sensitivity.js";
import type { ComparisonResult, RunResult, SensitivityResult } from "./types.js";

/**
 * A whole run (or comparison) in a worker thread of its own, so the thread that asked stays free
 * (a server keeps answering reads), and so the run can be stopped at once by terminating it.
 */

export interface ThreadRunRequest {
  /** sensitivity: a tornado of `target` (analyseSensitivity) on the first bundle. */
  mode: "run" | "compare" | "sensitivity";
  target?: string;
  bundles: ScenarioBundle[];
  samples: number;
  seed?: number;
  /** Block workers inside the run's thread; 1 runs every block in that thread. */
  workers: number;
  limits: RunLimits;
  /** The scenario text, re-read in the worker to point at a formula giving non-finite values. */
  scenarioText?: { text: string; file: string };
}

export interface ThreadRunControl {
  /** Terminates the worker; the run then rejects with RunCancelled. */
  signal?: AbortSignal;
  /**
   * Holds the worker before it runs until `release` is called (tests observe what happens while
   * a run is in progress without depending on how long it takes).
   */
  onHeld?: (release: () => void) => void;
}

export class RunCancelled extends Error {
  constructor() {
    super("the run was cancelled");
    this.name = "RunCancelled";
  }
}

type ToWorker = { kind: "run"; request: ThreadRunRequest; hold: boolean } | { kind: "release" };
type FromWorker =
  | { kind: "held" }
  | { kind: "done"; outcome: RunOutcome<ThreadResult> }
  | { kind: "failed"; code: ErrorCode; message: string; details?: unknown };

type ThreadResult = RunResult | ComparisonResult | SensitivityResult;

let live = 0;

/** Run threads started and not yet exited. */
export function liveRunThreads(): number {
  return live;
}

export function runInThread(
  request: ThreadRunRequest & { mode: "run" },
  control?: ThreadRunControl,
): Promise<RunOutcome<RunResult>>;
export function runInThread(
  request: ThreadRunRequest & { mode: "compare" },
  control?: ThreadRunControl,
): Promise<RunOutcome<ComparisonResult>>;
export function runInThread(
  request: ThreadRunRequest & { mode: "sensitivity"; target: string },
  control?: ThreadRunControl,
): Promise<RunOutcome<SensitivityResult>>;
export function runInThread(
  request: ThreadRunRequest,
  control: ThreadRunControl = {},
): Promise<RunOutcome<ThreadResult>> {
  const { signal, onHeld } = control;
  if (signal?.aborted) return Promise.reject(new RunCancelled());
  const worker = spawnWorker();
  live++;
  const exited = new Promise<void>((done) => worker.once("exit", () => done()));
  void exited.then(() => live--);
  return new Promise((resolve, reject) => {
    let settled = false;
    const settle = (finish: () => void) => {
      if (settled) return;
      settled = true;
      signal?.removeEventListener("abort", cancel);
      // Settled only once the thread is gone: nothing of the run outlives its answer.
      void worker.terminate().then(() => exited.then(finish));
    };
    const cancel = () => settle(() => reject(new RunCancelled()));
    signal?.addEventListener("abort", cancel, { once: true });
    worker.on("message", (message: FromWorker) => {
      if (message.kind === "held") onHeld?.(() => worker.postMessage({ kind: "release" } satisfies ToWorker));
      else if (message.kind === "done") settle(() => resolve(message.outcome));
      else settle(() => reject(new FrontierError(message.code, message.message, message.details)));
    });
    worker.on("error", (error) => settle(() => reject(error)));
    worker.on("exit", (code) =>
      settle(() => reject(new FrontierError("internal", `the run's thread exited (code ${code})`))),
    );
    worker.postMessage({ kind: "run", request, hold: onHeld !== undefined } satisfies ToWorker);
  });
}

/** Worker side: runs one request in this thread and posts its outcome. */
export function serveRunRequest(message: ToWorker, port: MessagePort): void {
  if (message.kind !== "run") return;
  const run = () =>
    runRequest(message.request).then(
      (outcome) => port.postMessage({ kind: "done", outcome } satisfies FromWorker),
      (error: unknown) => port.postMessage(failure(error)),
    );
  if (!message.hold) {
    void run();
    return;
  }
  port.on("message", (next: ToWorker) => {
    if (next.kind === "release") void run();
  });
  port.postMessage({ kind: "held" } satisfies FromWorker);
}

export function isRunThreadMessage(message: unknown): message is ToWorker {
  return typeof message === "object" && message !== null && "kind" in message;
}

function runRequest(request: ThreadRunRequest): Promise<RunOutcome<ThreadResult>> {
  const { text, file } = request.scenarioText ?? {};
  const source =
    text !== undefined && file !== undefined ? parseScenario(text, file).value?.source : undefined;
  if (request.mode === "sensitivity") return Promise.resolve(sensitivityRequest(request, source));
  const options = {
    samples: request.samples,
    workers: request.workers,
    limits: request.limits,
    ...(request.seed !== undefined ? { seed: request.seed } : {}),
    ...(source ? { source } : {}),
  };
  const [a, b] = request.bundles;
  if (request.mode === "compare" && b) return compareScenarios(a!, b, options);
  return runScenario(a!, options);
}

function sensitivityRequest(
  request: ThreadRunRequest,
  source: ScenarioSource | undefined,
): RunOutcome<SensitivityResult> {
  const bundle = request.bundles[0]!;
  const { program, issues } = compileScenario(bundle.scenario, {
    bindings: bundle.bindings,
    ...(source ? { source } : {}),
  });
  if (!program) return { result: null, issues };
  return analyseSensitivity(program, {
    target: request.target ?? "",
    samples: request.samples,
    seed: request.seed ?? bundle.scenario.seed ?? DEFAULT_SEED,
  });
}

function failure(error: unknown): FromWorker {
  if (error instanceof FrontierError)
    return { kind: "failed", code: error.code, message: error.message, details: error.details };
  return { kind: "failed", code: "internal", message: (error as Error)?.message ?? String(error) };
}
