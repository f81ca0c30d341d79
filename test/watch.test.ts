import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { openLedger } from "../src/ledger/index.js";
import type { FileOutcome } from "../src/pipeline.js";
import { watchFolder } from "../src/use-cases/ingest.js";

/** Files dropped one by one into a watched folder, a bad one among them: each is processed once. */

const GENEROUS_MS = 60_000;

test("watch ingests each dropped file once, reports a bad one and goes on, and stops cleanly", async () => {
  const folder = mkdtempSync(join(tmpdir(), "fl-watch-"));
  const store = await openLedger({ dataDir: "memory://" });
  await store.migrate();
  const seen: { outcome: FileOutcome; newClaims: number | null }[] = [];
  const waiters: { count: number; resolve: () => void }[] = [];
  const stop = new AbortController();
  let ready!: () => void;
  const isReady = new Promise<void>((resolve) => {
    ready = resolve;
  });
  /** Resolves once `count` files were processed; fails the test after a generous wait. */
  const processed = (count: number) =>
    new Promise<void>((resolve, reject) => {
      if (seen.length >= count) return resolve();
      const timer = setTimeout(
        () => reject(new Error(`waited for ${count} files, saw ${seen.length}`)),
        GENEROUS_MS,
      );
      waiters.push({
        count,
        resolve: () => {
          clearTimeout(timer);
          resolve();
        },
      });
    });
  try {
    writeFileSync(join(folder, "before.txt"), "Avant\n\nOpenAI a levé 6 milliards de dollars en 2024.\n");
    const watching = watchFolder(
      store,
      folder,
      {},
      {
        onReady: ready,
        onFile: (outcome, changes) => {
          seen.push({ outcome, newClaims: changes ? changes.newClaims.length : null });
          for (const w of waiters.filter((x) => seen.length >= x.count)) w.resolve();
        },
      },
      stop.signal,
    );
    await isReady;
    await processed(1);
    writeFileSync(
      join(folder, "first.txt"),
      "Un\n\nOpenAI a réalisé 13,1 milliards de dollars de revenus en 2025.\n",
    );
    await processed(2);
    writeFileSync(join(folder, "bad.txt"), new Uint8Array([0, 1, 2, 0, 0, 3, 0, 255, 0, 0]));
    await processed(3);
    writeFileSync(
      join(folder, "second.md"),
      "# Deux\n\nOracle a signé un contrat de 300 milliards de dollars.\n",
    );
    await processed(4);
    stop.abort();
    await watching;

    const byFile = new Map<string, string[]>();
    for (const { outcome } of seen) {
      const name = outcome.file.split(/[/\\]/).pop()!;
      byFile.set(name, [...(byFile.get(name) ?? []), outcome.status]);
    }
    assert.deepEqual(Object.fromEntries(byFile), {
      "before.txt": ["stored"],
      "first.txt": ["stored"],
      "bad.txt": ["failed"],
      "second.md": ["stored"],
    });
    const bad = seen.find((s) => s.outcome.status === "failed")!.outcome;
    assert.ok(bad.status === "failed" && /bad\.txt: the file looks binary/.test(bad.issue.message));
    assert.ok(seen.filter((s) => s.outcome.status === "stored").every((s) => (s.newClaims ?? 0) > 0));
    assert.equal((await store.listDocuments()).length, 3);
  } finally {
    stop.abort();
    await store.close();
    rmSync(folder, { recursive: true, force: true });
  }
});
