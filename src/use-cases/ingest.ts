import { watch } from "chokidar";
import type { LedgerStore } from "../ledger/index.js";
import { type FileOutcome, type IngestOptions, type IngestReport, ingestPaths } from "../pipeline.js";
import type { LedgerChanges } from "../reconcile/index.js";
import { changesWith } from "./changes.js";

export interface WatchEvents {
  /** Once the folder's files present at start are queued and the watcher listens. */
  onReady?: () => void;
  /** After each file: its outcome and, when stored, what it changed. */
  onFile: (outcome: FileOutcome, changes: LedgerChanges | null) => void;
}

/**
 * Ingests every file of `folder`, then each file that appears, one at a time in arrival order, until
 * `signal` aborts; resolves once the file in progress is stored (one transaction per document, so
 * nothing is ever half-written). Files are read once their size stops changing; a bad file is
 * reported through onFile and the watch goes on.
 */
export async function watchFolder(
  store: LedgerStore,
  folder: string,
  options: Omit<IngestOptions, "onProgress">,
  events: WatchEvents,
  signal: AbortSignal,
): Promise<void> {
  const watcher = watch(folder, {
    ignoreInitial: false,
    awaitWriteFinish: { stabilityThreshold: 300, pollInterval: 50 },
    ignored: (path, stats) => Boolean(stats?.isFile()) && /(^|[/\\])\.|~$|\.(tmp|part|swp)$/.test(path),
  });
  let queue: Promise<void> = Promise.resolve();
  const ingestOne = async (file: string) => {
    if (signal.aborted) return;
    const report = await ingestPaths(store, [file], options);
    for (const outcome of report.files) {
      const changes = outcome.status === "stored" ? await changesWith(store, [outcome.documentId]) : null;
      events.onFile(outcome, changes);
    }
  };
  const enqueue = (file: string) => {
    queue = queue.then(() => ingestOne(file)).catch(() => undefined);
  };
  watcher.on("add", enqueue);
  watcher.on("change", enqueue);
  await new Promise<void>((resolve) => watcher.once("ready", () => resolve()));
  events.onReady?.();
  if (!signal.aborted)
    await new Promise<void>((resolve) => signal.addEventListener("abort", () => resolve(), { once: true }));
  await watcher.close();
  await queue;
}

/** Ingests the documents under `paths` (pipeline.ts), then what the ones stored changed in the ledger. */
export async function ingestWithChanges(
  store: LedgerStore,
  paths: readonly string[],
  options: IngestOptions,
): Promise<{ report: IngestReport; changes: LedgerChanges | null }> {
  const report = await ingestPaths(store, paths, options);
  const stored = report.files.flatMap((f) => (f.status === "stored" ? [f.documentId] : []));
  return { report, changes: stored.length === 0 ? null : await changesWith(store, stored) };
}
