import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { memoryIo } from "../src/cli/io.js";
import { program } from "../src/cli/program.js";

/** The queue commands on the embedded ledger: refused with one line saying why, nothing touched. */

const NO_QUEUE = /needs a PostgreSQL ledger .*PGlite ledger has no job queue/;

test("the queue commands refuse the embedded ledger, saying why on their first line, and exit 2", async () => {
  const dir = mkdtempSync(join(tmpdir(), "fl-cli-queue-"));
  try {
    const report = join(dir, "report.txt");
    writeFileSync(report, "OpenAI a réalisé 13,1 milliards de dollars de revenus en 2025.\n");
    writeFileSync(join(dir, "s.yaml"), "name: s\nperiods: {start: 2025, end: 2026}\n");
    const runs = [
      ["ingest", report, "--queue", "--db", join(dir, "db")],
      ["worker", "--db", join(dir, "db")],
      ["jobs", "list"],
      ["jobs", "show", "3f1c2a9e-0000-4000-8000-000000000000", "--db", "memory://"],
    ];
    for (const argv of runs) {
      const { io, stderr } = memoryIo({ cwd: dir, env: {} });
      assert.equal(await program(argv, io), 2, argv.join(" "));
      assert.match(stderr().split("\n")[0]!, NO_QUEUE, argv.join(" "));
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("--detach and --chunks without --queue are usage errors", async () => {
  const { io, stderr } = memoryIo({ env: {} });
  assert.equal(await program(["ingest", "x.txt", "--detach", "--db", "memory://"], io), 2);
  assert.match(stderr(), /--detach goes with --queue/);
});
