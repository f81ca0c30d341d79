import { NO_COMPANY_OF_A_KIND_SUBJECT } from "../lexicon.js";
import type { QuantityMention } from "../numbers/types.js";
import { firstMatch } from "../patterns.js";
import type { DocumentReading, SentenceReading } from "./types.js";

/**
 * A figure whose clause denies it to every company of a kind: « aucune start-up française n'avait
 * dépassé la valorisation d'un milliard d'euros », "no European startup had ever raised $500 million".
 * It is a bar no company reached, so no company's claim — not the company the text is about. A company
 * named between the subject and the figure ("no startup has raised more than Velorine's $2 billion")
 * owns the figure, and the rule stands back.
 */
export function noCompanySubject(r: DocumentReading, s: SentenceReading, q: QuantityMention): string | null {
  const before = r.text.slice(s.sentence.start, q.span.start);
  const m = firstMatch(NO_COMPANY_OF_A_KIND_SUBJECT, before);
  if (!m) return null;
  const subjectAt = s.sentence.start + m.index;
  const named = s.parties.some((p) => p.kind !== "person" && p.start >= subjectAt && p.start < q.span.start);
  return named ? null : "a figure no company of a kind reached, no company's claim";
}
