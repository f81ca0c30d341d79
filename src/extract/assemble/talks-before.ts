import { CONDITIONAL_ENDING, HEARSAY_CONDITIONAL, PERFECT_INFINITIVE, QUALIFIER_RULES } from "../lexicon.js";
import { firstMatch, hasMatch } from "../patterns.js";

/** The figures of a deal in talks: the round, the valuation it gives, an investor's part. */
const DEAL_IN_TALKS = new Set(["funding_round", "valuation", "investment", "funding_share"]);

const RUMOUR_WORDS = QUALIFIER_RULES.find((rule) => rule.qualifier === "rumoured")!.pattern;

/**
 * A finished act told in the past ("was valued", "raised", "a levé", "avait été valorisée"; PERFECT_INFINITIVE:
 * « annonçant avoir levé »): no part of the talks.
 */
const DONE_IN_PAST =
  /\b(?:was|were|had|has|have|raised|closed|reached|secured|invested|valued)\b|(?<!\p{L})(?:a|ont|avait|avaient)\s+(?:été\s+|déjà\s+)?\p{L}{2,}(?:é|ée|és|ées|u|is|it)(?!\p{L})/iu;

/** How far back in its paragraph the sentence that opens the talks may stand: about two sentences. */
const REACH = 400;

const LETTER = /\p{L}/u;

/** Whether `name` stands in `text` as a whole word. */
function namedIn(text: string, name: string): boolean {
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    if (!LETTER.test(text[at - 1] ?? " ") && !LETTER.test(text[at + name.length] ?? " ")) return true;
  }
  return false;
}

/**
 * An outlet's hearsay conditional earlier in the paragraph: « Nvidia aurait rejoint le tour de table
 * d'Anthropic, selon le Financial Times » (not "pourrait", a mere possibility).
 */
function outletRumour(before: string, outlets: readonly string[]): string | null {
  if (!CONDITIONAL_ENDING.test(before)) return null;
  const outlet = outlets.find((o) => namedIn(before, o));
  if (!outlet) return null;
  const c = firstMatch(HEARSAY_CONDITIONAL, before);
  return c && !/^pourrai/iu.test(c[0]) ? `"${c[0]}" reported by ${outlet}` : null;
}

/** "LONDRES, 4 mars -", "SEOUL, May 2 (Reuters) -": a wire story's dateline, in capitals, opening its lead. */
const DATELINE = /^\s*\p{Lu}[\p{Lu}\s.'’-]{2,},[^\n]{1,40}?\s[-‑–—]\s/u;

/**
 * Where the talks may be told: the figure's paragraph, or, when the figure's sentence opens the paragraph
 * after a wire story's lead (its dateline), that lead, which names the story's sources once ("PARIS, 3
 * mai - …, a appris Reuters de personnes au fait du dossier.\n\nL'investisseur s'engage à apporter…").
 */
function talksFrom(text: string, sentenceStart: number): number {
  const lineStart = text.lastIndexOf("\n", sentenceStart - 1) + 1;
  if (text.slice(lineStart, sentenceStart).trim()) return lineStart;
  const previousEnd = text.slice(0, lineStart).trimEnd().length;
  const previousStart = text.lastIndexOf("\n", previousEnd - 1) + 1;
  return DATELINE.test(text.slice(previousStart, previousEnd)) ? previousStart : lineStart;
}

/**
 * "OpenAI is in talks to raise new funding, people familiar with the matter said. The round would total
 * $40 billion", « Anthropic serait en discussions, selon des sources. L'opération valorise la start-up 170
 * milliards »: the figures of the deal told just after, in the same paragraph, are the rumour's own
 * (CLAIMS.md §7) unless the sentence names its own source or tells a finished act. A pledge told there
 * ("s'engage à investir") is the sources' too: rumoured comes before commitment.
 */
export function reviseByTalksBefore(
  text: string,
  sentence: { start: number; end: number },
  metric: string | null,
  named: boolean,
  qualifier: { qualifier: string; rule: string },
  outlets: readonly string[] = [],
): void {
  const { qualifier: was } = qualifier;
  if (was !== "reported" && was !== "target" && was !== "commitment") return;
  if (named || !DEAL_IN_TALKS.has(metric ?? "")) return;
  const before = text.slice(
    Math.max(talksFrom(text, sentence.start), sentence.start - REACH),
    sentence.start,
  );
  if (!before.trim()) return;
  const talks = firstMatch(RUMOUR_WORDS, before)?.[0] ?? outletRumour(before, outlets);
  const own = text.slice(sentence.start, sentence.end);
  if (!talks || hasMatch(DONE_IN_PAST, own) || hasMatch(PERFECT_INFINITIVE, own)) return;
  qualifier.qualifier = "rumoured";
  qualifier.rule = `the deal told just after ${talks.startsWith('"') ? talks : `"${talks}"`} in its paragraph is the rumour's → rumoured`;
}
