import { FrontierError } from "../../core/index.js";
import { formatIssue } from "../../model/messages.js";
import { compareScenarios } from "../../model/runner.js";
import { renderComparisonText } from "../../model/text.js";
import type { Command } from "../command.js";
import { runOptionsOf } from "./chart-model.js";
import { limitsOption, loadScenarios, MODEL_HELP, MODEL_OPTIONS } from "./model-shared.js";

export const modelCompareCommand: Command = {
  name: "model compare",
  summary: "compare two scenarios on common random numbers: b − a per output, scalar and event",
  usage:
    "<a.yaml> <b.yaml> [--samples N] [--seed S] [--workers W] [--db PATH | --no-ledger] [--as-of DATE] [--json]",
  help: MODEL_HELP,
  options: { ...MODEL_OPTIONS },
  async run({ io, values, positionals }) {
    if (positionals.length !== 2) throw new FrontierError("usage", "expected two scenario files");
    const options = runOptionsOf(values);
    const loaded = await loadScenarios(positionals, values, io);
    if (!loaded) return 1;
    const { prepared, ledger } = loaded;
    const outcome = await compareScenarios(prepared[0]!.bundle!, prepared[1]!.bundle!, {
      ...options,
      limits: limitsOption(values),
    });
    if (!outcome.result) {
      for (const issue of outcome.issues) io.stderr(`${formatIssue(issue)}\n`);
      return 1;
    }
    io.stdout(
      values.json
        ? `${JSON.stringify({ ...outcome.result, ledger }, null, 2)}\n`
        : `${renderComparisonText(outcome.result)}Ledger ${ledger}\n`,
    );
    return 0;
  },
};
