import { EQUITY_OWNERSHIP_WORD } from "../lexicon.js";
import type { QuantityMention } from "../numbers/types.js";

/**
 * "invested $2 billion in Synopsys", "a investi 2 milliards de dollars dans Synopsys": the capitalised
 * name the amount goes into, a few lower-case words (a description) allowed before it.
 */
const INTO_NAME =
  /^[^,;.()]{0,25}?\s(?:in|into|dans|chez)\s+(?:(?:the|le|la|l['’])\s*)?(?:[\p{Ll}-]+\s+){0,3}(\p{Lu}[\p{L}\p{N}&:.-]*(?:\s+\p{Lu}[\p{L}\p{N}&:.-]*){0,2})/u;

/**
 * "Nvidia invested $2 billion in Synopsys last year, taking a stake of about 2.6%": with ownership
 * spoken of in the sentence, the name no gazetteer lists that the amount goes into is the investee.
 */
export function stakeInvestee(text: string, body: string, q: QuantityMention): string | null {
  if (!EQUITY_OWNERSHIP_WORD.test(body)) return null;
  const m = INTO_NAME.exec(text.slice(q.span.end, q.span.end + 90));
  return m ? m[1]!.replace(/[.:-]+$/u, "") : null;
}
