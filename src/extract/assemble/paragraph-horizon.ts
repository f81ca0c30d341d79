import type { Period } from "../../core/index.js";
import { findTimeMentions } from "../periods.js";

/** Rates of growth: a yearly rate stated under a horizon ("over the next five years") is the horizon's. */
const GROWTH_RATES: ReadonlySet<string> = new Set(["revenue_growth", "capex_growth"]);

/**
 * The horizon counted from publication that the paragraph names before an undated growth rate ("Our
 * targets for the next three to five years … revenue to grow more than 60% a year"; "35 % au cours des
 * cinq prochaines années. … plus de 60 % par an"): the span the rate is a target over, the latest one
 * named; null for other metrics or when the paragraph names none.
 */
export function paragraphHorizon(
  text: string,
  sentenceStart: number,
  metric: string,
  published: string | null,
): { period: Period; words: string } | null {
  if (!GROWTH_RATES.has(metric)) return null;
  const paragraphStart = text.lastIndexOf("\n", sentenceStart - 1) + 1;
  const lead = text.slice(paragraphStart, sentenceStart);
  const horizon = findTimeMentions(lead, published, paragraphStart)
    .filter((t) => t.fromPublication && t.flow?.start && t.flow.end)
    .at(-1);
  if (!horizon?.flow) return null;
  return {
    period: { start: horizon.flow.start, end: horizon.flow.end },
    words: text.slice(horizon.start, horizon.end),
  };
}
