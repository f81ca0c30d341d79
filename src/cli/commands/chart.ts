import { writeFile } from "node:fs/promises";
import { resolve } from "node:path";
import type { TopLevelSpec } from "vega-lite";
import { FrontierError, type Language } from "../../core/index.js";
import { CHART_FORMATS, type ChartFormat, renderChart } from "../../report/render.js";
import { buildCommitmentsSpec } from "../../report/specs/commitments.js";
import { buildClaimTimelineSpec } from "../../report/specs/timeline.js";
import { readCommitmentsChart, readTimelineChart } from "../../use-cases/charts.js";
import { AS_OF_HELP, AS_OF_OPTIONS, asOfOption } from "../as-of-option.js";
import {
  booleanOption,
  type Command,
  type CommandContext,
  LEDGER_HELP,
  LEDGER_OPTIONS,
  stringOption,
} from "../command.js";
import { withLedger } from "../ledger-option.js";
import { MODEL_CHART_KINDS, modelChartSpec } from "./chart-model.js";

const LEDGER_KINDS = ["timeline", "commitments"] as const;
const KINDS = [...MODEL_CHART_KINDS, ...LEDGER_KINDS];

export function languageOption(value: string | undefined): Language {
  if (value === undefined || value === "en" || value === "fr") return value ?? "en";
  throw new FrontierError("usage", `--lang expects fr or en, not '${value}'`);
}

function formatOption(value: string | undefined, out: string | undefined): ChartFormat {
  const format = value ?? (out?.endsWith(".png") ? "png" : out?.endsWith(".vl.json") ? "vl.json" : "svg");
  if (!(CHART_FORMATS as readonly string[]).includes(format))
    throw new FrontierError("usage", `--format expects one of ${CHART_FORMATS.join(", ")}, not '${format}'`);
  return format as ChartFormat;
}

async function ledgerChartSpec(
  context: CommandContext,
  kind: string,
  args: string[],
  lang: Language,
): Promise<TopLevelSpec> {
  const { io, values } = context;
  const asOf = asOfOption(values);
  if (kind === "timeline") {
    const [entity, metric, extra] = args;
    if (!entity || !metric || extra !== undefined)
      throw new FrontierError("usage", "chart timeline <entity> <metric>");
    return withLedger(values, io, async (store) => {
      const { input } = await readTimelineChart(store, { entity, metric, asOf });
      if (booleanOption(values, "log") && input.facts.some((f) => (f.low ?? f.value) <= 0))
        throw new FrontierError(
          "usage",
          `--log needs figures above zero; ${entity} ${metric} has some at or below zero`,
        );
      return buildClaimTimelineSpec(input, { lang, log: booleanOption(values, "log") });
    });
  }
  const [entity, extra] = args;
  if (!entity || extra !== undefined) throw new FrontierError("usage", "chart commitments <entity>");
  return withLedger(values, io, async (store) =>
    buildCommitmentsSpec(await readCommitmentsChart(store, { entity, asOf }), { lang }),
  );
}

export const chartCommand: Command = {
  name: "chart",
  summary:
    "draw one chart (fan, timeline, commitments, tornado, histogram, compare) as SVG, PNG or Vega-Lite JSON",
  usage:
    "<fan <scenario> --variable V | timeline <entity> <metric> [--log] | commitments <entity> | tornado <scenario> --target T | histogram <scenario> --output O | compare <a> <b> --variable V> [--as-of DATE] [--format svg|png|vl.json] [--out FILE]",
  help: {
    format: "svg (default), png or vl.json; taken from --out's extension when absent",
    out: "file to write; SVG and vl.json go to standard output without it",
    lang: "language of the labels and numbers: en (default) or fr",
    log: "timeline: the value axis on a log scale (reported history spanning orders of magnitude)",
    variable: "fan, compare: the scenario output to draw",
    target:
      "tornado: a scalar (funding_gap) or an output in a year (cash@2030 or cash[2030]) whose median the inputs move",
    output: "histogram: a scalar (funding_gap) or an output, in a year with output@YEAR (default: the last)",
    samples: "Monte Carlo samples (fan, histogram, compare; tornado: per evaluation, default 20000)",
    seed: "random seed (fan, tornado, histogram, compare)",
    workers: "worker threads (default: all cores); results do not depend on it",
    scale: "PNG pixel density (default 2)",
    ...AS_OF_HELP,
    ...LEDGER_HELP,
    "no-ledger": "scenario charts: do not bind `from:` inputs to a ledger (default: read it, as report does)",
    json: "print what was written as JSON",
  },
  options: {
    format: { type: "string" },
    out: { type: "string" },
    lang: { type: "string" },
    log: { type: "boolean" },
    variable: { type: "string" },
    target: { type: "string" },
    output: { type: "string" },
    samples: { type: "string" },
    seed: { type: "string" },
    workers: { type: "string" },
    scale: { type: "string" },
    ...AS_OF_OPTIONS,
    ...LEDGER_OPTIONS,
    "no-ledger": { type: "boolean" },
  },
  run: async (context) => {
    const { io, values, positionals } = context;
    const [kind, ...args] = positionals;
    if (!kind) throw new FrontierError("usage", `chart needs a kind: ${KINDS.join(", ")}`);
    if (!(KINDS as readonly string[]).includes(kind))
      throw new FrontierError("usage", `unknown chart kind '${kind}': expected one of ${KINDS.join(", ")}`);
    const out = stringOption(values, "out");
    const format = formatOption(stringOption(values, "format"), out);
    if (format === "png" && out === undefined)
      throw new FrontierError("usage", "--format png needs --out FILE");
    const lang = languageOption(stringOption(values, "lang"));
    const scaleText = stringOption(values, "scale");
    const scale = scaleText === undefined ? 2 : Number(scaleText);
    if (!(scale > 0 && scale <= 8))
      throw new FrontierError("usage", `--scale expects a number in (0, 8], not '${scaleText}'`);

    const spec = (LEDGER_KINDS as readonly string[]).includes(kind)
      ? await ledgerChartSpec(context, kind, args, lang)
      : await modelChartSpec(context, kind, args, lang);
    const rendered = await renderChart(spec, format, { scale });
    if (out === undefined) {
      io.stdout(typeof rendered === "string" ? rendered : "");
      return 0;
    }
    const path = resolve(io.cwd, out);
    await writeFile(path, rendered);
    if (booleanOption(values, "json")) io.stdout(`${JSON.stringify({ kind, format, out: path })}\n`);
    else io.stderr(`wrote ${path}\n`);
    return 0;
  },
};
