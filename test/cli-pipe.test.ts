import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";

const cli = join(dirname(fileURLToPath(import.meta.url)), "..", "src", "cli", "main.js");

test("a reader that closes the pipe early (`| head`) ends the command quietly with status 0", async () => {
  const dir = mkdtempSync(join(tmpdir(), "fl-pipe-"));
  try {
    const file = join(dir, "many.txt");
    const lines = Array.from(
      { length: 600 },
      (_, k) => `OpenAI a réalisé ${k + 1} milliards de dollars de revenus en ${1950 + (k % 80)}.\n\n`,
    );
    writeFileSync(file, lines.join(""));
    const child = spawn(process.execPath, [cli, "extract", file], { stdio: ["ignore", "pipe", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.stdout.once("data", () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
    assert.equal(code, 0, stderr);
    assert.doesNotMatch(stderr, /EPIPE|Unhandled/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
