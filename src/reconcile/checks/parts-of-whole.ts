import { type Metric, withSuffix } from "../../core/index.js";
import { itemKey, nameKey } from "../names.js";
import { lengthInMonths, yearOfMonth } from "../period.js";
import type { CheckResult, Fact } from "../types.js";
import { addIntervals, gapFactor, intervalsOverlap, subtractIntervals } from "../value.js";
import { bare, sharedScale } from "./numbers.js";
import { type CheckRule, finding, intervalOfFact, isPlan, latest } from "./rule.js";

/**
 * Parts vs whole for flows that add up: year = H1 + H2 = Q1 + Q2 + Q3 + Q4, H1 = Q1 + Q2, H2 = Q3 + Q4.
 * With the whole and every part: the sum is compared (pass within 2 %, warn within 10 %, fail beyond).
 * With the whole and all parts but one: the missing part is implied (fail when negative). With every
 * part and no whole: the whole is implied. Targets are added only to targets, reported figures only to
 * reported and estimated ones; of several facts for one period, the latest reported is used.
 */

const ADDITIVE = new Set<Metric>([
  "revenue",
  "net_loss",
  "investment_loss",
  "cash_burn",
  "total_expenses",
  "rd_expense",
  "capex",
]);
const PASS_TOLERANCE = 0.02;
const WARN_FACTOR = 1.1;

type Slot = "Y" | "H1" | "H2" | "Q1" | "Q2" | "Q3" | "Q4";
const RELATIONS: { whole: Slot; parts: Slot[] }[] = [
  { whole: "Y", parts: ["H1", "H2"] },
  { whole: "Y", parts: ["Q1", "Q2", "Q3", "Q4"] },
  { whole: "H1", parts: ["Q1", "Q2"] },
  { whole: "H2", parts: ["Q3", "Q4"] },
];

function slotOf(fact: Fact): { year: number; slot: Slot } | null {
  const span = fact.periodSpan;
  const months = lengthInMonths(span);
  if (span.kind !== "flow" || months === null || span.startMonth === null) return null;
  const year = yearOfMonth(span.startMonth);
  const first = span.startMonth % 12;
  if (months === 12 && first === 0) return { year, slot: "Y" };
  if (months === 6 && (first === 0 || first === 6)) return { year, slot: first === 0 ? "H1" : "H2" };
  if (months === 3 && first % 3 === 0) return { year, slot: `Q${first / 3 + 1}` as Slot };
  return null;
}

function label(slot: Slot, year: number): string {
  return slot === "Y" ? String(year) : `${slot} ${year}`;
}

