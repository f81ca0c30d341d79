import { monthAlternation, type Span } from "../../core/index.js";
import type { QuantityMention } from "../numbers/types.js";

/**
 * A verb of reaching right before the figure, a hedge or an adverb between them: "on track to hit $9
 * billion", "expects to reach about $2bn", "should surpass", « devrait atteindre 2 milliards », « franchir
 * la barre des 1 milliard ».
 */
const REACH_BEFORE =
  /(?<!\p{L})(?:hit|hits|hitting|reach(?:es|ed|ing)?|surpass(?:es|ed|ing)?|cross(?:es|ed|ing)?|top(?:s|ped|ping)?|exceed(?:s|ed|ing)?|atteindr(?:e|a|ait|ont|aient)|atteint|atteignent|atteignait|franchi(?:r|ra|rait|t)?|dépass(?:er|era|erait|e|ent))(?!\p{L})(?:\s+(?:la\s+barre\s+des|the\s+mark\s+of|more\s+than|over|about|around|nearly|roughly|some|north\s+of|plus\s+de|près\s+de|environ|quelque))?\s*(?:US)?[$€£]?\s*$/iu;

const MONTHS_EN = monthAlternation("en");
const MONTHS_FR = monthAlternation("fr");

/**
 * A point in time right after the figure and its noun: "$9 billion in revenue by year-end", "$1bn by
 * the end of 2026", "2 milliards de chiffre d'affaires d'ici à la fin de l'année", « fin 2026 ». A year
 * alone ("by 2030", « en 2026 ») dates a year's revenue, not a level (CLAIMS.md §5).
 */
const POINT_AFTER = new RegExp(
  String.raw`^(?:\s+(?:in|of|de|d['’]|en)\s*(?:[\p{L}'’-]+\s+){0,2}?)?\s*,?\s*(?:(?:by|at|before|d['’]ici(?:\s+à)?|à|avant)\s+(?:the\s+|la\s+)?(?:year[-\s]end|(?:end|close)\s+of\s+(?:the\s+|this\s+|next\s+)?(?:year|\d{4}|${MONTHS_EN})|fin\s+(?:de\s+l['’]année|d['’]année|\d{4}|${MONTHS_FR})|(?:late|mid-?)\s*\d{4})|fin\s+(?:de\s+l['’]année|\d{4}|${MONTHS_FR}))(?!\p{L})`,
  "iu",
);

/** A reporting period in the clause: the revenue is then that period's, whatever it reaches. */
const PERIOD_WORD =
  /(?<!\p{L})(?:quarter|quarterly|fiscal|half|trimestre|trimestriel\p{L}*|semestre|exercice)(?!\p{L})/iu;

/**
 * Whether revenue said to be reached at a point in time is a run-rate (CLAIMS.md §2: "annual revenue
 * said to be reached at a date"): "Nimbra is on track to hit $3 billion in revenue by year-end", « elle
 * devrait atteindre 500 millions d'euros de revenus d'ici la fin de l'année ». Revenue of a year ("to
 * reach $3 billion in 2026") or of a quarter stays revenue.
 */
export function isRevenueReachedAtPoint(text: string, q: QuantityMention, clause: Span): boolean {
  // A hedge read with the figure ("crossed $3 billion", « plus de 2 milliards ») lies inside its span.
  const figure = text.slice(q.span.start, q.span.end);
  const lead = figure.slice(0, figure.search(/[\d$€£]|$/u));
  const before = text.slice(Math.max(clause.start, q.span.start - 40), q.span.start) + lead;
  if (!REACH_BEFORE.test(before)) return false;
  if (!POINT_AFTER.test(text.slice(q.span.end, Math.min(clause.end, q.span.end + 80)))) return false;
  return !PERIOD_WORD.test(text.slice(clause.start, clause.end));
}
