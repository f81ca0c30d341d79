import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { memoryIo } from "../src/cli/io.js";
import { program } from "../src/cli/program.js";

/** What reaches the terminal: names with control characters are escaped; an empty folder is an error. */

const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

test("file names with ESC sequences, newlines and RTL overrides are printed escaped", async () => {
  const dir = mkdtempSync(join(tmpdir(), "fl-names-"));
  try {
    const names = ["\u001b[31mred.txt", "two\nlines.txt", "invoice\u202Etxt.md"];
    for (const name of names)
      writeFileSync(
        join(dir, name),
        `OpenAI a réalisé 13 milliards de dollars de revenus en 2025 (${name.length}).`,
      );
    const session = memoryIo({ cwd: dir });
    const code = await program(["ingest", dir, "--db", "memory://"], session.io);
    assert.equal(code, 0, session.stderr());
    const out = session.stdout() + session.stderr();
    assert.doesNotMatch(out, RAW_CONTROL);
    assert.match(out, /\\x1b\[31mred\.txt/);
    assert.match(out, /two\\nlines\.txt/);
    assert.match(out, /invoice\\u202etxt\.md/);
    const listed = memoryIo({ cwd: dir });
    const db = join(dir, "db");
    await program(["ingest", dir, "--db", db], memoryIo().io);
    assert.equal(await program(["documents", "list", "--db", db], listed.io), 0);
    assert.doesNotMatch(listed.stdout(), RAW_CONTROL);
    assert.match(listed.stdout(), /\\x1b\[31mred/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("ingesting a folder with no documents says so and exits 1", async () => {
  const dir = mkdtempSync(join(tmpdir(), "fl-empty-"));
  try {
    mkdirSync(join(dir, "empty"));
    writeFileSync(join(dir, "empty", "notes.bin"), new Uint8Array([0, 1, 2]));
    const session = memoryIo({ cwd: dir });
    const code = await program(["ingest", join(dir, "empty"), "--db", "memory://"], session.io);
    assert.equal(code, 1);
    assert.match(
      session.stderr(),
      /^frontier-ledger ingest: no documents found in .*empty: ingest reads \.txt/m,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
