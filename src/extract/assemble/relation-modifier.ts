import type { NameMention } from "../gazetteer.js";

/**
 * A relation noun right after a name, then the name it describes: "Nvidia partner SK Hynix", "Apple
 * supplier TSMC", "OpenAI backer Microsoft", "Intel rival AMD", « le partenaire de Nvidia » being a
 * complement already. The first name only qualifies the second, which is what the headline is about.
 */
const RELATION_NOUN_AFTER =
  /^\s+(?:(?:key|main|top|chip|memory|cloud|AI|long-?time|biggest|largest|major|close)\s+)?(?:partners?|suppliers?|customers?|clients?|rivals?|competitors?|backers?|investors?|allies|ally|vendors?|contractors?|landlords?|tenants?|providers?|makers?|foundry|chipmakers?)\s+$/iu;

/** Does `name` only describe the next name of the headline ("Nvidia partner SK Hynix")? */
export function qualifiesByRelation(text: string, name: NameMention, names: readonly NameMention[]): boolean {
  const next = names.find((n) => n.start >= name.end);
  if (!next || next.canonical === name.canonical || next.kind === "person") return false;
  return RELATION_NOUN_AFTER.test(text.slice(name.end, next.start));
}
