import type { Bound, Span } from "../../core/index.js";

/**
 * A quantity written in text: the number(s), their scale, unit and hedge, resolved to base units.
 * The numbers recognizer (numbers/) finds these; claim assembly (extract/) gives them a metric,
 * an entity and a period.
 */
export interface QuantityMention {
  /** The whole mention including hedge words and unit ("près de 30 milliards de dollars"). */
  span: Span;
  /** Just the numeric part with its scale ("30 milliards"). */
  numberSpan: Span;
  low: number | null;
  high: number | null;
  bound: Bound;
  /**
   * ISO currency code, or "GW", "fraction", "users", "customers", "subscribers", "GPUs", "shares",
   * "x", a rate ("USD_per_GW", "USD_per_month", "USD_per_share", "GW_per_week"); null when the text
   * gives no unit (the claim stage may restore it from context, e.g. "300 milliards avec Oracle").
   */
  unit: string | null;
  /** True for order-of-magnitude amounts ("des dizaines de milliards"). */
  vague: boolean;
  /** True for a scale written with no unit ("30 milliards", "$2bn" aside): the sentence may name the currency. */
  currencyElided: boolean;
  /** The old value of a change written "from A to B" ("les pertes passent de 36 à 284 millions": 36). */
  changedFrom?: true;
  /** A fraction spelled in words ("two-thirds of", « la moitié de »): a verbal proportion. */
  spelledFraction?: true;
  /** Where a scale declared elsewhere came from, for a figure written as digits alone. */
  declaredScale?: "table" | "list";
  /** Why each field got its value: scale chosen, calque reading of "trillion", hedge word, … */
  notes: string[];
}
