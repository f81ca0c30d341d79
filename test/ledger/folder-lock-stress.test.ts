import assert from "node:assert/strict";
import { type ChildProcess, fork } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, extname, join } from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";
import type { ContenderReport, ContenderRound } from "./lock-contender.js";

const CONTENDERS = 4;
const ROUNDS = 240;
/** A pid no process has (above Linux's largest pid_max). */
const DEAD_PID = 2 ** 31 - 2;

function startContender(): Promise<ChildProcess> {
  const here = fileURLToPath(import.meta.url);
  const script = join(dirname(here), `lock-contender${extname(here)}`);
  const child = fork(script, [], {
    execArgv: extname(here) === ".ts" ? ["--import", "tsx"] : [],
    stdio: ["ignore", "ignore", "inherit", "ipc"],
  });
  return new Promise((resolve, reject) => {
    child.once("message", () => resolve(child));
    child.once("exit", (code) => reject(new Error(`a contender exited early (${code})`)));
  });
}

function play(child: ChildProcess, round: ContenderRound): Promise<ContenderReport> {
  return new Promise((resolve) => {
    child.once("message", (report) => resolve(report as ContenderReport));
    child.send(round);
  });
}

/**
 * Round kinds: a folder never locked; one whose holder died holding it; one released cleanly; one
 * with a lock file of the earlier single-file format whose holder died.
 */
function prepare(dataDir: string, round: number): void {
  const kind = round % 4;
  if (kind === 1 || kind === 2) {
    mkdirSync(`${dataDir}.lock`, { recursive: true });
    writeFileSync(`${dataDir}.lock/000000000007`, kind === 1 ? String(DEAD_PID) : "released");
  } else if (kind === 3) {
    writeFileSync(`${dataDir}.lock`, String(DEAD_PID));
  }
}

test(`${CONTENDERS} processes starting at the same instant, ${ROUNDS} times: never two holders of a folder lock`, async () => {
  const dir = mkdtempSync(join(tmpdir(), "fl-lock-stress-"));
  const contenders = await Promise.all(Array.from({ length: CONTENDERS }, startContender));
  try {
    let contended = 0;
    for (let round = 0; round < ROUNDS; round++) {
      const dataDir = join(dir, `db-${round}`);
      prepare(dataDir, round);
      const startAt = Date.now() + 15;
      const reports = await Promise.all(contenders.map((child) => play(child, { dataDir, startAt })));
      assert.deepEqual(
        reports.filter((r) => r.error !== undefined),
        [],
        `round ${round}: a contender failed`,
      );
      assert.equal(
        reports.filter((r) => r.overlap).length,
        0,
        `round ${round}: two contenders held the lock at once`,
      );
      assert.ok(
        reports.some((r) => r.acquired),
        `round ${round}: nobody got a free (or dead holder's) lock`,
      );
      if (reports.some((r) => !r.acquired)) contended++;
    }
    assert.ok(contended > 0, "no round had a contender refused: the starts were not simultaneous");
  } finally {
    for (const child of contenders) child.send("stop");
    rmSync(dir, { recursive: true, force: true });
  }
});
