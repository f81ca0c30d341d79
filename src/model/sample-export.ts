import { closestNames } from "./functions.js";
import type { Program } from "./program.js";

/**
 * Raw samples of chosen outputs, for people who continue in a notebook or a spreadsheet: one row
 * per sample, one column per output and period (scalars and events: one column). CSV or JSON Lines.
 * Pure: the runner hands each block's values over, the CLI writes the text.
 */

export type SampleFormat = "csv" | "jsonl";

export interface ExportColumn {
  /** `cash[2030]`, `funding_gap`. */
  header: string;
  name: string;
  /** Period index, or null for scalars and events. */
  period: number | null;
}

/** The columns for the named outputs, or an error message naming the unknown one. */
export function exportColumns(
  program: Program,
  names: readonly string[],
): { columns: ExportColumn[] } | { error: string } {
  const series = [...program.variables.map((v) => v.name), ...program.inputs.map((i) => i.name)];
  const single = [...program.scalars.map((s) => s.name), ...program.events.map((e) => e.name)];
  const columns: ExportColumn[] = [];
  for (const name of names) {
    if (series.includes(name))
      program.years.forEach((year, t) => {
        columns.push({ header: `${name}[${year}]`, name, period: t });
      });
    else if (single.includes(name)) columns.push({ header: name, name, period: null });
    else {
      const closest = closestNames(name, [...series, ...single]);
      return {
        error: `--export: no output '${name}'${closest.length > 0 ? ` (did you mean ${closest.map((c) => `'${c}'`).join(", or ")}?)` : ""}`,
      };
    }
  }
  return { columns };
}

export function sampleHeader(columns: readonly ExportColumn[], format: SampleFormat): string {
  return format === "csv" ? `sample,${columns.map((c) => c.header).join(",")}\n` : "";
}

/** Rows for samples first…first+n−1; `values[k]` holds column k's values for the block. */
export function sampleRows(
  columns: readonly ExportColumn[],
  values: readonly Float64Array[],
  first: number,
  n: number,
  format: SampleFormat,
): string {
  const lines: string[] = [];
  for (let i = 0; i < n; i++) {
    if (format === "csv") lines.push(`${first + i},${values.map((v) => number(v[i]!)).join(",")}`);
    else {
      const row: Record<string, number | string | null> = { sample: first + i };
      columns.forEach((c, k) => {
        const x = values[k]![i]!;
        row[c.header] = Number.isFinite(x) ? x : String(x);
      });
      lines.push(JSON.stringify(row));
    }
  }
  return lines.length > 0 ? `${lines.join("\n")}\n` : "";
}

function number(x: number): string {
  return Number.isFinite(x) ? String(x) : String(x);
}
