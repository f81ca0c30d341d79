import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { FrontierError, printable } from "../../core/index.js";
import { summariseChanges } from "../../report/changes-text.js";
import { type ImportReport, importTable, invalidTableMessage, snapshotDate } from "../../use-cases/import.js";
import { booleanOption, type Command, LEDGER_HELP, LEDGER_OPTIONS, stringOption } from "../command.js";
import type { CliIo } from "../io.js";
import { withLedger } from "../ledger-option.js";

export const importCommand: Command = {
  name: "import",
  summary: "import a CSV table with a mapping file: each row a claim, a newer snapshot a revision",
  usage:
    "<table.csv> --mapping MAPPING.yaml|json [--published YYYY-MM-DD] [--db PATH] [--queue [--detach]] [--json]",
  help: {
    mapping: "how columns become claim fields (mappings/epoch-ai-companies.yaml is one)",
    published: "the snapshot's date (default: today); a newer snapshot of the same table needs a later date",
    ...LEDGER_HELP,
    json: "print what was imported (rows added, revised, unchanged; errors) as JSON",
    queue: "import on a `worker` process through the job queue (PostgreSQL ledger only) and follow it",
    detach: "with --queue: print the job id and return at once",
  },
  options: {
    mapping: { type: "string" },
    published: { type: "string" },
    queue: { type: "boolean" },
    detach: { type: "boolean" },
    ...LEDGER_OPTIONS,
  },
  run: async ({ io, values, positionals }) => {
    const [file, ...extra] = positionals.map(String);
    if (!file)
      throw new FrontierError("usage", "give a CSV table: frontier-ledger import TABLE.csv --mapping M.yaml");
    if (extra.length > 0)
      throw new FrontierError("usage", `unexpected argument '${extra[0]}': import one table at a time`);
    const mappingPath = stringOption(values, "mapping");
    if (!mappingPath) throw new FrontierError("usage", "import needs --mapping FILE (YAML or JSON)");
    const published = snapshotDate(
      stringOption(values, "published"),
      "--published",
      new Date().toISOString().slice(0, 10),
    );
    const mapping = { text: await readText(io, mappingPath, "--mapping"), file: mappingPath };
    const table = { text: await readText(io, file, "table"), file };
    const json = booleanOption(values, "json");
    const request = { table, mapping, published };
    if (values.detach === true && values.queue !== true)
      throw new FrontierError("usage", "--detach goes with --queue");
    const outcome: ImportOutcome | null =
      values.queue === true
        ? await (await import("../queued-jobs.js")).importThroughQueue(request, values, io)
        : await withLedger(values, io, (store) => importTable(store, request));
    if (outcome === null) return 0;
    if (outcome.status === "invalid") {
      if (json) io.stdout(`${JSON.stringify(outcome, null, 2)}\n`);
      else for (const error of outcome.errors) io.stderr(`${printable(error)}\n`);
      throw new FrontierError("invalid_input", invalidTableMessage(outcome));
    }
    if (json) io.stdout(`${JSON.stringify(outcome, null, 2)}\n`);
    else io.stdout(`${importSummary(outcome)}\n`);
    return 0;
  },
};

async function readText(io: CliIo, path: string, what: string): Promise<string> {
  try {
    return await readFile(resolve(io.cwd, path), "utf8");
  } catch (error) {
    throw new FrontierError(
      "usage",
      `${what === "table" ? "" : `${what} `}${path}: cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`,
    );
  }
}

/** What an import did, here or on a worker (which gives the number of claims, not their ids). */
type ImportOutcome = Omit<ImportReport, "changes" | "claimIds"> & Partial<Pick<ImportReport, "changes">>;

function importSummary(report: ImportOutcome): string {
  if (report.status === "present")
    return `${report.file}: already in the ledger as document ${report.documentId} (snapshot of ${report.published}); nothing changed`;
  const counts = `${report.rows} row${report.rows === 1 ? "" : "s"}: ${report.added} new, ${report.revised} revised, ${report.unchanged} unchanged`;
  if (report.status === "unchanged") return `${report.file}: ${counts}; nothing stored`;
  const changes = report.changes ? `\n${summariseChanges(report.changes)}` : "";
  return `${report.file}: ${counts}; stored as document ${report.documentId} (${report.table}, snapshot of ${report.published})${changes}`;
}
