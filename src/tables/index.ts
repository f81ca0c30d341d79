export { COLUMN_FIELDS, type ColumnField, parseMapping, type TableMapping } from "./mapping.js";
export { tableMessages } from "./messages.js";
export { parsePeriod, parseValue, rowClaim } from "./row-claim.js";
export { normaliseTableText, readTable, type Table, type TableRow } from "./rows.js";
export {
  figureKey,
  planSnapshot,
  type ReadSnapshot,
  type RowClaim,
  readSnapshotTable,
  type SnapshotPlan,
  type SnapshotSource,
  snapshotDocument,
} from "./snapshot.js";
