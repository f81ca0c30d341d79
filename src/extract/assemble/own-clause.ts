/**
 * "Samsung has put $4 billion into Mistral AI and Intel has pledged $1.5 billion", « Samsung a
 * injecté 4 milliards chez Mistral AI et Intel a ajouté 1,5 milliard »: after "and" / « et », a
 * name followed by a finite verb opens a clause of its own when the name before "and" is the object
 * of a preposition in a clause that already has its subject and verb. The two names are no list: the second
 * is the subject of the next clause, not a second object.
 */

import { FINITE_VERB_AFTER_NAME, opensClauseAfterAnd } from "./clause-after-and.js";
import type { Party } from "./types.js";

/** Between the two names: one word (the "and" the reader looks for), perhaps after a comma. */
const ONE_WORD_GAP = /^\s*,?\s*\p{L}+\s+$/u;

/** Right before a name: the preposition that makes it an object ("in", "with", « dans », « à », « auprès de »). */
const PREPOSITION_BEFORE =
  /(?<![\p{L}\p{N}])(?:in|into|with|to|from|for|at|on|by|of|dans|avec|à|au|aux|chez|auprès\s+d(?:e\s+|['’])|pour|par|sur|de|d['’]|du|des)\s*$/iu;

/**
 * After the earlier subject, perhaps past an apposition in commas (or the apposition's own comma),
 * its own finite verb: "Amazon has
 * invested", « SoftBank, son premier actionnaire, a prêté »; not "its Stargate venture with A and B is".
 */
const SUBJECT_VERB_AFTER = new RegExp(
  String.raw`^(?:\s*,[^,;:()]{1,60})?,?${FINITE_VERB_AFTER_NAME.source.slice(1)}`,
  "u",
);

/** From the earlier subject's verb to the preposition's object: no clause or sentence break. */
const NO_BREAK = /^[^,;:.!?()]*$/u;

/**
 * Whether `parties[index]` opens a clause of its own after "and": the name before it is a
 * preposition's object, the nearest name before it that is no object is followed by its own verb, with no
 * break from that verb to the object, no wider than `floor`, and a finite verb follows the name.
 */
export function opensOwnClause(
  text: string,
  parties: readonly Party[],
  index: number,
  floor: number,
): boolean {
  const party = parties[index];
  const before = parties[index - 1];
  if (!party || !before || index < 2) return false;
  const gap = text.slice(before.end, party.start);
  if (
    !ONE_WORD_GAP.test(gap) ||
    !opensClauseAfterAnd(gap, party.surface, text.slice(party.end, party.end + 30))
  )
    return false;
  if (!PREPOSITION_BEFORE.test(text.slice(Math.max(floor, before.start - 20), before.start))) return false;
  for (let i = index - 2; i >= 0; i--) {
    const subject = parties[i]!;
    if (subject.start < floor) break;
    if (PREPOSITION_BEFORE.test(text.slice(Math.max(floor, subject.start - 20), subject.start))) continue;
    const verb = SUBJECT_VERB_AFTER.exec(text.slice(subject.end, before.start));
    return verb !== null && NO_BREAK.test(text.slice(subject.end + verb[0].length, before.start));
  }
  return false;
}
