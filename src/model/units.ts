/**
 * Units as products of atoms with integer powers: "USD/GW/yr" is USD·GW⁻¹·yr⁻¹.
 *
 * Periods are years, so a flow per year and an amount per period are the same quantity: unit
 * equality ignores the power of `yr` (USD/yr equals USD), while products and quotients still
 * carry it for display (GW × USD/GW/yr is shown as USD/yr). `fraction`, `x`, `%`-free ratios
 * and `1` are dimensionless.
 */

export type Unit = Readonly<Record<string, number>>;

export const DIMENSIONLESS: Unit = Object.freeze({});

const ALIASES: Record<string, string> = {
  users: "user",
  subscribers: "subscriber",
  customers: "customer",
  GPUs: "GPU",
  seats: "seat",
  shares: "share",
  years: "yr",
  year: "yr",
  y: "yr",
};
const DIMENSIONLESS_NAMES = new Set(["1", "fraction", "x", "ratio", "dimensionless", "count"]);
const PERIOD_ATOM = "yr";

/** Parses "USD/GW/yr", "USD_per_GW", "GW*yr", "USD/user^2"; null when malformed. */
export function parseUnit(text: string): Unit | null {
  const source = text.trim().replace(/_per_/g, "/");
  if (source === "") return null;
  const result: Record<string, number> = {};
  const pattern = /([*/]?)\s*([A-Za-z][A-Za-z0-9_]*|1)\s*(?:\^\s*(-?\d+))?\s*/y;
  let index = 0;
  let first = true;
  while (index < source.length) {
    pattern.lastIndex = index;
    const match = pattern.exec(source);
    if (!match) return null;
    const op = match[1] ?? "";
    if (first && op !== "") return null;
    if (!first && op === "") return null;
    first = false;
    const raw = match[2]!;
    const power = (match[3] === undefined ? 1 : Number(match[3])) * (op === "/" ? -1 : 1);
    index = pattern.lastIndex;
    if (DIMENSIONLESS_NAMES.has(raw)) continue;
    const atom = ALIASES[raw] ?? raw;
    result[atom] = (result[atom] ?? 0) + power;
  }
  return normalize(result);
}

function normalize(record: Record<string, number>): Unit {
  const out: Record<string, number> = {};
  for (const key of Object.keys(record).sort()) {
    const power = record[key]!;
    if (power !== 0) out[key] = power;
  }
  return out;
}

export function multiplyUnits(a: Unit, b: Unit, sign = 1): Unit {
  const out: Record<string, number> = { ...a };
  for (const [atom, power] of Object.entries(b)) out[atom] = (out[atom] ?? 0) + sign * power;
  return normalize(out);
}

export function divideUnits(a: Unit, b: Unit): Unit {
  return multiplyUnits(a, b, -1);
}

export function powerUnit(a: Unit, exponent: number): Unit | null {
  const out: Record<string, number> = {};
  for (const [atom, power] of Object.entries(a)) {
    const next = power * exponent;
    if (!Number.isInteger(next)) return null;
    out[atom] = next;
  }
  return normalize(out);
}

function withoutPeriod(unit: Unit): Unit {
  const { [PERIOD_ATOM]: _ignored, ...rest } = unit;
  return rest;
}

/** Same dimension, ignoring the power of yr (see module comment). */
export function sameUnit(a: Unit, b: Unit): boolean {
  const x = withoutPeriod(a);
  const y = withoutPeriod(b);
  const keys = Object.keys(x);
  if (keys.length !== Object.keys(y).length) return false;
  return keys.every((key) => x[key] === y[key]);
}

export function isDimensionless(unit: Unit): boolean {
  return Object.keys(withoutPeriod(unit)).length === 0;
}

/** "USD/GW/yr", "GW", "1". */
export function formatUnit(unit: Unit): string {
  const num: string[] = [];
  const den: string[] = [];
  for (const [atom, power] of Object.entries(unit)) {
    const magnitude = Math.abs(power);
    const text = magnitude === 1 ? atom : `${atom}^${magnitude}`;
    (power > 0 ? num : den).push(text);
  }
  const head = num.length > 0 ? num.join("*") : "1";
  return den.length > 0 ? `${head}/${den.join("/")}` : head;
}
