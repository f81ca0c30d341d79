/**
 * A name after "and" / « et » followed by a finite verb of its own opens a clause: "…into Corvel and
 * Talvik has pledged $2 billion", « …chez Corvel et Talvik a ajouté 2 milliards ». The name is the
 * next clause's subject, not one more name of a list. The stages that ask add their own guards: the
 * owner's (own-clause.ts) wants the name before "and" to be a preposition's object, the
 * counterparty's (next-clause-subject.ts) wants the verb to lead to a figure of its own.
 */
import { FINITE_VERBS_AFTER_NAME } from "../lexicon.js";

/** "and" / « et » right before the name, perhaps after a comma. */
const AND_BEFORE = /(?:^|[\s,])(?:and|et)\s+$/u;

/** A finite verb right after a name: an English one followed by its word's end, a past in -ed, or a French one. */
export const FINITE_VERB_AFTER_NAME = new RegExp(
  String.raw`^\s+(?:(?:${FINITE_VERBS_AFTER_NAME.en})\b|\p{Ll}{3,}ed\b|(?:${FINITE_VERBS_AFTER_NAME.fr})\s)`,
  "u",
);

/** French object pronouns standing for a company: before a verb they are its object, never its subject (« et lui a vendu »). */
const OBJECT_PRONOUN = /^(?:lui|leur)$/iu;

/**
 * Whether a name (`surface` as written), with `before` the text that leads to it and `after` the text
 * that follows it, comes after "and" and is followed by its own finite verb.
 */
export function opensClauseAfterAnd(before: string, surface: string, after: string): boolean {
  return AND_BEFORE.test(before) && !OBJECT_PRONOUN.test(surface) && FINITE_VERB_AFTER_NAME.test(after);
}
