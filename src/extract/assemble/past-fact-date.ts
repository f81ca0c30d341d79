import type { QuantityMention } from "../numbers/types.js";
import type { TimeMention } from "../periods.js";

/** A verb in the past stating what a flow came to: "revenue rose 20% to", "a progressé de", "was". */
const PAST_FACT_VERB =
  /\b(?:rose|grew|climbed|jumped|surged|soared|increased|fell|dropped|declined|reached|totall?ed|was|were)\b|(?<!\p{L})(?:a|ont)\s+(?:progressé|augmenté|bondi|grimpé|crû|atteint|reculé|baissé|chuté|totalisé)(?!\p{L})/iu;

/** How far before the figure its verb is looked for: "AWS revenue rose 20% to $33 billion". */
const VERB_REACH = 50;

/**
 * A date in another clause that is not over by publication cannot date a figure its own clause states
 * as done: in "with more planned for 2026, while AWS revenue rose 20% to $33 billion", 2026 is the plan's.
 */
export function pastFactDatedElsewhere(
  text: string,
  q: QuantityMention,
  t: TimeMention,
  otherClause: boolean,
  published: string | null,
): boolean {
  if (!otherClause || !published) return false;
  const end = t.flow?.end ?? t.asOf;
  if (!end || end.slice(0, 7) < published.slice(0, 7)) return false;
  const from = Math.max(t.end <= q.span.start ? t.end : 0, q.span.start - VERB_REACH);
  return PAST_FACT_VERB.test(text.slice(from, q.span.start));
}