function checkGroup(facts: Fact[]): CheckResult[] {
  const bySlot = new Map<string, Fact[]>();
  for (const fact of facts) {
    const slot = slotOf(fact);
    if (!slot) continue;
    const key = `${slot.year}|${slot.slot}`;
    bySlot.set(key, [...(bySlot.get(key) ?? []), fact]);
  }
  const years = new Set([...bySlot.keys()].map((k) => Number(k.split("|")[0])));
  const results: CheckResult[] = [];
  const sample = facts[0]!;
  const unit = sample.unit;
  const name = `${sample.entity}${sample.counterparty ? ` → ${sample.counterparty}` : ""} ${sample.metric}${sample.item ? ` [${sample.item}]` : ""}${isPlan(sample) ? " (target)" : ""}`;
  for (const year of [...years].sort()) {
    const get = (slot: Slot) => latest(bySlot.get(`${year}|${slot}`) ?? []);
    for (const relation of RELATIONS) {
      const whole = get(relation.whole);
      const parts = relation.parts.map((slot) => ({ slot, fact: get(slot) }));
      const missing = parts.filter((p) => !p.fact);
      const present = parts.filter((p): p is { slot: Slot; fact: Fact } => p.fact !== undefined);
      const partsLabel = relation.parts.join(" + ");
      const subject = `${name} ${label(relation.whole, year)}: ${partsLabel} = ${relation.whole === "Y" ? "year" : relation.whole}`;
      const involved = [...present.map((p) => p.fact), ...(whole ? [whole] : [])];
      if (whole && missing.length === 0) {
        const sum = present.map((p) => intervalOfFact(p.fact)).reduce(addIntervals);
        const total = intervalOfFact(whole);
        const scale = sharedScale([sum, total], unit);
        const status = intervalsOverlap(sum, total, PASS_TOLERANCE)
          ? "pass"
          : gapFactor(sum, total) < WARN_FACTOR
            ? "warn"
            : "fail";
        const terms = present.map((p) => bare(intervalOfFact(p.fact), scale.factor)).join(" + ");
        const verdict =
          status === "pass" ? "consistent" : status === "warn" ? "off by under 10 %" : "inconsistent";
        results.push(
          finding(
            "parts_of_whole",
            status,
            subject,
            `${terms} = ${withSuffix(bare(sum, scale.factor), scale.suffix)} vs ${withSuffix(bare(total, scale.factor), scale.suffix)} (${label(relation.whole, year)}): ${verdict}`,
            involved,
            { sumLow: sum.low, sumHigh: sum.high, wholeLow: total.low, wholeHigh: total.high },
          ),
        );
      } else if (whole && missing.length === 1 && present.length > 0) {
        const gone = missing[0]!.slot;
        const known = present.map((p) => intervalOfFact(p.fact)).reduce(addIntervals);
        const total = intervalOfFact(whole);
        const implied = subtractIntervals(total, known);
        const scale = sharedScale([total, known, implied], unit);
        const negative = implied.high !== null && implied.high < 0;
        const terms = [
          bare(total, scale.factor),
          ...present.map((p) => bare(intervalOfFact(p.fact), scale.factor)),
        ].join(" − ");
        results.push(
          finding(
            "parts_of_whole",
            negative ? "fail" : "pass",
            `${name} ${label(gone, year)} implied by ${label(relation.whole, year)} and ${present.map((p) => p.slot).join(" + ")}`,
            `${terms} = ${withSuffix(bare(implied, scale.factor), scale.suffix)} (${label(gone, year)} implied)${negative ? ": the parts exceed the whole" : ""}`,
            involved,
            {
              impliedLow: implied.low,
              impliedHigh: implied.high,
              wholeLow: total.low,
              wholeHigh: total.high,
            },
          ),
        );
      } else if (!whole && missing.length === 0) {
        const sum = present.map((p) => intervalOfFact(p.fact)).reduce(addIntervals);
        const scale = sharedScale([sum], unit);
        const terms = present.map((p) => bare(intervalOfFact(p.fact), scale.factor)).join(" + ");
        results.push(
          finding(
            "parts_of_whole",
            "pass",
            `${name} ${label(relation.whole, year)} implied by its parts`,
            `${terms} = ${withSuffix(bare(sum, scale.factor), scale.suffix)} (${label(relation.whole, year)} implied)`,
            involved,
            { impliedLow: sum.low, impliedHigh: sum.high },
          ),
        );
      }
    }
  }
  return results;
}

export const partsOfWhole: CheckRule = {
  id: "parts_of_whole",
  title: "Parts vs whole",
  description: "halves and quarters against the year (H1 + H2 = year); a missing part implied by the others",
  run(facts) {
    const groups = new Map<string, Fact[]>();
    for (const fact of facts) {
      if (!ADDITIVE.has(fact.metric)) continue;
      const key = [
        nameKey(fact.entity),
        nameKey(fact.counterparty),
        fact.metric,
        fact.unit,
        itemKey(fact.item),
        isPlan(fact),
      ].join("|");
      groups.set(key, [...(groups.get(key) ?? []), fact]);
    }
    return [...groups.values()].flatMap(checkGroup);
  },
};
