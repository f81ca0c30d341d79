import { isCurrencyCode } from "./vocabulary.js";

/**
 * How a unit is spelled, read once for every stage that prints or compares amounts. Claims write
 * rates with "_per_" ("USD_per_GW", CLAIMS.md §3); scenarios write them with "/" ("USD/GW/yr",
 * "USD/yr"). Both spellings read to the same parts.
 */
export type UnitReading =
  | { kind: "currency"; code: string; perYear: boolean }
  | { kind: "rate"; code: string; per: string }
  | { kind: "fraction" }
  | { kind: "multiple" }
  | { kind: "power"; per: string | null }
  | { kind: "other"; unit: string };

/** The sign written for a currency, when it has one the reports use. */
export const CURRENCY_SIGNS: Readonly<Record<string, string>> = { USD: "$", EUR: "€", GBP: "£" };

/** The parts of a unit: "USD" and "USD/yr" are currencies, "USD_per_GW" and "USD/GW/yr" rates. */
export function readUnitSpelling(unit: string): UnitReading {
  if (unit === "fraction") return { kind: "fraction" };
  if (unit === "x") return { kind: "multiple" };
  if (unit === "GW") return { kind: "power", per: null };
  if (unit === "GW_per_week") return { kind: "power", per: "week" };
  const yearly = /^([A-Z]{3})\/yr$/.exec(unit);
  if (isCurrencyCode(unit) || yearly)
    return { kind: "currency", code: yearly ? yearly[1]! : unit, perYear: !!yearly };
  const rate = /^([A-Z]{3})(?:_per_|\/)(.+)$/.exec(unit);
  if (rate) return { kind: "rate", code: rate[1]!, per: rate[2]! };
  return { kind: "other", unit };
}

/** The currency an amount in `unit` is counted in ("USD" for "USD", "USD/yr", "USD_per_GW"), or null. */
export function currencyOf(unit: string): string | null {
  const reading = readUnitSpelling(unit);
  return reading.kind === "currency" || reading.kind === "rate" ? reading.code : null;
}

/** The rate's denominator as people write it: "USD_per_GW" → "GW", "USD/GW/yr" → "GW/yr"; null for no rate. */
export function rateDenominator(unit: string): string | null {
  const reading = readUnitSpelling(unit);
  return reading.kind === "rate" ? reading.per : null;
}

/** A unit as people write it, rates with a slash: "USD_per_GW" → "USD/GW", "GW_per_week" → "GW/week". */
export function unitWithSlash(unit: string): string {
  const reading = readUnitSpelling(unit);
  if (reading.kind === "rate") return `${reading.code}/${reading.per}`;
  if (reading.kind === "power") return reading.per ? `GW/${reading.per}` : "GW";
  return unit.replaceAll("_per_", "/");
}
