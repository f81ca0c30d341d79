import { isCurrencyCode } from "../../core/index.js";
import type { QuantityMention } from "../numbers/types.js";
import { SCALE_WORD } from "./text.js";

/**
 * « Une levée de 500 millions qui valorise la société à 6 milliards de dollars », "a 500 million round
 * that values it at €6 billion": an amount with a scale word and no currency takes the currency of a
 * later amount of its sentence, when that sentence writes one currency only. A sentence that writes two
 * ("400 million … at €3 billion, while a $200 million loan") names none for it.
 */
export function currencyOfLaterAmount(
  q: QuantityMention,
  sentenceQuantities: readonly QuantityMention[],
  text: string,
): string | null {
  if (q.unit || !(q.currencyElided || SCALE_WORD.test(text.slice(q.numberSpan.start, q.numberSpan.end))))
    return null;
  const currencies = new Set<string>();
  let later = false;
  for (const other of sentenceQuantities) {
    if (!other.unit || !isCurrencyCode(other.unit)) continue;
    currencies.add(other.unit);
    if (other.span.start >= q.span.end) later = true;
  }
  return later && currencies.size === 1 ? [...currencies][0]! : null;
}
