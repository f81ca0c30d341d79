/**
 * « Orbitek table sur 30 milliards d'investissements cette année. Cela représente 25 % de plus que
 * les 24 milliards de l'an passé », "spending on plant is set at $12 billion, up 20% compared with the
 * $10 billion of 2024": a rate compared with a base amount measures the amount before it (in
 * its sentence, else the sentence before in the paragraph). When that amount is capital spending, the
 * rate is capital spending's growth.
 */
import { isCurrencyCode } from "../../core/index.js";
import type { DocumentReading, FigureReading, SentenceReading } from "./types.js";

/** From a rate to the amount it is compared with: "par rapport aux", "from the", "compared with". */
const TO_BASE_AMOUNT =
  /^\s*(?:(?:increase|rise|jump|gain|growth|hausse|augmentation|progression)\s+)?(?:from|over|compared\s+(?:with|to)|versus|vs\.?|par\s+rapport\s+(?:à|aux?)|comparée?s?\s+(?:à|aux?))\s+(?:(?:the|its|their|les|des|ses|leurs?|le|la|l['’])\s*)?(?:US)?[$€£]?\s*\d/iu;

/** Whether the growth rate is compared with a base amount and the amount it measures is capex. */
export function growthOfCapexBase(r: DocumentReading, s: SentenceReading, f: FigureReading): boolean {
  const { q } = f;
  if (!TO_BASE_AMOUNT.test(r.text.slice(q.span.end, q.span.end + 60))) return false;
  const inSentence = s.sentenceClaims.findLast(
    (c) => c.q.span.end <= q.span.start && isCurrencyCode(c.unit) && c.metric !== null,
  );
  const previous = s.previousSentenceClaim;
  const measured =
    inSentence ??
    (previous && previous.sentence.paragraph === s.sentence.paragraph && isCurrencyCode(previous.unit)
      ? previous
      : undefined);
  return measured?.metric === "capex";
}
