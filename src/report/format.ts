import { CURRENCY_SIGNS, type Language, readUnitSpelling, type Unit, unitWithSlash } from "../core/index.js";

/**
 * Human numbers for people and for chart axes. `formatValue` formats in JavaScript (tables,
 * tooltips, the report's text); `axisLabelExpr` writes the same rules as a Vega expression so
 * that axis labels read alike ("$1.4T" in English, "1 400 Md$" in French).
 */

interface Scale {
  factor: number;
  en: string;
  fr: string;
}

const CURRENCY_SCALES_EN: Scale[] = [
  { factor: 1e12, en: "T", fr: "" },
  { factor: 1e9, en: "B", fr: "" },
  { factor: 1e6, en: "M", fr: "" },
  { factor: 1e3, en: "K", fr: "" },
];
// French press writes trillions of dollars as thousands of billions ("1 400 Md$").
const CURRENCY_SCALES_FR: Scale[] = [
  { factor: 1e9, en: "", fr: " Md" },
  { factor: 1e6, en: "", fr: " M" },
  { factor: 1e3, en: "", fr: " k" },
];
const COUNT_SCALES: Scale[] = [
  { factor: 1e9, en: "B", fr: " Md" },
  { factor: 1e6, en: "M", fr: " M" },
  { factor: 1e3, en: "K", fr: " k" },
];

const COUNT_NAMES: Record<string, { en: string; fr: string }> = {
  users: { en: "users", fr: "utilisateurs" },
  subscribers: { en: "subscribers", fr: "abonnés" },
  customers: { en: "customers", fr: "clients" },
  GPUs: { en: "GPUs", fr: "GPU" },
  shares: { en: "shares", fr: "actions" },
};

/** The locale the Vega runtime formats numbers with (d3-format definitions). */
export function vegaNumberLocale(lang: Language): {
  decimal: string;
  thousands: string;
  grouping: number[];
  currency: [string, string];
  minus: string;
} {
  return lang === "fr"
    ? { decimal: ",", thousands: "\u202f", grouping: [3], currency: ["", "\u00a0$"], minus: "-" }
    : { decimal: ".", thousands: ",", grouping: [3], currency: ["$", ""], minus: "-" };
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

function numberFormat(lang: Language): Intl.NumberFormat {
  return formatter(lang, { maximumSignificantDigits: 3 });
}

function pickScale(scales: Scale[], magnitude: number): Scale | null {
  return scales.find((s) => magnitude >= s.factor) ?? null;
}

function currencyParts(unit: string, lang: Language): { prefix: string; suffix: string } {
  const symbol = CURRENCY_SIGNS[unit];
  if (lang === "fr") return { prefix: "", suffix: symbol ?? `\u00a0${unit}` };
  return symbol ? { prefix: symbol, suffix: "" } : { prefix: "", suffix: `\u00a0${unit}` };
}

/** The base currency of a rate unit ("USD_per_GW", the model's "USD/GW/yr" or "USD/yr" → USD), or null. */
function splitRate(unit: string): { base: string; per: string } | null {
  const reading = readUnitSpelling(unit);
  if (reading.kind === "rate") return { base: reading.code, per: reading.per };
  return reading.kind === "currency" && reading.perYear ? { base: reading.code, per: "yr" } : null;
}

/** A plain currency code ("USD"), not a rate. */
function isPlainCurrency(unit: string): boolean {
  const reading = readUnitSpelling(unit);
  return reading.kind === "currency" && !reading.perYear;
}

/** A number with its unit, for humans: formatValue(1.4e12, "USD", "en") is "$1.4T", in French "1 400 Md$". */
export function formatValue(value: number, unit: Unit, lang: Language): string {
  if (!Number.isFinite(value)) return String(value);
  const nf = numberFormat(lang);
  const sign = value < 0 ? "-" : "";
  const magnitude = Math.abs(value);
  const rate = splitRate(unit);
  if (isPlainCurrency(unit) || rate) {
    const code = rate ? rate.base : unit;
    const scale = pickScale(lang === "fr" ? CURRENCY_SCALES_FR : CURRENCY_SCALES_EN, magnitude);
    const { prefix, suffix } = currencyParts(code, lang);
    const body = scale
      ? nf.format(magnitude / scale.factor) + (lang === "fr" ? scale.fr : scale.en)
      : nf.format(magnitude);
    const per = rate ? `/${rate.per}` : "";
    const spacedSuffix =
      lang === "fr" && scale === null && !suffix.startsWith("\u00a0") ? `\u00a0${suffix}` : suffix;
    return `${sign}${prefix}${body}${spacedSuffix}${per}`;
  }
  if (unit === "fraction") {
    return formatter(lang, { style: "percent", maximumSignificantDigits: 3 }).format(value);
  }
  if (unit === "x") return `${nf.format(value)}\u00d7`;
  const count = COUNT_NAMES[unit];
  if (count) {
    const scale = pickScale(COUNT_SCALES, magnitude);
    const body = scale
      ? nf.format(magnitude / scale.factor) + (lang === "fr" ? scale.fr : scale.en)
      : nf.format(magnitude);
    return `${sign}${body} ${lang === "fr" ? count.fr : count.en}`;
  }
  return `${nf.format(value)}\u00a0${unitWithSlash(unit)}`;
}

function expressionString(text: string): string {
  return JSON.stringify(text);
}

/**
 * A Vega expression that labels an axis tick (`datum.value`) like formatValue does, without the
 * count noun (the axis title names the unit).
 */
export function axisLabelExpr(unit: Unit, lang: Language): string {
  const v = "datum.value";
  const sign = `(${v} < 0 ? "-" : "")`;
  const number = (divisor: number) => `format(abs(${v}) / ${divisor}, ",.3~r")`;
  const rate = splitRate(unit);
  if (isPlainCurrency(unit) || rate) {
    const code = rate ? rate.base : unit;
    const scales = lang === "fr" ? CURRENCY_SCALES_FR : CURRENCY_SCALES_EN;
    const { prefix, suffix } = currencyParts(code, lang);
    const per = rate ? `/${rate.per}` : "";
    const plainSuffix = lang === "fr" && !suffix.startsWith("\u00a0") ? `\u00a0${suffix}` : suffix;
    let body = `${number(1)} + ${expressionString(plainSuffix + per)}`;
    for (const scale of [...scales].reverse()) {
      const word = (lang === "fr" ? scale.fr : scale.en) + suffix + per;
      body = `abs(${v}) >= ${scale.factor} ? ${number(scale.factor)} + ${expressionString(word)} : ${body}`;
    }
    return `${sign} + ${expressionString(prefix)} + (${body})`;
  }
  if (unit === "fraction") return `format(${v}, ".0%")`;
  if (unit === "x") return `format(${v}, ",.3~r") + "\u00d7"`;
  if (COUNT_NAMES[unit]) {
    let body = number(1);
    for (const scale of [...COUNT_SCALES].reverse()) {
      body = `abs(${v}) >= ${scale.factor} ? ${number(scale.factor)} + ${expressionString(lang === "fr" ? scale.fr : scale.en)} : ${body}`;
    }
    return `${sign} + (${body})`;
  }
  return `format(${v}, ",.3~r")`;
}

/** The unit as an axis title says it: "USD", "GW", "%", "users"/"utilisateurs". */
export function unitTitle(unit: Unit, lang: Language): string {
  if (unit === "fraction") return "%";
  if (unit === "x") return "×";
  const count = COUNT_NAMES[unit];
  if (count) return lang === "fr" ? count.fr : count.en;
  return unitWithSlash(unit);
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
