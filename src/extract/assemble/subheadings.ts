import type { Candidate, Context } from "./types.js";

/** How many lines after a subheading its section's body is looked for. */
const SECTION_LINES = 4;

/**
 * A subheading that announces a figure of the section under it ("Sales near $3 billion" over
 * "the group now books about $3 billion of sales a year"; « Des ventes proches de 3 milliards » over
 * « la société réalise quelque 3 milliards de ventes par an ») restates the body's
 * figure in fewer words, whatever metric its wording suggested (CLAIMS.md §9): the group of mentions
 * only in that heading line is dropped when a group of the same owner and value, under another
 * metric, opens in the next lines.
 */
export function foldSubheadings(
  groups: Candidate[][],
  sameValue: (a: Candidate, b: Candidate) => boolean,
  context: Context,
): Candidate[][] {
  return groups.filter((group) => {
    const head = group[0]!;
    if (
      !group.every(
        (c) => c.sentence.heading && !c.sentence.headline && c.sentence.start === head.sentence.start,
      )
    )
      return true;
    const paragraph = head.sentence.paragraph;
    return !groups.some((other) => {
      context.budget.spend(1);
      const o = other[0]!;
      return (
        other !== group &&
        o.entity === head.entity &&
        o.metric !== head.metric &&
        other.some(
          (c) =>
            !c.sentence.heading &&
            c.sentence.paragraph > paragraph &&
            c.sentence.paragraph <= paragraph + SECTION_LINES,
        ) &&
        sameValue(o, head)
      );
    });
  });
}
