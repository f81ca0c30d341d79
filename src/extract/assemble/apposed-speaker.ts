/**
 * "Cohere, which raised $500 million in May from Nvidia, said on Tuesday it would…", « Cohere, soutenue
 * par Nvidia, a indiqué qu'elle… »: the name closing a relative clause or an apposition in commas is
 * not the one who speaks after it; the name the clause hangs on is.
 */
import type { Party } from "./types.js";

/** From the head name to the name inside its clause: a comma, a relative pronoun, a participle or an article, no other break. */
const APPOSED_AFTER_HEAD =
  /^\s*,\s*(?:(?:which|who|whose|qui|dont|lequel|laquelle)(?!\p{L})|(?:the|a|an|le|la|l['’]|un|une)\s|(?:backed|led|funded|founded|owned|valued|soutenue?s?|financée?s?|fondée?s?|détenue?s?|valorisée?s?|menée?s?)\s)[^,;:()]*$/iu;

/** The name `party` sits at the end of a clause in commas hanging on an earlier name: that name, else `party`. */
export function apposedHead(text: string, parties: readonly Party[], party: Party, floor: number): Party {
  if (!/^\s*,/u.test(text.slice(party.end, party.end + 3))) return party;
  for (let i = parties.indexOf(party) - 1; i >= 0; i--) {
    const head = parties[i]!;
    if (head.start < floor) break;
    if (head.via !== "name" || head.kind !== "company") continue;
    if (APPOSED_AFTER_HEAD.test(text.slice(head.end, party.start))) return head;
  }
  return party;
}
