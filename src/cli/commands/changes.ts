import { resolve } from "node:path";
import { FrontierError } from "../../core/index.js";
import { renderChanges } from "../../report/changes-text.js";
import { readChanges } from "../../use-cases/changes.js";
import { AS_OF_HELP, AS_OF_OPTIONS, asOfOption } from "../as-of-option.js";
import { booleanOption, type Command, LEDGER_HELP, LEDGER_OPTIONS, stringOption } from "../command.js";
import { withLedger } from "../ledger-option.js";
import { intOption } from "./model-shared.js";

const DEFAULT_CHANGE_SAMPLES = 50_000;

export const changesCommand: Command = {
  name: "changes",
  summary:
    "what changed since a date or with a document: new claims, revisions, conflicts, checks, and each scenario's answers before and after",
  usage:
    "--since DATE | --from DOCUMENT [--scenarios DIR] [--no-scenarios] [--samples N] [--seed S] [--workers W] [--as-of DATE] [--json] [--db PATH]",
  help: {
    since: "compare the ledger as known the day before DATE with the ledger now",
    from: "compare the ledger without this document (id or file name) with the ledger with it",
    scenarios: "run every scenario of this folder before and after (default scenarios/)",
    "no-scenarios": "compare the ledger only",
    samples: `Monte Carlo samples per run (default ${DEFAULT_CHANGE_SAMPLES.toLocaleString("en-US")})`,
    seed: "random seed (default: the scenario's); both sides use it: common random numbers",
    workers: "worker threads (default: all cores)",
    ...AS_OF_HELP,
    ...LEDGER_HELP,
    json: "print { label, ledger, scenarios } as JSON",
  },
  options: {
    since: { type: "string" },
    from: { type: "string" },
    scenarios: { type: "string" },
    "no-scenarios": { type: "boolean" },
    samples: { type: "string" },
    seed: { type: "string" },
    workers: { type: "string" },
    ...AS_OF_OPTIONS,
    ...LEDGER_OPTIONS,
  },
  run: async ({ io, values, positionals }) => {
    if (positionals.length > 0) throw new FrontierError("usage", `unexpected argument '${positionals[0]}'`);
    const since = stringOption(values, "since");
    const from = stringOption(values, "from");
    if ((since === undefined) === (from === undefined))
      throw new FrontierError("usage", "give one of --since DATE and --from DOCUMENT");
    if (since !== undefined && !/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/.test(since))
      throw new FrontierError(
        "usage",
        `--since expects a date YYYY-MM-DD (or YYYY-MM, YYYY), not '${since}'`,
      );
    const asOf = asOfOption(values);
    const scenarios = stringOption(values, "scenarios") ?? "scenarios";
    const samples = intOption(values, "samples", 1) ?? DEFAULT_CHANGE_SAMPLES;
    const seed = intOption(values, "seed", 0);
    const workers = intOption(values, "workers", 1);
    return withLedger(values, io, async (store) => {
      const { report, window } = await readChanges(
        store,
        since !== undefined ? { since, asOf } : { from: from!, asOf },
        booleanOption(values, "no-scenarios")
          ? null
          : {
              dir: resolve(io.cwd, scenarios),
              shownDir: scenarios,
              options: {
                samples,
                ...(seed === undefined ? {} : { seed }),
                ...(workers === undefined ? {} : { workers }),
              },
            },
      );
      io.stdout(
        booleanOption(values, "json")
          ? `${JSON.stringify(report, null, 2)}\n`
          : renderChanges(report, window.after),
      );
      return 0;
    });
  },
};
