import { formatAmount, formatInterval, formatRange, readUnitSpelling } from "../../core/index.js";
import { nameKey } from "../names.js";
import type { CheckResult, Fact } from "../types.js";
import { gapFactor, type Interval, intervalsOverlap, multiplyIntervals } from "../value.js";
import { byEntity, type CheckRule, finding, intervalOfFact, shareDocument } from "./rule.js";

/**
 * Capacity × cost per GW vs the dollar commitment for the same deals: an entity's datacenter_capacity
 * (GW) times its cost_per_gw (CURRENCY_per_GW) against its compute_commitment in that currency.
 * Which commitments: the same counterparty (both naming none counts), else — when the capacity names
 * suppliers and the commitment none — a total reported in the same document, of which the capacity is
 * a part. Dated commitments must run over the capacity's date (12 months' slack); of the candidates,
 * those sharing a document with the capacity are preferred. Same deals: pass when the product and the
 * commitment overlap, warn when they are less than 2× apart, fail otherwise. A part of a total: pass
 * when the product can fit under the total, warn under 2× above it, fail otherwise.
 */

const WARN_FACTOR = 2;
const HORIZON_SLACK_MONTHS = 12;

function currencyOf(costUnit: string): string | null {
  const reading = readUnitSpelling(costUnit);
  return reading.kind === "rate" && reading.per === "GW" ? reading.code : null;
}

function overCapacityDate(commitment: Fact, capacity: Fact): boolean {
  const span = commitment.periodSpan;
  const month = capacity.periodSpan.kind === "level" ? capacity.periodSpan.endMonth : null;
  if (span.kind !== "flow" || month === null) return true;
  const start = span.startMonth ?? Number.NEGATIVE_INFINITY;
  const end = span.endMonth ?? Number.POSITIVE_INFINITY;
  return month >= start - HORIZON_SLACK_MONTHS && month <= end;
}

function displayOperand(fact: Fact): string {
  const interval = intervalOfFact(fact);
  if (interval.low !== null && interval.high !== null)
    return formatRange(interval.low, interval.high, fact.unit);
  return formatAmount(fact.point ?? 0, fact.unit);
}

/** The finite ends of the operands, for display: "26 GW × 50–60 bn $/GW = 1.3–1.56 tn $". */
function finiteProduct(capacity: Fact, cost: Fact): Interval {
  const ends = (fact: Fact): Interval => {
    const i = intervalOfFact(fact);
    return { low: i.low ?? i.high, high: i.high ?? i.low };
  };
  return multiplyIntervals(ends(capacity), ends(cost));
}

function boundNote(capacity: Fact, cost: Fact): string {
  const notes: string[] = [];
  for (const fact of [capacity, cost]) {
    if (fact.bound === "at_least") notes.push(`${fact.metric} is a floor (${fact.display})`);
    if (fact.bound === "at_most" || fact.bound === "up_to")
      notes.push(`${fact.metric} is a ceiling (${fact.display})`);
  }
  return notes.length > 0 ? ` [${notes.join("; ")}]` : "";
}

function compare(capacity: Fact, cost: Fact, commitment: Fact, part: boolean): CheckResult {
  const currency = commitment.unit;
  const product = multiplyIntervals(intervalOfFact(capacity), intervalOfFact(cost));
  const shown = finiteProduct(capacity, cost);
  const total = intervalOfFact(commitment);
  let status: CheckResult["status"];
  if (part) {
    const fits = total.high === null || product.low === null || product.low <= total.high;
    status = fits ? "pass" : product.low! / total.high! < WARN_FACTOR ? "warn" : "fail";
  } else {
    status = intervalsOverlap(product, total, 0)
      ? "pass"
      : gapFactor(product, total) < WARN_FACTOR
        ? "warn"
        : "fail";
  }
  const verdict =
    status === "pass"
      ? part
        ? "consistent (a part within the total)"
        : "consistent"
      : status === "warn"
        ? "off by less than 2×"
        : "inconsistent (off by 2× or more)";
  const what = `${commitment.metric}${commitment.counterparty ? ` with ${commitment.counterparty}` : ""}, ${commitment.periodLabel}`;
  const arithmetic = `${displayOperand(capacity)} × ${displayOperand(cost)} = ${formatInterval(shown, currency)} vs ${commitment.display} (${what}): ${verdict}${boundNote(capacity, cost)}`;
  const subject = `${capacity.entity}: ${capacity.display} capacity × cost per GW vs ${commitment.display} commitment`;
  return finding("capacity_cost", status, subject, arithmetic, [capacity, cost, commitment], {
    capacityLow: intervalOfFact(capacity).low,
    capacityHigh: intervalOfFact(capacity).high,
    costLow: intervalOfFact(cost).low,
    costHigh: intervalOfFact(cost).high,
    productLow: product.low,
    productHigh: product.high,
    commitmentLow: total.low,
    commitmentHigh: total.high,
  });
}

export const capacityCost: CheckRule = {
  id: "capacity_cost",
  title: "Capacity × cost per GW vs commitment",
  description:
    "gigawatts × cost per gigawatt against the dollar commitment for the same deals (pass / < 2× warn / fail)",
  run(facts) {
    const results: CheckResult[] = [];
    for (const group of byEntity(facts).values()) {
      const capacities = group.filter((f) => f.metric === "datacenter_capacity" && f.unit === "GW");
      const costs = group.filter((f) => f.metric === "cost_per_gw" && currencyOf(f.unit) !== null);
      const commitments = group.filter((f) => f.metric === "compute_commitment");
      for (const capacity of capacities) {
        const capacityParty = nameKey(capacity.counterparty);
        for (const cost of costs) {
          const currency = currencyOf(cost.unit);
          const matches = commitments
            .filter((c) => c.unit === currency && overCapacityDate(c, capacity))
            .map((c) => {
              const party = nameKey(c.counterparty);
              if (party === capacityParty) return { commitment: c, part: false };
              if (party === "" && shareDocument(c, capacity)) return { commitment: c, part: true };
              return null;
            })
            .filter((m): m is { commitment: Fact; part: boolean } => m !== null);
          const together = matches.filter((m) => shareDocument(m.commitment, capacity));
          for (const m of together.length > 0 ? together : matches) {
            results.push(compare(capacity, cost, m.commitment, m.part));
          }
        }
      }
    }
    return results;
  },
};
