import type { ClaimValue } from "./claim.js";
import { CURRENCY_SIGNS, readUnitSpelling } from "./unit-grammar.js";
import type { Language } from "./vocabulary.js";

/**
 * Amounts as every stage prints them: "1.4 tn $", "~600 bn $", "50–60 bn $/GW", "33 %", "26 GW",
 * "880 → 283 bn $". Three significant digits, the scale word before the unit, the unit last.
 * The French layout (`{ language: "fr" }`) writes a decimal comma, groups thousands with a narrow
 * space and counts money in thousands of billions, as the French press does ("1 400 Md $").
 */

export interface AmountLayout {
  language?: Language;
}

/** A scale an amount is written on: divide by `factor`, write `suffix` after the number. */
export interface Scaled {
  factor: number;
  suffix: string;
}

const MINUS = "\u2212";
const NARROW_SPACE = "\u202f";

const SCALE_WORDS = {
  en: { money: ["tn", "bn", "M", "k"], count: ["bn", "M", "k"] },
  fr: { money: ["Md", "M", "k"], count: ["Md", "M", "k"] },
} as const;
const FACTORS: Record<string, number> = { tn: 1e12, bn: 1e9, Md: 1e9, M: 1e6, k: 1e3 };

/** Count nouns as a French reader writes them. */
const FRENCH_COUNT_NOUNS: Readonly<Record<string, string>> = {
  users: "utilisateurs",
  subscribers: "abonnés",
  customers: "clients",
  GPUs: "GPU",
  shares: "actions",
};

/** Three significant digits, trailing zeros dropped: 1.3, 1.56, 8.8, 600; "1,56" and "1 400" in French. */
export function formatNumber(value: number, layout: AmountLayout = {}): string {
  if (Number.isNaN(value)) return "NaN";
  if (!Number.isFinite(value)) return value > 0 ? "∞" : `${MINUS}∞`;
  const text = String(Number.parseFloat(Math.abs(value).toPrecision(3)));
  const laidOut = layout.language === "fr" ? frenchDigits(text) : text;
  return value < 0 ? `${MINUS}${laidOut}` : laidOut;
}

function frenchDigits(text: string): string {
  if (text.includes("e")) return text.replace(".", ",");
  const [whole, fraction] = text.split(".");
  const grouped = whole!.replace(/\B(?=(\d{3})+$)/g, NARROW_SPACE);
  return fraction === undefined ? grouped : `${grouped},${fraction}`;
}

/**
 * The scales an amount in `unit` may be written on, largest first, and what follows a number
 * written unscaled. One table for the formatters here and for chart axes (report/format.ts).
 */
export function scalesOf(unit: string, layout: AmountLayout = {}): { scales: Scaled[]; plain: string } {
  const words = SCALE_WORDS[layout.language ?? "en"];
  const scaled = (names: readonly string[], after: string): { scales: Scaled[]; plain: string } => ({
    scales: names.map((name) => ({ factor: FACTORS[name]!, suffix: after ? `${name} ${after}` : name })),
    plain: after,
  });
  const reading = readUnitSpelling(unit);
  switch (reading.kind) {
    case "currency":
      return scaled(words.money, `${sign(reading.code)}${reading.perYear ? "/yr" : ""}`);
    case "rate":
      return scaled(words.money, `${sign(reading.code)}/${reading.per}`);
    case "fraction":
      return { scales: [], plain: "%" };
    case "multiple":
      return { scales: [], plain: "×" };
    case "power":
      return { scales: [], plain: reading.per ? `GW/${reading.per}` : "GW" };
    case "other":
      return scaled(words.count, unitNoun(unit, layout));
  }
}

function sign(code: string): string {
  return CURRENCY_SIGNS[code] ?? code;
}

/** The noun a count is written with ("users", French "utilisateurs"); "" for money, shares, capacity and "1". */
export function unitNoun(unit: string, layout: AmountLayout = {}): string {
  if (unit === "1" || readUnitSpelling(unit).kind !== "other") return "";
  const noun = unit.replaceAll("_per_", "/");
  return layout.language === "fr" ? (FRENCH_COUNT_NOUNS[noun] ?? noun) : noun;
}

/** The scale a magnitude is written on, and what follows the number ("bn $", "GW", "%", "×"). */
export function scaleFor(unit: string, magnitude: number, layout: AmountLayout = {}): Scaled {
  const { scales, plain } = scalesOf(unit, layout);
  if (unit === "fraction") return { factor: 0.01, suffix: plain };
  return scales.find((s) => magnitude >= s.factor) ?? { factor: 1, suffix: plain };
}

