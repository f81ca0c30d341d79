import { isCurrencyCode } from "../../core/index.js";
import { optionalHedge } from "../lexicon.js";
import type { QuantityMention } from "../numbers/types.js";
import { SCALE_WORD } from "./text.js";

/** What may stand between coordinated amounts: "10 milliards et 600 millions", "$4bn, $2bn and …". */
const COORDINATION = new RegExp(
  String.raw`^\s*(?:,|;|et|ou|puis|and|or|then)?\s*${optionalHedge(["approx", "at_least", "up_to"])}$`,
  "iu",
);

/**
 * "xAI et Mistral AI ont levé respectivement 10 milliards et 600 millions de dollars", "Nvidia and
 * Microsoft will invest up to $10 billion and 5 billion dollars": a currency written once, after the
 * last of coordinated amounts, is the currency of each before it. The amounts are read forward
 * while only a coordinator separates them; the first one written with a currency names it.
 */
export function currencyOfCoordinatedAmounts(
  q: QuantityMention,
  sentenceQuantities: readonly QuantityMention[],
  text: string,
): string | null {
  if (q.unit || !SCALE_WORD.test(text.slice(q.numberSpan.start, q.numberSpan.end))) return null;
  const at = sentenceQuantities.indexOf(q);
  if (at < 0) return null;
  let end = q.span.end;
  for (const next of sentenceQuantities.slice(at + 1)) {
    if (!COORDINATION.test(text.slice(end, next.span.start))) return null;
    if (next.unit) return isCurrencyCode(next.unit) ? next.unit : null;
    if (!SCALE_WORD.test(text.slice(next.numberSpan.start, next.numberSpan.end))) return null;
    end = next.span.end;
  }
  return null;
}

/**
 * Where the run of amounts coordinated with `q` begins ("investiront 10 milliards et 5 milliards":
 * the first amount's start, for the second): a word before the run governs each amount of it, so
 * reaching the last one crosses no other figure.
 */
export function coordinatedRunStart(
  q: QuantityMention,
  figures: readonly QuantityMention[],
  text: string,
): number {
  let at = figures.indexOf(q);
  if (at < 0) return q.span.start;
  while (
    at > 0 &&
    figures[at - 1]!.unit !== "fraction" &&
    (figures[at - 1]!.unit === null || figures[at - 1]!.unit === q.unit || q.unit === null) &&
    COORDINATION.test(text.slice(figures[at - 1]!.span.end, figures[at]!.span.start))
  )
    at--;
  return figures[at]!.span.start;
}
