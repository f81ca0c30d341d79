/** The catalog of extraction issues: one small function per code, so tests can assert the wording. */
export const extractMessages = {
  ambiguous_scale: (figure: string, reading: string) => `"${figure}": scale is ambiguous; read as ${reading}`,
  unresolved_entity: (figure: string) => `"${figure}": no company named or implied; figure skipped`,
  unknown_metric: (figure: string) => `"${figure}": no word says what this amount measures; figure skipped`,
  unknown_unit: (figure: string) => `"${figure}": no unit given or implied; figure skipped`,
  unresolved_period: (expression: string) =>
    `"${expression}" is relative and the publication date is unknown: period left open`,
  fallback_subject: (figure: string, subject: string) =>
    `"${figure}": no company in its sentence; attributed to the article's subject, ${subject}`,
  empty_text: () => "the document has no text to extract from",
} as const;

export type ExtractIssueCode = keyof typeof extractMessages;
