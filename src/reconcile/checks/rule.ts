import { nameKey } from "../names.js";
import type { CheckResult, CheckStatus, Fact } from "../types.js";
import { type Interval, intervalOf } from "../value.js";

/** One arithmetic rule: facts in, findings out, with the arithmetic written out. Pure. */
export interface CheckRule {
  id: string;
  title: string;
  /** One line for `check --help` and the report. */
  description: string;
  run: (facts: readonly Fact[]) => CheckResult[];
}

export function finding(
  rule: string,
  status: CheckStatus,
  subject: string,
  arithmetic: string,
  facts: readonly Fact[],
  numbers: Record<string, number | null>,
): CheckResult {
  const factIds = [...new Set(facts.map((f) => f.id))];
  const claimIds = [...new Set(facts.flatMap((f) => f.claimIds))];
  return { rule, status, subject, arithmetic, factIds, claimIds, numbers };
}

export function intervalOfFact(fact: Fact): Interval {
  return intervalOf(fact.value);
}

export function shareDocument(a: Fact, b: Fact): boolean {
  const documents = new Set(a.sources.map((s) => s.documentId));
  return b.sources.some((s) => documents.has(s.documentId));
}

export function byEntity(facts: readonly Fact[]): Map<string, Fact[]> {
  const groups = new Map<string, Fact[]>();
  for (const fact of facts) {
    const key = nameKey(fact.entity);
    const group = groups.get(key);
    if (group) group.push(fact);
    else groups.set(key, [fact]);
  }
  return groups;
}

/** The most recently first-reported fact: the figure a reader holds now. */
export function latest(facts: readonly Fact[]): Fact | undefined {
  return [...facts].sort((a, b) => {
    const da = a.firstReported ?? "";
    const db = b.firstReported ?? "";
    return da < db ? 1 : da > db ? -1 : a.id < b.id ? -1 : 1;
  })[0];
}

export function isPlan(fact: Fact): boolean {
  return fact.qualifiers.includes("target") || fact.qualifiers.includes("letter_of_intent");
}
