import { FLOW_METRICS, isCurrencyCode, type Metric } from "../../core/index.js";
import type { Decision } from "./qualifier.js";
import type { FigureReading } from "./types.js";

/**
 * An amount followed by the participle of its being spent or earned: "the $21 billion spent in 2025", "the
 * $3 billion it has already invested", « les 30 milliards investis en 2025 », « les 12 milliards qu'elle a
 * dépensés l'an dernier ». A future auxiliary before the participle ("will be spent", « seront investis »)
 * does not match: the participle must follow the amount or a pronoun subject in a past tense.
 */
const SPENT_AFTER =
  /^\s*(?:(?:de\s+dollars|d['’]euros|(?:US\s+)?dollars|euros)\s+)?(?:(?:that\s+|which\s+)?(?:it|they|we|the\s+(?:company|group|firm))\s+(?:had\s+|has\s+|have\s+)?|qu['’](?:elle|il|elles|ils|on)\s+(?:a|avait|ont|avaient)\s+)?(?:already\s+|déjà\s+)?(?:spent|invested|generated|earned|booked|posted|recorded|realized|realised|dépensé|investi|généré|engrangé|enregistré|réalisé|encaissé|déboursé)(?:e|s|es)?(?!\p{L})/iu;

/** A span still to come after the participle: "invested over the next five years", « investis d'ici 2030 ». */
const SPAN_AHEAD =
  /^[^.;:]{0,40}?(?:\b(?:over|in|during)\s+the\s+(?:next|coming)|\bby\s+(?:the\s+end\s+of\s+)?20\d\d|(?<!\p{L})(?:d['’]ici|au\s+cours\s+des\s+(?:\p{L}+\s+)?prochain|sur\s+les\s+(?:\p{L}+\s+)?prochain|dans\s+les\s+(?:\p{L}+\s+)?prochain))/iu;

/** Money flows whose actual amounts are spent or earned (not growth rates, not deals). */
const SPENT_METRICS: ReadonlySet<Metric> = new Set(
  [...FLOW_METRICS].filter((m) => !m.endsWith("_growth") && m !== "compute_commitment"),
);

/**
 * An amount stated as already spent or earned is a result, even as the base a forecast is set against
 * ("expects $40 billion in 2026, up from the $21 billion spent in 2025"): reported, not the forecast's
 * target (CLAIMS.md §7), unless its period had not begun by publication.
 */
export function reviseBySpentAmount(
  text: string,
  f: FigureReading,
  notYetReportable: boolean,
  qualifier: Decision,
): void {
  const { q, candidate } = f;
  if (qualifier.qualifier !== "target" || notYetReportable) return;
  if (candidate.metric === null || !SPENT_METRICS.has(candidate.metric as Metric)) return;
  if (!isCurrencyCode(candidate.unit)) return;
  const after = text.slice(q.span.end, q.span.end + 120);
  const spent = SPENT_AFTER.exec(after);
  if (!spent || SPAN_AHEAD.test(after.slice(spent[0].length))) return;
  qualifier.qualifier = "reported";
  qualifier.rule = `an amount stated as already ${spent[0].trim().split(/\s+/u).pop()} → reported`;
}
