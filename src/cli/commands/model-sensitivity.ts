import { DEFAULT_SEED, FrontierError } from "../../core/index.js";
import { formatIssue } from "../../model/messages.js";
import { analyseSensitivity } from "../../model/sensitivity.js";
import { renderSensitivityText } from "../../model/text.js";
import { SENSITIVITY_SAMPLES } from "../../use-cases/scenarios.js";
import { type Command, stringOption } from "../command.js";
import { intOption, loadScenarios, MODEL_HELP, MODEL_OPTIONS } from "./model-shared.js";

export const modelSensitivityCommand: Command = {
  name: "model sensitivity",
  summary: "tornado: which input moves an output most (median at each input's p10 and p90)",
  usage:
    "<scenario.yaml> --target <scalar | output[year]> [--samples N] [--seed S] [--db PATH | --no-ledger] [--as-of DATE] [--json]",
  help: {
    ...MODEL_HELP,
    target: "a scalar output (funding_gap) or an output in a year (cash[2030])",
    samples: `samples per evaluation (default ${SENSITIVITY_SAMPLES})`,
  },
  options: { ...MODEL_OPTIONS, target: { type: "string" } },
  async run({ io, values, positionals }) {
    if (positionals.length !== 1) throw new FrontierError("usage", "expected one scenario file");
    const target = stringOption(values, "target");
    if (!target) throw new FrontierError("usage", "--target is required");
    const samples = intOption(values, "samples", 100) ?? SENSITIVITY_SAMPLES;
    const loaded = await loadScenarios(positionals, values, io);
    if (!loaded) return 1;
    const { prepared, ledger } = loaded;
    const { program, bundle } = prepared[0]!;
    const seed = intOption(values, "seed", 0) ?? bundle!.scenario.seed ?? DEFAULT_SEED;
    const { result, issues } = analyseSensitivity(program!, { target, samples, seed });
    if (!result) {
      for (const issue of issues) io.stderr(`${formatIssue(issue)}\n`);
      return 1;
    }
    io.stdout(
      values.json
        ? `${JSON.stringify({ ...result, ledger }, null, 2)}\n`
        : `${renderSensitivityText(result)}Ledger ${ledger}\n`,
    );
    return 0;
  },
};
