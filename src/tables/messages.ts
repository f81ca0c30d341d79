/** The tables stage's message catalog: every error an import reports, one line each, naming where. */

export const tableMessages = {
  unreadableMapping: (mapping: string, why: string) => `${mapping}: cannot be read as YAML or JSON: ${why}`,
  invalidMapping: (mapping: string, path: string, why: string) =>
    `${mapping}: ${path === "" ? "" : `${path}: `}${why}`,
  unreadableTable: (file: string, line: number, why: string) => `${file}:${line}: not valid CSV: ${why}`,
  emptyTable: (file: string) => `${file}: no header row and no rows`,
  missingColumn: (file: string, column: string, field: string, header: readonly string[]) =>
    `${file}:1: column '${column}' (the mapping's ${field}) is not in the header; columns: ${header.join(", ")}`,
  badCell: (file: string, line: number, column: string, why: string) =>
    `${file}:${line}: column '${column}': ${why}`,
  missingField: (file: string, line: number, field: string) =>
    `${file}:${line}: no ${field}: the mapping gives it neither a column nor a constant`,
  duplicateRow: (file: string, line: number, first: number) =>
    `${file}:${line}: the same figure as line ${first} (entity, counterparty, metric, item, period and qualifier alike); map a column to item to tell them apart`,
  notANumber: (text: string) => `'${text}' is not a number, a range (A-B) or a bound (~A, >A, <A)`,
  notAMetric: (text: string) =>
    `'${text}' is not a metric of CLAIMS.md §2; map it to one under the mapping's metrics:`,
  notAQualifier: (text: string) => `'${text}' is not a qualifier of CLAIMS.md §7`,
  notADate: (text: string) => `'${text}' is not a real date YYYY, YYYY-MM or YYYY-MM-DD`,
  notAPeriod: (text: string) => `'${text}' is not a period: YYYY, YYYY-Qn, YYYY-Hn, START..END or a date`,
  notADateKind: (text: string, kinds: readonly string[]) =>
    `'${text}' is not a date kind of the mapping's dateKinds: ${kinds.join(", ")}`,
  notAConfidence: (text: string) =>
    `'${text}' is not a confidence: a number in [0, 1] or a word of the mapping's confidence:`,
  empty: () => "empty",
  staleSnapshot: (file: string, published: string, latest: string) =>
    `${file}: this snapshot (dated ${published}) changes figures of a snapshot of the same table dated ${latest}; give --published with a later date`,
} as const;
