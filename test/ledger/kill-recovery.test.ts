import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, extname, join } from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";
import { openLedger } from "../../src/ledger/index.js";
import { makeClaim, makeDocument } from "../support/ledger-fixtures.js";
import { projectRoot } from "../support/paths.js";
import { CLAIMS_PER_DOCUMENT } from "./kill-writer.js";

test("a writer killed mid-ingest leaves a PGlite folder that opens with no half-stored document", async () => {
  const dir = mkdtempSync(join(tmpdir(), "fl-kill-"));
  try {
    const dataDir = join(dir, "db");
    const here = fileURLToPath(import.meta.url);
    const writer = join(dirname(here), `kill-writer${extname(here)}`);
    const args = extname(here) === ".ts" ? ["--import", "tsx", writer, dataDir] : [writer, dataDir];
    const child = spawn(process.execPath, args, { cwd: projectRoot(), stdio: ["ignore", "pipe", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (chunk) => {
      stderr += String(chunk);
    });
    const exited = new Promise<void>((resolve) => child.on("exit", () => resolve()));
    await new Promise<void>((resolve, reject) => {
      child.stdout.on("data", (chunk) => {
        if (String(chunk).includes("ready")) resolve();
      });
      child.on("exit", () => reject(new Error(`the writer exited before it was ready: ${stderr}`)));
    });
    await new Promise((resolve) => setTimeout(resolve, 300));
    child.kill("SIGKILL");
    await exited;

    const store = await openLedger({ dataDir });
    try {
      assert.deepEqual(await store.migrate(), []);
      const documents = await store.listDocuments();
      assert.ok(documents.length > 10, `documents stored before the kill: ${documents.length}`);
      assert.deepEqual(
        documents.filter((d) => d.claimCount !== CLAIMS_PER_DOCUMENT).map((d) => d.id),
        [],
        "every document holds all its claims or is absent",
      );
      const text = "Après la reprise : Nvidia investira 100 milliards de dollars.";
      assert.equal((await store.insertDocument(makeDocument(text), [makeClaim(text, 0, 20)])).inserted, true);
    } finally {
      await store.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
