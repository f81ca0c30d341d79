/**
 * "des accords avec Vantor (pour 4 GW) et Kelbrook (pour 2 GW)", "deals with Vantor (for 4 GW)": a
 * parenthesis opened by "pour"/"for" after a partner of "avec"/"with" says what the deal with that
 * partner is for; the partner is the deal's other side, not the owner of the figure inside it.
 */

/** A partner's preposition, then maybe earlier partners of the same list with their own parenthesis. */
const PARTNER_LIST_BEFORE =
  /(?:^|[^\p{L}])(?:avec|with|auprès\s+d(?:e\s+|['’])|from)\s*(?:[^(),;:.]{1,40}\([^()]{1,80}\)\s*(?:,|et|and|&)\s*){0,4}$/iu;

/** The parenthesis opens with what the deal is for: "(pour", "(for". */
const OPENS_WITH_PURPOSE = /^\s*\(\s*(?:pour|for)\s/iu;

/** Whether the name written from `nameStart` to `nameEnd` is a deal partner whose parenthesis sizes the deal. */
export function isPartnerParenthesis(text: string, nameStart: number, nameEnd: number): boolean {
  if (!OPENS_WITH_PURPOSE.test(text.slice(nameEnd, nameEnd + 20))) return false;
  return PARTNER_LIST_BEFORE.test(text.slice(Math.max(0, nameStart - 200), nameStart));
}
