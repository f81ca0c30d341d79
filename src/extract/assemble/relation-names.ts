/**
 * A company named by its relation to the company the text is about: « son concurrent Brisalys »,
 * "its rival Pellaro", « sa filiale Korvex », "their supplier Orvanta". After a possessive and a
 * noun of competition, trade or ownership, a capitalised name is a company. Nouns a person may
 * also hold ("partner", "investor", « actionnaire ») are left out.
 */

/** Capitalised words ("Brisalys", "Pellaro Cloud"), as in unknown-names.ts. */
const NAME = String.raw`(\p{Lu}[\p{L}\p{N}&-]*(?:[ \u00a0]\p{Lu}[\p{L}\p{N}&-]*){0,3})`;

/** Nouns naming a company by its relation to another, never a person. */
const COMPANY_RELATION =
  "(?:rivals?|competitors?|challengers?|customers?|clients?|suppliers?|subsidiary|subsidiaries|concurrente?s?|rivale?s?|challengeurs?|fournisseurs?|filiales?)";

/** "its rival Pellaro", « son concurrent Brisalys », « leur fournisseur américain Korvex ». */
export const RELATION_BEFORE_NAME = new RegExp(
  String.raw`(?<=(?<![\p{L}])(?:[Ii]ts|[Tt]heir|[Ss]on|[Ss]a|[Ss]es|[Ll]eurs?)[ \u00a0]+(?:[\p{Ll}-]+[ \u00a0]+)?${COMPANY_RELATION}(?:[ \u00a0]+[\p{Ll}-]+)?[ \u00a0]+)${NAME}(?![\p{L}\p{N}])`,
  "gu",
);
