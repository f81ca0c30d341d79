import { monthAlternation, type Span } from "../../core/index.js";

const FRENCH_MONTHS = monthAlternation("fr");

/**
 * "chiffre d'affaires annuel", "revenus annuels", "annual revenue", "yearly sales": a year's revenue,
 * which is a run-rate only when the sentence dates it to a point (CLAIMS.md §2: "revenus annuels … ont
 * atteint 2 milliards de dollars fin 2023"). Annualised words ("annualisé", "run rate", ARR) are not these.
 */
const YEARLY_REVENUE_WORD =
  /^(?:(?:revenus?|chiffres?\s+d['’]affaires|recettes|ventes)\s+(?:(?!récurrent)\p{L}+\s+)?annuel(?:le)?s?|(?:annual|yearly)\s+(?:revenues?|sales))$/iu;

/**
 * A point in time in French: « fin 2025 », « à la fin de l'année », « début 2026 », « en octobre »,
 * « actuellement », « désormais ».
 */
const POINT_IN_TIME_FR = new RegExp(
  `(?<!\\p{L})(?:(?:fin|début|mi)[-\\s]+(?:\\d{4}|d['’]année|de\\s+l['’](?:année|exercice)|l['’]année|(?:${FRENCH_MONTHS}))|(?:à\\s+la\\s+fin|au\\s+(?:début|terme))\\s+d(?:e|u|['’])|(?:en|au\\s+mois\\s+d['’]?|depuis)\\s*(?:${FRENCH_MONTHS})|actuellement|aujourd['’]hui|désormais|à\\s+ce\\s+jour)(?!\\p{L})`,
  "iu",
);

/** A point in time in English: "at the end of 2024", "by year-end", "in early 2026", "now", "as of". */
const POINT_IN_TIME_EN =
  /\b(?:(?:the\s+)?end\s+of|year[-\s]end|end[-\s]\d{4}|(?:the\s+)?(?:start|beginning)\s+of|early|mid|late|currently|now|today|as\s+of)\b/iu;

/** A month names a point too: "in October" (case kept: "may" is a verb). */
const MONTH_EN = new RegExp(`\\b(?:${monthAlternation("en", "capitalised")})\\b`, "u");

/**
 * A year or a yearly comparison: "l'exercice 2025", "fiscal 2024", "by 2030", « en progression de 114 %
 * sur un an », "up 20% year over year": the revenue is that of a year.
 */
const YEAR_REFERENCE =
  /(?<!\p{L})(?:exercices?|fiscal|sur\s+un\s+an|d['’]une\s+année\s+sur\s+l['’]autre|en\s+glissement\s+annuel|year[-\s]over[-\s]year|from\s+a\s+year\s+(?:earlier|ago))(?!\p{L})|(?<!\d|\d[.,])(?:19|20)\d{2}(?!\d|[.,]\d)/iu;

/**
 * A forecast of the year's revenue, its noun right before or after the yearly word: « un objectif de
 * chiffre d'affaires annuel », « ses prévisions de revenus annuels », "a target of annual revenue",
 * "its annual revenue guidance". A goal for a year's accounts is no level reached at a date.
 */
const FORECAST_BEFORE =
  /(?<!\p{L})(?:objectifs?|prévisions?|projections?|cibles?|targets?|forecasts?|guidance|outlook|goals?)\s+(?:de\s+|d['’]\s*|of\s+|for\s+)?(?:(?:its|their|son|sa|ses|leurs?)\s+)?$/iu;
const FORECAST_AFTER =
  /^\s+(?:targets?|forecasts?|guidance|outlook|projections?|goals?|objectifs?)(?!\p{L})/iu;

/** How far back, within the paragraph, the sentence before may date the revenue (« les comptes de son exercice 2025 »). */
const CONTEXT_BEFORE = 250;

/**
 * Whether a run-rate read from a yearly revenue word is the year's revenue instead: a year or a yearly
 * comparison dates it in its sentence or the one before, and no point in time does ("le chiffre
 * d'affaires annuel atteint 130,5 milliards, en progression de 114 % sur un an", "$2tn of annual
 * revenue by 2030"), or a forecast names it (« un objectif de chiffre d'affaires annuel de 13 milliards »);
 * "annual revenue reached $2 billion at the end of 2024" stays a run-rate, and so does an undated one.
 */
export function isYearlyRevenue(text: string, word: Span, sentence: Span): boolean {
  if (!YEARLY_REVENUE_WORD.test(text.slice(word.start, word.end))) return false;
  const paragraphStart = text.lastIndexOf("\n", sentence.start - 1) + 1;
  const around = text.slice(Math.max(paragraphStart, sentence.start - CONTEXT_BEFORE), sentence.end);
  if (POINT_IN_TIME_FR.test(around) || POINT_IN_TIME_EN.test(around) || MONTH_EN.test(around)) return false;
  return (
    YEAR_REFERENCE.test(around) ||
    FORECAST_BEFORE.test(text.slice(Math.max(sentence.start, word.start - 40), word.start)) ||
    FORECAST_AFTER.test(text.slice(word.end, Math.min(sentence.end, word.end + 20)))
  );
}
