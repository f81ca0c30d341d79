import type { QuantityMention } from "../numbers/types.js";
import type { ImplicitMetric } from "./implicit-metric.js";
import { unitClass } from "./text.js";
import type { Candidate, DocumentReading, SentenceReading } from "./types.js";

/**
 * A forecast taken up by a possessive noun as the subject of its sentence: « ses projections
 * atteignent 55 milliards », « leurs prévisions tablent sur », "its projections reach $40 billion",
 * "their forecasts put it at". The noun stands for the figure forecast just before.
 */
const FORECAST_NOUN_SUBJECT =
  /^[«"“\s]*(?:[^,.;:]{0,50},\s*)?(?:ses|leurs|sa|son|les|ces|its|their|the\s+company['’]s|these)\s+(?:(?:propres|nouvelles|dernières|own|new|latest|updated)\s+)?(?:projections?|prévisions?|estimations?|forecasts?|estimates?|scénarios?|scenarios?)\s+(?:\p{L}+\s+){0,2}?(?:atteign\p{L}*|atteint|tabl\p{L}*|s['’]él[eè]v\p{L}*|mont\p{L}*|vis\p{L}*|prévoi\p{L}*|anticip\p{L}*|reach\p{L}*|put|puts|see|sees|show\p{L}*|call\s+for|calls\s+for|project\p{L}*|envisag\p{L}*|point\p{L}*)/iu;

/** A subject named after an opening phrase: « Dans son hypothèse la plus haute, Cohere vise ». */
export const FORECAST_OPENER = /^[«"“\s]*(?:[^,.;:]{0,50},\s*)?$/u;

/** How many sentences back the forecast taken up may stand. */
const REACH = 2;

/**
 * The latest figure of the unit's kind with a metric, up to two sentences back, when no other figure
 * of that kind stands between (a growth rate between two amounts does not).
 */
function forecastBefore(r: DocumentReading, s: SentenceReading, unit: string): Candidate | null {
  const kind = unitClass(unit);
  const unnamed = r.unknown.findLast((c) => unitClass(c.unit) === kind);
  const earlier = r.candidates.findLast(
    (c) =>
      c.sentenceIndex < s.sentenceIndex &&
      c.sentenceIndex >= s.sentenceIndex - REACH &&
      unitClass(c.unit) === kind,
  );
  if (!earlier?.metric || !earlier.metricAt || earlier.metric === "deal_value") return null;
  if (unnamed && unnamed.q.span.start > earlier.q.span.start) return null;
  return earlier;
}

/**
 * The figure `find` gives when `q` is its sentence's first figure and the words before it match
 * `subject`: the earlier figure a sentence opening on a forecast takes up.
 */
export function figureTakenUp(
  r: DocumentReading,
  s: SentenceReading,
  q: QuantityMention,
  subject: RegExp,
  find: () => Candidate | null,
): Candidate | null {
  const lead = r.text.slice(s.sentence.start, q.span.start);
  if (!subject.test(lead) || s.figures.some((o) => o.span.end <= q.span.start)) return null;
  return find();
}

/** The first figure after a possessive forecast noun takes the metric of the forecast it takes up. */
export function forecastTakenUpMetric(
  r: DocumentReading,
  s: SentenceReading,
  q: QuantityMention,
  unit: string,
): ImplicitMetric | null {
  const earlier = figureTakenUp(r, s, q, FORECAST_NOUN_SUBJECT, () => forecastBefore(r, s, unit));
  if (!earlier) return null;
  return {
    metric: earlier.metric!,
    at: earlier.metricAt!,
    rule: `the forecast noun takes up the figure before ("${r.text.slice(earlier.q.span.start, earlier.q.span.end)}")`,
    counterparty: earlier.counterparty,
  };
}
