/**
 * The agent of a corporate act written as a noun owns the figures of the act's complement: « le
 * rachat par Korvane de Brelin pour 2 milliards », « l'annonce par Korvane d'un supercalculateur à
 * 10 milliards », "the purchase by Korvane of 20,000 GPUs", "the construction by Korvane of a
 * 300 MW campus". The name after « par », "by" is a company's (a person's name is screened apart).
 */
import type { AttachedOwner } from "./attached-owner.js";
import { companiesBefore } from "./companies-before.js";
import type { Party } from "./types.js";

/** Nouns of a company's act that take their agent with « par », "by", then their object with « de », "of". */
const ACT_NOUNS =
  "rachat|acquisition|achat|annonce|commande|construction|investissement|lancement|d[ée]ploiement|cession|vente|signature|financement|prise[ \\u00a0]+de[ \\u00a0]+participation|purchase|takeover|buyout|announcement|order|investment|launch|deployment|sale|unveiling|signing|financing";

/** Before the agent: a determiner, an adjective maybe, the act noun, « par », "by". */
export const ACT_NOUN_BY = `(?:(?:[Ll]['’]|(?:[Ll]e|[Ll]a|[Uu]ne?|[Tt]he|[Aa]n?|[Tt]his|[Cc]ette|[Cc]e|[Ss]a|[Ss]on)[ \\u00a0]+)(?:[\\p{Ll}-]+[ \\u00a0]+)?(?:${ACT_NOUNS})[ \\u00a0]+(?:par|by)[ \\u00a0]+(?:the[ \\u00a0]+|le[ \\u00a0]+|la[ \\u00a0]+|l['’])?)`;

const LEAD = new RegExp(`${ACT_NOUN_BY}$`, "u");

/** From the agent to its figure: the act's object with « de », "of", in the same clause, no second act. */
const AGENT_TO_FIGURE = /^\s*(?:de\s+|d['’]|du\s+|des\s+|of\s+)[^.;:!?()]{0,90}$/iu;

/** A clause of its own between the object and the figure: the figure is told of something else. */
const OTHER_CLAUSE = /,\s*(?:mais|but|while|tandis|alors|and|et)\s|\s(?:qui|which|who)\s/iu;

/**
 * The agent of an act noun before the figure in its sentence, when the figure lies in the act's
 * complement; companies named between are the act's object or other side, never its owner.
 */
export function nominalAgentOwner(
  text: string,
  parties: readonly Party[],
  figure: { start: number },
  floor: number,
): AttachedOwner | null {
  for (const party of companiesBefore(parties, { figureStart: figure.start, floor })) {
    const lead = LEAD.exec(text.slice(Math.max(floor, party.start - 60), party.start));
    if (!lead) continue;
    const between = text.slice(party.end, figure.start);
    if (!AGENT_TO_FIGURE.test(between) || OTHER_CLAUSE.test(between)) continue;
    return { party, how: `the agent of "${lead[0].trim()} ${party.surface}"` };
  }
  return null;
}
