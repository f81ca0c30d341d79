import type { QuantityMention } from "../numbers/types.js";
import type { Party } from "./types.js";

/** What leads the object a list of figures shares: "in Anthropic", "dans Anthropic", "from Oracle", "à OpenAI". */
const SHARED_OBJECT_LEAD =
  /(?:\b(?:in|into|from|with|to)|(?<!\p{L})(?:dans|avec|auprès\s+de|chez|à|au|de|d['’]))\s*(?:the\s+|la\s+|le\s+|l['’])?$/iu;

/**
 * "Microsoft and Nvidia will invest up to $5 billion and $10 billion respectively in Anthropic",
 * "Microsoft et Nvidia investiront respectivement 5 et 10 milliards dans Anthropic": the company named
 * right after the last figure of the list is the object of every figure of it, not of the last alone.
 */
export function sharedObjectAfterList(
  text: string,
  parties: Party[],
  listFigures: QuantityMention[],
  listed: ReadonlySet<string>,
  sentenceEnd: number,
): Party | null {
  const last = listFigures.at(-1);
  if (!last) return null;
  const object = parties.find(
    (p) => p.start >= last.span.end && p.end <= sentenceEnd && !listed.has(p.canonical),
  );
  if (!object || object.kind === "person" || object.start - last.span.end > 60) return null;
  const between = text.slice(last.span.end, object.start);
  const lead = between.replace(/\s*,?\s*\b(?:respectively|respectivement)\b\s*,?\s*/iu, " ");
  if (/[,;:.!?()]/u.test(lead)) return null;
  return SHARED_OBJECT_LEAD.test(lead) ? object : null;
}
