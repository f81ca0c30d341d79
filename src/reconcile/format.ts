import type { ClaimValue, Unit } from "../core/index.js";
import { CURRENCY_SIGNS, readUnitSpelling, unitWithSlash } from "../core/index.js";
import type { Interval } from "./value.js";

/** Numbers for humans in reconcile's tables and arithmetic: "1.4 tn $", "600 bn $", "50–60 bn $/GW", "33 %". */

const MINUS = "\u2212";
const MONEY_SCALES = [
  { factor: 1e12, name: "tn" },
  { factor: 1e9, name: "bn" },
  { factor: 1e6, name: "M" },
  { factor: 1e3, name: "k" },
];
const COUNT_SCALES = [
  { factor: 1e9, name: "bn" },
  { factor: 1e6, name: "M" },
  { factor: 1e3, name: "k" },
];

/** Three significant digits, trailing zeros dropped: 1.3, 1.56, 8.8, 600. */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return value > 0 ? "∞" : `${MINUS}∞`;
  const text = String(Number.parseFloat(Math.abs(value).toPrecision(3)));
  return value < 0 ? `${MINUS}${text}` : text;
}

function money(unit: string): string | null {
  const reading = readUnitSpelling(unit);
  if (reading.kind === "currency" && !reading.perYear) return CURRENCY_SIGNS[reading.code] ?? reading.code;
  if (reading.kind === "rate") return `${CURRENCY_SIGNS[reading.code] ?? reading.code}/${reading.per}`;
  return null;
}

export interface Scaled {
  factor: number;
  suffix: string;
}

/** The scale a magnitude is written on, and what follows the number ("bn $", "GW", "%", "×"). */
export function scaleFor(unit: Unit, magnitude: number): Scaled {
  const moneySuffix = money(unit);
  if (moneySuffix !== null) {
    const scale = MONEY_SCALES.find((s) => magnitude >= s.factor);
    return { factor: scale?.factor ?? 1, suffix: scale ? `${scale.name} ${moneySuffix}` : moneySuffix };
  }
  if (unit === "fraction") return { factor: 0.01, suffix: "%" };
  if (unit === "x") return { factor: 1, suffix: "×" };
  const reading = readUnitSpelling(unit);
  if (reading.kind === "power") return { factor: 1, suffix: unitWithSlash(unit) };
  const scale = COUNT_SCALES.find((s) => magnitude >= s.factor);
  return { factor: scale?.factor ?? 1, suffix: scale ? `${scale.name} ${unit}` : unit };
}

export function join(number: string, suffix: string): string {
  return suffix === "×" ? `${number}×` : `${number} ${suffix}`;
}

/** One amount in its unit: 1.4e12 USD → "1.4 tn $"; 0.33 fraction → "33 %". */
export function formatAmount(value: number, unit: Unit): string {
  const scale = scaleFor(unit, Math.abs(value));
  return join(formatNumber(value / scale.factor), scale.suffix);
}

/** Two ends on one scale: "50–60 bn $/GW", "1.3–1.56 tn $". */
export function formatRange(low: number, high: number, unit: Unit): string {
  const scale = scaleFor(unit, Math.max(Math.abs(low), Math.abs(high)));
  const lowText = formatNumber(low / scale.factor);
  const highText = formatNumber(high / scale.factor);
  return lowText === highText ? join(lowText, scale.suffix) : join(`${lowText}–${highText}`, scale.suffix);
}

/** A claim's value with its bound: "~600 bn $", "> 1 tn $", "≤ 30 bn $", "50–60 bn $/GW". */
export function formatValue(value: ClaimValue, unit: Unit): string {
  const { low, high } = value;
  switch (value.bound) {
    case "exact":
    case "approx": {
      const point = low ?? high;
      if (point === null) return "?";
      return value.bound === "approx" ? `~${formatAmount(point, unit)}` : formatAmount(point, unit);
    }
    case "at_least":
      return low === null ? "?" : `> ${formatAmount(low, unit)}`;
    case "at_most":
      return high === null ? "?" : `< ${formatAmount(high, unit)}`;
    case "up_to":
      return high === null ? "?" : `≤ ${formatAmount(high, unit)}`;
    case "range":
      return low === null || high === null ? "?" : formatRange(low, high, unit);
  }
}

/** A computed interval: a point, "a–b", "≥ a" or "≤ b". */
export function formatInterval(interval: Interval, unit: Unit): string {
  const { low, high } = interval;
  if (low === null && high === null) return "unknown";
  if (low === null) return `≤ ${formatAmount(high!, unit)}`;
  if (high === null) return `≥ ${formatAmount(low, unit)}`;
  return formatRange(low, high, unit);
}

/** A signed change: "+1.2 bn $", "−800 bn $". */
export function formatDelta(value: number, unit: Unit): string {
  return value > 0 ? `+${formatAmount(value, unit)}` : formatAmount(value, unit);
}

/** A signed fraction as a percentage: −0.571 → "−57 %". */
export function formatPercent(fraction: number, signed = false): string {
  const percent = fraction * 100;
  const rounded = Math.abs(percent) >= 10 ? Math.round(percent) : Math.round(percent * 10) / 10;
  const text = formatNumber(rounded);
  return signed && rounded > 0 ? `+${text} %` : `${text} %`;
}
