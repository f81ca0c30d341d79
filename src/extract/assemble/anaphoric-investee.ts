import { COMPANY_ANAPHOR } from "../lexicon.js";
import { matchesIn } from "../patterns.js";
import { groupMembers } from "./parties.js";
import type { SentenceReading } from "./types.js";

/**
 * A pronoun or a generic noun standing for the company invested in: "y a investi", "entrés à son
 * capital", "dans la société", "invested $1 billion in it", "a stake in the company".
 */
const ANAPHORIC_INVESTEE = new RegExp(
  String.raw`(?<!\p{L})(?:(?<!\bil\s+)y\s+(?:\p{L}+\s+){0,2}(?:investi|injecté|placé|mis|engagé|entré)(?:e|s|es|r)?(?!\p{L})|(?:à|dans|au)\s+son\s+capital|(?:dans|au\s+capital\s+de|in(?:to)?)\s+(?:${COMPANY_ANAPHOR}|celle-ci|cette\s+dernière|it)(?!\p{L}))`,
  "giu",
);
/**
 * The company an anaphoric investee phrase before the figure (or in its clause) stands for: a
 * company named before the phrase's clause in the same sentence ("G42 … : Microsoft y avait
 * investi"), else `fallback`: the company raising the latest round, or the one the text is about.
 * Never the investor itself.
 */
export function anaphoricInvestee(
  text: string,
  s: SentenceReading,
  figureEnd: number,
  clauseEnd: number,
  investor: string,
  fallback: string | null,
): { name: string; phrase: string } | null {
  const own = groupMembers(investor);
  const start = s.sentence.start;
  const scope = text.slice(start, Math.max(figureEnd, clauseEnd));
  const phrase = matchesIn(ANAPHORIC_INVESTEE, scope).at(-1);
  if (!phrase) return null;
  const at = start + phrase.index;
  const breaks = [...text.slice(start, at).matchAll(/[:;]/gu)];
  const clauseStart = breaks.length > 0 ? start + breaks.at(-1)!.index : start;
  const named = s.parties.find(
    (p) =>
      p.end <= clauseStart &&
      p.via === "name" &&
      p.kind !== "person" &&
      p.kind !== "programme" &&
      !own.has(p.canonical),
  );
  const name = named?.canonical ?? (clauseStart === start ? fallback : null);
  return name && !own.has(name) ? { name, phrase: phrase[0] } : null;
}
