import type { Language } from "../../core/index.js";
import type { QuantityMention } from "./types.js";

/** A spelled fraction and its value: "two-thirds", "a third", "three-quarters", « deux tiers », « la moitié ». */
const FRACTIONS: Readonly<Record<Language, readonly [string, number][]>> = {
  en: [
    [String.raw`two[-\s]thirds`, 2 / 3],
    [String.raw`(?:one|a)[-\s]third`, 1 / 3],
    [String.raw`three[-\s]quarters`, 3 / 4],
    [String.raw`(?:one|a)[-\s]quarter`, 1 / 4],
    [String.raw`(?:one[-\s])?half`, 1 / 2],
  ],
  fr: [
    [String.raw`(?:les\s+)?deux\s+tiers`, 2 / 3],
    [String.raw`(?:un|le)\s+tiers`, 1 / 3],
    [String.raw`(?:les\s+)?trois\s+quarts`, 3 / 4],
    [String.raw`(?:un|le)\s+quart`, 1 / 4],
    [String.raw`la\s+moitié`, 1 / 2],
  ],
};

/** What a share of the vocabulary is of: sales, demand, orders, a business. */
const SHARE_BASE: Readonly<Record<Language, string>> = {
  en: String.raw`\s+of\s+(?:(?:its|their|the)\s+)?(?:(?:\p{Lu}[\p{L}.&-]*\s+){0,2}\p{Lu}[\p{L}.&-]*['’]s?\s+|(?:company|group|firm|chipmaker|start-?up)['’]s\s+)?(?:[\p{L}-]+\s+){0,2}?(?:revenues?|sales|demand|orders|business|turnover)(?!\p{L})`,
  fr: String.raw`\s+(?:de\s+(?:ses|leurs?|son|sa|la|l['’])|des|du|d['’])\s*(?:chiffre\s+d['’]affaires|revenus|ventes|demande|commandes|activité)(?!\p{L})`,
};

const PATTERNS: Readonly<Record<Language, { pattern: RegExp; values: number[] }>> = {
  en: compile("en"),
  fr: compile("fr"),
};

function compile(language: Language): { pattern: RegExp; values: number[] } {
  const words = FRACTIONS[language];
  const alternatives = words.map(([word]) => `(${word})`).join("|");
  return {
    pattern: new RegExp(String.raw`(?<![\p{L}-])(?:${alternatives})(?=${SHARE_BASE[language]})`, "giu"),
    values: words.map(([, value]) => value),
  };
}

/**
 * Fractions spelled as words before what they are a share of: "two-thirds of TSMC's AI-related
 * demand", « les deux tiers de son chiffre d'affaires ». Each is a rounded fraction (approx); a
 * fraction of anything else ("the second half", "half of the staff") is no quantity.
 */
export function fractionWords(text: string, language: Language): QuantityMention[] {
  const { pattern, values } = PATTERNS[language];
  const found: QuantityMention[] = [];
  for (const m of text.matchAll(pattern)) {
    const at = m.slice(1).findIndex((g) => g !== undefined);
    const value = values[at];
    if (value === undefined) continue;
    const span = { start: m.index, end: m.index + m[0].length };
    found.push({
      span,
      numberSpan: span,
      low: value,
      high: value,
      bound: "approx",
      unit: "fraction",
      vague: false,
      currencyElided: false,
      spelledFraction: true,
      notes: [`fraction spelled "${m[0]}" read as ${value.toFixed(3)} (approx)`],
    });
  }
  return found;
}
