/**
 * The company that owns a deal noun owns the deal's figures: "Meta's agreement with Constellation
 * for about 1.1 gigawatts", "Amazon's 15-year lease with Talen for 1.9 GW", « l'accord de Meta avec
 * Constellation porte sur 1,1 gigawatt », « le contrat d'Amazon avec Talen, d'environ 1,9 GW ».
 * The other side after "with", « avec » is the counterparty, never the owner.
 */
import { DEAL_NOUNS } from "../lexicon.js";
import type { AttachedOwner } from "./attached-owner.js";
import { companiesBefore } from "./companies-before.js";
import type { Party } from "./types.js";

/** A deal noun a company may own: the deal nouns, a lease, a commitment, an offtake, « un bail ». */
const DEAL_NOUN_EN = `(?:${DEAL_NOUNS.en}|(?:pact|lease|arrangement|accord|commitment|offtake|ppa)s?)`;
const DEAL_NOUN_FR = `(?:${DEAL_NOUNS.fr}|(?:bail|pacte|engagement|entente)s?)`;

/** From the possessor to the deal noun: "'s", a few modifiers ("20-year", "new", "power purchase"). */
const POSSESSOR_TO_DEAL_EN = new RegExp(
  `^['’]s?\\s+(?:[\\p{L}\\p{N}-]+\\s+){0,3}?${DEAL_NOUN_EN}(?![\\p{L}])`,
  "iu",
);

/** Before the possessor: "l'accord de", « le contrat pluriannuel d' », « le nouveau partenariat de ». */
const DEAL_TO_POSSESSOR_FR = new RegExp(
  `(?:^|[^\\p{L}])(?:l['’]|le\\s+|la\\s+|les\\s+|un\\s+|une\\s+|son\\s+|ce\\s+|cet\\s+)(?:[\\p{L}-]+\\s+)?${DEAL_NOUN_FR}(?:\\s+[\\p{L}-]+){0,2}?\\s+(?:de\\s+|d['’]|du\\s+)$`,
  "iu",
);

/**
 * From the deal noun to the figure, within its clause: the other side, the term, a verb of content
 * ("for", "worth", "covering", « porte sur », « d'environ »); no other sentence, clause or possessor.
 */
const DEAL_TO_FIGURE = /^[^.;:!?()]{0,110}$/u;

/** A second possessive or another deal noun between the deal and its figure reads another deal. */
const ANOTHER_OWNER_BETWEEN = /['’]s\s|\b(?:while|whereas|but|tandis|alors\s+que|mais)\b/iu;

/** Right before the deal's other side: "with", « avec », "from", « auprès de ». */
const OTHER_SIDE_LEAD =
  /(?:^|[^\p{L}])(?:with|from|to|avec|auprès\s+d(?:e\s+|['’])|à|au)\s+(?:the\s+|la\s+|le\s+|l['’])?$/iu;

/**
 * The possessor of a deal noun before the figure, when the figure is a term of that deal (nothing
 * in between but the deal's other side and its wording).
 */
export function dealPossessorOwner(
  text: string,
  parties: readonly Party[],
  figure: { start: number },
  floor: number,
): AttachedOwner | null {
  for (const party of companiesBefore(parties, { figureStart: figure.start, floor })) {
    const en = POSSESSOR_TO_DEAL_EN.exec(text.slice(party.end, party.end + 60));
    const lead = text.slice(Math.max(floor, party.start - 50), party.start);
    const frLead = DEAL_TO_POSSESSOR_FR.exec(lead);
    if (!en && !frLead) continue;
    const dealEnd = en ? party.end + en[0].length : party.end;
    if (dealEnd > figure.start) continue;
    const between = text.slice(dealEnd, figure.start);
    if (!DEAL_TO_FIGURE.test(between) || ANOTHER_OWNER_BETWEEN.test(between)) continue;
    const others = parties.filter((p) => p.start >= dealEnd && p.end <= figure.start);
    if (!others.every((p) => OTHER_SIDE_LEAD.test(text.slice(Math.max(dealEnd, p.start - 20), p.start))))
      continue;
    const named = en ? text.slice(party.start, dealEnd) : `${lead.slice(frLead!.index)}${party.surface}`;
    return { party, how: `possessive on the deal "${named.trim()}"` };
  }
  return null;
}
