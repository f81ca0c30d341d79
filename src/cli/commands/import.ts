import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { type Claim, FrontierError, isRealIsoDate, printable } from "../../core/index.js";
import { baseName } from "../../documents/index.js";
import { isOnOrBefore, type LedgerStore } from "../../ledger/index.js";
import type { LedgerChanges } from "../../reconcile/index.js";
import { summariseChanges } from "../../report/changes-text.js";
import {
  parseMapping,
  planSnapshot,
  readSnapshotTable,
  type SnapshotPlan,
  snapshotDocument,
  type TableMapping,
  tableMessages,
} from "../../tables/index.js";
import { changesWith } from "../../use-cases/changes.js";
import { booleanOption, type Command, LEDGER_HELP, LEDGER_OPTIONS, stringOption } from "../command.js";
import type { CliIo } from "../io.js";
import { withLedger } from "../ledger-option.js";

/** What an import did, as `--json` prints it. */
interface ImportReport {
  file: string;
  table: string;
  status: "stored" | "present" | "unchanged" | "invalid";
  documentId: string | null;
  published: string | null;
  rows: number;
  added: number;
  revised: number;
  unchanged: number;
  claimIds: string[];
  errors: string[];
  changes: LedgerChanges | null;
}

export const importCommand: Command = {
  name: "import",
  summary: "import a CSV table with a mapping file: each row a claim, a newer snapshot a revision",
  usage: "<table.csv> --mapping MAPPING.yaml|json [--published YYYY-MM-DD] [--db PATH] [--json]",
  help: {
    mapping: "how columns become claim fields (mappings/epoch-ai-companies.yaml is one)",
    published: "the snapshot's date (default: today); a newer snapshot of the same table needs a later date",
    ...LEDGER_HELP,
    json: "print what was imported (rows added, revised, unchanged; errors) as JSON",
  },
  options: { mapping: { type: "string" }, published: { type: "string" }, ...LEDGER_OPTIONS },
  run: async ({ io, values, positionals }) => {
    const [file, ...extra] = positionals.map(String);
    if (!file)
      throw new FrontierError("usage", "give a CSV table: frontier-ledger import TABLE.csv --mapping M.yaml");
    if (extra.length > 0)
      throw new FrontierError("usage", `unexpected argument '${extra[0]}': import one table at a time`);
    const mappingPath = stringOption(values, "mapping");
    if (!mappingPath) throw new FrontierError("usage", "import needs --mapping FILE (YAML or JSON)");
    const published = publishedOption(stringOption(values, "published"));
    const mapping = parseMapping(await readText(io, mappingPath, "--mapping"), mappingPath);
    if (!mapping.ok) throw new FrontierError("usage", mapping.error);
    const json = booleanOption(values, "json");
    const table = readSnapshotTable(await readText(io, file, "table"), mapping.value, file);
    const report = emptyReport(file, mapping.value, published.date);
    if (!table.ok) {
      if (json)
        io.stdout(`${JSON.stringify({ ...report, status: "invalid", errors: table.errors }, null, 2)}\n`);
      else for (const error of table.errors) io.stderr(`${printable(error)}\n`);
      const count = `${table.errors.length} bad row${table.errors.length === 1 ? "" : "s"}`;
      throw new FrontierError("invalid_input", `${file}: ${count}; nothing was imported`);
    }
    report.rows = table.value.rows.length;
    const outcome = await withLedger(values, io, (store) =>
      storeSnapshot(store, table.value, mapping.value, { file, ...published }, report),
    );
    if (json) io.stdout(`${JSON.stringify(outcome, null, 2)}\n`);
    else io.stdout(`${importSummary(outcome)}\n`);
    return 0;
  },
};

