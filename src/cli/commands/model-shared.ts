import { resolve } from "node:path";
import { FrontierError } from "../../core/index.js";
import type { ClaimResolver } from "../../model/bind.js";
import type { RunLimits } from "../../model/cost.js";
import { ledgerResolver } from "../../model/ledger-binding.js";
import { type PreparedScenario, prepareScenarioFile } from "../../model/load-scenario-file.js";
import { formatIssue } from "../../model/messages.js";
import { type OptionValues, stringOption } from "../command.js";
import type { CliIo } from "../io.js";
import { withLedger } from "../ledger-option.js";

/** What the three model commands share: options, scenario loading with or without the ledger. */

export const MODEL_OPTIONS = {
  samples: { type: "string" },
  seed: { type: "string" },
  workers: { type: "string" },
  db: { type: "string" },
  ledger: { type: "boolean" },
  json: { type: "boolean" },
  "max-cost": { type: "string" },
  "max-memory": { type: "string" },
  "max-periods": { type: "string" },
} as const;

export const MODEL_HELP: Record<string, string> = {
  samples: "Monte Carlo samples (default: the scenario's, else 100000)",
  seed: "random seed (default: the scenario's, else 42); same seed, same results",
  workers: "worker threads (default: all cores); results do not depend on it",
  db: "bind `from:` inputs to this ledger (PGlite folder or memory://)",
  ledger: "bind `from:` inputs to the default ledger (or DATABASE_URL)",
  json: "print JSON instead of tables",
  "max-cost": "refuse runs computing more values than this (samples × periods × series; default 5e9)",
  "max-memory": "refuse runs needing more memory than this many MB (default 2048)",
  "max-periods": "refuse scenarios with more periods than this (default 100)",
};

/** --max-cost, --max-memory, --max-periods as run limits (unset ones keep their defaults). */
export function limitsOption(values: OptionValues): RunLimits {
  const number = (name: string): number | undefined => {
    const text = stringOption(values, name);
    if (text === undefined) return undefined;
    const value = Number(text.replace(/_/g, ""));
    if (!(value > 0)) throw new FrontierError("usage", `--${name} expects a positive number, got '${text}'`);
    return value;
  };
  const cells = number("max-cost");
  const megabytes = number("max-memory");
  const periods = number("max-periods");
  return {
    ...(cells !== undefined ? { maxCells: cells } : {}),
    ...(megabytes !== undefined ? { maxBytes: megabytes * 1024 * 1024 } : {}),
    ...(periods !== undefined ? { maxPeriods: periods } : {}),
  };
}

export function intOption(values: OptionValues, name: string, min: number): number | undefined {
  const text = stringOption(values, name);
  if (text === undefined) return undefined;
  const value = Number(text.replace(/_/g, ""));
  if (!Number.isInteger(value) || value < min)
    throw new FrontierError("usage", `--${name} expects a whole number ≥ ${min}, got '${text}'`);
  return value;
}

export function usesLedger(values: OptionValues): boolean {
  return values.db !== undefined || values.ledger === true;
}

/** Loads the scenarios, bound to the ledger when asked; prints issues; null when any is an error. */
export async function loadScenarios(
  paths: string[],
  values: OptionValues,
  io: CliIo,
): Promise<PreparedScenario[] | null> {
  const load = (resolver: ClaimResolver | null) =>
    Promise.all(paths.map((path) => prepareScenarioFile(resolve(io.cwd, path), resolver, path)));
  const prepared = usesLedger(values)
    ? await withLedger(values, io, (store) => load(ledgerResolver(store)))
    : await load(null);
  let failed = false;
  for (const p of prepared) {
    for (const issue of p.issues) {
      if (issue.severity === "error") failed = true;
      if (issue.severity !== "info" || !values.json) io.stderr(`${formatIssue(issue, p.text)}\n`);
    }
  }
  return failed ? null : prepared;
}
