/** A figure or phrase as an issue quotes it: long ones are cut so that a message stays one short line. */
function quoted(text: string): string {
  return text.length <= 80 ? text : `${text.slice(0, 60)}… (${text.length} characters)`;
}

/** The catalog of extraction issues: one small function per code, so tests can assert the wording. */
export const extractMessages = {
  ambiguous_scale: (figure: string, reading: string) =>
    `"${quoted(figure)}": scale is ambiguous; read as ${reading}`,
  unresolved_entity: (figure: string) => `"${quoted(figure)}": no company named or implied; figure skipped`,
  unknown_metric: (figure: string) =>
    `"${quoted(figure)}": no word says what this amount measures; figure skipped`,
  unknown_unit: (figure: string) => `"${quoted(figure)}": no unit given or implied; figure skipped`,
  unresolved_period: (expression: string) =>
    `"${quoted(expression)}" is relative and the publication date is unknown: period left open`,
  fallback_subject: (figure: string, subject: string) =>
    `"${quoted(figure)}": no company in its sentence; attributed to the article's subject, ${subject}`,
  implausible_value: (figure: string, reading: string) => `"${quoted(figure)}": ${reading}; figure skipped`,
  not_a_claim: (figure: string, reason: string) =>
    `"${quoted(figure)}": ${reason}, not a claim; figure skipped`,
  empty_text: () => "the document has no text to extract from",
  long_sentence: (length: number, parts: number, characters: number, figures: number) =>
    `a sentence of ${length} characters was read in ${parts} parts of at most ${characters} characters and ${figures} figures; a clause cut at a part's edge may lose its subject`,
  work_budget: (spent: number, limit: number) =>
    `extraction stopped after ${spent} steps, over this document's allowance of ${limit} (a text shaped to cost more than its length); nothing extracted from it`,
} as const;

export type ExtractIssueCode = keyof typeof extractMessages;
