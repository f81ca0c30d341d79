/**
 * A name after the figure that a rivalry or a comparison introduces: "which competes with Anthropic's
 * Claude", "a rival to Google", "like Nvidia", « qui concurrence Google », « face à Microsoft », « comme
 * celle d'Amazon ». It names the company the figure's owner is set against, never the owner.
 */
import type { Party } from "./types.js";

/** The words right before the name: a rivalry or comparison lead, then at most a determiner. */
const RIVAL_LEAD =
  /(?<!\p{L})(?:compet(?:es|ing|ed|e)?\s+(?:with|against)|rivals?(?:\s+(?:to|of))?|rivall?ing|challeng(?:es|ing|er\s+to)|takes?\s+on|taking\s+on|versus|vs\.?|unlike|like|such\s+as|than|concurren(?:ce|cent|çant|t|te|ts|tes)(?:\s+(?:de|d['’]|du|des))?|rivalis\p{L}*\s+avec|face\s+(?:à|aux?)|contre|comme|à\s+l['’]instar\s+(?:de|d['’]|du|des)|(?:plus|moins|autant|davantage)\s+(?:\p{L}+\s+){0,3}?qu(?:e|['’])?)\s*(?:(?:the|its|le|la|les|l['’]|celles?|celui|ceux)\s*(?:(?:de|d['’]|du|des|of)\s*)?)?$/iu;

/** The name stands right after a rivalry or comparison lead found between the figure and it. */
export function isRivalOrCompared(text: string, party: Party, floor: number): boolean {
  // "competes with Anthropic's Claude": the product's maker may stand between the lead and the product.
  const lead = text.slice(Math.max(floor, party.start - 50), party.start).replace(MAKER_BEFORE, "");
  return RIVAL_LEAD.test(lead);
}

/** "Anthropic's ", "Google’s ": a maker's possessive right before its product. */
const MAKER_BEFORE = /\p{Lu}[\p{L}\p{N}.&-]*(?:\s+\p{Lu}[\p{L}\p{N}.&-]*){0,2}['’]s\s+$/u;
