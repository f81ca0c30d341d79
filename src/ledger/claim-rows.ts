import type { Claim } from "../core/index.js";
import { claimIdFor } from "./claim-id.js";
import type { SqlExecutor } from "./sql-client.js";

/** Claims as table rows: one INSERT text for a document's first claims and for re-extracted ones. */

const CLAIM_COLUMNS = [
  "id",
  "document_id",
  "entity",
  "counterparty",
  "metric",
  "value_low",
  "value_high",
  "bound",
  "unit",
  "period",
  "qualifier",
  "attribution",
  "item",
  "span_start",
  "span_end",
  "quote",
  "confidence",
  "explanation",
  "report_key",
] as const;
const JSONB_COLUMNS = new Set<string>(["period"]);
/** Rows per INSERT statement, well under PostgreSQL's 65,535 parameters. */
export const CLAIM_ROWS_PER_STATEMENT = 500;

/** A claim's report_key when its document is undated: '~' is above every ISO date in byte order. */
export const UNDATED_KEY = "~";

/** One row per distinct claim id: a claim extracted twice with the same span, metric, entity and value is stored once. */
export function uniqueClaimRows(documentId: string, published: string | null, claims: Claim[]): unknown[][] {
  const seen = new Set<string>();
  const rows: unknown[][] = [];
  for (const claim of claims) {
    const id = claimIdFor(documentId, claim);
    if (seen.has(id)) continue;
    seen.add(id);
    rows.push([
      id,
      documentId,
      claim.entity,
      claim.counterparty,
      claim.metric,
      claim.value.low,
      claim.value.high,
      claim.value.bound,
      claim.unit,
      claim.period === null ? null : JSON.stringify(claim.period),
      claim.qualifier,
      claim.attribution,
      claim.item,
      claim.span.start,
      claim.span.end,
      claim.quote,
      claim.confidence ?? null,
      claim.explanation ?? null,
      published ?? UNDATED_KEY,
    ]);
  }
  return rows;
}

export async function insertClaimRows(tx: SqlExecutor, rows: unknown[][]): Promise<void> {
  if (rows.length === 0) return;
  const params: unknown[] = [];
  const tuples = rows.map((row) => {
    const slots = row.map((value, column) => {
      params.push(value);
      return JSONB_COLUMNS.has(CLAIM_COLUMNS[column]!) ? `$${params.length}::jsonb` : `$${params.length}`;
    });
    return `(${slots.join(", ")})`;
  });
  await tx.query(`INSERT INTO claims (${CLAIM_COLUMNS.join(", ")}) VALUES ${tuples.join(", ")}`, params);
}
