import { type Language, scalesOf, type Unit, unitNoun, unitWithSlash } from "../core/index.js";

/**
 * Numbers on chart axes, written by the rules of core's amount formatter (formatAmount) as a Vega
 * expression, so that a tick reads like the table beside it ("1.4 tn $"; in French "1 400 Md $").
 */

/** The locale the Vega runtime formats numbers with (d3-format definitions). */
export function vegaNumberLocale(lang: Language): {
  decimal: string;
  thousands: string;
  grouping: number[];
  currency: [string, string];
  minus: string;
} {
  return lang === "fr"
    ? { decimal: ",", thousands: "\u202f", grouping: [3], currency: ["", "\u00a0$"], minus: "\u2212" }
    : { decimal: ".", thousands: ",", grouping: [3], currency: ["$", ""], minus: "\u2212" };
}

/** Formatters are costly to build and cheap to reuse: one per language and options. */
const FORMATTERS = new Map<string, Intl.NumberFormat>();

function formatter(lang: Language, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${lang}:${JSON.stringify(options)}`;
  let made = FORMATTERS.get(key);
  if (!made) {
    made = new Intl.NumberFormat(lang === "fr" ? "fr-FR" : "en-US", options);
    FORMATTERS.set(key, made);
  }
  return made;
}

/**
 * A Vega expression that labels an axis tick (`datum.value`) as formatAmount would, without the
 * count noun (the axis title names the unit). English digits are not grouped, French ones are.
 */
export function axisLabelExpr(unit: Unit, lang: Language): string {
  const v = "datum.value";
  const digits = lang === "fr" ? ",.3~r" : ".3~r";
  if (unit === "fraction") return `format(${v} * 100, "${digits}") + " %"`;
  const { scales, plain } = scalesOf(unit, { language: lang });
  const noun = unitNoun(unit, { language: lang });
  const after = (suffix: string) => {
    const shown = noun && suffix.endsWith(noun) ? suffix.slice(0, -noun.length).trimEnd() : suffix;
    return shown === "" ? "" : shown === "×" ? "×" : ` ${shown}`;
  };
  const number = (divisor: number) => `format(${v} / ${divisor}, "${digits}")`;
  let body = `${number(1)} + ${JSON.stringify(after(plain))}`;
  for (const scale of [...scales].reverse())
    body = `abs(${v}) >= ${scale.factor} ? ${number(scale.factor)} + ${JSON.stringify(after(scale.suffix))} : ${body}`;
  return body;
}

/** The unit as an axis title says it: "USD", "USD/GW", "GW", "%", "users"/"utilisateurs". */
export function unitTitle(unit: Unit, lang: Language): string {
  if (unit === "fraction") return "%";
  if (unit === "x") return "×";
  return unitNoun(unit, { language: lang }) || unitWithSlash(unit);
}

/** A probability as a percentage: 0.234 → "23%" / "23 %". */
export function formatProbability(probability: number, lang: Language): string {
  return formatter(lang, {
    style: "percent",
    maximumFractionDigits: probability > 0 && probability < 0.01 ? 1 : 0,
  }).format(probability);
}

/** A decimal year for a partial ISO date: "2025" → 2025.5 (mid-year), "2025-10" → 2025.79, "2025-10-31" → 2025.83. */
export function decimalYear(date: string): number | null {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(date);
  if (!match) return null;
  const year = Number(match[1]);
  if (match[2] === undefined) return year + 0.5;
  const month = Number(match[2]);
  const day = match[3] === undefined ? 15 : Number(match[3]);
  return year + (month - 1) / 12 + (day - 1) / 365;
}
