import type { LedgerStore } from "../ledger/index.js";
import type { RunLimits } from "../model/cost.js";
import type { RunSlots } from "./run-slots.js";

/** What the routes share: the open ledger and the limits the server was started with. */
export interface ServerDeps {
  store: LedgerStore;
  /** Folder that `POST /api/model/run` may read scenarios from (by relative path). */
  scenariosDir: string;
  /** Upper bound on Monte Carlo samples per request. */
  maxSamples: number;
  /** Worker threads per model run. */
  workers: number;
  /** Bounds on one model run's cost; a request cannot raise them. */
  runLimits: RunLimits;
  /** Model runs in progress at once; the others wait. */
  runSlots: RunSlots;
  /** Tests: each model run's thread waits for `release` before it runs. */
  onRunHeld?: (release: () => void) => void;
  /** Where internal errors are logged. */
  log: (text: string) => void;
}
