import type { Party } from "./types.js";

/** "le concurrent d'Intel", "the rival of Intel": the name only says whom the company competes with. */
const RIVAL_BEFORE =
  /(?<!\p{L})(?:concurrente?s?|rivale?s?|compétiteurs?|competitors?|challengers?)\s+(?:de\s+|d['’]|du\s+|of\s+)$/iu;

/** "Nvidia's grip on the market", "Intel's rival", "Nvidia's dominance": a name owning a market position. */
const RIVAL_AFTER =
  /^['’]s?\s+(?:grip|dominance|domination|hold|lead|leadership|rivals?|competitors?|challengers?|market\s+share)(?!\p{L})/iu;

/**
 * A company named as the one another competes with ("pourrait prendre 10 % du concurrent d'Intel", "a
 * deal that challenges Nvidia's grip on the market") is no party of the deal.
 */
export function isRivalMention(p: Party, text: string): boolean {
  return (
    RIVAL_BEFORE.test(text.slice(Math.max(0, p.start - 30), p.start)) ||
    RIVAL_AFTER.test(text.slice(p.end, p.end + 30))
  );
}
