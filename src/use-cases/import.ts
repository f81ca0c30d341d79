import { type Claim, FrontierError, isRealIsoDate } from "../core/index.js";
import { baseName } from "../documents/index.js";
import { isOnOrBefore, type LedgerStore } from "../ledger/index.js";
import {
  parseMapping,
  planSnapshot,
  readSnapshotTable,
  type SnapshotPlan,
  snapshotDocument,
  type TableMapping,
  tableMessages,
} from "../tables/index.js";
import { changesWith } from "./changes.js";
import type { ImportReport } from "./import-report.js";

export type { ImportReport } from "./import-report.js";

/**
 * A CSV table imported with a mapping: each row a claim whose source is the row. The table is one
 * document keyed by its bytes (the same file again changes nothing); a newer snapshot of the same
 * table stores only its new and revised rows, in one transaction. `import` and POST /api/import call it.
 */

export interface ImportRequest {
  /** The CSV's text and the name its errors give (file:line). */
  table: { text: string; file: string };
  /** The mapping's text (YAML or JSON) and its name. */
  mapping: { text: string; file: string };
  /** The snapshot's date and how it was established. */
  published: { date: string; evidence: string };
}

/**
 * The snapshot's date: the one given (`what` names where, e.g. "--published"), else today.
 * A usage error when it is not a date.
 */
export function snapshotDate(
  text: string | undefined,
  what: string,
  today: string,
): { date: string; evidence: string } {
  if (text === undefined) return { date: today, evidence: `imported on ${today} (no ${what})` };
  if (!/^\d{4}(-\d{2}(-\d{2})?)?$/.test(text) || !isRealIsoDate(text))
    throw new FrontierError("usage", `${what} expects a date YYYY-MM-DD, not '${text}'`);
  return { date: text, evidence: `given with ${what}` };
}

/**
 * Reads the mapping and the table and stores the snapshot. A mapping that cannot be read is a usage
 * error; a table with bad rows stores nothing and comes back "invalid" with one file:line error a row.
 */
export async function importTable(store: LedgerStore, request: ImportRequest): Promise<ImportReport> {
  const { table: source, published } = request;
  const mapping = parseMapping(request.mapping.text, request.mapping.file);
  if (!mapping.ok) throw new FrontierError("usage", mapping.error);
  const table = readSnapshotTable(source.text, mapping.value, source.file);
  const report = emptyReport(source.file, mapping.value, published.date);
  if (!table.ok) return { ...report, status: "invalid", errors: table.errors };
  report.rows = table.value.rows.length;
  return storeSnapshot(store, table.value, mapping.value, { file: source.file, ...published }, report);
}

/** "table.csv: 2 bad rows; nothing was imported". */
export function invalidTableMessage(report: Pick<ImportReport, "file" | "errors">): string {
  const count = `${report.errors.length} bad row${report.errors.length === 1 ? "" : "s"}`;
  return `${report.file}: ${count}; nothing was imported`;
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
