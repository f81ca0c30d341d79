import { formatInterval, formatPercent, type Metric } from "../../core/index.js";
import { nameKey } from "../names.js";
import { samePeriod } from "../period.js";
import type { CheckResult, Fact } from "../types.js";
import { multiplyIntervals } from "../value.js";
import { byEntity, type CheckRule, finding, intervalOfFact, shareDocument } from "./rule.js";

/**
 * Shares of a total:
 * - every share lies in [0, 100 %] (fail otherwise);
 * - funding_share × funding_round: the amount the share stands for, for the round reported in the same
 *   document, else the round of the same period (pass; fail when the share is impossible);
 * - shares of one whole sum to at most 100 %: funding shares of one round, revenue shares of one
 *   period by segment (revenue_share naming a counterparty is a share paid to a partner and is summed
 *   apart), equity stakes held in one company by different holders.
 */

const SHARE_METRICS = new Set<Metric>([
  "funding_share",
  "revenue_share",
  "equity_stake",
  "paid_conversion",
  "adoption_rate",
]);
const SUM_TOLERANCE = 0.01;

function possibleShare(fact: Fact): boolean {
  const i = intervalOfFact(fact);
  return (i.low === null || i.low >= 0) && (i.high === null || i.high <= 1 + SUM_TOLERANCE);
}

function roundsFor(share: Fact, rounds: Fact[]): Fact[] {
  const together = rounds.filter((r) => shareDocument(r, share));
  if (together.length > 0) return together;
  return rounds.filter((r) => samePeriod(r.periodSpan, share.periodSpan));
}

function sumGroups(facts: Fact[]): Fact[][] {
  const groups = new Map<string, Fact[]>();
  for (const fact of facts) {
    let key: string;
    if (fact.metric === "funding_share") key = `${nameKey(fact.entity)}|funding`;
    else if (fact.metric === "revenue_share")
      key = `${nameKey(fact.entity)}|revenue|${fact.counterparty === null ? "segment" : "partner"}`;
    else if (fact.metric === "equity_stake" && fact.counterparty !== null)
      key = `${nameKey(fact.counterparty)}|stake`;
    else continue;
    groups.set(key, [...(groups.get(key) ?? []), fact]);
  }
  const clusters: Fact[][] = [];
  for (const group of groups.values()) {
    const local: Fact[][] = [];
    for (const fact of group) {
      const cluster = local.find((c) => samePeriod(c[0]!.periodSpan, fact.periodSpan));
      if (cluster) cluster.push(fact);
      else local.push([fact]);
    }
    clusters.push(...local);
  }
  return clusters;
}

/** Distinct parts of one whole: one fact per holder / item, the latest reported. */
function distinctParts(cluster: Fact[]): Fact[] {
  const byPart = new Map<string, Fact>();
  for (const fact of cluster) {
    const key =
      fact.metric === "equity_stake"
        ? nameKey(fact.entity)
        : `${nameKey(fact.counterparty)}|${nameKey(fact.item)}`;
    const seen = byPart.get(key);
    if (!seen || (fact.firstReported ?? "") > (seen.firstReported ?? "")) byPart.set(key, fact);
  }
  return [...byPart.values()];
}

function describe(fact: Fact): string {
  const part = fact.metric === "equity_stake" ? fact.entity : (fact.item ?? fact.counterparty ?? fact.metric);
  return `${fact.display} ${part}`;
}

export const sharesOfTotal: CheckRule = {
  id: "shares_of_total",
  title: "Shares of a total",
  description:
    "shares within 0–100 %, funding share × round size, shares of one whole summing to at most 100 %",
  run(facts) {
    const results: CheckResult[] = [];
    const shares = facts.filter((f) => SHARE_METRICS.has(f.metric) && f.unit === "fraction");
    for (const share of shares) {
      if (!possibleShare(share)) {
        results.push(
          finding(
            "shares_of_total",
            "fail",
            `${share.entity} ${share.metric}: ${share.display}`,
            `${share.display} is outside 0–100 %: not a share`,
            [share],
            { low: share.low, high: share.high },
          ),
        );
      }
    }
    for (const group of byEntity(facts).values()) {
      const rounds = group.filter((f) => f.metric === "funding_round");
      for (const share of group.filter(
        (f) => f.metric === "funding_share" && f.unit === "fraction" && possibleShare(f),
      )) {
        for (const round of roundsFor(share, rounds)) {
          const amount = multiplyIntervals(intervalOfFact(share), intervalOfFact(round));
          const who = share.item ?? share.counterparty ?? "the investors named";
          results.push(
            finding(
              "shares_of_total",
              "pass",
              `${share.entity}: ${share.display} of the ${round.display} round from ${who}`,
              `${share.display} × ${round.display} = ${formatInterval(amount, round.unit)} from ${who}`,
              [share, round],
              {
                shareLow: share.low,
                shareHigh: share.high,
                roundLow: round.low,
                roundHigh: round.high,
                amountLow: amount.low,
                amountHigh: amount.high,
              },
            ),
          );
        }
      }
    }
    for (const cluster of sumGroups(shares)) {
      const parts = distinctParts(cluster);
      if (parts.length < 2) continue;
      const total = parts.reduce((sum, f) => sum + (intervalOfFact(f).low ?? 0), 0);
      const ok = total <= 1 + SUM_TOLERANCE;
      const first = parts[0]!;
      const whole =
        first.metric === "equity_stake"
          ? `${first.counterparty}'s shares`
          : `${first.entity} ${first.metric}`;
      results.push(
        finding(
          "shares_of_total",
          ok ? "pass" : "fail",
          `${whole} (${first.periodLabel}): shares of one whole`,
          `${parts.map(describe).join(" + ")} ≥ ${formatPercent(total)} ${ok ? "≤ 100 %: consistent" : "> 100 %: the shares exceed the whole"}`,
          parts,
          { sumOfLowerEnds: total },
        ),
      );
    }
    return results;
  },
};
