/**
 * "…spend a combined $500 billion, with Amazon at $150 billion and Alphabet at $120 billion",
 * « …500 milliards, avec Amazon à 150 milliards et Alphabet à 120 milliards »: after a total, a
 * company set "at" a figure in a "with" clause is that company's own share, not the group's.
 * The company must open the "with" clause or an item of its list, "at"/« à » alone between it and
 * the figure, and a figure of the same unit must come before it in the sentence.
 */
import type { QuantityMention } from "../numbers/types.js";
import type { Party, SentenceReading } from "./types.js";

/** What stands before the member: "with", « avec », or the "and"/comma of the clause's next item. */
const MEMBER_OPENER =
  /(?:,\s*(?:with|avec)|\b(?:with|avec)|,|\b(?:and|et))\s+(?:the\s+|le\s+|la\s+|l['’])?$/iu;
/** Between the member and its figure: "at", « à », "alone at", « seul à ». */
const AT_FIGURE = /^\s+(?:alone\s+|seule?\s+)?(?:at|à)\s+$/iu;
/** "with" or « avec » opening the clause of members before the figure. */
const WITH_CLAUSE = /(?:,\s*|\s)(?:with|avec)\s/iu;

/** The company the figure `q` is set at in a "with X at $N" clause after a total, or null. */
export function memberAtFigure(text: string, s: SentenceReading, q: QuantityMention): Party | null {
  const member = s.parties.findLast(
    (p) => p.kind === "company" && p.end <= q.span.start && q.span.start - p.end <= 8,
  );
  if (!member || !AT_FIGURE.test(text.slice(member.end, q.span.start))) return null;
  const lead = text.slice(Math.max(s.sentence.start, member.start - 12), member.start);
  if (!MEMBER_OPENER.test(lead)) return null;
  // « à 150 milliards » after « 500 milliards de dollars »: the currency written once, on the total.
  const total = s.sentenceQs.find(
    (o) =>
      o.span.end <= member.start && o !== q && (o.unit === q.unit || (q.unit === null && q.currencyElided)),
  );
  if (!total) return null;
  return WITH_CLAUSE.test(text.slice(total.span.end, member.start)) ? member : null;
}
