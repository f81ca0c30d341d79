import { isAsOf } from "../core/index.js";
import type { StoredClaim } from "../ledger/index.js";

/** Claims as CSV rows and JSON Lines, as the dashboard exports a filtered table. */

export const CLAIM_CSV_COLUMNS = [
  "id",
  "document",
  "reported",
  "entity",
  "counterparty",
  "metric",
  "value_low",
  "value_high",
  "bound",
  "unit",
  "period_start",
  "period_end",
  "as_of",
  "qualifier",
  "confidence",
  "status",
  "version",
  "quote",
] as const;

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
  const period = claim.period;
  const range = period && !isAsOf(period) ? period : null;
  const cells: Record<(typeof CLAIM_CSV_COLUMNS)[number], string | number | null | undefined> = {
    id: claim.id,
    document: claim.documentId,
    reported: claim.reported,
    entity: claim.entity,
    counterparty: claim.counterparty,
    metric: claim.metric,
    value_low: claim.value.low,
    value_high: claim.value.high,
    bound: claim.value.bound,
    unit: claim.unit,
    period_start: range?.start,
    period_end: range?.end,
    as_of: period && isAsOf(period) ? period.asOf : null,
    qualifier: claim.qualifier,
    confidence: claim.confidence,
    status: claim.status,
    version: claim.version,
    quote: claim.quote,
  };
  return `${CLAIM_CSV_COLUMNS.map((column) => csvField(cells[column])).join(",")}\r\n`;
}

export function claimCsvHeader(): string {
  return `${CLAIM_CSV_COLUMNS.join(",")}\r\n`;
}

export function claimJsonLine(claim: StoredClaim): string {
  return `${JSON.stringify(claim)}\n`;
}
