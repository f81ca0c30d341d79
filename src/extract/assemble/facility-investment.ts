/**
 * An investment named after the facility it builds, in the same sentence: "will build a data centre in
 * France for a total investment of €30 billion", "will finance a 1-gigawatt campus, with investment of
 * between €30 billion and €50 billion", « va construire un centre de données géant pour un
 * investissement total de 30 milliards d'euros »: money for the builder's own site (capex), not a stake
 * in the company the article is about.
 */
import { BUILT_SITE } from "../lexicon.js";

const BUILDS_FACILITY = new RegExp(
  `(?<!\\p{L})(?:build(?:s|ing)?|construct(?:s|ing)?|financ(?:e|es|ing)|develop(?:s|ing)?|construire|construira|construiront|construit|bâtir|bâtira|financer|financera|développer|développera|aménager)\\s+(?:[\\p{L}\\d.,'’-]+\\s+){0,5}?${BUILT_SITE}(?!\\p{L})`,
  "iu",
);

/** The figure given as the amount of an investment: "pour un investissement total de", "with investment of". */
const INVESTMENT_AMOUNT =
  /(?<!\p{L})(?:investissements?|investments?)\s+(?:\p{L}+\s+){0,4}?(?:de|d['’]|of|à|at)?\s*(?:between|entre)?\s*$/iu;

/** A contract, lease or purchase makes the site someone else's: compute bought, not built. */
const BOUGHT =
  /(?<!\p{L})(?:contrats?|contracts?|deals?|accords?|agreements?|leases?|location|baux|bail)(?!\p{L})/iu;

/** Whether the words before a figure (its sentence up to it) build a facility the figure is the investment of. */
export function investsInFacilityBuilt(before: string): boolean {
  const amount = INVESTMENT_AMOUNT.exec(before.slice(-80));
  if (!amount) return false;
  const lead = before.slice(0, before.length - amount[0].length);
  return BUILDS_FACILITY.test(lead) && !BOUGHT.test(lead);
}
