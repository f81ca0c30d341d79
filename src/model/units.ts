/**
 * Units as products of atoms with integer powers: "USD/GW/yr" is USD·GW⁻¹·yr⁻¹.
 *
 * Stocks and flows are different units: USD is an amount (cash at a date, a total), USD/yr a flow.
 * Periods are one year long, so a flow's value in a period is also the amount it adds in that
 * period, but the unit records which one a number is: a sum over periods multiplies by yr (a flow
 * becomes a stock), dividing by a number of years makes a flow, and + − compare the yr power too.
 * Ledger claims carry no /yr (their period says it), so binding compares units with
 * `sameDimension`. `fraction`, `x`, `ratio` and `1` are dimensionless.
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

function equalUnits(x: Unit, y: Unit): boolean {
  const keys = Object.keys(x);
  if (keys.length !== Object.keys(y).length) return false;
  return keys.every((key) => x[key] === y[key]);
}

/** The same unit, the power of yr included: USD and USD/yr differ. */
export function sameUnit(a: Unit, b: Unit): boolean {
  return equalUnits(a, b);
}

/** The same unit but for the power of yr (USD/yr and USD): a claim's period says which it is. */
export function sameDimension(a: Unit, b: Unit): boolean {
  return equalUnits(withoutPeriod(a), withoutPeriod(b));
}

export function isDimensionless(unit: Unit): boolean {
  return Object.keys(unit).length === 0;
}

/** A growth or discount rate: a plain fraction, or a fraction per year. */
export function isRate(unit: Unit): boolean {
  return isDimensionless(unit) || (Object.keys(unit).length === 1 && unit[PERIOD_ATOM] === -1);
}

export function isFlow(unit: Unit): boolean {
  return (unit[PERIOD_ATOM] ?? 0) < 0;
}

/**
 * The unit of a sum over periods of one year: a flow becomes a stock (USD/yr → USD); anything else
 * (levels, counts, truth values) keeps its unit, so counting years with sum(x > 0) stays a number.
 */
export function accumulatedUnit(unit: Unit): Unit {
  return isFlow(unit) ? multiplyUnits(unit, { [PERIOD_ATOM]: 1 }) : unit;
}

/** What an amount becomes when paid within one period: USD → USD/yr (a loan's interest, its repayment). */
export function perPeriodUnit(unit: Unit): Unit {
  return divideUnits(unit, { [PERIOD_ATOM]: 1 });
}

/** How a mismatched pair differs only by their yr power: "stock" USD beside a "flow" USD/yr. */
export function stockFlowPair(a: Unit, b: Unit): { stock: Unit; flow: Unit } | null {
  if (!sameDimension(a, b) || sameUnit(a, b)) return null;
  return (a[PERIOD_ATOM] ?? 0) > (b[PERIOD_ATOM] ?? 0) ? { stock: a, flow: b } : { stock: b, flow: a };
}

export const PERIOD_UNIT: Unit = Object.freeze({ [PERIOD_ATOM]: 1 });

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
