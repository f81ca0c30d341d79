import { resolve } from "node:path";
import { FrontierError } from "../../core/index.js";
import type { ClaimResolver } from "../../model/bind.js";
import { ledgerResolver } from "../../model/ledger-binding.js";
import { type PreparedScenario, prepareScenarioFile } from "../../model/load-scenario-file.js";
import { formatIssue } from "../../model/messages.js";
import { asOfOption } from "../as-of-option.js";
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
  "as-of": { type: "string" },
  json: { type: "boolean" },
} as const;

export const MODEL_HELP: Record<string, string> = {
  samples: "Monte Carlo samples (default: the scenario's, else 100000)",
  seed: "random seed (default: the scenario's, else 42); same seed, same results",
  workers: "worker threads (default: all cores); results do not depend on it",
  db: "bind `from:` inputs to this ledger (PGlite folder or memory://)",
  ledger: "bind `from:` inputs to the default ledger (or DATABASE_URL)",
  "as-of":
    "bind to the ledger as known on this date (YYYY[-MM[-DD]]): documents published and reviews recorded by then",
  json: "print JSON instead of tables",
};

export function intOption(values: OptionValues, name: string, min: number): number | undefined {
  const text = stringOption(values, name);
  if (text === undefined) return undefined;
  const value = Number(text.replace(/_/g, ""));
  if (!Number.isInteger(value) || value < min)
    throw new FrontierError("usage", `--${name} expects a whole number ≥ ${min}, got '${text}'`);
  return value;
}

export function usesLedger(values: OptionValues): boolean {
  return values.db !== undefined || values.ledger === true || values["as-of"] !== undefined;
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
    ? await withLedger(values, io, (store) => load(ledgerResolver(store, asOfOption(values))))
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
