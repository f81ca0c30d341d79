/**
 * A gap between a figure and the date after it broken only by an apposition, a noun phrase set off by
 * commas ("Microsoft's $1.5 billion investment in G42, the Abu Dhabi AI company, in April 2024"; « un
 * investissement de 2 milliards dans Mistral, la pépite française, en juin 2024 »): the apposition does
 * not end the clause, so the date is the figure's own. A verb or a relative pronoun makes it a clause.
 */
const APPOSITION_INSERT =
  /^[^,;:.()]{0,80},\s*(?:the|a|an|its|le|la|les|l['’]|un|une|son|sa|ses)\s+[^,;:.()]{1,50},\s*(?:in|on|en|le|au)?\s*$/iu;

/** What makes an insert a clause of its own: a verb or a relative pronoun. */
const CLAUSE_WORD =
  /\b(?:is|are|was|were|has|have|had|will|would|which|who|that|said|says)\b|(?<!\p{L})(?:est|sont|était|a|ont|avait|qui|que|dont|sera|seront)(?!\p{L})|\p{L}{3,}ed\b/iu;

export function onlyAppositionBetween(gap: string): boolean {
  if (!APPOSITION_INSERT.test(gap)) return false;
  // The determiner opening the apposition ("a", "la") is no verb.
  const insert = gap
    .slice(gap.indexOf(",") + 1, gap.lastIndexOf(","))
    .trim()
    .replace(/^\S+\s+/u, "");
  return !CLAUSE_WORD.test(insert);
}
