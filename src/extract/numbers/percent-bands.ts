import type { Language } from "../../core/index.js";
import type { QuantityMention } from "./types.js";

/**
 * A percentage given as a band of a decade rather than a number: "in the low-20s%", "mid-30s
 * percent", "high-teens growth", "low-single-digit growth", « dans le milieu de la tranche des
 * 30 % ». The lower half of the decade is the low band, its middle the mid band, its upper half
 * the high band: low → N..N+4 (range), mid → N+5 (approx), high → N+5..N+9 (range); single digits
 * start at 1. No number is written, so the band is a vague amount (CLAIMS.md §4), marked so and
 * of low confidence. Without a percent sign or word the band must govern a word of growth or margin, so
 * "in her mid-30s" (an age) is no quantity.
 */
const PERCENT = String.raw`(?:\s*%|\s+(?:percent|per\s?cent)(?!\p{L}))`;
const GROWTH_AFTER = String.raw`(?=(?:\s+[\p{L}-]+){0,2}?\s+(?:growth|increases?|gains?|rises?|declines?|margins?|CAGR)(?!\p{L}))`;
const DECADE = String.raw`(?:(?<tens>[1-9])0s|(?<teens>teens)|(?<single>single)[-\s]digits?|(?<ranged>[1-9])0(?=${PERCENT}\s+range))`;

const PATTERNS: Readonly<Record<Language, RegExp>> = {
  en: new RegExp(
    String.raw`(?<![\p{L}-])(?<band>low|mid|high)(?:-|\s+)${DECADE}(?:${PERCENT}|${GROWTH_AFTER})`,
    "giu",
  ),
  fr: /(?<!\p{L})(?<band>bas|milieu|haut)\s+de\s+(?:la\s+)?(?:tranche|fourchette)\s+des\s+(?<tens>[1-9])0\s*(?:%|pour\s*cent(?!\p{L}))/giu,
};

const BAND: Readonly<Record<string, "low" | "mid" | "high">> = {
  low: "low",
  bas: "low",
  mid: "mid",
  milieu: "mid",
  high: "high",
  haut: "high",
};

/** The base of the decade a match names: 20 for "20s", 10 for "teens", 0 for "single digits". */
function decadeOf(groups: Record<string, string | undefined>): number | null {
  const tens = groups.tens ?? groups.ranged;
  if (tens !== undefined) return Number(tens) * 10;
  if (groups.teens !== undefined) return 10;
  if (groups.single !== undefined) return 0;
  return null;
}

/** Each percentage band written in the text, as a fraction: low and high bands a range, mid approx. */
export function percentBands(text: string, language: Language): QuantityMention[] {
  const found: QuantityMention[] = [];
  for (const m of text.matchAll(PATTERNS[language])) {
    const groups = m.groups ?? {};
    const band = BAND[(groups.band ?? "").toLowerCase()];
    const base = decadeOf(groups);
    if (band === undefined || base === null) continue;
    const lowEnd = band === "low" ? Math.max(base, 1) : base + 5;
    const highEnd = band === "low" ? base + 4 : band === "mid" ? base + 5 : base + 9;
    const span = { start: m.index, end: m.index + m[0].length };
    found.push({
      span,
      numberSpan: span,
      low: lowEnd / 100,
      high: highEnd / 100,
      bound: band === "mid" ? "approx" : "range",
      unit: "fraction",
      vague: true,
      currencyElided: false,
      notes: [`vague percentage band "${m[0].trim()}" read as ${lowEnd}–${highEnd} %`],
    });
  }
  return found;
}
