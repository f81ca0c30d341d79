/**
 * "Anthropic, a smaller rival, is more frugal: it projects…", "CoreWeave and Nebius compete, but the
 * latter is smaller; it expects…", "Mistral AI lève des fonds : elle prévoit…": a personal pronoun
 * opening the clause after a colon, a semicolon or "and" / "but" stands for the subject of the
 * clause before it in the same sentence, not for the article's subject; so does one opening the
 * clause a verb introduces ("Lambda said that it would buy…", « Lambda annonçait qu'il achetait… »).
 */

/** A company written in the sentence, by name or by a contrastive reference ("the latter"). */
export interface WrittenCompany {
  start: number;
  end: number;
  canonical: string;
}

/**
 * Right before the pronoun: the break that opens its clause, or the conjunction opening a clause that
 * completes a verb ("announced that it", « annonçait qu'il »).
 */
const BREAK_BEFORE_PRONOUN = /(?:[:;]|,?\s(?:and|but|et|mais)|(?<!\p{L})(?:qu['’]|que|that))\s*$/iu;

/**
 * Everything before the sentence's first subject: maybe a short opening phrase and its comma ("In
 * May, ", « Le même mois, »), then an article and a few lower-case words.
 */
const SENTENCE_LEAD =
  /^[\s"“«]*(?:[^,;:.()"“«]{2,30},\s*)?(?:(?:la|le|les|l['’]|the)\s*)?(?:[\p{Ll}-]+\s+){0,3}$/u;

/** Before a later clause's subject: the break or conjunction that opens that clause. */
const CLAUSE_LEAD =
  /(?:[:;]|,\s*(?:and|but|while|whereas|et|mais|tandis\s+que|alors\s+que)|(?<!\p{L})(?:while|whereas|tandis\s+que|alors\s+que))\s+(?:(?:la|le|les|l['’]|the)\s*)?(?:[\p{Ll}-]+\s+){0,2}$/iu;

/** How far before a subject its clause's conjunction may stand. */
const LEAD_REACH = 40;

/**
 * The company that opens the clause closest before the pronoun at `at`, when a break opens the
 * pronoun's clause; `written` are the sentence's companies in text order.
 */
export function clauseSubjectBeforeBreak(
  text: string,
  sentenceStart: number,
  at: number,
  written: readonly WrittenCompany[],
): string | null {
  if (!BREAK_BEFORE_PRONOUN.test(text.slice(Math.max(sentenceStart, at - 12), at))) return null;
  for (let i = written.length - 1; i >= 0; i--) {
    const company = written[i]!;
    if (company.end > at || company.start < sentenceStart) continue;
    if (
      SENTENCE_LEAD.test(text.slice(sentenceStart, company.start)) ||
      CLAUSE_LEAD.test(text.slice(Math.max(sentenceStart, company.start - LEAD_REACH), company.start))
    )
      return company.canonical;
  }
  return null;
}
