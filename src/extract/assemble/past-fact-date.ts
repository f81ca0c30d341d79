import type { Period } from "../../core/index.js";
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
  const before = text.slice(from, q.span.start);
  const verb = PAST_FACT_VERB.exec(before);
  // "shares jumped 13% after announcing a $14 billion deal": the verb states the other figure.
  if (verb === null) return false;
  const after = before.slice(verb.index + verb[0].length);
  // "rose 20% to $33 billion" is one fact: the rate leads to the amount.
  return !/\d/u.test(after) || /\s(?:to|à)\s+(?:(?:about|nearly|some|environ|près\s+de)\s+)?$/iu.test(after);
}

/** "lors du précédent trimestre", "in the prior quarter": a quarter already reported, named after the figure. */
const EARLIER_QUARTER_AFTER =
  /^[^.;\d]{0,30}?(?:\b(?:previous|prior|preceding)\s+quarter\b|(?<!\p{L})(?:précédent\s+trimestre|trimestre\s+précédent)(?!\p{L}))/iu;

/**
 * A flow its clause states as done, with no date but its verb or an earlier quarter, in a report
 * published in a year's first quarter: no result of that year is out yet, so it is the last quarter
 * completed, the previous year's fourth ("Cloud revenue rose 48%", "contre 19 % lors du précédent
 * trimestre" in early 2026 → Q4 2025); null otherwise.
 */
export function pastResultBeforeYear(
  text: string,
  sentenceStart: number,
  q: QuantityMention,
  published: string | null,
): Period | null {
  if (!published || published.length < 7 || Number(published.slice(5, 7)) > 3) return null;
  const verb = PAST_FACT_VERB.test(
    text.slice(Math.max(sentenceStart, q.span.start - VERB_REACH), q.span.start),
  );
  if (!verb && !EARLIER_QUARTER_AFTER.test(text.slice(q.span.end, q.span.end + 60))) return null;
  const year = Number(published.slice(0, 4)) - 1;
  return { start: `${year}-10-01`, end: `${year}-12-31` };
}
