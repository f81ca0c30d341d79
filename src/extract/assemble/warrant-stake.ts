import { UNNAMED_SOURCES } from "../lexicon.js";
import { firstMatch, hasMatch } from "../patterns.js";
import { WARRANT_WORD } from "./parties.js";
import type { Decision } from "./qualifier.js";
import type { Candidate } from "./types.js";

/** "may acquire up to 160 million shares", "pourrait prendre jusqu'à 10 %", "peut acquérir". */
const OPTION_TO_ACQUIRE =
  /\b(?:can|could|may|might|will\s+be\s+able\s+to)\s+(?:acquire|take|buy|purchase)\b|(?<!\p{L})(?:peut|pourrait|pourra|pourront|pourraient)\s+(?:acquérir|prendre|acheter|obtenir)(?!\p{L})/iu;

/** A deal named around the option: "le contrat", "the agreement". */
const DEAL_WORD =
  /\b(?:deal|agreement|contract|partnership)\b|(?<!\p{L})(?:accords?|contrats?|partenariat)(?!\p{L})/iu;

/** How far before the sentence the deal or warrant an option belongs to may be named. */
const CONTEXT_REACH = 300;

/**
 * A stake or shares a company holds warrants for ("has secured warrants for a 5.4% stake"), or may
 * acquire under a deal just named ("un contrat avec OpenAI … OpenAI pourrait prendre jusqu'à 10 %
 * d'AMD"), are a term the deal grants: commitment, over the "may" or conditional of the option.
 */
export function reviseByWarrantStake(
  text: string,
  candidate: Candidate,
  scope: string,
  qualifier: Decision,
): void {
  const metric = candidate.metric;
  if (metric !== "equity_stake" && metric !== "warrant_shares") return;
  if (qualifier.qualifier === "commitment" || qualifier.qualifier === "letter_of_intent") return;
  const sentence = text.slice(candidate.sentence.start, candidate.sentence.end);
  if (UNNAMED_SOURCES.some(([pattern]) => hasMatch(pattern, sentence))) return;
  const warrant = firstMatch(WARRANT_WORD, scope);
  const option = warrant ? null : firstMatch(OPTION_TO_ACQUIRE, scope);
  if (!warrant && !option) return;
  const context = text.slice(Math.max(0, candidate.sentence.start - CONTEXT_REACH), candidate.sentence.end);
  if (option && !hasMatch(WARRANT_WORD, context) && !hasMatch(DEAL_WORD, context)) return;
  qualifier.qualifier = "commitment";
  qualifier.rule = `"${(warrant ?? option)![0]}": a stake or shares a deal's warrants grant → commitment`;
}
