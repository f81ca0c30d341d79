/**
 * A relative clause after the backers a round names stands for the round, not for them: "another
 * round sponsored by Orbitek, Vantor and Nordlab, which could lift its valuation past $90 billion",
 * « une levée menée par Orbitek et Vantor, qui porterait sa valorisation à 9 milliards ». The value it
 * gives is the company raising's, so the backers are no owner of it by this cue.
 */
import { ROUND_NOUN } from "../lexicon.js";
import { listStart } from "./parties.js";
import type { Party } from "./types.js";

/** A round's noun, a few words, the participle naming its backers: "round of funding sponsored by", « levée menée par ». */
const ROUND_BACKED_BY = new RegExp(
  String.raw`(?<!\p{L})(?:${ROUND_NOUN})(?!\p{L})\s+(?:[\p{L}'’-]+\s+){0,3}?(?:sponsored|led|co-led|backed|financed|funded|underwritten|anchored|men[ée]e?s?|pilot[ée]e?s?|financ[ée]e?s?|soutenue?s?|portée?s?)\s+(?:by|par)\s+(?:(?:the|le|la|les)\s+|l['’])?$`,
  "iu",
);

/** How far before the backers the round's noun may stand. */
const REACH = 80;

/**
 * When the name a relative pronoun follows closes the backers of a round named before it: the company
 * raising that round, the last one named before the round's noun ("The Claude maker may close another
 * round sponsored by …"), or null when none is.
 */
export function roundOfBackers(
  text: string,
  parties: Party[],
  relative: Party,
  floor: number,
): { raiser: Party | null } | null {
  const first = parties[listStart(parties, parties.indexOf(relative), text, floor)] ?? relative;
  const from = Math.max(floor, first.start - REACH);
  const round = ROUND_BACKED_BY.exec(text.slice(from, first.start));
  if (!round) return null;
  const roundAt = from + round.index;
  const raiser = parties.findLast((p) => p.start >= floor && p.end <= roundAt && p.kind !== "person");
  return { raiser: raiser ?? null };
}
