import { resolve } from "node:path";
import { FrontierError } from "../../core/index.js";
import type { LedgerStore } from "../../ledger/port.js";
import { reportFormatOf, writeReport } from "../../report/build-report.js";
import { type ReportLabels, reportLabels } from "../../report/report-labels.js";
import { assembleReport } from "../../use-cases/report.js";
import { AS_OF_HELP, AS_OF_OPTIONS, asOfOption } from "../as-of-option.js";
import {
  booleanOption,
  type Command,
  LEDGER_HELP,
  LEDGER_OPTIONS,
  type OptionValues,
  stringOption,
} from "../command.js";
import type { CliIo } from "../io.js";
import { openLedgerFor } from "../ledger-option.js";
import { languageOption } from "./chart.js";
import { runOptionsOf } from "./chart-model.js";
import { ledgerChoice } from "./model-shared.js";

/**
 * Runs `body` with the ledger the model commands read (model-shared.ts, ledgerChoice): --db or
 * DATABASE_URL, else the default ledger when its folder exists, else none; --no-ledger reads none. A ledger that cannot be opened does not stop the report: `body`
 * gets null and a note saying why.
 */
async function withReportLedger<T>(
  values: OptionValues,
  io: CliIo,
  t: ReportLabels,
  body: (store: LedgerStore | null, note: string | null) => Promise<T>,
): Promise<T> {
  const choice = ledgerChoice(values, io);
  if (choice.kind === "off") return body(null, t.ledgerOff);
  if (choice.kind === "absent") return body(null, t.noLedger);
  let store: LedgerStore;
  try {
    store = await openLedgerFor(values, io);
  } catch (error) {
    const reason = (error as Error).message.split("\n")[0] ?? "";
    io.stderr(`warning: ${t.ledgerUnavailable(reason)}\n`);
    return body(null, t.ledgerUnavailable(reason));
  }
  try {
    return await body(store, null);
  } finally {
    await store.close();
  }
}

/**
 * `report`: runs the scenario (bound to the ledger when one is read), reconciles the ledger, runs
 * the arithmetic checks, and writes the report. The answers are read from the scenario by naming
 * convention, with no report section in the scenario schema:
 * - P(cash flow positive by YEAR): the first event whose name contains "positive", YEAR from its
 *   name (cash_flow_positive_by_2030);
 * - funding needed: the scalar funding_gap (else the first scalar naming "fund"), until the year in
 *   its name or the last year its formula names (min_over(cash_before_new_funding, 2025, 2030));
 *   the tornado measures what moves it, the histogram shows the output `cash` in that year;
 * - the fan of output V carries the ledger's facts of the (entity, metric) bound by inputs whose
 *   metric is V or whose name is V_<something> (revenue_2025 → revenue).
 * See src/report/from-model.ts for the details.
 */
export const reportCommand: Command = {
  name: "report",
  summary: "run a scenario, reconcile the ledger and write an HTML or Markdown report with its charts",
  usage:
    "<scenario> --out report.html|report.md [--db PATH] [--as-of DATE] [--since DATE] [--samples N] [--seed S] [--lang fr|en] [--entity E] [--queue [--detach]]",
  help: {
    out: "report file: .html (self-contained) or .md (PNG charts written beside it)",
    samples: "Monte Carlo samples (default: the scenario's, else 100000)",
    seed: "random seed (default: the scenario's, else 42)",
    workers: "worker threads (default: all cores); results do not depend on it",
    lang: "report language: en (default) or fr",
    entity: "entity whose reported figures the report charts (default: the one with most facts)",
    scale: "PNG pixel density for .md reports (default 2)",
    ...LEDGER_HELP,
    "no-ledger": "do not read a ledger: the scenario alone, `from:` inputs on their fallbacks",
    json: "print the files written as JSON",
    since: "add a 'What changed' section: the ledger since this date (YYYY[-MM[-DD]])",
    ...AS_OF_HELP,
    queue:
      "render on a `worker` process through the job queue (PostgreSQL ledger, .html only), then write it",
    detach: "with --queue: print the job id and return at once (`jobs show ID --json` has the HTML)",
  },
  options: {
    out: { type: "string" },
    samples: { type: "string" },
    seed: { type: "string" },
    workers: { type: "string" },
    lang: { type: "string" },
    entity: { type: "string" },
    scale: { type: "string" },
    since: { type: "string" },
    ...AS_OF_OPTIONS,
    ...LEDGER_OPTIONS,
    "no-ledger": { type: "boolean" },
    queue: { type: "boolean" },
    detach: { type: "boolean" },
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
    const scaleText = stringOption(values, "scale");
    const scale = scaleText === undefined ? 2 : Number(scaleText);
    if (!(scale > 0 && scale <= 8))
      throw new FrontierError("usage", `--scale expects a number in (0, 8], not '${scaleText}'`);

    const runOptions = runOptionsOf(values);
    const asOf = asOfOption(values);
    const since = stringOption(values, "since");
    if (since !== undefined && !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(since))
      throw new FrontierError(
        "usage",
        `--since expects a date YYYY-MM-DD (or YYYY-MM, YYYY), not '${since}'`,
      );
    const entity = stringOption(values, "entity");
    if (booleanOption(values, "queue")) {
      if (reportFormatOf(out) !== "html" || values["no-ledger"] === true)
        throw new FrontierError(
          "usage",
          "--queue renders .html reports bound to the ledger: drop --no-ledger",
        );
      const { renderThroughQueue } = await import("../queued-jobs.js");
      const job = { scenario, lang, entity, asOf, since: since ?? null, ...runOptions };
      return renderThroughQueue(job, resolve(io.cwd, out), values, io);
    }
    if (values.detach === true) throw new FrontierError("usage", "--detach goes with --queue");
    const t = reportLabels(lang);
    const input = await withReportLedger(values, io, t, (store, ledgerNote) =>
      assembleReport(store, ledgerNote, {
        ...runOptions,
        scenario: { file: resolve(io.cwd, scenario), shown: scenario },
        lang,
        entity,
        asOf,
        since: since ?? null,
        onWarning: (text) => io.stderr(`${text}\n`),
      }),
    );
    const written = await writeReport(input, resolve(io.cwd, out), { scale });
    if (booleanOption(values, "json")) io.stdout(`${JSON.stringify({ written }, null, 2)}\n`);
    else io.stderr(written.map((path) => `wrote ${path}\n`).join(""));
    return 0;
  },
};
