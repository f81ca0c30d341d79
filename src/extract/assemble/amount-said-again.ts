import type { Candidate, Context } from "./types.js";

/** How far, in characters, a metric word may stand from its figure and still be the figure's own. */
const OWN_METRIC_REACH = 80;

/** Whether the mention's metric word stands beside it, not borrowed from far away or from another sentence. */
function namesItsMetric(c: Candidate): boolean {
  const at = c.metricAt;
  if (!at || at.start < c.sentence.start || at.end > c.sentence.end) return false;
  const gap = at.start >= c.q.span.end ? at.start - c.q.span.end : c.q.span.start - at.end;
  return gap <= OWN_METRIC_REACH;
}

/**
 * An amount said again with no metric word of its own restates the fact of that amount already given
 * by the same owner (CLAIMS.md §9): "raised at a $40 billion valuation … A move from $40 billion to
 * $90 billion would …"; « valorisée 12 milliards en mars … passée de 12 milliards à 30 milliards ».
 * Its metric, borrowed from a word far from it or sentences away, is not a second fact: the group of such mentions
 * joins the group of the same owner and the very same amount and bound whose mentions name their
 * metric, taking that metric.
 * Only when exactly one such group exists, and it was given first; a group with any mention naming its
 * metric, or in a list item or table row (whose metric comes from the lead above), stays apart.
 */
export function foldRestatedAmounts(
  groups: Candidate[][],
  sameAmount: (a: Candidate, b: Candidate) => boolean,
  context: Context,
): Candidate[][] {
  const folded = new Set<Candidate[]>();
  for (const group of groups) {
    const head = group[0]!;
    // a list item or a table row takes its metric from the lead above it: not a restatement
    if (!head.entity || group.some((c) => namesItsMetric(c) || c.sentence.heading)) continue;
    const targets = groups.filter((other) => {
      context.budget.spend(1);
      const o = other[0]!;
      return (
        other !== group &&
        !folded.has(other) &&
        o.entity === head.entity &&
        o.metric !== head.metric &&
        sameAmount(o, head) &&
        // said again: the fact was given first, with its metric word
        other.some((c) => namesItsMetric(c) && c.q.span.start < head.q.span.start)
      );
    });
    if (targets.length !== 1) continue;
    const target = targets[0]!;
    const metric = target[0]!.metric;
    for (const c of group) {
      c.rules.push(
        `metric: the amount restates ${metric} of the same owner given with its own metric word → ${metric}`,
      );
      c.metric = metric;
      // the restatement's wording ("would", "a move from") says nothing of the fact's status
      c.qualifier = target[0]!.qualifier;
      target.push(c);
    }
    folded.add(group);
  }
  return groups.filter((g) => !folded.has(g));
}
