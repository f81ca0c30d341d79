import { linkSync, mkdirSync, readdirSync, readFileSync, rmSync, unlinkSync, writeFileSync } from "node:fs";
import { FrontierError } from "../core/index.js";
import { ledgerMessages } from "./messages.js";

/** What a generation file says: the holder's pid, or that the holder let go. */
const RELEASED = "released";
const GENERATION = /^\d{1,15}$/;

/**
 * PGlite is one PostgreSQL backend inside one process: two processes (or two instances) on one data
 * folder would corrupt it. The lock is a folder `<dataDir>.lock` of numbered generation files; the
 * highest number says who holds the ledger (a pid) or that it is free ("released"). A generation
 * file is published complete (written aside, then hard-linked: link fails if the name exists), is
 * never rewritten, and the highest one is never deleted while it is the highest. Taking the lock is
 * linking generation n+1 after seeing n free or its holder's process gone: of any number of
 * processes racing for n+1 exactly one link succeeds, and a process that raced with an old view
 * sees a higher generation after its own link and backs off. A killed holder's lock is taken over
 * at once; no timers, no staleness by age. The folder keeps a few entries, so one directory read
 * sees it whole.
 */
export function lockFolder(dataDir: string): () => void {
  const lockDir = `${dataDir}.lock`;
  removeLegacyLockFile(lockDir, dataDir);
  mkdirSync(lockDir, { recursive: true });
  const draft = `${lockDir}/.draft-${process.pid}-${Math.random().toString(36).slice(2)}`;
  writeFileSync(draft, String(process.pid));
  try {
    for (;;) {
      const top = highestGeneration(lockDir);
      if (top !== null) {
        const holder = holderOf(lockDir, top);
        if (holder === undefined) continue;
        if (holder !== null && isAlive(holder))
          throw new FrontierError(
            "storage",
            ledgerMessages.folderInUse(dataDir, holder, holder === process.pid),
            { holder },
          );
      }
      const mine = (top ?? -1) + 1;
      if (!tryLink(draft, generationPath(lockDir, mine))) continue;
      if (highestGeneration(lockDir) !== mine) {
        rmSync(generationPath(lockDir, mine), { force: true });
        continue;
      }
      pruneBelow(lockDir, mine);
      return () => release(lockDir, mine);
    }
  } finally {
    rmSync(draft, { force: true });
  }
}

function release(lockDir: string, mine: number): void {
  const draft = `${lockDir}/.draft-${process.pid}-released-${mine}`;
  writeFileSync(draft, RELEASED);
  try {
    if (tryLink(draft, generationPath(lockDir, mine + 1)))
      rmSync(generationPath(lockDir, mine), { force: true });
  } finally {
    rmSync(draft, { force: true });
  }
}

function generationPath(lockDir: string, generation: number): string {
  return `${lockDir}/${String(generation).padStart(12, "0")}`;
}

function highestGeneration(lockDir: string): number | null {
  let top: number | null = null;
  for (const name of readdirSync(lockDir)) {
    if (!GENERATION.test(name)) continue;
    const generation = Number(name);
    if (top === null || generation > top) top = generation;
  }
  return top;
}

/** The holder's pid, null when released (or unreadable garbage), undefined when the file vanished meanwhile. */
function holderOf(lockDir: string, generation: number): number | null | undefined {
  let text: string;
  try {
    text = readFileSync(generationPath(lockDir, generation), "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw error;
  }
  const pid = Number(text);
  return text !== RELEASED && Number.isInteger(pid) && pid > 0 ? pid : null;
}

function tryLink(from: string, to: string): boolean {
  try {
    linkSync(from, to);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") return false;
    throw error;
  }
}

/**
 * Older generations, drafts of dead processes, and any serve endpoint (ledger/serve-endpoint.ts):
 * only the holder publishes one, after taking the lock. Only the holder prunes, never the highest.
 */
function pruneBelow(lockDir: string, mine: number): void {
  for (const name of readdirSync(lockDir)) {
    const draftPid = /^\.draft-(\d+)-/.exec(name)?.[1];
    const stale = GENERATION.test(name)
      ? Number(name) < mine
      : name.startsWith("serve-") || (draftPid !== undefined && !isAlive(Number(draftPid)));
    if (stale) rmSync(`${lockDir}/${name}`, { force: true });
  }
}

/** A `<dataDir>.lock` file from before the lock was a folder: removed when its holder is gone. */
function removeLegacyLockFile(path: string, dataDir: string): void {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch {
    return;
  }
  const holder = Number.parseInt(text, 10);
  if (Number.isInteger(holder) && holder > 0 && isAlive(holder))
    throw new FrontierError("storage", ledgerMessages.folderInUse(dataDir, holder, holder === process.pid), {
      holder,
    });
  try {
    unlinkSync(path);
  } catch (error) {
    // ENOENT, EISDIR: another process removed it first (and may have made the lock folder).
    if (!["ENOENT", "EISDIR", "EPERM"].includes((error as NodeJS.ErrnoException).code ?? "")) throw error;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
