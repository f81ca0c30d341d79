import { type ClaimValue, isAsOf, type Period, type Unit } from "../core/index.js";
import { formatValue } from "../report/format.js";

/** A claim's value as people read it: "~$13.1B", "≥ $1.4T", "$50B–$60B". */
export function describeValue(value: ClaimValue, unit: Unit): string {
  const show = (n: number | null) => (n === null ? "?" : formatValue(n, unit, "en"));
  switch (value.bound) {
    case "exact":
      return show(value.low);
    case "approx":
      return `~${show(value.low)}`;
    case "at_least":
      return `≥ ${show(value.low)}`;
    case "at_most":
      return `≤ ${show(value.high)}`;
    case "up_to":
      return `up to ${show(value.high)}`;
    case "range":
      return `${show(value.low)}–${show(value.high)}`;
  }
}

/** "2025-01-01..2025-12-31", "as of 2025-10", "..2030-12-31", or "". */
export function describePeriod(period: Period | null): string {
  if (!period) return "";
  if (isAsOf(period)) return `as of ${period.asOf}`;
  return `${period.start ?? ""}..${period.end ?? ""}`;
}