function publishedOption(text: string | undefined): { date: string; evidence: string } {
  if (text === undefined) {
    const today = new Date().toISOString().slice(0, 10);
    return { date: today, evidence: `imported on ${today} (no --published)` };
  }
  if (!/^\d{4}(-\d{2}(-\d{2})?)?$/.test(text) || !isRealIsoDate(text))
    throw new FrontierError("usage", `--published expects a date YYYY-MM-DD, not '${text}'`);
  return { date: text, evidence: "given with --published" };
}

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

function emptyReport(file: string, mapping: TableMapping, published: string): ImportReport {
  return {
    file,
    table: mapping.title,
    status: "unchanged",
    documentId: null,
    published,
    rows: 0,
    added: 0,
    revised: 0,
    unchanged: 0,
    claimIds: [],
    errors: [],
    changes: null,
  };
}

/** The figures the earlier snapshots of the table gave, oldest snapshot first, as the table said them. */
async function earlierFigures(
  store: LedgerStore,
  mapping: TableMapping,
): Promise<{ claims: Claim[]; latest: string | null }> {
  const titled = (await store.listDocuments()).filter((d) => d.title === mapping.title);
  const formats = await Promise.all(titled.map(async (d) => (await store.getDocument(d.id))?.format));
  const snapshots = titled
    .filter((_d, i) => formats[i] === "csv")
    .sort(
      (a, b) =>
        (a.published ?? "").localeCompare(b.published ?? "") || a.ingestedAt.localeCompare(b.ingestedAt),
    );
  const claims: Claim[] = [];
  for (const snapshot of snapshots)
    for (const stored of await store.listClaims({ documentId: snapshot.id, includeRejected: true })) {
      const {
        id: _id,
        documentId: _d,
        reported: _r,
        status: _s,
        version: _v,
        original,
        reviewedAt: _a,
        ...fields
      } = stored;
      claims.push(original ?? fields);
    }
  return { claims, latest: snapshots.at(-1)?.published ?? null };
}

async function storeSnapshot(
  store: LedgerStore,
  table: { text: string; rows: { line: number; claim: Claim }[] },
  mapping: TableMapping,
  source: { file: string; date: string; evidence: string },
  report: ImportReport,
): Promise<ImportReport> {
  const document = snapshotDocument(table.text, mapping, {
    file: baseName(source.file),
    published: source.date,
    evidence: source.evidence,
  });
  const known = await store.findDocumentByHash(document.contentHash);
  if (known) return { ...report, status: "present", documentId: known.id, published: known.published };
  const earlier = await earlierFigures(store, mapping);
  const plan = planSnapshot(table.rows, earlier.claims);
  const counts = { added: plan.added.length, revised: plan.revised.length, unchanged: plan.unchanged.length };
  if (plan.revised.length > 0 && earlier.latest !== null && isOnOrBefore(source.date, earlier.latest))
    throw new FrontierError("usage", tableMessages.staleSnapshot(source.file, source.date, earlier.latest));
  if (plan.added.length + plan.revised.length === 0) return { ...report, ...counts };
  const outcome = await store.insertDocument(document, storedClaims(plan));
  const changes = await changesWith(store, [outcome.documentId]);
  return {
    ...report,
    ...counts,
    status: "stored",
    documentId: outcome.documentId,
    claimIds: outcome.claimIds,
    changes,
  };
}

function storedClaims(plan: SnapshotPlan): Claim[] {
  return [...plan.added, ...plan.revised].sort((a, b) => a.line - b.line).map((row) => row.claim);
}

function importSummary(report: ImportReport): string {
  if (report.status === "present")
    return `${report.file}: already in the ledger as document ${report.documentId} (snapshot of ${report.published}); nothing changed`;
  const counts = `${report.rows} row${report.rows === 1 ? "" : "s"}: ${report.added} new, ${report.revised} revised, ${report.unchanged} unchanged`;
  if (report.status === "unchanged") return `${report.file}: ${counts}; nothing stored`;
  const changes = report.changes ? `\n${summariseChanges(report.changes)}` : "";
  return `${report.file}: ${counts}; stored as document ${report.documentId} (${report.table}, snapshot of ${report.published})${changes}`;
}
