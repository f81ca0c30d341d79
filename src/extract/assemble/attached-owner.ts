/**
 * Owners attached to a figure by punctuation or a bare relative pronoun rather than by a verb:
 * "Cohere ($12 billion valuation)", "Cohere (valorisée 12 milliards)" put the figure in
 * parentheses right after its company; "celle de Cohere qui avait levé 9 milliards", "a startup
 * like Cohere, which", "Cohere who raised" make the name the subject of the relative clause that
 * holds the figure.
 */
import { hedgeWords } from "../lexicon.js";
import { isPartnerParenthesis } from "./partner-parenthesis.js";
import type { Party } from "./types.js";

export interface AttachedOwner {
  party: Party;
  how: string;
}

/** The figure inside a parenthesis opened right after a name, with nothing but a few words before it. */
const OPENS_PARENTHESIS = /^\s*\(\s*(?:[\p{L}'’-]+\s+){0,3}(?:à\s+|de\s+|at\s+|of\s+)?$/iu;

/** "X ($19 billion valuation)": the name the parenthesis qualifies owns the figure inside it. */
export function parentheticalOwner(
  text: string,
  parties: readonly Party[],
  figure: { start: number; end: number },
): AttachedOwner | null {
  const named = parties.findLast((p) => p.end <= figure.start && p.via !== "anaphora");
  if (!named || !OPENS_PARENTHESIS.test(text.slice(named.end, figure.start))) return null;
  if (isPartnerParenthesis(text, named.start, named.end)) return null;
  const close = text.indexOf(")", figure.end);
  if (close < 0 || close - figure.end > 40 || text.slice(figure.end, close).includes("(")) return null;
  return { party: named, how: `"${named.surface} (…)" puts the figure in parentheses after the name` };
}

/** A relative pronoun right after a name, without a comma: "Cohere qui a levé", "xAI which raised". */
const BARE_RELATIVE = /^\s+(qui|which|who)\s+/iu;

/**
 * "un contrat avec CoreWeave qui porte sur", "a deal with CoreWeave which is worth": after a partner's
 * preposition the pronoun may stand for the deal, so the name is no owner by this cue.
 */
const PARTNER_BEFORE =
  /(?:^|[^\p{L}])(?:avec|with|auprès\s+d(?:e|['’])|à|au|aux|to|from|by|par|pour|for|dans|in|into|chez|sur|on)\s+$/iu;

/** A verb phrase up to the figure, with no other clause, list or parenthesis in between. */
const RELATIVE_TO_FIGURE = /^[^,;:()]{0,60}$/u;

/** "celle d'Ant Group qui avait récolté 14 milliards": the name before a bare "qui" does what the clause says. */
export function bareRelativeOwner(
  text: string,
  parties: readonly Party[],
  figure: { start: number },
  floor: number,
): AttachedOwner | null {
  const named = lastCompanyBefore(parties, figure, floor);
  if (!named || PARTNER_BEFORE.test(text.slice(Math.max(floor, named.start - 20), named.start))) return null;
  const relative = BARE_RELATIVE.exec(text.slice(named.end, figure.start));
  if (!relative || !RELATIVE_TO_FIGURE.test(text.slice(named.end + relative[0].length, figure.start)))
    return null;
  return { party: named, how: `relative clause "${named.surface} ${relative[1]} …"` };
}

/** After a figure: "in revenue for", "de chiffre d'affaires pour", "of new sales for". */
const EARNINGS_FOR =
  /^\s+(?:in|of|de|d['’]|en)\s*(?:(?:new|additional|annual|extra|nouveaux?|nouvelles?|supplémentaires?)\s+)?(?:revenues?|sales|earnings|profits?|income|chiffres?\s+d['’]affaires|revenus|recettes|ventes|bénéfices?)(?:\s+(?:supplémentaires?|annuels?))?\s+(?:for|pour)\s+(?:the\s+|le\s+|la\s+|l['’])?$/iu;

/** After a figure: "debt package for", "in loans for", "de dette pour", "d'emprunts pour". */
const DEBT_FOR =
  /^\s+(?:(?:in|of|de|d['’]|en)\s*)?(?:(?:new|additional|senior|secured|private|nouvelles?|nouveaux?)\s+)?(?:debt|loans?|bonds?|notes|dette|prêts?|emprunts?|obligations)(?:\s+(?:package|financing|facility|sale|offering|deal))?\s+(?:for|pour)\s+(?:the\s+|le\s+|la\s+|l['’])?$/iu;

/**
 * "tens of billions of dollars in revenue for AMD", "a $5 billion debt package for xAI": the
 * company the earnings or the borrowed money are for owns them.
 */
export function beneficiaryOwner(
  text: string,
  parties: readonly Party[],
  figure: { end: number },
): AttachedOwner | null {
  const named = parties.find((p) => p.start >= figure.end && p.start <= figure.end + 60);
  if (!named || named.kind === "person") return null;
  const between = text.slice(figure.end, named.start);
  if (EARNINGS_FOR.test(between))
    return {
      party: named,
      how: `"${text.slice(figure.end, named.end).trim()}" names whom the earnings are for`,
    };
  if (named.kind === "company" && DEBT_FOR.test(between))
    return { party: named, how: `"${text.slice(figure.end, named.end).trim()}" names the borrower` };
  return null;
}

/**
 * "CoreWeave's revenue, which", "Nebius's sales, which", "Vantor's Kestrel and Kestrel II campuses,
 * which": a possessed noun, perhaps after the names of the possessor's sites or products, then a
 * relative pronoun.
 */
const POSSESSED_THEN_RELATIVE =
  /^['’]?s\s+(?:(?:\p{Lu}[\p{L}\p{N}-]*|and|&)\s+){0,5}(?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+\s*,\s*(?:which|that)\s/u;

/** "62% of CoreWeave's revenue, which grew to $1.9 billion": the possessor owns what the clause says. */
export function possessedRelativeOwner(
  text: string,
  parties: readonly Party[],
  figure: { start: number },
  floor: number,
): AttachedOwner | null {
  const named = parties.findLast((p) => {
    if (p.end > figure.start || p.start < floor) return false;
    const relative = POSSESSED_THEN_RELATIVE.exec(text.slice(p.end, figure.start));
    if (relative === null || /[;:()]/u.test(text.slice(p.end + relative[0].length, figure.start)))
      return false;
    // "OpenAI's rival Cohere, which": another company in the possessed phrase is the one described
    const relativeAt = p.end + relative[0].length;
    return !parties.some((o) => o.start > p.end && o.end <= relativeAt && o.kind === "company");
  });
  if (!named || named.kind === "person") return null;
  return { party: named, how: `relative clause on "${named.surface}'s …, which"` };
}

/** The last party named between `floor` and the figure, unless it is a person. */
function lastCompanyBefore(
  parties: readonly Party[],
  figure: { start: number },
  floor: number,
): Party | null {
  const named = parties.findLast((p) => p.end <= figure.start && p.start >= floor);
  return named && named.kind !== "person" ? named : null;
}

/** Participles whose agent does what the amount measures: plans, commits, spends, pays, holds or buys it. */
const ACTOR_PARTICIPLE =
  "(?:prévu|planifié|budgété|engagé|promis|signé|investi|dépensé|consacré|injecté|apporté|fourni|versé|mobilisé|détenu|acquis|racheté|payé|déboursé|commandé|alloué|planned|budgeted|committed|pledged|promised|signed|invested|spent|injected|paid|held|acquired|bought|ordered|earmarked|allocated|provided|contributed)(?:e|s|es)?";
/** Participles of announcing: their agent is the investor of an investment, and only a source otherwise. */
const ANNOUNCING_PARTICIPLE = "(?:annoncé|confirmé|dévoilé|announced|confirmed|unveiled)(?:e|s|es)?";

/**
 * The agent's article and a noun or two describing it, maybe its name in brackets: "par le groupe",
 * "par son groupe (", "by the investment fund", « par le fonds d'investissement ».
 */
const AGENT_DESCRIBED = String.raw`(?:(?:la|le|les|son|sa|ses|leurs?|the|its|their)\s+|l['’])?(?:\p{Ll}[\p{Ll}-]*\s+(?:(?:d['’]|de\s+|of\s+)\p{Ll}+\s+)?){0,2}?\(?\s*`;

/** From a figure to the agent of the passive that holds it: "… sont prévus par", "… recently pledged by". */
function passiveToAgent(participle: string): RegExp {
  return new RegExp(
    String.raw`^\s*(?:[\p{L}'’-]+\s+){0,4}?(?:(?:a|ont|avait|avaient|aura|auront)\s+été\s+|(?:est|sont|était|étaient|sera|seront|was|were|is|are|will\s+be|(?:has|have|had)\s+been)\s+)?(?:[\p{L}]+ment\s+|recently\s+|already\s+|déjà\s+)?${participle}\s+(?:par|by)\s+${AGENT_DESCRIBED}$`,
    "iu",
  );
}
const ACTOR_AGENT = passiveToAgent(ACTOR_PARTICIPLE);
const ANNOUNCER_AGENT = passiveToAgent(`(?:${ACTOR_PARTICIPLE}|${ANNOUNCING_PARTICIPLE})`);

/**
 * "12 milliards d'euros sont prévus par X", "the $8 billion investment recently pledged
 * by Y": the agent of the passive holding the figure is its owner, wherever the sentence
 * names other companies. An announcing verb names the owner of an investment only.
 */
export function passiveAgentOwner(
  text: string,
  parties: readonly Party[],
  figure: { end: number },
  investment: boolean,
): AttachedOwner | null {
  const pattern = investment ? ANNOUNCER_AGENT : ACTOR_AGENT;
  const agent = parties.find((p) => p.start >= figure.end && p.start - figure.end <= 80);
  if (!agent || agent.kind === "person" || !pattern.test(text.slice(figure.end, agent.start))) return null;
  return {
    party: agent,
    how: `"${agent.surface}", the agent of the passive "${text.slice(figure.end, agent.start).trim()}"`,
  };
}

/** A verb that hands a stake over, right before its holder: "leaving", "would give", "laissant à", "donne à". */
const HANDS_A_STAKE_TO =
  /(?:(?<!\p{L})(?:leav(?:e|es|ing)|left|giv(?:e|es|ing|en)|gave|hand(?:s|ed|ing)?|grant(?:s|ed|ing)?|award(?:s|ed|ing)?)|(?<!\p{L})(?:laiss|donn|accord|attribu|confèr|confér|octroi|octroy)\p{L}*\s+(?:à|au)|(?<!\p{L})(?:lui|leur)\s+(?:laiss|donn|accord|attribu|confèr|confér|octroi|octroy)\p{L}*)\s+$/iu;

/** Warrants or options handed over for the stake: "warrants for", "the right to acquire", « des bons de souscription pour ». */
const WARRANTS_FOR = String.raw`(?:(?:warrants?|options?|(?:the\s+)?rights?)\s+(?:for|to\s+(?:acquire|buy|take)|over|on)|(?:des\s+)?(?:bons\s+de\s+souscription(?:\s+d['’]actions)?|warrants|options|droits?)\s+(?:pour|portant\s+sur|sur|(?:lui\s+)?permettant\s+d['’]acquérir|d['’]acquérir))\s+(?:(?:up\s+to|jusqu['’]à)\s+)?`;

/** Between the holder and the stake: "with a stake of roughly", "une participation d'environ", "warrants for a", "roughly". */
const HOLDER_TO_STAKE = new RegExp(
  String.raw`^\s+(?:with\s+)?(?:${WARRANTS_FOR})?(?:(?:(?:a|an|une|la)\s+)?(?:\p{Ll}+\s+)?(?:stake|holding|interest|participation)\s+(?:of\s+|de\s+|d['’]\s*)?|(?:a|an|une)\s+)?${hedgeWords(["approx", "up_to"])}?\s*$`,
  "iu",
);

/**
 * "leaving Microsoft with a stake of roughly 27%", "the warrant would give OpenAI 10% of AMD",
 * "laissant à Microsoft une participation de 27 %": the company a stake is handed to holds it
 * (CLAIMS.md §6: holder → company held), whoever the clause's subject is.
 */
export function stakeRecipientOwner(
  text: string,
  parties: readonly Party[],
  figure: { start: number },
  floor: number,
): AttachedOwner | null {
  const holder = parties.findLast((p) => p.end <= figure.start && p.start >= floor);
  if (!holder || holder.kind === "person" || holder.kind === "product") return null;
  if (!HOLDER_TO_STAKE.test(text.slice(holder.end, figure.start))) return null;
  const verb = HANDS_A_STAKE_TO.exec(text.slice(Math.max(floor, holder.start - 30), holder.start));
  if (!verb) return null;
  return { party: holder, how: `"${verb[0].trim()} ${holder.surface}": the stake is handed to it` };
}
