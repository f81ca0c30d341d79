/**
 * Claims as people read them, shared by the CLI and the server: a period, the sentence with the
 * span marked, and the rules of the explanation grouped by field. Values are core's formatClaimValue.
 */
import { isAsOf, type Period } from "../core/index.js";

/** "2025-01-01..2025-12-31", "as of 2025-10", "..2030-12-31", or "". */
export function describePeriod(period: Period | null): string {
  if (!period) return "";
  if (isAsOf(period)) return `as of ${period.asOf}`;
  return `${period.start ?? ""}..${period.end ?? ""}`;
}

/** The rules of a claim's explanation, grouped by the field they decided ("metric: …" → metric). */
export function rulesByField(explanation: string): Map<string, string[]> {
  const grouped = new Map<string, string[]>();
  for (const part of explanation.split(/;\s+/)) {
    const match = /^([a-z ]+?):\s*(.*)$/u.exec(part);
    const field = match && match[1] !== undefined ? match[1] : "other";
    const rule = match && match[2] !== undefined ? match[2] : part;
    grouped.set(field, [...(grouped.get(field) ?? []), rule]);
  }
  return grouped;
}

/** The sentence around a span, in three parts: the text before the span, the span, the text after. */
export function sentenceAround(
  text: string,
  start: number,
  end: number,
): { before: string; span: string; after: string } {
  const lineStart = text.lastIndexOf("\n", start - 1) + 1;
  const stops = [...text.slice(lineStart, start).matchAll(/[.!?]\s+/gu)];
  const last = stops.at(-1);
  const from = last && last.index !== undefined ? lineStart + last.index + last[0].length : lineStart;
  const nextLine = text.indexOf("\n", end);
  const lineEnd = nextLine < 0 ? text.length : nextLine;
  const stop = text.slice(end, lineEnd).search(/[.!?](?:\s|$)/u);
  const to = stop < 0 ? lineEnd : end + stop + 1;
  return { before: text.slice(from, start), span: text.slice(start, end), after: text.slice(end, to) };
}

/** The sentence around a span with the span marked (⟦…⟧, or reverse video on a terminal). */
export function markSpan(text: string, start: number, end: number, ansi: boolean): string {
  const { before, span, after } = sentenceAround(text, start, end);
  const [open, close] = ansi ? ["\u001b[7m", "\u001b[0m"] : ["⟦", "⟧"];
  return `${before}${open}${span}${close}${after}`;
}
