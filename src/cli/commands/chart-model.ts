import { resolve } from "node:path";
import type { TopLevelSpec } from "vega-lite";
import { FrontierError, type Language } from "../../core/index.js";
import type { RunOptions } from "../../model/runner.js";
import { buildModelChart, type ModelChartRequest } from "../../use-cases/charts.js";
import { loadRunnableScenarios } from "../../use-cases/scenarios.js";
import { asOfOption } from "../as-of-option.js";
import { type CommandContext, type OptionValues, stringOption } from "../command.js";
import { intOption, withModelLedger } from "./model-shared.js";

export { MODEL_CHART_KINDS } from "../../use-cases/charts.js";

/** --samples, --seed and --workers as run options. */
export function runOptionsOf(values: OptionValues): RunOptions {
  const samples = intOption(values, "samples", 1);
  const seed = intOption(values, "seed", 0);
  const workers = intOption(values, "workers", 1);
  return {
    ...(samples !== undefined ? { samples } : {}),
    ...(seed !== undefined ? { seed } : {}),
    ...(workers !== undefined ? { workers } : {}),
  };
}

function requireOption(values: OptionValues, name: string, kind: string): string {
  const value = stringOption(values, name);
  if (!value) throw new FrontierError("usage", `chart ${kind} needs --${name}`);
  return value;
}

function chartRequest(values: OptionValues, kind: string): ModelChartRequest {
  if (kind === "fan" || kind === "compare")
    return { kind, variable: requireOption(values, "variable", kind) };
  if (kind === "tornado") return { kind, target: requireOption(values, "target", kind) };
  return { kind: "histogram", output: requireOption(values, "output", kind) };
}

/** The spec of a scenario chart: fan, tornado, histogram or compare. */
export async function modelChartSpec(
  context: CommandContext,
  kind: string,
  args: string[],
  lang: Language,
): Promise<TopLevelSpec> {
  const { io, values } = context;
  const options = runOptionsOf(values);
  const expected = kind === "compare" ? 2 : 1;
  if (args.length !== expected)
    throw new FrontierError(
      "usage",
      kind === "compare" ? "chart compare <a.yaml> <b.yaml> --variable V" : `chart ${kind} <scenario.yaml>`,
    );
  const asOf = asOfOption(values);
  return withModelLedger(values, io, async (store) => {
    const sources = args.map((path) => ({ file: resolve(io.cwd, path), shown: path }));
    const prepared = await loadRunnableScenarios(sources, store, asOf, (text) => io.stderr(`${text}\n`));
    return buildModelChart(store, prepared, args, chartRequest(values, kind), { ...options, lang, asOf });
  });
}
