import type { Span } from "../../core/index.js";

/** A dash that opens or closes an aside: an em or en dash, or a hyphen standing between spaces. */
const ASIDE_DASH = /\s[—–-]\s|—|–/gu;

/** Where the last sentence before the word ends in the stretch before it (0 when none does). */
function lastSentenceEnd(stretch: string): number {
  let end = 0;
  for (const m of stretch.matchAll(/[.!?]\s|\n/gu)) end = m.index + m[0].length;
  return end;
}

/** How far back an aside's opening is looked for. */
const REACH = 200;

/**
 * Whether a word before a figure lies inside an aside closed before the figure: "its annualised run
 * rate — a measure of last month's sales times twelve — was $2 billion", « sa marge (hors coûts de
 * licence) atteint 40 % », "capex (unlike the sales it will bring) reached $9bn". The aside defines or
 * compares its subject: its words measure something else than the figure the clause goes on to give.
 */
export function inClosedAside(word: Span, figureStart: number, text: string): boolean {
  const gap = text.slice(word.end, figureStart);
  const reach = text.slice(Math.max(0, word.start - REACH), word.start);
  const before = reach.slice(lastSentenceEnd(reach));
  const paren = before.lastIndexOf("(");
  if (paren >= 0 && !before.slice(paren).includes(")") && gap.includes(")")) return true;
  const dashes = [...before.matchAll(ASIDE_DASH)];
  // An odd number of dashes before the word leaves an aside open; a dash before the figure closes it.
  return dashes.length % 2 === 1 && [...gap.matchAll(ASIDE_DASH)].length > 0;
}
