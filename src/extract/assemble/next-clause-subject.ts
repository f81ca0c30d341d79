import type { Party } from "./types.js";

/**
 * What opens a new clause before its subject: a comma or semicolon, then perhaps a conjunction and a
 * descriptor with its article ("…, and Google", "…, le fonds Spark Capital", "; the chipmaker Nvidia").
 */
const CLAUSE_OPENING =
  /[,;]\s*(?:(?:and|but|while|whereas|et|mais)\s+|(?:tandis|alors)\s+qu(?:e\s+|['’]))?(?:(?:(?:le|la|les|the)\s+|l['’])(?:[\p{Ll}-]+\s+){1,3})?$/u;

/**
 * A finite verb right after the name: an auxiliary or modal, an English past tense, or a French
 * reflexive ("Google agreed", "Spark Capital a injecté", "Nvidia will invest", "Intel s'est engagé").
 */
const FINITE_VERB =
  /^\s+(?:(?:has|have|had|is|was|were|are|will|would|could|should|may|might|also|then|later|itself|expects|plans|aims|sees|targets|intends|wants|holds|owns|spends|invests|needs|builds|operates|reports|gets)\b|(?!(?:said|added|noted|told|reported|announced|stated|confirmed|explained)\b)\p{Ll}{3,}ed\b|(?:a|ont|avait|avaient|aura|auront|va|vont|est|sont|était|sera|doit|devait|devrait|pourrait|prévoit|compte|s['’]est|s['’]était|s['’]engage|investit|investira|injecte|apporte|apportera|détient|détenait|possède)\s)/u;

/** Reporting verbs: a name quoted as the source of the figure may still be the deal's other end. */
const REPORTING_AFTER = /^\s+(?:a|avait)\s+(?:indiqué|annoncé|déclaré|précisé|affirmé|confirmé|expliqué)\b/u;

/**
 * "Amazon invested $4 billion in the company, and Google agreed to invest $1 billion", "Google a
 * investi 300 millions dans la société, le fonds Spark Capital a injecté 450 millions": a name after
 * the figure that is the subject of a clause of its own is the next actor, no end of this figure's deal.
 */
export function isNextClauseSubject(party: Party, figureEnd: number, text: string): boolean {
  if (party.start < figureEnd) return false;
  const before = text.slice(figureEnd, party.start);
  const after = text.slice(party.end, party.end + 40);
  if (BARE_AND.test(before) && AUXILIARY_TO_FIGURE.test(after)) return true;
  if (!CLAUSE_OPENING.test(before)) return false;
  return FINITE_VERB.test(after) && !REPORTING_AFTER.test(after);
}

/** A bare "and" before the name, with no comma: the name may end a list or open a clause. */
const BARE_AND = /\s(?:and|et)\s+$/u;

/**
 * An auxiliary, a verb and a figure of its own right after the name: "and Nvidia has added $1 billion",
 * "and Oracle will commit another $300 million", « et Nvidia a apporté 1 milliard ». Without a comma the
 * name opens a clause only then; "in Mistral AI and Cohere last year" stays a list.
 */
const AUXILIARY_TO_FIGURE =
  /^\s+(?:has|have|had|will|would|also|a|ont|avait|avaient|va|vont|aura|auront)\s+(?:[\p{L}'’-]+\s+){1,3}?(?:(?:about|some|nearly|more\s+than|près\s+de|environ|plus\s+de)\s+)?(?:[$€£]\s?)?\d/u;
