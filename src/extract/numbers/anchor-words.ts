/**
 * The words that may open a quantity ("vingt", "a", "dozens", "quelques"), found by a lower-case
 * hash of the word so that the scan need not cut every word out of the text to look it up.
 */
import type { Language } from "../../core/index.js";
import {
  ARTICLE_ONE,
  ORDINAL_ONE,
  SCALE_FRACTIONS,
  SINGULAR_SCALES,
  SPELLED,
  VAGUE_MULTIPLES,
  VAGUE_OPENERS,
  VAGUE_SCALES,
  VAGUE_WORDS,
} from "./lexicon.js";

function anchorWords(lang: Language): Set<string> {
  const set = new Set<string>();
  for (const w of SPELLED[lang].keys()) set.add(w);
  for (const w of ARTICLE_ONE[lang]) set.add(w);
  for (const w of ORDINAL_ONE[lang]) set.add(w);
  for (const w of SINGULAR_SCALES[lang]) set.add(w);
  for (const w of VAGUE_OPENERS[lang]) set.add(w);
  for (const w of VAGUE_SCALES[lang].keys()) set.add(w);
  for (const w of VAGUE_MULTIPLES[lang].keys()) set.add(w);
  for (const w of VAGUE_WORDS[lang].keys()) set.add(w);
  for (const w of SCALE_FRACTIONS[lang].keys()) set.add(w);
  return set;
}

/** The words, lower-cased, that may open a quantity in each language. */
export const ANCHORS: Record<Language, Set<string>> = { fr: anchorWords("fr"), en: anchorWords("en") };

/** A character code in lower case (ASCII and Latin-1 capitals). */
export function lowerCode(c: number): number {
  return (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7) ? c + 32 : c;
}

/** The hash the scan builds letter by letter: a word's lower-case letters, dashes kept. */
export function wordHash(word: string): number {
  let h = 0;
  for (let k = 0; k < word.length; k++) h = (Math.imul(h, 31) + lowerCode(word.charCodeAt(k))) | 0;
  return h;
}

/** The hash of "www", which opens a web address. */
export const WWW = wordHash("www");

/** The hashes of the anchor words, per language. */
export const ANCHOR_HASHES: Record<Language, Set<number>> = {
  fr: new Set([...ANCHORS.fr].map(wordHash)),
  en: new Set([...ANCHORS.en].map(wordHash)),
};
