/**
 * The company a valuation is of: the object of "valued … at", "valorise … à", whoever the
 * sentence's subject is ("SoftBank led OpenAI's round, which valued the company at $300 billion",
 * "Meta paid $14 billion for a stake in Scale AI, a deal that valued the data-labelling company at
 * $29 billion"). A name there is the company; a description ("the company", "la start-up") points
 * back at the company the round or the stake is in, or that raised or received the money ("the
 * funding Cohere received from two funds, which valued the firm at $5 billion").
 */
import { optionalHedge } from "../lexicon.js";
import type { Party } from "./types.js";

/** "valued", "valuing", "would value", "valorise", "valorisait", "valoriserait", right before its object. */
const VALUE_VERB =
  /(?<![\p{L}])(?:valued|valuing|values|value|valorise|valorisent|valorisait|valorisaient|valoriserait|valoriseraient|valorisera|valorisant|(?:a|ont|avait|avaient|aurait|auraient)\s+valorisé)\s+$/iu;
/** The object of the verb up to the figure: a few words, then "at", "à", "autour de", "environ", "about". */
const OBJECT_TO_FIGURE = new RegExp(
  String.raw`^((?:[\p{L}\p{N}'’.&-]+\s+){1,6}?)(?:(?:at|à)\s+)?${optionalHedge(["approx", "at_least"])}$`,
  "iu",
);
/** Before a company a round or a stake is in: "a stake in", "investir dans", "au capital de". */
const INVESTEE_BEFORE =
  /(?:\bin|\binto|\bdans|\bau\s+capital\s+d(?:e|['’]))\s+(?:the\s+|la\s+|le\s+|l['’])?$/iu;
/** After a company raising: "OpenAI's $40 billion funding round", "Anthropic's Series F". */
const RAISER_AFTER =
  /^['’]s\s+(?:[\p{L}\p{N}$€£.,-]+\s+){0,4}?(?:(?:funding\s+)?round|series\s+\p{L}|raise|fundraising)/iu;

/** Before a company raising: "la levée de 13 milliards de dollars d'Anthropic", "le tour de table de Mistral AI", "the $2 billion round of xAI". */
const RAISER_BEFORE =
  /(?:(?<![\p{L}])(?:levée|tour\s+de\s+table|augmentation\s+de\s+capital|série\s+\p{L})(?:\s+de\s+fonds)?(?:\s+(?:de|d['’])\s*(?:[^,;.()]|[,.](?=\d)){1,40}?)?\s+(?:de|d['’]|du)|\b(?:round|raise|fundraising|series\s+\p{L})\s+(?:of|by))\s*$/iu;

/** A company that raised or received the money: "Cohere received in May", "Kyutai a levé 90 millions". */
const RAISING_VERB_AFTER =
  /^\s+(?:(?:has|had|have|a|avait|avaient|ont)\s+)?(?:received|raised|secured|obtained|closed|collected|(?:reçu|levé|obtenu|bouclé|récolté)e?s?|lève|levait)(?![\p{L}])/iu;

export interface ValuedCompany {
  party: Party;
  how: string;
}

/** A participle in apposition right before the figure: "Mistral AI, valorisée 11,7 milliards", "Cohere (valued at $5bn)". */
const VALUED_APPOSITION = new RegExp(
  String.raw`^\s*[,(–—]\s*(?:(?:désormais|now|aujourd['’]hui|which\s+is|qui\s+est)\s+)?(?:valued|valorisée?s?)\s+(?:(?:at|à)\s+)?${optionalHedge(["approx", "at_least"])}$`,
  "iu",
);

/** The company the figure values, when the figure is the object of a verb of valuing or follows "<name>, valued at". */
export function valuedCompany(
  text: string,
  parties: readonly Party[],
  figureStart: number,
  floor: number,
): ValuedCompany | null {
  const appositive = parties.findLast(
    (p) => p.end <= figureStart && p.start >= floor && p.kind !== "person" && p.via !== "anaphora",
  );
  if (appositive && VALUED_APPOSITION.test(text.slice(appositive.end, figureStart)))
    return { party: appositive, how: `"${appositive.surface}" is what the participle values` };
  const lead = text.slice(Math.max(floor, figureStart - 90), figureStart);
  for (let cut = 0; cut < lead.length; cut++) {
    if (cut > 0 && !/\s/u.test(lead[cut - 1]!)) continue;
    const object = OBJECT_TO_FIGURE.exec(lead.slice(cut));
    if (!object || !VALUE_VERB.test(lead.slice(0, cut))) continue;
    const objectStart = figureStart - lead.length + cut;
    const objectEnd = objectStart + object[1]!.trimEnd().length;
    const named = parties.find((p) => p.start >= objectStart && p.end <= objectEnd && p.via !== "anaphora");
    if (named) return { party: named, how: `"${named.surface}" is what the deal values` };
    const investee = parties.findLast(
      (p) =>
        p.end <= objectStart &&
        p.start >= floor &&
        p.kind !== "person" &&
        (INVESTEE_BEFORE.test(text.slice(Math.max(floor, p.start - 30), p.start)) ||
          RAISER_BEFORE.test(text.slice(Math.max(floor, p.start - 70), p.start)) ||
          RAISER_AFTER.test(text.slice(p.end, p.end + 60)) ||
          RAISING_VERB_AFTER.test(text.slice(p.end, p.end + 40))),
    );
    if (investee)
      return {
        party: investee,
        how: `"${object[1]!.trim()}" valued is ${investee.surface}, whose round or stake the sentence names`,
      };
    return null;
  }
  return null;
}
