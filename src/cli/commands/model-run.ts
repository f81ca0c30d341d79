import { FrontierError } from "../../core/index.js";
import { formatIssue } from "../../model/messages.js";
import { runScenario } from "../../model/runner.js";
import { renderRunText } from "../../model/text.js";
import type { Command } from "../command.js";
import { intOption, loadScenarios, MODEL_HELP, MODEL_OPTIONS } from "./model-shared.js";

export const modelRunCommand: Command = {
  name: "model run",
  summary:
    "run a scenario's Monte Carlo model, bound to the ledger by default: quantiles per period, event probabilities, each bound claim and why",
  usage: "<scenario.yaml> [--samples N] [--seed S] [--workers W] [--db PATH | --no-ledger] [--json]",
  help: MODEL_HELP,
  options: { ...MODEL_OPTIONS },
  async run({ io, values, positionals }) {
    if (positionals.length !== 1) throw new FrontierError("usage", "expected one scenario file");
    const samples = intOption(values, "samples", 1);
    const seed = intOption(values, "seed", 0);
    const workers = intOption(values, "workers", 1);
    const loaded = await loadScenarios(positionals, values, io);
    if (!loaded) return 1;
    const { prepared, ledger } = loaded;
    const { bundle } = prepared[0]!;
    const outcome = await runScenario(bundle!, {
      ...(samples !== undefined ? { samples } : {}),
      ...(seed !== undefined ? { seed } : {}),
      ...(workers !== undefined ? { workers } : {}),
    });
    if (!outcome.result) {
      for (const issue of outcome.issues) io.stderr(`${formatIssue(issue)}\n`);
      return 1;
    }
    io.stdout(
      values.json
        ? `${JSON.stringify({ ...outcome.result, ledger }, null, 2)}\n`
        : renderRunText(outcome.result, ledger),
    );
    return 0;
  },
};
