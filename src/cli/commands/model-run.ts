import { FrontierError } from "../../core/index.js";
import { formatIssue } from "../../model/messages.js";
import { runScenario } from "../../model/runner.js";
import { renderRunText } from "../../model/text.js";
import type { Command } from "../command.js";
import { intOption, limitsOption, loadScenarios, MODEL_HELP, MODEL_OPTIONS } from "./model-shared.js";

export const modelRunCommand: Command = {
  name: "model run",
  summary: "run a scenario's Monte Carlo model: quantiles per period, event probabilities, claims used",
  usage: "<scenario.yaml> [--samples N] [--seed S] [--workers W] [--db PATH] [--json]",
  help: MODEL_HELP,
  options: { ...MODEL_OPTIONS },
  async run({ io, values, positionals }) {
    if (positionals.length !== 1) throw new FrontierError("usage", "expected one scenario file");
    const samples = intOption(values, "samples", 1);
    const seed = intOption(values, "seed", 0);
    const workers = intOption(values, "workers", 1);
    const prepared = await loadScenarios(positionals, values, io);
    if (!prepared) return 1;
    const { bundle } = prepared[0]!;
    const outcome = await runScenario(bundle!, {
      ...(samples !== undefined ? { samples } : {}),
      ...(seed !== undefined ? { seed } : {}),
      ...(workers !== undefined ? { workers } : {}),
      limits: limitsOption(values),
      ...(prepared[0]!.source ? { source: prepared[0]!.source } : {}),
    });
    if (!outcome.result) {
      for (const issue of outcome.issues) io.stderr(`${formatIssue(issue, prepared[0]!.text)}\n`);
      return 1;
    }
    io.stdout(values.json ? `${JSON.stringify(outcome.result, null, 2)}\n` : renderRunText(outcome.result));
    return 0;
  },
};
