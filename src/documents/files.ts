import type { Dirent } from "node:fs";
import { constants } from "node:fs";
import { access, lstat, open, readdir, realpath, stat } from "node:fs/promises";
import { join } from "node:path";
import type { AnalysedDocument, Issue, Language, Result } from "../core/index.js";
import { DEFAULT_MAX_DOCUMENT_BYTES, err } from "../core/index.js";
import { analyseDocument, extensionOf, formatOf, SUPPORTED_EXTENSIONS } from "./analyse.js";
import { documentMessages, fileIssue } from "./messages.js";

/** The file-system edge of the documents stage: walking paths and reading files. Never throws. */

/** Files that describe a folder rather than report news; read only when named explicitly. */
const FOLDER_NOTES = /^(?:readme|licen[cs]e|changelog|contributing|notice)(?:\.[a-z]+)?$/i;

export interface CollectOptions {
  /** Walk into hidden files and folders (names starting with "."); off by default. */
  includeHidden?: boolean;
}

function errorCode(error: unknown): string {
  return typeof error === "object" && error !== null && "code" in error ? String(error.code) : "";
}

function pathIssue(path: string, error: unknown): Issue {
  const code = errorCode(error);
  if (code === "ENOENT" || code === "ENOTDIR")
    return fileIssue("not_found", path, documentMessages.notFound(path));
  if (code === "EACCES" || code === "EPERM")
    return fileIssue("permission_denied", path, documentMessages.permissionDenied(path));
  if (code === "ELOOP") return fileIssue("symlink_loop", path, documentMessages.symlinkLoop(path));
  const detail = error instanceof Error ? error.message : String(error);
  return fileIssue("unreadable", path, documentMessages.unreadable(path, code || detail));
}

/**
 * The supported files under the given paths: folders are walked depth-first in sorted order,
 * keeping .txt/.md/.markdown/.html/.htm files; a file named explicitly with another type is an
 * `unsupported_type` issue. Hidden entries and folder notes (README, LICENSE, CHANGELOG) are
 * skipped in folders but read when named. Missing and unreadable paths and symbolic-link loops are issues.
 * Each file appears once, under the first path that reached it.
 */
export async function collectDocumentFiles(
  paths: readonly string[],
  options: CollectOptions = {},
): Promise<{ files: string[]; issues: Issue[] }> {
  const files: string[] = [];
  const issues: Issue[] = [];
  const seenFiles = new Set<string>();
  const visitedFolders = new Set<string>();

  const addFile = async (path: string, explicit: boolean) => {
    if (formatOf(path) === null) {
      if (explicit)
        issues.push(
          fileIssue(
            "unsupported_type",
            path,
            documentMessages.unsupportedType(path, extensionOf(path), SUPPORTED_EXTENSIONS),
          ),
        );
      return;
    }
    try {
      const real = await realpath(path);
      if (seenFiles.has(real)) return;
      await access(path, constants.R_OK);
      seenFiles.add(real);
      files.push(path);
    } catch (error) {
      issues.push(pathIssue(path, error));
    }
  };

  // Depth-first with an explicit stack, so deep trees cannot exhaust the call stack.
  const stack: { path: string; explicit: boolean; ancestors: ReadonlySet<string> }[] = [...paths]
    .reverse()
    .map((path) => ({ path, explicit: true, ancestors: new Set<string>() }));
  while (stack.length > 0) {
    const { path, explicit, ancestors } = stack.pop()!;
    let info: Awaited<ReturnType<typeof stat>>;
    try {
      info = await stat(path);
    } catch (error) {
      // A dangling link met inside a folder is reported as the link it is.
      if (!explicit && errorCode(error) === "ENOENT" && (await isSymlink(path)))
        issues.push(
          fileIssue("not_found", path, documentMessages.notFound(`${path} (a broken symbolic link)`)),
        );
      else issues.push(pathIssue(path, error));
      continue;
    }
    if (info.isDirectory()) {
      let real: string;
      let entries: Dirent[];
      try {
        real = await realpath(path);
        if (ancestors.has(real)) {
          issues.push(fileIssue("symlink_loop", path, documentMessages.symlinkLoop(path)));
          continue;
        }
        // A folder reached twice by two links is walked once; only a link back up is a loop.
        if (visitedFolders.has(real)) continue;
        visitedFolders.add(real);
        entries = await readdir(path, { withFileTypes: true });
      } catch (error) {
        issues.push(pathIssue(path, error));
        continue;
      }
      const children = entries
        .filter((entry) => options.includeHidden || !entry.name.startsWith("."))
        .filter((entry) => !FOLDER_NOTES.test(entry.name))
        .map((entry) => entry.name)
        .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
      const inside = new Set(ancestors).add(real);
      for (let i = children.length - 1; i >= 0; i--)
        stack.push({ path: join(path, children[i]!), explicit: false, ancestors: inside });
    } else if (info.isFile()) {
      await addFile(path, explicit);
    } else if (explicit) {
      issues.push(fileIssue("not_a_file", path, documentMessages.notAFile(path)));
    }
  }
  return { files, issues };
}

async function isSymlink(path: string): Promise<boolean> {
  try {
    return (await lstat(path)).isSymbolicLink();
  } catch {
    return false;
  }
}

export interface ReadOptions {
  maxBytes?: number;
  published?: string;
  publishedEvidence?: string;
  source?: string;
  title?: string;
  outlet?: string;
  lang?: Language;
}

/**
 * Reads one file and analyses it. The size is checked on the open file before anything is read,
 * and at most `maxBytes + 1` bytes are ever read, so an oversized or growing file never fills memory.
 */
export async function readDocumentFile(
  path: string,
  options: ReadOptions = {},
): Promise<Result<AnalysedDocument, Issue>> {
  const limit = options.maxBytes ?? DEFAULT_MAX_DOCUMENT_BYTES;
  if (formatOf(path) === null)
    return err(
      fileIssue(
        "unsupported_type",
        path,
        documentMessages.unsupportedType(path, extensionOf(path), SUPPORTED_EXTENSIONS),
      ),
    );
  let bytes: Uint8Array;
  try {
    const info = await stat(path);
    if (!info.isFile()) return err(fileIssue("not_a_file", path, documentMessages.notAFile(path)));
    if (info.size > limit)
      return err(fileIssue("too_large", path, documentMessages.tooLarge(path, info.size, limit)));
    const handle = await open(path, "r");
    try {
      const buffer = new Uint8Array(Math.min(info.size, limit) + 1);
      let filled = 0;
      while (filled < buffer.length) {
        const { bytesRead } = await handle.read(buffer, filled, buffer.length - filled, filled);
        if (bytesRead === 0) break;
        filled += bytesRead;
      }
      if (filled > limit)
        return err(fileIssue("too_large", path, documentMessages.tooLarge(path, filled, limit)));
      bytes = buffer.subarray(0, filled);
    } finally {
      await handle.close();
    }
  } catch (error) {
    return err(pathIssue(path, error));
  }
  const input: Parameters<typeof analyseDocument>[0] = { bytes, fileName: path, maxBytes: limit };
  for (const key of ["published", "publishedEvidence", "source", "title", "outlet", "lang"] as const)
    if (options[key] !== undefined) Object.assign(input, { [key]: options[key] });
  return analyseDocument(input);
}
