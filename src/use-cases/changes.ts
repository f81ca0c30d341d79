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
import { type ChangesReport, renderLedgerChanges } from "../report/changes-text.js";

/** The two views `changes` compares, and what tells them apart. */
export interface ChangeWindow {
  /** "since 2026-02-01" or "with document bfdaa5826efd (…, 2026-02-21)". */
  label: string;
  before: LedgerSnapshot;
  after: LedgerSnapshot;
}

export type { ChangesReport };

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

/** Which two views `changes` compares: the day before a date and now, or without and with a document. */
export type ChangesRequest = ({ since: string } | { from: string }) & { asOf: string | null };

/** The scenarios to run on both sides: every file of `dir` (shown as `shownDir`). */
export interface ScenarioChangesRequest {
  dir: string;
  shownDir: string;
  options: RunOptions;
}

/** What changed in the ledger over the window, and each scenario's answers before and after when asked. */
export async function readChanges(
  store: LedgerStore,
  request: ChangesRequest,
  scenarios: ScenarioChangesRequest | null,
): Promise<{ report: ChangesReport; window: ChangeWindow }> {
  const window =
    "since" in request
      ? await windowSince(store, request.since, request.asOf)
      : await windowFrom(store, [request.from], request.asOf);
  const report: ChangesReport = {
    label: window.label,
    ledger: ledgerChangesIn(window),
    scenarios: scenarios
      ? await scenarioChangesIn(window, scenarios.dir, scenarios.options, scenarios.shownDir)
      : [],
  };
  return { report, window };
}

/** What the documents just stored changed in the ledger (ingest, import, watch). */
export async function changesWith(
  store: LedgerStore,
  documentIds: readonly string[],
): Promise<LedgerChanges> {
  return ledgerChangesIn(await windowFrom(store, documentIds));
}

/** The ledger's changes since a date, one line each: the report's "What changed" section. */
export async function changesSinceLines(
  store: LedgerStore,
  since: string,
  asOf: string | null,
): Promise<{ label: string; lines: string[] }> {
  const window = await windowSince(store, since, asOf);
  const lines = renderLedgerChanges(ledgerChangesIn(window))
    .flatMap((line) => line.split("\n"))
    .map((line) => line.trim())
    .filter((line) => line !== "");
  return { label: window.label, lines };
}
