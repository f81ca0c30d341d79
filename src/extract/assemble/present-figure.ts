import {
  AUDIENCE_SERVED_BEFORE,
  DEAL_SETS_OUT,
  ENDED_PERIOD_WITH,
  EXISTING_AFTER,
  EXISTING_BEFORE,
  QUALIFIER_RULES,
  REACHING_VERB,
} from "../lexicon.js";
import { metricIs } from "../metrics.js";
import type { QuantityMention } from "../numbers/types.js";
import { firstMatch, hasMatch } from "../patterns.js";
import type { Candidate } from "./types.js";

type Decision = { qualifier: string; rule: string };

const TARGET_WORDS = QUALIFIER_RULES.find((r) => r.qualifier === "target")!.pattern;

/** "its existing 300 MW", « ses 300 MW actuels »: the figure is said to stand now. */
export function existingFigure(text: string, q: QuantityMention): string | null {
  const before = firstMatch(EXISTING_BEFORE, text.slice(Math.max(0, q.span.start - 30), q.span.start));
  if (before) return before[0].trim();
  const after = EXISTING_AFTER.exec(text.slice(q.span.end, q.span.end + 40));
  return after ? after[0].trim() : null;
}

/**
 * A figure the text marks as existing (even under a deal's words: "its existing 300-MW arrangement"), or a count of users served ("offrir des outils à plus de 500
 * millions d'utilisateurs") with no plan word of its own: the future verb of the sentence is about
 * something else, so the figure is reported, not a target.
 */
export function reviseByPresentFigure(
  text: string,
  sentenceStart: number,
  candidate: Candidate,
  ownScope: string,
  qualifier: Decision,
): void {
  if (qualifier.qualifier !== "target" && qualifier.qualifier !== "commitment") return;
  const { q } = candidate;
  const existing = existingFigure(text, q);
  if (existing) {
    qualifier.qualifier = "reported";
    qualifier.rule = `"${existing}": a figure that stands now → reported`;
    return;
  }
  if (qualifier.qualifier !== "target" || !metricIs(candidate.metric, "audience")) return;
  if (hasMatch(TARGET_WORDS, ownScope)) return;
  const before = text.slice(Math.max(sentenceStart, q.span.start - 40), q.span.start);
  const served = firstMatch(AUDIENCE_SERVED_BEFORE, before);
  if (!served || hasMatch(REACHING_VERB, before)) return;
  qualifier.qualifier = "reported";
  qualifier.rule = `"${served[0].trim()}": the users or customers served now, not a number to reach → reported`;
}

/**
 * "The contract, which runs through 2042, calls for delivering 840 MW", « l'accord prévoit la livraison
 * de 500 MW »: a plan verb whose subject is the deal states its terms → commitment.
 */
export function reviseByDealTerms(
  text: string,
  sentenceStart: number,
  candidate: Candidate,
  qualifier: Decision,
): void {
  if (qualifier.qualifier !== "target" || !metricIs(candidate.metric, "deal")) return;
  const m = firstMatch(DEAL_SETS_OUT, text.slice(sentenceStart, candidate.q.span.start));
  if (!m) return;
  qualifier.qualifier = "commitment";
  qualifier.rule = `"${m[0]}": the terms a deal sets out → commitment`;
}

/**
 * "CoreWeave ended the quarter with 2.9 gigawatts of contracted power": the position at the end of a
 * period already over is a reported figure, though its words speak of contracts.
 */
export function reviseByPositionAtPeriodEnd(
  text: string,
  sentenceStart: number,
  candidate: Candidate,
  qualifier: Decision,
): void {
  if (qualifier.qualifier !== "commitment") return;
  const m = firstMatch(ENDED_PERIOD_WITH, text.slice(sentenceStart, candidate.q.span.start));
  if (!m) return;
  qualifier.qualifier = "reported";
  qualifier.rule = `"${m[0]}": the position at the end of a period already over → reported`;
}
