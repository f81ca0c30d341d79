/**
 * The one text normalisation every format ends with, so that the same article gives the same
 * text (and hash) whatever its line endings, byte-order mark or Unicode composition.
 */
export function normaliseText(text: string): string {
  return (
    text
      .replace(/^\uFEFF/, "")
      .replace(/\r\n?/g, "\n")
      .normalize("NFC")
      // Stray control characters and zero-width marks carry no text; tabs and newlines stay.
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u200B\u2060\uFEFF]/g, "")
      .split("\n")
      .map((line) => line.trimEnd())
      .join("\n")
      .replace(/\n{3,}/g, "\n\n")
      .replace(/^\n+/, "")
      .trimEnd()
  );
}
