import type { CheckResult, Fact } from "../types.js";
import { capacityCost } from "./capacity-cost.js";
import { impliedGrowth } from "./implied-growth.js";
import { partsOfWhole } from "./parts-of-whole.js";
import type { CheckRule } from "./rule.js";
import { runRateVsRevenue } from "./run-rate-vs-revenue.js";
import { sharesOfTotal } from "./shares-of-total.js";

export type { CheckRule } from "./rule.js";

/** Every arithmetic rule, in the order `check` prints them. Adding a rule: one file, one test, one line here. */
export const CHECK_RULES: readonly CheckRule[] = [
  partsOfWhole,
  capacityCost,
  runRateVsRevenue,
  impliedGrowth,
  sharesOfTotal,
];

const ORDER = { fail: 0, warn: 1, pass: 2 };

/** Runs the rules over facts; findings grouped by rule, failures first within a rule. */
export function runChecks(facts: readonly Fact[], rules: readonly CheckRule[] = CHECK_RULES): CheckResult[] {
  return rules.flatMap((rule) => rule.run(facts).sort((a, b) => ORDER[a.status] - ORDER[b.status]));
}
