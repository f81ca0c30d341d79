import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { openLedger } from "../../src/ledger/index.js";
import { makeClaim, makeDocument } from "../support/ledger-fixtures.js";

test("a PGlite ledger folder keeps documents, claims and review events across reopening", async () => {
  const dir = mkdtempSync(join(tmpdir(), "fl-pglite-folder-"));
  try {
    const dataDir = join(dir, "nested", "db");
    const text = "OpenAI a réalisé 13,1 milliards de dollars de revenus en 2025.";
    const first = await openLedger({ dataDir });
    assert.deepEqual(await first.migrate(), ["001_init"]);
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
