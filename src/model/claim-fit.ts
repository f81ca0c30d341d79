import type { Period } from "../core/index.js";
import { parseUnit, sameDimension, type Unit } from "./units.js";

/**
 * Whether a ledger claim can stand for a model quantity, without conversion. A quantity declared
 * per year (USD/yr, 1/yr) takes only a flow over one whole year (12 months, calendar or fiscal); a
 * currency amount without /yr (a cumulative total, cash at a date) takes levels, totals to a date
 * and flows over several years, never a flow of one year or less. The rest of the unit must be
 * the same (no currency, scale or unit conversion). Fractions, counts and capacities take any period.
 */

export type PeriodKind = "level" | "cumulative" | "year" | "part" | "years" | "none";

/** Month number (year × 12 + month − 1) of a partial ISO date; a bare year is its first or last month. */
function monthIndex(date: string, end: boolean): number | null {
  const match = /^(\d{4})(?:-(\d{2}))?/.exec(date);
  if (!match) return null;
  const month = match[2] === undefined ? (end ? 12 : 1) : Number(match[2]);
  return Number(match[1]) * 12 + month - 1;
}

/** Months a {start, end} period covers, both ends included; null when an end is open or unreadable. */
export function monthsCovered(period: Period | null): number | null {
  if (!period || "asOf" in period || period.start === null || period.end === null) return null;
  const start = monthIndex(period.start, false);
  const end = monthIndex(period.end, true);
  return start === null || end === null ? null : end - start + 1;
}

export function periodKind(period: Period | null): PeriodKind {
  if (period === null) return "none";
  if ("asOf" in period) return "level";
  if (period.start === null) return period.end === null ? "none" : "cumulative";
  if (period.end === null) return "level";
  const months = monthsCovered(period) ?? 0;
  return months === 12 ? "year" : months < 12 ? "part" : "years";
}

/** "as of 2025-12", "2025-01-01 – 2025-06-30", "to 2030-12-31", "no period". */
export function periodText(period: Period | null): string {
  if (period === null) return "no period";
  if ("asOf" in period) return `as of ${period.asOf}`;
  if (period.start === null) return period.end === null ? "no period" : `to ${period.end}`;
  return `${period.start} – ${period.end ?? "…"}`;
}

const CURRENCY = /^[A-Z]{3}$/;

function isCurrencyAmount(unit: Unit): boolean {
  const atoms = Object.entries(unit).filter(([atom]) => atom !== "yr");
  return atoms.length === 1 && CURRENCY.test(atoms[0]![0]) && atoms[0]![1] === 1;
}

const NOT_A_YEAR: Record<Exclude<PeriodKind, "year">, (period: Period | null) => string> = {
  level: (p) => `a level ${periodText(p)} (a run-rate, a balance, a deal size), not a flow over one year`,
  cumulative: (p) => `a cumulative total ${periodText(p)}, not a flow over one year`,
  part: (p) => `a flow over ${monthsCovered(p)} months (${periodText(p)}), not a whole year`,
  years: (p) => `a flow over ${monthsCovered(p)} months (${periodText(p)}), not one year`,
  none: () => "a figure with no period, not a flow over one year",
};

/**
 * Null when a claim of `claimUnit` over `period` fits a quantity declared in `modelUnit`; else
 * why not, as a phrase ("its unit GW is not USD/yr", "a level as of 2025-12 …").
 */
export function claimMisfit(modelUnit: string, claimUnit: string, period: Period | null): string | null {
  const model = parseUnit(modelUnit);
  const claim = parseUnit(claimUnit);
  if (!model) return `the unit '${modelUnit}' cannot be read`;
  if (!claim) return `its unit '${claimUnit}' cannot be read`;
  /** −1 when the model quantity is per year and the claim is not. */
  const perYear = (model.yr ?? 0) - (claim.yr ?? 0);
  if (!sameDimension(model, claim) || perYear > 0) return `its unit ${claimUnit} is not ${modelUnit}`;
  const kind = periodKind(period);
  if (perYear < 0) return kind === "year" ? null : NOT_A_YEAR[kind](period);
  if (isCurrencyAmount(model) && (kind === "year" || kind === "part"))
    return `a flow over ${monthsCovered(period)} months (${periodText(period)}), not an amount at a date or a total; declare the input in ${modelUnit}/yr`;
  return null;
}
