import type { Issue } from "../core/index.js";

/** The codes of every issue the documents stage reports. */
export type DocumentIssueCode =
  | "empty_file"
  | "too_large"
  | "binary_file"
  | "invalid_utf8"
  | "unsupported_encoding"
  | "unsupported_type"
  | "invalid_front_matter"
  | "invalid_date"
  | "no_text"
  | "not_found"
  | "permission_denied"
  | "not_a_file"
  | "symlink_loop"
  | "unreadable";

function megabytes(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  return mb >= 10 ? `${Math.round(mb)} MB` : `${Number(mb.toFixed(1))} MB`;
}

/** One small function per message, so tests can assert the wording. */
export const documentMessages = {
  emptyFile: (file: string) => `${file}: the file is empty`,
  tooLarge: (file: string, size: number, limit: number) =>
    `${file}: the file is ${megabytes(size)} (${size} bytes), above the ${megabytes(limit)} limit (${limit} bytes); raise it with --max-bytes`,
  binaryFile: (file: string) =>
    `${file}: the file looks binary (NUL bytes or many control characters), not text`,
  invalidUtf8: (file: string, offset: number) =>
    `${file}: the file is not valid UTF-8 (first bad byte near offset ${offset}); save it as UTF-8`,
  unsupportedEncoding: (file: string, encoding: string) =>
    `${file}: the file is encoded as ${encoding}; only UTF-8 is read, save it as UTF-8`,
  unsupportedType: (file: string, extension: string, supported: readonly string[]) =>
    `${file}: ${extension === "" ? "files without an extension are" : `"${extension}" files are`} not read; supported: ${supported.join(", ")}`,
  invalidFrontMatter: (file: string, detail: string) =>
    `${file}: the YAML front matter cannot be read (${detail})`,
  invalidDate: (file: string, value: string) =>
    `${file}: "${value}" is not a date; give YYYY, YYYY-MM or YYYY-MM-DD`,
  noText: (file: string) => `${file}: no article text is left once markup and page furniture are removed`,
  notFound: (path: string) => `${path}: no such file or folder`,
  permissionDenied: (path: string) => `${path}: permission denied`,
  notAFile: (path: string) => `${path}: not a regular file (a device, socket or pipe is never read)`,
  symlinkLoop: (path: string) => `${path}: symbolic links form a loop; the folder is walked once`,
  unreadable: (path: string, detail: string) => `${path}: cannot be read (${detail})`,
} as const;

export function fileIssue(code: DocumentIssueCode, file: string, message: string): Issue {
  return { code, message, severity: "error", location: { kind: "file", file } };
}
