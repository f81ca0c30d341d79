/**
 * The platform a statement is made on is no party to its figures: "Vantor's founder posted on X that
 * the lab now trains on 40,000 chips", « a écrit sur LinkedIn que », "said in a post on Instagram".
 * The name after the posting verb's "on" / « sur » (and the same name apposed to it: "X, formerly
 * Twitter") is dropped from the sentence's parties, so it owns nothing and is no counterparty.
 */
import { POSTING_PLACES, POSTING_VERBS } from "../lexicon.js";
import type { Party } from "./types.js";

/** "posted on", "wrote in a post on his", « a écrit dans un message sur son compte », "in a post on". */
const MEDIUM_LEAD = new RegExp(
  String.raw`(?:(?<!\p{L})(?:${POSTING_VERBS})\s+(?:(?:in|dans)\s+(?:a|an|un|une|his|her|its|their|son|sa|ses|leur)\s+(?:\p{L}+\s+)?(?:${POSTING_PLACES})\s+)?|(?<!\p{L})(?:in|dans)\s+(?:a|an|un|une|his|her|its|their|son|sa|ses|leur)\s+(?:\p{L}+\s+)?(?:${POSTING_PLACES})\s+)(?:on|sur)\s+(?:(?:his|her|its|their|the|son|sa|ses|leurs?|le|la|l['’])\s*(?:(?:${POSTING_PLACES})\s+(?:on\s+|sur\s+)?)?)?$`,
  "iu",
);

/** A name that only qualifies the noun after it: "on Orbitek's earnings call". */
const POSSESSOR_AFTER = /^['’]s?\s/u;

/** The same platform apposed right after it: "X, formerly Twitter", « X (ex-Twitter) ». */
const APPOSED_ALIAS = /^\s*(?:,|\()\s*(?:formerly|previously|ex-|anciennement|autrefois)?\s*$/iu;

function isMedium(text: string, party: Party, floor: number): boolean {
  if (party.kind === "person") return false;
  if (POSSESSOR_AFTER.test(text.slice(party.end, party.end + 3))) return false;
  return MEDIUM_LEAD.test(text.slice(Math.max(floor, party.start - 80), party.start));
}

/** The sentence's parties without the platforms its statements are made on. */
export function withoutStatementMedia(text: string, parties: Party[], floor: number): Party[] {
  const media = new Set<Party>();
  for (const [i, party] of parties.entries()) {
    if (!isMedium(text, party, floor)) continue;
    media.add(party);
    const next = parties[i + 1];
    if (next && next.canonical === party.canonical && APPOSED_ALIAS.test(text.slice(party.end, next.start)))
      media.add(next);
  }
  return media.size === 0 ? parties : parties.filter((p) => !media.has(p));
}
