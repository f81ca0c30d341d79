import { FrontierError } from "../core/index.js";
import { type OptionSpec, type OptionValues, stringOption } from "./command.js";

/** `--as-of DATE`: every reading command shows the ledger as it was known on that date. */
export const AS_OF_OPTIONS: OptionSpec = { "as-of": { type: "string" } };
export const AS_OF_HELP: Record<string, string> = {
  "as-of":
    "the ledger as known on this date (YYYY[-MM[-DD]]): documents published by then, reviews recorded by then",
};

/** The --as-of date, or null when absent; a usage error when it is not a date. */
export function asOfOption(values: OptionValues): string | null {
  const asOf = stringOption(values, "as-of");
  if (asOf === undefined) return null;
  if (!/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/.test(asOf))
    throw new FrontierError("usage", `--as-of expects a date YYYY-MM-DD (or YYYY-MM, YYYY), not '${asOf}'`);
  return asOf;
}
