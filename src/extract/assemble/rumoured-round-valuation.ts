import { ROUND_TO_ITS_VALUATION, ROUND_VALUATION_BREAK } from "../lexicon.js";
import type { Candidate } from "./types.js";

/** How many characters may lie between a round's figure and the valuation it is raised at. */
const REACH = 110;

/**
 * "Acme would be raising €400 million for a valuation near €2 billion, says Bloomberg", « un article
 * affirmant que Zeta levait 5 milliards valorisant la société à 60 milliards »: the valuation a rumoured
 * round is to be raised at is part of the same talks, so it is rumoured too (CLAIMS.md §7), even when the
 * hearsay word reached only the round, or another mention of it. Only a valuation told right after the round,
 * in its sentence, with no other figure, contrast or base of comparison between them.
 */
export function reviseRumouredRoundValuations(claims: Candidate[], text: string): void {
  const rounds = claims.filter((c) => c.metric === "funding_round" && c.qualifier === "rumoured");
  if (rounds.length === 0) return;
  for (const c of claims) {
    if (c.metric !== "valuation" || c.qualifier !== "reported" || c.entity === null) continue;
    const round = rounds.find((r) => r.entity === c.entity && joinsItsValuation(r, c, text));
    if (!round) continue;
    c.qualifier = "rumoured";
    c.rules = [
      ...c.rules,
      "the valuation of a rumoured round, told with it, is part of the same talks → rumoured",
    ];
  }
}

function joinsItsValuation(round: Candidate, valuation: Candidate, text: string): boolean {
  if (round.sentenceIndex !== valuation.sentenceIndex) return false;
  const between = text.slice(round.q.span.end, valuation.q.span.start);
  if (between.length === 0 || between.length > REACH) return false;
  if (/\d/u.test(between) || ROUND_VALUATION_BREAK.test(between)) return false;
  return ROUND_TO_ITS_VALUATION.test(between);
}
