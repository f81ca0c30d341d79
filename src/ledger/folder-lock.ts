import { closeSync, openSync, readFileSync, rmSync, writeSync } from "node:fs";
import { FrontierError } from "../core/index.js";
import { ledgerMessages } from "./messages.js";

/**
 * PGlite is one PostgreSQL backend inside one process: two processes (or two instances) on one data
 * folder would corrupt it. A lock file beside the folder names the holder's pid; a lock whose
 * process is gone (killed, crashed) is taken over.
 */
export function lockFolder(dataDir: string): () => void {
  const path = `${dataDir}.lock`;
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(path, "wx");
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return () => rmSync(path, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const holder = Number.parseInt(readFileSync(path, "utf8"), 10);
      if (Number.isInteger(holder) && holder > 0 && isAlive(holder))
        throw new FrontierError(
          "storage",
          ledgerMessages.folderInUse(dataDir, holder, holder === process.pid),
        );
      rmSync(path, { force: true });
    }
  }
  throw new FrontierError("storage", ledgerMessages.folderInUse(dataDir, 0, false));
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
