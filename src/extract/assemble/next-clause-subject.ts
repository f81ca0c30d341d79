import { FINITE_VERB_AFTER_NAME, opensClauseAfterAnd } from "./clause-after-and.js";
import type { Party } from "./types.js";

/**
 * What opens a new clause before its subject: a comma or semicolon, then perhaps a conjunction and a
 * descriptor with its article ("…, and Google", "…, le fonds Spark Capital", "; the chipmaker Nvidia").
 */
const CLAUSE_OPENING =
  /[,;]\s*(?:(?:and|but|while|whereas|et|mais)\s+|(?:tandis|alors)\s+qu(?:e\s+|['’]))?(?:(?:(?:le|la|les|the)\s+|l['’])(?:[\p{Ll}-]+\s+){1,3})?$/u;

/** Reporting verbs: a name quoted as the source of the figure may still be the deal's other end. */
const REPORTING_AFTER =
  /^\s+(?:(?:said|added|noted|told|reported|announced|stated|confirmed|explained)\b|(?:a|avait)\s+(?:indiqué|annoncé|déclaré|précisé|affirmé|confirmé|expliqué)\b)/u;

/**
 * "Amazon invested $4 billion in the company, and Google agreed to invest $1 billion", "Google a
 * investi 300 millions dans la société, le fonds Spark Capital a injecté 450 millions": a name after
 * the figure that is the subject of a clause of its own is the next actor, no end of this figure's deal.
 */
export function isNextClauseSubject(party: Party, figureEnd: number, text: string): boolean {
  if (party.start < figureEnd) return false;
  const before = text.slice(figureEnd, party.start);
  const after = text.slice(party.end, party.end + 40);
  if (opensClauseAfterAnd(before, party.surface, after) && AUXILIARY_TO_FIGURE.test(after)) return true;
  if (!CLAUSE_OPENING.test(before)) return false;
  return FINITE_VERB_AFTER_NAME.test(after) && !REPORTING_AFTER.test(after);
}

/**
 * An auxiliary, a verb and a figure of its own right after the name: "and Nvidia has added $1 billion",
 * "and Oracle will commit another $300 million", « et Nvidia a apporté 1 milliard ». After a bare "and"
 * the name opens a clause only then; "in Mistral AI and Cohere last year" stays a list.
 */
const AUXILIARY_TO_FIGURE =
  /^\s+(?:has|have|had|will|would|also|a|ont|avait|avaient|va|vont|aura|auront)\s+(?:[\p{L}'’-]+\s+){1,3}?(?:(?:about|some|nearly|more\s+than|près\s+de|environ|plus\s+de)\s+)?(?:[$€£]\s?)?\d/u;
