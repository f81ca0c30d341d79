/**
 * Child process of folder-lock-stress.test.ts. For each round the parent sends {dataDir, startAt};
 * the contender spins until startAt (all contenders start at the same instant), tries the folder
 * lock, and while it believes it holds the lock it creates `<dataDir>.holder` exclusively: a second
 * simultaneous holder finds that file and reports the overlap.
 */
import { closeSync, openSync, rmSync } from "node:fs";
import { isFrontierError } from "../../src/core/index.js";
import { lockFolder } from "../../src/ledger/folder-lock.js";

export interface ContenderRound {
  dataDir: string;
  startAt: number;
}

export interface ContenderReport {
  acquired: boolean;
  overlap: boolean;
  error?: string;
}

function spinUntil(time: number): void {
  while (Date.now() < time) {
    // busy wait: a timer would add its own jitter
  }
}

function contend({ dataDir, startAt }: ContenderRound): ContenderReport {
  spinUntil(startAt);
  let unlock: () => void;
  try {
    unlock = lockFolder(dataDir);
  } catch (error) {
    if (isFrontierError(error) && /is in use by process/.test(error.message))
      return { acquired: false, overlap: false };
    return { acquired: false, overlap: false, error: String(error) };
  }
  let overlap = false;
  try {
    closeSync(openSync(`${dataDir}.holder`, "wx"));
    spinUntil(Date.now() + 2);
    rmSync(`${dataDir}.holder`);
  } catch {
    overlap = true;
  }
  unlock();
  return { acquired: true, overlap };
}

if (process.argv[1]?.includes("lock-contender") && process.send) {
  process.on("message", (round: ContenderRound | "stop") => {
    if (round === "stop") process.exit(0);
    process.send?.(contend(round));
  });
  process.send("ready");
}
