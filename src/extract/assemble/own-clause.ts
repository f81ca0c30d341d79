/**
 * "Samsung has put $4 billion into Mistral AI and Intel has pledged $1.5 billion", « Samsung a
 * injecté 4 milliards chez Mistral AI et Intel a ajouté 1,5 milliard »: after "and" / « et », a
 * name followed by a finite verb opens a clause of its own when the name before "and" is the object
 * of a preposition in a clause that already has its subject and verb. The two names are no list: the second
 * is the subject of the next clause, not a second object.
 */

import type { Party } from "./types.js";

/** Between the two names: only "and" / « et », perhaps after a comma. */
const AND_GAP = /^\s*,?\s*(?:and|et)\s+$/iu;

/** Right after the name: a finite verb or auxiliary ("has contributed", "will add", « a apporté », « prévoit »). */
const FINITE_VERB_AFTER =
  /^\s+(?:has|have|is|are|was|were|will|would|could|should|plans|expects|intends|aims|agreed|\p{Ll}{3,}ed|a|ont|est|sont|va|vont|sera|seront|avait|avaient|aura|auront|doit|doivent|devrait|devraient|pourrait|pourraient|prévoit|prévoient|compte|comptent|entend|entendent)\s/u;

/** Right before a name: the preposition that makes it an object ("in", "with", « dans », « à », « auprès de »). */
const PREPOSITION_BEFORE =
  /(?<![\p{L}\p{N}])(?:in|into|with|to|from|for|at|on|by|of|dans|avec|à|au|aux|chez|auprès\s+d(?:e\s+|['’])|pour|par|sur|de|d['’]|du|des)\s*$/iu;

/**
 * After the earlier subject, perhaps past an apposition in commas (or the apposition's own comma),
 * its own finite verb: "Amazon has
 * invested", « SoftBank, son premier actionnaire, a prêté »; not "its Stargate venture with A and B is".
 */
const SUBJECT_VERB_AFTER = new RegExp(
  String.raw`^(?:\s*,[^,;:()]{1,60})?,?${FINITE_VERB_AFTER.source.slice(1)}`,
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
  if (!AND_GAP.test(text.slice(before.end, party.start))) return false;
  if (!FINITE_VERB_AFTER.test(text.slice(party.end, party.end + 30))) return false;
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
