import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { FrontierError } from "../src/core/index.js";
import { type LedgerStore, openLedger } from "../src/ledger/index.js";
import { ingestPaths } from "../src/pipeline.js";

test("ingestPaths reports a per-file outcome and carries on past a store failure and a missing path", async () => {
  const dir = mkdtempSync(join(tmpdir(), "fl-pipeline-"));
  const store = await openLedger({ dataDir: "memory://" });
  try {
    await store.migrate();
    for (const name of ["a.txt", "b.txt", "c.txt"])
      writeFileSync(
        join(dir, name),
        `Rapport ${name}\n\nOracle a signé un contrat de 300 milliards de dollars.`,
      );
    let inserts = 0;
    const flaky: LedgerStore = {
      ...store,
      insertDocument: async (document, claims) => {
        inserts += 1;
        if (inserts === 2) throw new FrontierError("storage", "disk full");
        return store.insertDocument(document, claims);
      },
    };
    const progress: number[] = [];
    const report = await ingestPaths(flaky, [dir, join(dir, "missing.txt")], {
      published: "2025-10-01",
      onProgress: ({ done, total }) => progress.push(done / total),
    });
    assert.deepEqual(
      report.files.map((f) => [f.file.replace(`${dir}/`, ""), f.status]),
      [
        ["missing.txt", "failed"],
        ["a.txt", "stored"],
        ["b.txt", "failed"],
        ["c.txt", "stored"],
      ],
    );
    const failed = report.files[2]!;
    assert.ok(failed.status === "failed");
    assert.equal(failed.issue.code, "storage_failed");
    assert.match(failed.issue.message, /b\.txt: could not store the document: disk full/);
    assert.deepEqual([report.stored, report.present, report.failed], [2, 0, 2]);
    assert.deepEqual(progress, [0.25, 0.5, 0.75, 1]);

    const again = await ingestPaths(store, [dir], {});
    assert.deepEqual(
      again.files.map((f) => f.status),
      ["present", "stored", "present"],
    );
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test("a document over its extraction allowance fails alone and the batch goes on", async () => {
  const dir = mkdtempSync(join(tmpdir(), "fl-pipeline-budget-"));
  const store = await openLedger({ dataDir: "memory://" });
  try {
    await store.migrate();
    writeFileSync(
      join(dir, "a.txt"),
      "Rapport\n\nOracle a signé un contrat de 300 milliards de dollars avec OpenAI.",
    );
    writeFileSync(
      join(dir, "b.txt"),
      "OpenAI, Microsoft et Nvidia ont investi 40 milliards de dollars, tandis qu'Oracle a levé 13 milliards, ".repeat(
        80,
      ),
    );
    writeFileSync(
      join(dir, "c.txt"),
      "Rapport\n\nAnthropic a levé 13 milliards de dollars en septembre 2025.",
    );
    // An allowance between what a plain report and a text dense with figures and names cost per character.
    const report = await ingestPaths(store, [dir], {
      published: "2025-10-01",
      extraction: { workAllowance: { base: 0, perCharacter: 1.5 } },
    });
    assert.deepEqual(
      report.files.map((f) => [f.file.replace(`${dir}/`, ""), f.status]),
      [
        ["a.txt", "stored"],
        ["b.txt", "failed"],
        ["c.txt", "stored"],
      ],
    );
    const failed = report.files[1]!;
    assert.ok(failed.status === "failed");
    assert.equal(failed.issue.code, "work_budget");
    assert.match(failed.issue.message, /b\.txt: extraction stopped after \d+ steps/);
    assert.deepEqual(failed.issue.location, { kind: "file", file: join(dir, "b.txt") });
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
