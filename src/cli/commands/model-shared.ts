import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { DEFAULT_LEDGER_DIR, FrontierError } from "../../core/index.js";
import type { LedgerStore } from "../../ledger/port.js";
import type { RunLimits } from "../../model/cost.js";
import type { PreparedScenario } from "../../model/load-scenario-file.js";
import { formatIssue } from "../../model/messages.js";
import { loadBoundScenarios } from "../../use-cases/scenarios.js";
import { asOfOption } from "../as-of-option.js";
import { booleanOption, type OptionValues, stringOption } from "../command.js";
import type { CliIo } from "../io.js";
import { openLedgerFor } from "../ledger-option.js";

/**
 * What the model commands share: options, and which ledger they bind `from:` inputs to. Like
 * `report`, they read the ledger by default: the one --db or DATABASE_URL names, else the default
 * folder when it exists; --no-ledger reads none.
 */

export const MODEL_OPTIONS = {
  samples: { type: "string" },
  seed: { type: "string" },
  workers: { type: "string" },
  db: { type: "string" },
  ledger: { type: "boolean" },
  "no-ledger": { type: "boolean" },
  "as-of": { type: "string" },
  json: { type: "boolean" },
  "max-cost": { type: "string" },
  "max-memory": { type: "string" },
  "max-periods": { type: "string" },
} as const;

export const MODEL_HELP: Record<string, string> = {
  samples: "Monte Carlo samples (default: the scenario's, else 100000)",
  seed: "random seed (default: the scenario's, else 42); same seed, same results",
  workers: "worker threads (default: all cores); results do not depend on it",
  db: "bind `from:` inputs to this ledger (PGlite folder, memory:// or postgres:// URL)",
  ledger: "read the ledger (the default; kept for older scripts)",
  "no-ledger": `do not read a ledger: \`from:\` inputs use their fallbacks (default: --db, DATABASE_URL, else ${DEFAULT_LEDGER_DIR} when it exists)`,
  "as-of":
    "bind to the ledger as known on this date (YYYY[-MM[-DD]]): documents published and reviews recorded by then",
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

/** Which ledger a model command (or report) reads. */
export type LedgerChoice =
  | { kind: "off" }
  | { kind: "absent"; path: string }
  | { kind: "named"; text: string }
  | { kind: "default"; path: string };

export function ledgerChoice(values: OptionValues, io: CliIo): LedgerChoice {
  const off = booleanOption(values, "no-ledger");
  const db = stringOption(values, "db");
  if (
    off &&
    (db !== undefined || booleanOption(values, "ledger") || stringOption(values, "as-of") !== undefined)
  )
    throw new FrontierError("usage", "--no-ledger cannot be combined with --db, --ledger or --as-of");
  if (off) return { kind: "off" };
  if (db !== undefined) return { kind: "named", text: db.replace(/\/\/[^@/]*@/, "//…@") };
  if (io.env.DATABASE_URL) return { kind: "named", text: "DATABASE_URL" };
  const path = resolve(io.cwd, DEFAULT_LEDGER_DIR);
  return existsSync(path) ? { kind: "default", path } : { kind: "absent", path };
}

/** "at .frontier-ledger/db", "not read (--no-ledger)", … for the run's text and JSON. */
export function ledgerChoiceText(choice: LedgerChoice): string {
  if (choice.kind === "off") return "not read (--no-ledger)";
  if (choice.kind === "absent")
    return `none (no ledger at ${DEFAULT_LEDGER_DIR}; ingest reports or give --db)`;
  return `at ${choice.kind === "named" ? choice.text : DEFAULT_LEDGER_DIR}`;
}

/** Runs `body` with the ledger the options choose (or null), and always closes it. */
export async function withModelLedger<T>(
  values: OptionValues,
  io: CliIo,
  body: (store: LedgerStore | null, ledger: string) => Promise<T>,
): Promise<T> {
  const choice = ledgerChoice(values, io);
  const text = ledgerChoiceText(choice);
  if (choice.kind === "off" || choice.kind === "absent") return body(null, text);
  const store = await openLedgerFor(values, io);
  try {
    return await body(store, text);
  } finally {
    await store.close();
  }
}

/** Reads and compiles the scenarios, bound to `store` when given; prints issues; null on an error. */
export async function prepareWithStore(
  paths: string[],
  store: LedgerStore | null,
  values: OptionValues,
  io: CliIo,
): Promise<PreparedScenario[] | null> {
  const sources = paths.map((path) => ({ file: resolve(io.cwd, path), shown: path }));
  const prepared = await loadBoundScenarios(sources, store, asOfOption(values));
  let failed = false;
  for (const p of prepared) {
    for (const issue of p.issues) {
      if (issue.severity === "error") failed = true;
      if (issue.severity !== "info" || !values.json) io.stderr(`${formatIssue(issue, p.text)}\n`);
    }
  }
  return failed ? null : prepared;
}

/** Loads the scenarios bound to the ledger the options choose; null when any has an error. */
export async function loadScenarios(
  paths: string[],
  values: OptionValues,
  io: CliIo,
): Promise<{ prepared: PreparedScenario[]; ledger: string } | null> {
  return withModelLedger(values, io, async (store, ledger) => {
    const prepared = await prepareWithStore(paths, store, values, io);
    return prepared ? { prepared, ledger } : null;
  });
}
