import assert from "node:assert/strict";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { isFrontierError } from "../../src/core/index.js";
import { openLedger } from "../../src/ledger/index.js";
import { makeClaim, makeDocument } from "../support/ledger-fixtures.js";

test("a PGlite ledger folder keeps documents, claims and review events across reopening", async () => {
  const dir = mkdtempSync(join(tmpdir(), "fl-pglite-folder-"));
  try {
    const dataDir = join(dir, "nested", "db");
    const text = "OpenAI a réalisé 13,1 milliards de dollars de revenus en 2025.";
    const first = await openLedger({ dataDir });
    assert.deepEqual(await first.migrate(), ["001_init", "002_page_keys", "003_dates", "004_claim_search"]);
    const { claimIds } = await first.insertDocument(makeDocument(text), [makeClaim(text, 0, text.length)]);
    await first.appendReviewEvent(
      { claimId: claimIds[0]!, action: "accept", actor: "ana", reason: "ok", payload: {} },
      0,
    );
    await first.close();

    const second = await openLedger({ dataDir });
    assert.deepEqual(await second.migrate(), []);
    const claim = await second.getClaim(claimIds[0]!);
    assert.equal(claim?.status, "accepted");
    assert.equal(claim?.version, 1);
    assert.equal((await second.listDocuments()).length, 1);
    await second.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("a PGlite folder open in one place is refused elsewhere until closed; a dead holder's lock is taken over", async () => {
  const dir = mkdtempSync(join(tmpdir(), "fl-pglite-lock-"));
  try {
    const dataDir = join(dir, "db");
    const first = await openLedger({ dataDir });
    await assert.rejects(openLedger({ dataDir: `${dataDir}/` }), (error: unknown) => {
      assert.ok(isFrontierError(error));
      assert.equal(error.code, "storage");
      assert.match(error.message, /is already open in this process/);
      return true;
    });
    await first.close();
    const second = await openLedger({ dataDir });
    await second.close();
    const legacyDir = join(dir, "legacy");
    writeFileSync(`${legacyDir}.lock`, "999999999");
    const third = await openLedger({ dataDir: legacyDir });
    await third.close();
    assert.equal(existsSync(`${legacyDir}.lock/000000000001`), true, "the lock is a folder of generations");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
