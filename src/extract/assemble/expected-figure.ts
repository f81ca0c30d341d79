import { metricIs } from "../metrics.js";
import type { QuantityMention } from "../numbers/types.js";
import type { ImplicitMetric } from "./implicit-metric.js";
import { marketExpectation } from "./qualifier.js";
import { unitClass } from "./text.js";
import type { Candidate, DocumentReading, SentenceReading } from "./types.js";

/** A figure that is an estimate in itself ("an estimated 26 gigawatts", « estimée à »), not the market's view of another. */
const OWN_ESTIMATE = /^(?:an\s+estimated|estim)/iu;

/** An estimate and the result it is set against are of a size: more than twice apart, they measure different things. */
const ESTIMATE_SPREAD = 2;

function sizeOf(q: QuantityMention): number | null {
  const v = q.low ?? q.high;
  return v !== null && v > 0 ? v : null;
}

/**
 * The market's figure for what was just reported ("Sales will be $19.1 billion. Analysts had estimated
 * $18.5 billion", « le consensus tablait sur 5 milliards », "vs. $12.9 billion expected"): with no metric
 * word of its own, it measures the same thing as the figure of its kind nearest in size before it, in its
 * sentence or the one before, when that one is within a factor of two and measures results analysts forecast.
 */
export function expectedFigureMetric(
  r: DocumentReading,
  s: SentenceReading,
  q: QuantityMention,
  unit: string,
): ImplicitMetric | null {
  const expected = marketExpectation(r.text, s.sentence.start, q);
  const size = sizeOf(q);
  if (!expected || OWN_ESTIMATE.test(expected.words) || size === null) return null;
  const kind = unitClass(unit);
  let nearest: { c: Candidate; spread: number } | null = null;
  for (const c of [...r.candidates, ...r.unknown]) {
    const other = sizeOf(c.q);
    if (c.sentenceIndex < s.sentenceIndex - 1 || c.q.span.end > q.span.start) continue;
    if (other === null || unitClass(c.unit) !== kind) continue;
    const spread = Math.max(other / size, size / other);
    if (!nearest || spread < nearest.spread) nearest = { c, spread };
  }
  if (!nearest || nearest.spread > ESTIMATE_SPREAD) return null;
  const { metric, metricAt } = nearest.c;
  if (!metric || !metricAt || !metricIs(metric, "marketForecast")) return null;
  return {
    metric,
    at: metricAt,
    rule: `what the market expected of the figure before ("${r.text.slice(nearest.c.q.span.start, nearest.c.q.span.end)}")`,
  };
}
