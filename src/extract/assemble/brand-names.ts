/**
 * Names written as brands with a lower-case opening: "dataVolt", "iXAfrica", « eNergia ». Prose
 * seldom writes a word whose lower-case head of one to four letters runs into capitals, so the
 * shape (patterns.ts BRAND_WORD) itself says the word is a name. A product written with a company the document names as its maker ("Korvex's iDrive",
 * « l'iDrive de Korvex », "iDrive by Korvex") is the maker's, no company of its own; a word inside an address or code ("site.dataVolt",
 * "dataVolt.com", "@dataVolt") is no name.
 */
import type { Span } from "../../core/index.js";
import { BRAND_WORD } from "../patterns.js";

/** A brand-shaped word outside an address, a handle or a compound. */
const BRAND_SHAPED = new RegExp(
  String.raw`(?<![\p{L}\p{N}_@#/.\\-])${BRAND_WORD}(?![\p{L}\p{N}_@/\\-]|\.\p{L})`,
  "gu",
);

/** A possessive right before the word: "Korvex's iDrive". */
const POSSESSIVE_BEFORE = /['’]s?[ \u00a0]+$/u;

/** What links a product to its maker named after it: « iDrive de Korvex », "iDrive by Korvex", "iDrive from Korvex". */
const MAKER_LINK_AFTER =
  /^[ \u00a0]+(?:de|du|d['’]|by|from|made[ \u00a0]+by|conçue?[ \u00a0]+par)[ \u00a0]*/u;

export interface BrandName {
  name: string;
  at: number;
}

/** Every brand-shaped word of `text` that none of `companies` is named with as its maker, where it stands. */
export function brandShapedNames(text: string, companies: readonly Span[]): BrandName[] {
  const found: BrandName[] = [];
  for (const m of text.matchAll(BRAND_SHAPED)) {
    const end = m.index + m[0].length;
    const possessive = POSSESSIVE_BEFORE.exec(text.slice(Math.max(0, m.index - 4), m.index));
    const makerBefore =
      possessive !== null && companies.some((c) => c.end === m.index - possessive[0].length);
    const link = MAKER_LINK_AFTER.exec(text.slice(end, end + 20));
    const makerAfter = link !== null && companies.some((c) => c.start === end + link[0].length);
    if (!makerBefore && !makerAfter) found.push({ name: m[0], at: m.index });
  }
  return found;
}
