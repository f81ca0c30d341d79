import type { Metric } from "../../core/index.js";
import { PUBLIC_LISTING, ROUND_AIMED_AT } from "../lexicon.js";
import { metricIs } from "../metrics.js";
import { firstMatch, hasMatch } from "../patterns.js";

/**
 * "Acme is targeting a valuation of $8 billion", "a round aimed at raising $2 billion", « la société
 * devrait lever 90 millions », « elle cible une valorisation de 3 milliards »: a round's size or
 * valuation aimed at or expected before the round closes is a round in talks, not a forecast of the
 * company's business: rumoured, which comes before target (CLAIMS.md §7). A plan named as such
 * ("its target of", « son objectif de ») stays the plan it is, and so does a figure the aim is told after
 * ("raised $3 billion, above the $2 billion it had targeted"): only the words before the figure count.
 * A listing aimed at ("an IPO targeting a $60 billion valuation", « une introduction en Bourse visant une
 * valorisation de ») is no round in talks with investors: the company's own target.
 */
export function reviseByPendingRound(
  metric: Metric | null,
  scopeBefore: string,
  planObject: boolean,
  qualifier: { qualifier: string; rule: string },
): void {
  if (qualifier.qualifier !== "target" && qualifier.qualifier !== "reported") return;
  if (planObject || !metricIs(metric, "roundTerm")) return;
  const m = firstMatch(ROUND_AIMED_AT, scopeBefore);
  if (!m || hasMatch(PUBLIC_LISTING, scopeBefore)) return;
  qualifier.qualifier = "rumoured";
  qualifier.rule = `"${m[0]}": a round aimed at or expected before it closes is in talks → rumoured`;
}
