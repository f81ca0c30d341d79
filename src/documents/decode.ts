import type { Issue, Result } from "../core/index.js";
import { err, ok } from "../core/index.js";
import { documentMessages, fileIssue } from "./messages.js";

/** Share of control characters above which bytes are binary, not text. */
const CONTROL_SHARE_LIMIT = 0.05;
/** How many leading bytes the binary test samples. */
const BINARY_SAMPLE = 64 * 1024;

/** True for bytes that never occur in text: NUL anywhere, or too many C0 controls in the sample. */
export function looksBinary(bytes: Uint8Array): boolean {
  if (bytes.includes(0)) return true;
  const length = Math.min(bytes.length, BINARY_SAMPLE);
  let controls = 0;
  for (let i = 0; i < length; i++) {
    const byte = bytes[i]!;
    if ((byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c) || byte === 0x7f)
      controls++;
  }
  return length > 0 && controls / length > CONTROL_SHARE_LIMIT;
}

function utf16Encoding(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "UTF-16 (little-endian)";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "UTF-16 (big-endian)";
  return null;
}

/** Offset of the first byte that breaks UTF-8, so the message can point at it. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    let need: number;
    let min: number;
    if (b < 0x80) {
      i++;
      continue;
    } else if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      min = 0x800;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      min = 0x10000;
    } else return i;
    let code = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      code = (code << 6) | (c & 0x3f);
    }
    if (code < min || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return i;
    i += need + 1;
  }
  return bytes.length;
}

/** Decodes bytes as UTF-8 text or says why they are not text. Emptiness and size are checked by the caller. */
export function decodeText(bytes: Uint8Array, file: string): Result<string, Issue> {
  const utf16 = utf16Encoding(bytes);
  if (utf16 !== null)
    return err(fileIssue("unsupported_encoding", file, documentMessages.unsupportedEncoding(file, utf16)));
  if (looksBinary(bytes)) return err(fileIssue("binary_file", file, documentMessages.binaryFile(file)));
  try {
    return ok(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
  } catch {
    return err(fileIssue("invalid_utf8", file, documentMessages.invalidUtf8(file, firstInvalidUtf8(bytes))));
  }
}
