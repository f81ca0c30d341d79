import type { IntervalHistogram } from "node:perf_hooks";
import type { LedgerStore } from "../ledger/index.js";
import type { RunLimits } from "../model/cost.js";
import type { JobQueue } from "../queue/index.js";
import type { RunSlots } from "./run-slots.js";

/** What the routes share: the open ledger and the limits the server was started with. */
export interface ServerDeps {
  store: LedgerStore;
  /** Folder that `POST /api/model/run` may read scenarios from (by relative path). */
  scenariosDir: string;
  /** Folder of the table mappings that POST /api/import may name. */
  mappingsDir: string;
  /** Upper bound on Monte Carlo samples per request. */
  maxSamples: number;
  /** Worker threads per model run. */
  workers: number;
  /** Bounds on one model run's cost; a request cannot raise them. */
  runLimits: RunLimits;
  /** Model runs in progress at once; the others wait. */
  runSlots: RunSlots;
  /** The job queue on the ledger's PostgreSQL: model runs go to its workers. Null: runs in threads here. */
  queue: JobQueue | null;
  /** Tests: each model run's thread waits for `release` before it runs. */
  onRunHeld?: (release: () => void) => void;
  /** The event loop's delay, sampled while the server listens (GET /healthz reports and resets it). */
  eventLoopDelay?: IntervalHistogram;
  /** Where internal errors are logged. */
  log: (text: string) => void;
}
