import { parse as parseCsv } from "csv-parse/sync";
import { err, ok, type Result } from "../core/index.js";
import { baseName } from "./analyse.js";
import { parseGivenDate } from "./dates.js";

/**
 * A manifest says, for files about to be ingested, what the files cannot say reliably: when each
 * was published, where it comes from, by which outlet, under which title, and how the date was
 * established. JSON (an array, or { documents: [...] }) or CSV with a header row
 * (file, published, source, outlet, title, established). Files are matched by their base name.
 */
export interface ManifestEntry {
  file: string;
  published?: string;
  source?: string;
  outlet?: string;
  title?: string;
  /** How the date was established, kept as the document's date evidence. */
  established?: string;
}

export interface Manifest {
  /** The manifest's own name, quoted in the evidence of each date it gives. */
  name: string;
  entries: ReadonlyMap<string, ManifestEntry>;
}

const FIELDS = ["file", "published", "source", "outlet", "title", "established"] as const;

/** Parses a manifest's text; the error names the manifest, the entry and the field. */
export function parseManifest(text: string, name: string): Result<Manifest, string> {
  let rows: unknown[];
  try {
    rows = name.toLowerCase().endsWith(".csv") ? parseCsvRows(text) : parseJsonRows(text);
  } catch (error) {
    return err(
      `${name}: cannot be read as ${name.endsWith(".csv") ? "CSV" : "JSON"}: ${(error as Error).message}`,
    );
  }
  const entries = new Map<string, ManifestEntry>();
  for (const [index, row] of rows.entries()) {
    const entry = entryOf(row, `${name}: entry ${index + 1}`);
    if (!entry.ok) return entry;
    const key = baseName(entry.value.file);
    if (entries.has(key)) return err(`${name}: entry ${index + 1}: file '${key}' is listed twice`);
    entries.set(key, entry.value);
  }
  return ok({ name, entries });
}

/** The entry for a file about to be ingested, or undefined. */
export function manifestEntryFor(manifest: Manifest, file: string): ManifestEntry | undefined {
  return manifest.entries.get(baseName(file));
}

function parseCsvRows(text: string): unknown[] {
  return parseCsv(text, { columns: true, skip_empty_lines: true, trim: true, bom: true });
}

function parseJsonRows(text: string): unknown[] {
  const parsed: unknown = JSON.parse(text);
  if (Array.isArray(parsed)) return parsed;
  if (
    parsed !== null &&
    typeof parsed === "object" &&
    Array.isArray((parsed as { documents?: unknown }).documents)
  )
    return (parsed as { documents: unknown[] }).documents;
  throw new Error("expected an array of entries or { documents: [...] }");
}

function entryOf(row: unknown, where: string): Result<ManifestEntry, string> {
  if (row === null || typeof row !== "object" || Array.isArray(row))
    return err(`${where}: expected an object`);
  const record = row as Record<string, unknown>;
  const entry: Record<string, string> = {};
  for (const field of FIELDS) {
    const value = record[field];
    if (value === undefined || value === null || value === "") continue;
    if (typeof value !== "string") return err(`${where}: field '${field}' must be text`);
    entry[field] = value.trim();
  }
  if (!entry.file) return err(`${where}: field 'file' is missing`);
  if (entry.published !== undefined && parseGivenDate(entry.published) === null)
    return err(
      `${where} (${entry.file}): field 'published' is '${entry.published}', not a date YYYY, YYYY-MM or YYYY-MM-DD`,
    );
  return ok(entry as unknown as ManifestEntry);
}
