import type { ParseArgsConfig } from "node:util";
import type { CliIo } from "./io.js";

export type OptionSpec = NonNullable<ParseArgsConfig["options"]>;
export type OptionValues = Record<string, string | boolean | (string | boolean)[] | undefined>;

export interface CommandContext {
  io: CliIo;
  values: OptionValues;
  positionals: string[];
}

/** One CLI command: `name` may hold a space for sub-commands ("documents list"). */
export interface Command {
  name: string;
  summary: string;
  /** Usage line after the command name, e.g. "<files or folders…> [--published YYYY-MM-DD]". */
  usage: string;
  /** Option descriptions for --help, keyed by option name. */
  help: Record<string, string>;
  options: OptionSpec;
  /** Returns the exit code: 0 ok, 1 some inputs failed. Throw FrontierError("usage") for usage errors. */
  run: (context: CommandContext) => Promise<number>;
}

/** Options every ledger command takes. */
export const LEDGER_OPTIONS: OptionSpec = {
  db: { type: "string" },
  json: { type: "boolean" },
};
export const LEDGER_HELP: Record<string, string> = {
  db: "ledger: a PGlite folder (default .frontier-ledger/db) or a postgres:// URL; DATABASE_URL when --db is absent",
  json: "print JSON instead of a table",
};

/** A string option's value, or undefined. */
export function stringOption(values: OptionValues, name: string): string | undefined {
  const value = values[name];
  return typeof value === "string" ? value : undefined;
}

export function booleanOption(values: OptionValues, name: string): boolean {
  return values[name] === true;
}
