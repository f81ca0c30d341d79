/**
 * "Microsoft et Amazon ont relevé leurs investissements : 80 milliards de dollars pour la première,
 * 100 milliards pour la seconde", "$80 billion for the former, $100 billion for the latter": a
 * contrastive word right after a figure, behind "pour" or "for", names which of the two companies
 * named before owns it, even when a comma has cut the figures into clauses of their own.
 */
import { contrastPair } from "./parties.js";
import type { DocumentReading, FigureReading, SentenceReading } from "./types.js";

/**
 * From the figure to its contrastive word: a few words, no other figure, no clause break, then "pour
 * la seconde" closing the phrase ("pour la première phase" is an ordinal, not a company).
 */
export const CONTRAST_AFTER =
  /^[^.;:,\d]{0,40}?(?<!\p{L})(?:pour|for)\s+(?:the\s+(former|latter)|(?:le|la)\s+(premi[eè]re?|seconde?|deuxième))(?=\s*(?:[,.;:)]|$)|\s+(?:et|and)\s)/iu;

/** Whether a contrastive word right after the figure names one company of a pair ("$80 billion for the former"). */
export function namesOneOfPair(text: string, figureEnd: number, sentenceEnd: number): boolean {
  return CONTRAST_AFTER.test(text.slice(figureEnd, sentenceEnd));
}

export function reviseByContrastAfter(r: DocumentReading, s: SentenceReading, f: FigureReading): void {
  const { candidate, q } = f;
  const m = CONTRAST_AFTER.exec(r.text.slice(q.span.end, s.sentence.end));
  if (!m) return;
  const at = q.span.end + m.index + m[0].length;
  const pair = contrastPair(r.names, at, r.text, r.gazetteer);
  if (!pair) return;
  const word = (m[1] ?? m[2]!).toLowerCase();
  const owner = /^(?:former|premi)/u.test(word) ? pair[0] : pair[1];
  if (candidate.entity === owner) return;
  const start = at - m[0].length + m[0].search(/(?:the|le|la)\s+\p{L}+$/iu);
  candidate.entity = owner;
  candidate.entityAt = { start, end: at };
  if (candidate.counterparty && pair.includes(candidate.counterparty)) {
    candidate.counterparty = null;
    candidate.counterpartyAt = null;
  }
  f.rules.push(`entity: "${m[0].trim()}" after the figure names the company of the pair → ${owner}`);
}
