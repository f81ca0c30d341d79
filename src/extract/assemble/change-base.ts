import type { QuantityMention } from "../numbers/types.js";
import { unitClass } from "./text.js";
import type { Candidate, SentenceReading } from "./types.js";

/**
 * From a percentage change to the amount it starts from: "60% increase from the", "50% jump over
 * its", « augmentation de 82 % par rapport aux », « en hausse de 30 % comparé aux ».
 */
const CHANGE_TO_BASE =
  /^\s*(?:(?:increase|rise|jump|gain|growth|climb|surge|decline|drop|fall)\s+)?(?:from|over|compared\s+(?:with|to)|versus|vs\.?|par\s+rapport\s+(?:à|aux?)|comparée?s?\s+(?:à|aux?))\s+(?:(?:the|its|their|les|des|ses|leurs?|le|la|l['’])\s*)?$/iu;

/**
 * The figure whose metric the base of a percentage change takes: "ARR reached $80 million — a 60%
 * increase from the $50 million reported in October", « Ses revenus récurrents annuels ont atteint 10
 * milliards. Cela représente une augmentation de 82 % par rapport aux 5,5 milliards rapportés en
 * 2024 »: the change measures the amount before it (in the sentence, else the previous sentence of the
 * paragraph), and the amount it starts from is the same measure. The caller leaves out a base that a
 * metric word before it reaches without crossing another figure ("revenue rose 20% from $4 billion").
 */
export function changeBase(
  text: string,
  s: SentenceReading,
  q: QuantityMention,
  unit: string,
  change: Candidate | undefined,
): Candidate | undefined {
  if (change?.unit !== "fraction") return undefined;
  if (!CHANGE_TO_BASE.test(text.slice(change.q.span.end, q.span.start))) return undefined;
  const cls = unitClass(unit);
  const inSentence = s.sentenceClaims.findLast(
    (c) => c !== change && c.q.span.end <= change.q.span.start && c.metric && unitClass(c.unit) === cls,
  );
  if (inSentence) return inSentence;
  const before = s.previousSentenceClaim;
  return before?.metric &&
    before.sentence.paragraph === s.sentence.paragraph &&
    unitClass(before.unit) === cls
    ? before
    : undefined;
}