/** A number and what follows it: "8.8 bn $", "1.5×", "4.3" (no suffix). */
export function withSuffix(number: string, suffix: string): string {
  if (suffix === "") return number;
  return suffix === "×" ? `${number}×` : `${number} ${suffix}`;
}

/** One amount in its unit: 1.4e12 USD → "1.4 tn $"; 0.33 fraction → "33 %"; French 1.4e12 USD → "1 400 Md $". */
export function formatAmount(value: number, unit: string, layout: AmountLayout = {}): string {
  const scale = scaleFor(unit, Math.abs(value), layout);
  return withSuffix(formatNumber(value / scale.factor, layout), scale.suffix);
}

/**
 * Two ends on one scale: "50–60 bn $/GW", "1.3–1.56 tn $", "−16 – −24 bn $"; ends of different
 * scales each with their own ("999 bn $ – 1.5 tn $"); one figure when both ends read alike.
 */
export function formatRange(low: number, high: number, unit: string, layout: AmountLayout = {}): string {
  const scale = scaleFor(unit, Math.max(Math.abs(low), Math.abs(high)), layout);
  if (scaleFor(unit, Math.min(Math.abs(low), Math.abs(high)), layout).suffix !== scale.suffix)
    return `${formatAmount(low, unit, layout)} – ${formatAmount(high, unit, layout)}`;
  const lowText = formatNumber(low / scale.factor, layout);
  const highText = formatNumber(high / scale.factor, layout);
  const dash = low < 0 || high < 0 ? " – " : "–";
  return withSuffix(lowText === highText ? lowText : `${lowText}${dash}${highText}`, scale.suffix);
}

/** A change from one amount to another: "880 → 283 bn $" on one scale, "968 bn $ → 1.4 tn $" across two. */
export function formatChange(before: number, after: number, unit: string, layout: AmountLayout = {}): string {
  const scale = scaleFor(unit, Math.abs(before), layout);
  if (scale.suffix !== scaleFor(unit, Math.abs(after), layout).suffix)
    return `${formatAmount(before, unit, layout)} → ${formatAmount(after, unit, layout)}`;
  const from = formatNumber(before / scale.factor, layout);
  return withSuffix(`${from} → ${formatNumber(after / scale.factor, layout)}`, scale.suffix);
}

/** A claim's value with its bound: "~600 bn $", "> 1 tn $", "≤ 30 bn $", "50–60 bn $/GW"; "?" for a missing end. */
export function formatClaimValue(value: ClaimValue, unit: string, layout: AmountLayout = {}): string {
  const { low, high } = value;
  const amount = (x: number) => formatAmount(x, unit, layout);
  switch (value.bound) {
    case "exact":
    case "approx": {
      const point = low ?? high;
      if (point === null) return "?";
      return value.bound === "approx" ? `~${amount(point)}` : amount(point);
    }
    case "at_least":
      return low === null ? "?" : `> ${amount(low)}`;
    case "at_most":
      return high === null ? "?" : `< ${amount(high)}`;
    case "up_to":
      return high === null ? "?" : `≤ ${amount(high)}`;
    case "range":
      return low === null || high === null ? "?" : formatRange(low, high, unit, layout);
  }
}

/** An interval with open ends: "8.8 bn $", "1.3–1.56 tn $", "≥ 90 bn $", "≤ 30 bn $"; "?" when both are open. */
export function formatInterval(
  interval: { low: number | null; high: number | null },
  unit: string,
  layout: AmountLayout = {},
): string {
  const { low, high } = interval;
  if (low === null && high === null) return "?";
  if (low === null) return `≤ ${formatAmount(high!, unit, layout)}`;
  if (high === null) return `≥ ${formatAmount(low, unit, layout)}`;
  return formatRange(low, high, unit, layout);
}

/** A signed change: "+1.2 bn $", "−800 bn $". */
export function formatDelta(value: number, unit: string, layout: AmountLayout = {}): string {
  return value > 0 ? `+${formatAmount(value, unit, layout)}` : formatAmount(value, unit, layout);
}

/** A fraction as a percentage, whole from 10 % up: −0.571 → "−57 %", 0.081 → "8.1 %"; `signed` adds "+". */
export function formatPercent(fraction: number, signed = false, layout: AmountLayout = {}): string {
  const percent = fraction * 100;
  const rounded = Math.abs(percent) >= 10 ? Math.round(percent) : Math.round(percent * 10) / 10;
  const text = formatNumber(rounded, layout);
  return signed && rounded > 0 ? `+${text} %` : `${text} %`;
}
