/**
 * "Meta a relevé ses prévisions d'investissement. Ces dépenses atteindront 72 milliards", "Alphabet
 * raised its capital expenditure forecast. This spending will reach $91 billion": spending pointed
 * back at by a demonstrative is the capital spending the sentence before named, not total costs.
 */
import { hasMatch } from "../patterns.js";
import type { DocumentReading, FigureReading, SentenceReading } from "./types.js";

/** A demonstrative right before the spending word: "ces", "cette", "these", "this", "such". */
const DEMONSTRATIVE_BEFORE = /(?<!\p{L})(?:ces|cette|ce|these|this|those|such)\s+$/iu;

/** The spending words a demonstrative may point back with. */
const SPENDING_WORD = /^(?:dépenses|spending|outlays?|expenses|expenditures?)$/iu;

/** Capital spending named in the sentence before: "investissements", "dépenses d'investissement", "capex". */
const CAPITAL_SPENDING =
  /(?<!\p{L})(?:investissements?|investments?|dépenses\s+d['’]investissement|capex|capital\s+(?:expenditures?|spending|investments?))(?!\p{L})/iu;

/** How far back the sentence before is read. */
const BACK_REACH = 300;

export function reviseSpendingBackReference(r: DocumentReading, s: SentenceReading, f: FigureReading): void {
  const { candidate } = f;
  const at = candidate.metricAt;
  if (candidate.metric !== "total_expenses" || !at || at.start < s.sentence.start) return;
  const { text } = r;
  if (!SPENDING_WORD.test(text.slice(at.start, at.end))) return;
  if (!DEMONSTRATIVE_BEFORE.test(text.slice(Math.max(s.sentence.start, at.start - 12), at.start))) return;
  const before = text.slice(Math.max(0, s.sentence.start - BACK_REACH), s.sentence.start);
  const lastBreak = Math.max(before.lastIndexOf("\n\n"), 0);
  if (!hasMatch(CAPITAL_SPENDING, before.slice(lastBreak))) return;
  candidate.metric = "capex";
  f.rules.push(
    `metric: "${text.slice(at.start - 4, at.end).trim()}" points back at the capital spending the sentence before names → capex`,
  );
}
