import type { Language } from "../core/index.js";

/**
 * French or English, from the frequency of each language's commonest function words, French
 * elisions (l', d', qu') and French accented letters. Words both languages share ("a", "on",
 * "en", "plus") are left out so they cannot tip the balance.
 */

const FRENCH_WORDS = new Set([
  "le",
  "la",
  "les",
  "de",
  "des",
  "du",
  "et",
  "est",
  "un",
  "une",
  "que",
  "qui",
  "dans",
  "pour",
  "pas",
  "sur",
  "au",
  "aux",
  "avec",
  "ce",
  "cette",
  "ces",
  "ses",
  "son",
  "sa",
  "leur",
  "leurs",
  "il",
  "elle",
  "ils",
  "elles",
  "nous",
  "vous",
  "ont",
  "été",
  "être",
  "par",
  "mais",
  "ou",
  "où",
  "selon",
  "sont",
  "était",
  "aussi",
  "depuis",
  "entre",
  "après",
  "très",
  "dont",
  "se",
  "ne",
  "lui",
  "milliards",
  "millions",
]);

const ENGLISH_WORDS = new Set([
  "the",
  "of",
  "and",
  "to",
  "is",
  "that",
  "for",
  "it",
  "with",
  "was",
  "by",
  "be",
  "are",
  "this",
  "from",
  "at",
  "has",
  "have",
  "will",
  "which",
  "its",
  "an",
  "or",
  "not",
  "but",
  "their",
  "they",
  "were",
  "been",
  "would",
  "said",
  "than",
  "more",
  "about",
  "into",
  "over",
  "after",
  "billion",
  "million",
  "trillion",
  "revenue",
  "in",
]);

const FRENCH_LETTERS = /[éèêëàâçùûôîïœ]/g;
const ELISION = /\b(?:l|d|qu|n|s|c|j|jusqu|lorsqu|puisqu)['’](?=\p{L})/gu;
const ENGLISH_CONTRACTION = /\p{L}['’](?:s|t|re|ve|ll|d)\b/gu;

/**
 * @example
 * detectLanguage("Le chiffre d'affaires a doublé en 2025.") // → { language: "fr", confidence: 0.9… }
 */
export function detectLanguage(text: string): { language: Language; confidence: number } {
  const lower = text.toLowerCase();
  let french = (lower.match(ELISION)?.length ?? 0) + 0.3 * (lower.match(FRENCH_LETTERS)?.length ?? 0);
  let english = lower.match(ENGLISH_CONTRACTION)?.length ?? 0;
  for (const word of lower.split(/[^\p{L}]+/u)) {
    if (FRENCH_WORDS.has(word)) french++;
    else if (ENGLISH_WORDS.has(word)) english++;
  }
  // Laplace smoothing: with little evidence the confidence stays near one half.
  const frenchShare = (french + 1) / (french + english + 2);
  const language: Language = frenchShare > 0.5 ? "fr" : "en";
  const confidence = Math.min(1, Math.max(0.5, Math.max(frenchShare, 1 - frenchShare)));
  return { language, confidence: Math.round(confidence * 1000) / 1000 };
}
