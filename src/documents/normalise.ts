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
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u200B\u200C\u200D\u2060\uFEFF]/g, "")
      .replace(/[ \t\u00A0\u202F]+$/gm, "")
      .replace(/\n{3,}/g, "\n\n")
      .replace(/^\n+/, "")
      .replace(/\s+$/, "")
  );
}

/** Lines of text with blank lines collapsed, as the readers assemble them. */
export function joinBlocks(blocks: readonly string[]): string {
  return blocks
    .map((block) => block.trim())
    .filter((block) => block !== "")
    .join("\n\n");
}
