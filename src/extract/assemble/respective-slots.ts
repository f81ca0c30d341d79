/**
 * "MiniMax and Zhipu plan to raise HK$3 billion (US$390 million) and HK$2 billion respectively":
 * a figure that restates the one before it in another currency is no share of its own, so the
 * figures "respectively" hands out are counted by slot, a restatement in its figure's slot. Only a
 * bracketed one: in "A, B and C raised $3 billion, €2 billion and £1 billion" each figure is a share.
 */
import type { QuantityMention } from "../numbers/types.js";
import { conversionAfter } from "./metric.js";

/** The run's figures grouped by the share each stands for, in order. */
export function respectiveSlots(
  run: readonly QuantityMention[],
  sentenceQs: QuantityMention[],
  text: string,
): QuantityMention[][] {
  const slots: QuantityMention[][] = [];
  for (const q of run) {
    const last = slots.at(-1);
    const restated = last?.at(-1);
    if (last && restated && isBracketedRestatement(restated, q, sentenceQs, text)) last.push(q);
    else slots.push([q]);
  }
  return slots;
}

function isBracketedRestatement(
  first: QuantityMention,
  second: QuantityMention,
  sentenceQs: QuantityMention[],
  text: string,
): boolean {
  return (
    conversionAfter(first, sentenceQs, text) === second &&
    text.slice(first.span.end, second.span.start).includes("(")
  );
}
