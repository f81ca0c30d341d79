import { parse as parseYaml } from "yaml";
import { z } from "zod";
import { err, isMetric, isQualifier, LANGUAGES, type Metric, ok, type Result } from "../core/index.js";
import { tableMessages } from "./messages.js";

/**
 * How a table's columns become claims: which column holds each claim field, the fields every row
 * shares (constants), the words of the table mapped to the ledger's vocabulary (metrics, units,
 * confidence, date kinds), and a scale every value is multiplied by. YAML or JSON.
 */

/** Claim fields a column can hold. */
export const COLUMN_FIELDS = [
  "entity",
  "counterparty",
  "metric",
  "value",
  "unit",
  "period",
  "asOf",
  "reported",
  "date",
  "dateKind",
  "source",
  "confidence",
  "qualifier",
  "item",
] as const;
export type ColumnField = (typeof COLUMN_FIELDS)[number];

const text = z.string().trim().min(1);
const metricName = text.refine(isMetric, { message: "not a metric of CLAIMS.md §2" });

const MappingSchema = z
  .strictObject({
    /** Names the table across its snapshots: a newer snapshot revises the figures of the older. */
    title: text,
    outlet: text.optional(),
    /** The table's own address. */
    source: text.optional(),
    language: z.enum(LANGUAGES).default("en"),
    columns: z.strictObject(Object.fromEntries(COLUMN_FIELDS.map((f) => [f, text.optional()]))),
    constants: z
      .strictObject({
        entity: text.optional(),
        counterparty: text.optional(),
        metric: metricName.optional(),
        unit: text.optional(),
        qualifier: text.refine(isQualifier, { message: "not a qualifier of CLAIMS.md §7" }).optional(),
        item: text.optional(),
        confidence: z.number().min(0).max(1).optional(),
      })
      .default({}),
    /** A date column's kind column: its words → whether the date is the figure's or its report's. */
    dateKinds: z.record(z.string(), z.enum(["asOf", "reported"])).default({}),
    metrics: z.record(z.string(), metricName).default({}),
    units: z
      .record(z.string(), z.strictObject({ unit: text, scale: z.number().positive().default(1) }))
      .default({}),
    confidence: z.record(z.string(), z.number().min(0).max(1)).default({}),
    /** Every value is multiplied by it (a table in billions: 1e9), after a unit's own scale. */
    scale: z.number().positive().default(1),
  })
  .superRefine((mapping, ctx) => {
    const columns = mapping.columns as Partial<Record<ColumnField, string>>;
    if (!columns.value) ctx.addIssue({ code: "custom", path: ["columns", "value"], message: "required" });
    for (const field of ["entity", "metric", "unit"] as const)
      if (!columns[field] && !mapping.constants[field])
        ctx.addIssue({ code: "custom", path: ["columns", field], message: "needs a column or a constant" });
    if (Boolean(columns.date) !== Boolean(columns.dateKind))
      ctx.addIssue({ code: "custom", path: ["columns"], message: "date and dateKind go together" });
    if (columns.dateKind && Object.keys(mapping.dateKinds).length === 0)
      ctx.addIssue({ code: "custom", path: ["dateKinds"], message: "needed with a dateKind column" });
  });

export interface TableMapping {
  title: string;
  outlet: string | null;
  source: string | null;
  language: (typeof LANGUAGES)[number];
  columns: Partial<Record<ColumnField, string>>;
  constants: {
    entity?: string;
    counterparty?: string;
    metric?: Metric;
    unit?: string;
    qualifier?: string;
    item?: string;
    confidence?: number;
  };
  dateKinds: Record<string, "asOf" | "reported">;
  metrics: Record<string, Metric>;
  units: Record<string, { unit: string; scale: number }>;
  confidence: Record<string, number>;
  scale: number;
}

/** Reads a mapping file's text; the error names the file and the field. */
export function parseMapping(source: string, name: string): Result<TableMapping, string> {
  let data: unknown;
  try {
    data = parseYaml(source);
  } catch (error) {
    return err(tableMessages.unreadableMapping(name, (error as Error).message.split("\n")[0]!));
  }
  const parsed = MappingSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return err(tableMessages.invalidMapping(name, issue.path.join("."), issue.message));
  }
  const { outlet, source: address, ...rest } = parsed.data;
  return ok({
    ...rest,
    outlet: outlet ?? null,
    source: address ?? null,
    columns: rest.columns as Partial<Record<ColumnField, string>>,
    metrics: rest.metrics as Record<string, Metric>,
    constants: rest.constants as TableMapping["constants"],
  });
}
