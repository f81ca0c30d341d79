import { readdir } from "node:fs/promises";
import { join, resolve } from "node:path";
import { FrontierError } from "../core/index.js";
import { baseName } from "../documents/index.js";
import {
  type DocumentSummary,
  type LedgerSnapshot,
  type LedgerStore,
  readSnapshot,
  withoutDocuments,
} from "../ledger/index.js";
import { claimsResolver } from "../model/ledger-binding.js";
import { type ScenarioChange, scenarioChange } from "../model/run-changes.js";
import { defaultWorkers, type RunOptions, WorkerPool } from "../model/runner.js";
import { type LedgerChanges, ledgerChanges, reconcile } from "../reconcile/index.js";

/** The two views `changes` compares, and what tells them apart. */
export interface ChangeWindow {
  /** "since 2026-02-01" or "with document bfdaa5826efd (…, 2026-02-21)". */
  label: string;
  before: LedgerSnapshot;
  after: LedgerSnapshot;
}

export interface ChangesReport {
  label: string;
  ledger: LedgerChanges;
  scenarios: ScenarioChange[];
}

/** The day before a date at its own precision: 2026-02-21 → 2026-02-20, 2026-02 → 2026-01, 2026 → 2025. */
export function dayBefore(date: string): string {
  const [year, month, day] = date.split("-").map(Number) as [number, number?, number?];
  if (day !== undefined) return new Date(Date.UTC(year, month! - 1, day - 1)).toISOString().slice(0, 10);
  if (month !== undefined)
    return month === 1 ? `${year - 1}-12` : `${year}-${String(month - 1).padStart(2, "0")}`;
  return String(year - 1);
}

/** Before: the ledger as known the day before `since`; after: as known now (or on `asOf`). */
export async function windowSince(
  store: LedgerStore,
  since: string,
  asOf: string | null,
): Promise<ChangeWindow> {
  const [before, after] = await Promise.all([
    readSnapshot(store, dayBefore(since)),
    readSnapshot(store, asOf),
  ]);
  return { label: `since ${since}${asOf ? ` (as of ${asOf})` : ""}`, before, after };
}

/** Before: the ledger without the documents; after: with them. A document is named by id or file name. */
export async function windowFrom(
  store: LedgerStore,
  documents: readonly string[],
  asOf: string | null = null,
): Promise<ChangeWindow> {
  const after = await readSnapshot(store, asOf);
  const named = documents.map((name) => findDocument(after.documents, name));
  const label = named.map((d) => `${d.title} (${d.id}, published ${d.published ?? "undated"})`).join("; ");
  return {
    label: `with ${label}`,
    before: withoutDocuments(
      after,
      named.map((d) => d.id),
    ),
    after,
  };
}

function findDocument(documents: readonly DocumentSummary[], name: string): DocumentSummary {
  const found =
    documents.find((d) => d.id === name) ?? documents.find((d) => baseName(d.source) === baseName(name));
  if (!found)
    throw new FrontierError("not_found", `no document '${name}' in the ledger ('documents list' shows them)`);
  return found;
}

export function ledgerChangesIn(window: ChangeWindow): LedgerChanges {
  const side = (s: LedgerSnapshot) => ({
    claims: s.claims,
    reconciliation: reconcile(s.claims, s.events, { documents: s.documents }),
  });
  return ledgerChanges(side(window.before), side(window.after));
}

/** Every scenario of `dir`, run bound to each side of the window on common random numbers. */
export async function scenarioChangesIn(
  window: ChangeWindow,
  dir: string,
  options: RunOptions,
  shownDir = dir,
): Promise<ScenarioChange[]> {
  let files: string[];
  try {
    files = (await readdir(dir)).filter((f) => /\.ya?ml$/.test(f)).sort();
  } catch (error) {
    throw new FrontierError(
      "usage",
      `--scenarios ${dir}: cannot be read (${(error as NodeJS.ErrnoException).code})`,
    );
  }
  const pool = new WorkerPool(options.workers ?? defaultWorkers());
  try {
    const changes: ScenarioChange[] = [];
    for (const file of files)
      changes.push(
        await scenarioChange(
          resolve(dir, file),
          join(shownDir, file),
          claimsResolver(window.before.claims),
          claimsResolver(window.after.claims),
          { ...options, pool },
        ),
      );
    return changes;
  } finally {
    await pool.close();
  }
}
