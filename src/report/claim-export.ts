import { isAsOf } from "../core/index.js";
import type { StoredClaim } from "../ledger/index.js";

/** Claims as CSV rows and JSON Lines, as the dashboard exports a filtered table. */

type Cell = string | number | null | undefined;

function rangeOf(claim: StoredClaim): { start: string | null; end: string | null } | null {
  return claim.period && !isAsOf(claim.period) ? claim.period : null;
}

/** The claim CSV's columns and how each reads a stored claim: one table for the CLI and the dashboard. */
const CLAIM_CSV_COLUMNS: ReadonlyArray<readonly [string, (claim: StoredClaim) => Cell]> = [
  ["id", (c) => c.id],
  ["document", (c) => c.documentId],
  ["reported", (c) => c.reported],
  ["entity", (c) => c.entity],
  ["counterparty", (c) => c.counterparty],
  ["metric", (c) => c.metric],
  ["low", (c) => c.value.low],
  ["high", (c) => c.value.high],
  ["bound", (c) => c.value.bound],
  ["unit", (c) => c.unit],
  ["period_start", (c) => rangeOf(c)?.start],
  ["period_end", (c) => rangeOf(c)?.end],
  ["period_as_of", (c) => (c.period && isAsOf(c.period) ? c.period.asOf : null)],
  ["qualifier", (c) => c.qualifier],
  ["attribution", (c) => c.attribution],
  ["item", (c) => c.item],
  ["span_start", (c) => c.span.start],
  ["span_end", (c) => c.span.end],
  ["quote", (c) => c.quote],
  ["confidence", (c) => c.confidence],
  ["status", (c) => c.status],
  ["reviewed_at", (c) => c.reviewedAt],
  ["version", (c) => c.version],
];

/**
 * One CSV field (RFC 4180 quoting). A text starting with = + - @ or a tab is prefixed with an
 * apostrophe so that a spreadsheet shows it rather than running it as a formula.
 */
export function csvField(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return String(value);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

export function claimCsvRow(claim: StoredClaim): string {
  return `${CLAIM_CSV_COLUMNS.map(([, cell]) => csvField(cell(claim))).join(",")}\r\n`;
}

export function claimCsvHeader(): string {
  return `${CLAIM_CSV_COLUMNS.map(([name]) => name).join(",")}\r\n`;
}

/** A header and one row a claim, CRLF line ends. */
export function claimsCsv(claims: readonly StoredClaim[]): string {
  return claimCsvHeader() + claims.map(claimCsvRow).join("");
}

export function claimJsonLine(claim: StoredClaim): string {
  return `${JSON.stringify(claim)}\n`;
}
