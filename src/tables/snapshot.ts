import { createHash } from "node:crypto";
import { type AnalysedDocument, type Claim, isAsOf } from "../core/index.js";
import type { TableMapping } from "./mapping.js";
import { tableMessages } from "./messages.js";
import { rowClaim } from "./row-claim.js";
import { normaliseTableText, readTable } from "./rows.js";

/**
 * A table snapshot as a ledger document: its text is the table, each row a span, each figure a
 * claim. Against the earlier snapshots of the same table, a row whose figure is unchanged adds
 * nothing; a changed figure is stored (the reconciliation sees the later snapshot revise it); a
 * new figure is stored. Pure: no I/O, no clock.
 */

export interface RowClaim {
  line: number;
  claim: Claim;
}

export interface ReadSnapshot {
  text: string;
  rows: RowClaim[];
}

/** Every row as a claim, or every bad row's one-line error (nothing is half-read). */
export function readSnapshotTable(
  raw: string,
  mapping: TableMapping,
  file: string,
): { ok: true; value: ReadSnapshot } | { ok: false; errors: string[] } {
  const text = normaliseTableText(raw);
  const table = readTable(text, file);
  if (!table.ok) return { ok: false, errors: [table.error] };
  const errors: string[] = [];
  for (const [field, column] of Object.entries(mapping.columns))
    if (column !== undefined && !table.value.header.includes(column))
      errors.push(tableMessages.missingColumn(file, column, field, table.value.header));
  if (errors.length > 0) return { ok: false, errors };
  const rows: RowClaim[] = [];
  const seen = new Map<string, number>();
  for (const row of table.value.rows) {
    const outcome = rowClaim(row, mapping, file, text.slice(row.span.start, row.span.end));
    if (!outcome.ok) {
      errors.push(outcome.error);
      continue;
    }
    const key = figureKey(outcome.claim);
    const first = seen.get(key);
    if (first !== undefined) errors.push(tableMessages.duplicateRow(file, row.line, first));
    else seen.set(key, row.line);
    rows.push({ line: row.line, claim: outcome.claim });
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, value: { text, rows } };
}

/** What a row is a figure of: two snapshots' rows with the same key give the same figure, maybe revised. */
export function figureKey(claim: Claim): string {
  return JSON.stringify([
    claim.entity,
    claim.counterparty,
    claim.metric,
    claim.item,
    periodKey(claim.period),
    claim.qualifier,
  ]);
}

function periodKey(period: Claim["period"]): string | null {
  if (period === null) return null;
  return isAsOf(period) ? period.asOf : `${period.start ?? ""}..${period.end ?? ""}`;
}

export interface SnapshotPlan {
  added: RowClaim[];
  revised: RowClaim[];
  unchanged: RowClaim[];
}

/** Sorts the rows against the figures of earlier snapshots (oldest first; the latest value of a figure counts). */
export function planSnapshot(rows: readonly RowClaim[], earlier: readonly Claim[]): SnapshotPlan {
  const latest = new Map(earlier.map((claim) => [figureKey(claim), claim]));
  const plan: SnapshotPlan = { added: [], revised: [], unchanged: [] };
  for (const row of rows) {
    const before = latest.get(figureKey(row.claim));
    if (!before) plan.added.push(row);
    else if (sameValue(before, row.claim)) plan.unchanged.push(row);
    else plan.revised.push(row);
  }
  return plan;
}

function sameValue(a: Claim, b: Claim): boolean {
  return (
    a.unit === b.unit &&
    a.value.low === b.value.low &&
    a.value.high === b.value.high &&
    a.value.bound === b.value.bound
  );
}

export interface SnapshotSource {
  /** The file name as given. */
  file: string;
  /** ISO date of the snapshot. */
  published: string;
  /** How the date was found, for people. */
  evidence: string;
}

/** The snapshot as a document the ledger stores as it stores a report. */
export function snapshotDocument(
  text: string,
  mapping: TableMapping,
  source: SnapshotSource,
): AnalysedDocument {
  return {
    source: mapping.source ?? source.file,
    format: "csv",
    title: mapping.title,
    language: mapping.language,
    languageConfidence: 1,
    published: source.published,
    publishedHow: "given",
    publishedConfidence: "high",
    publishedEvidence: source.evidence,
    outlet: mapping.outlet,
    text,
    furniture: [],
    contentHash: createHash("sha256").update(text, "utf8").digest("hex"),
    raw: new TextEncoder().encode(text),
  };
}
