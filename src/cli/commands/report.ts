import { resolve } from "node:path";
import { FrontierError } from "../../core/index.js";
import { reportFormatOf, writeReport } from "../../report/build-report.js";
import { readLedgerView } from "../../report/chart-data.js";
import { ledgerReportParts } from "../../report/from-ledger-view.js";
import { reportChecks } from "../../report/from-reconcile.js";
import { reportLabels } from "../../report/report-labels.js";
import type { ReportInput } from "../../report/report-types.js";
import { booleanOption, type Command, LEDGER_HELP, LEDGER_OPTIONS, stringOption } from "../command.js";
import { withLedger } from "../ledger-option.js";
import { languageOption } from "./chart.js";
import { scenarioReportPart } from "./chart-model.js";

function integerOption(text: string | undefined, name: string, min: number): number | undefined {
  if (text === undefined) return undefined;
  const value = Number(text);
  if (!Number.isInteger(value) || value < min)
    throw new FrontierError("usage", `--${name} expects an integer ≥ ${min}, not '${text}'`);
  return value;
}

export const reportCommand: Command = {
  name: "report",
  summary: "run a scenario, reconcile the ledger and write an HTML or Markdown report with its charts",
  usage:
    "<scenario> --out report.html|report.md [--db PATH] [--samples N] [--seed S] [--lang fr|en] [--entity E]",
  help: {
    out: "report file: .html (self-contained) or .md (PNG charts written beside it)",
    samples: "Monte Carlo samples (default: the scenario's, else 100000)",
    seed: "random seed (default: the scenario's, else 42)",
    lang: "report language: en (default) or fr",
    entity: "entity whose reported figures the report charts (default: the one with most facts)",
    scale: "PNG pixel density for .md reports (default 2)",
    ...LEDGER_HELP,
    json: "print the files written as JSON",
  },
  options: {
    out: { type: "string" },
    samples: { type: "string" },
    seed: { type: "string" },
    lang: { type: "string" },
    entity: { type: "string" },
    scale: { type: "string" },
    ...LEDGER_OPTIONS,
  },
  run: async (context) => {
    const { io, values, positionals } = context;
    const [scenario, extra] = positionals;
    if (!scenario) throw new FrontierError("usage", "report needs a scenario file");
    if (extra !== undefined) throw new FrontierError("usage", `unexpected argument '${extra}'`);
    const out = stringOption(values, "out");
    if (!out) throw new FrontierError("usage", "report needs --out report.html or --out report.md");
    reportFormatOf(out);
    const lang = languageOption(stringOption(values, "lang"));
    const samples = integerOption(stringOption(values, "samples"), "samples", 1);
    const seed = integerOption(stringOption(values, "seed"), "seed", 0);
    const scaleText = stringOption(values, "scale");
    const scale = scaleText === undefined ? 2 : Number(scaleText);
    if (!(scale > 0 && scale <= 8))
      throw new FrontierError("usage", `--scale expects a number in (0, 8], not '${scaleText}'`);

    const modelPart = await scenarioReportPart(context, resolve(io.cwd, scenario), { samples, seed, lang });
    const view = await withLedger(values, io, (store) => readLedgerView(store));
    const entity = stringOption(values, "entity");
    const ledgerPart = ledgerReportParts(view.reconciliation, view.documents, entity);
    const input: ReportInput = {
      ...modelPart,
      lang,
      title: reportLabels(lang).reportTitle(modelPart.scenario.name),
      timelines: ledgerPart.timelines,
      commitments: ledgerPart.commitments,
      checks: reportChecks([]),
      sources: ledgerPart.sources,
    };
    const written = await writeReport(input, resolve(io.cwd, out), { scale });
    if (booleanOption(values, "json")) io.stdout(`${JSON.stringify({ written }, null, 2)}\n`);
    else io.stderr(written.map((path) => `wrote ${path}\n`).join(""));
    return 0;
  },
};
