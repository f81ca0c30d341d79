import type { Party } from "./types.js";

/** The nouns of a deal one company holds with another. */
const DEAL_NOUN =
  "(?:deals?|contracts?|pacts?|agreements?|PPAs?|partnerships?|tie-ups?|arrangements?|alliances?)";
const FRENCH_DEAL_NOUN = "(?:accords?|contrats?|partenariats?|pactes?|alliances?)";

/** "Meta's 20-year PPA with", "Brookfield Renewable's framework deal with": the possessor's deal, "with" its other side. */
const POSSESSED_DEAL_WITH = new RegExp(
  String.raw`^['’]s\s+(?:[\p{L}\p{N}-]+\s+){0,3}?${DEAL_NOUN}\s+with\s`,
  "u",
);
/** « l'accord de Meta avec », « le contrat d'électricité d'Amazon avec »: the French order, the deal noun first. */
const FRENCH_DEAL_OF = new RegExp(
  String.raw`(?<!\p{L})${FRENCH_DEAL_NOUN}\s+(?:(?:de|d['’])\s*[\p{Ll}-]+\s+)?(?:[\p{Ll}\p{N}-]+\s+){0,2}?(?:de|d['’])\s*$`,
  "iu",
);
const WITH_AFTER = /^\s+avec\s/iu;

/**
 * The company whose deal with another the sentence names, "Meta's PPA with Constellation Energy",
 * « l'accord de Meta avec Constellation Energy »: one side of the deal, the subject of its figures,
 * though its name is a possessive or a complement.
 */
export function holdsDealWith(text: string, party: Party): boolean {
  if (POSSESSED_DEAL_WITH.test(text.slice(party.end, party.end + 70))) return true;
  return (
    WITH_AFTER.test(text.slice(party.end, party.end + 8)) &&
    FRENCH_DEAL_OF.test(text.slice(Math.max(0, party.start - 60), party.start))
  );
}
