import { firstMatch } from "../patterns.js";

/**
 * Right before a figure, what makes it the base a rumoured figure is set against: "up from", "an
 * increase from its", "compared with", "past OpenAI's recent", « par rapport à la valorisation de X, qui
 * s'élevait à », « comparé aux », or the company's current or previous value: "its current valuation
 * of", « la valorisation actuelle d'Anthropic s'élève à ».
 */
const COMPARISON_BASE =
  /\b(?:(?:up|down|rising|jumping|climbing|increase|jump|rise|leap|doubling|tripling)\s+from|compared\s+(?:with|to)|versus|vs\.?|(?:past|surpassing|overtaking|eclipsing|beyond)\s+(?:[\p{L}.-]+['’]s\s+)?(?:recent|current|latest|last|previous)|(?:current|previous|prior|last|latest|most\s+recent)\s+valuation)\b|(?<!\p{L})(?:par\s+rapport\s+(?:à|aux?)|comparée?s?\s+(?:à|aux?)|valorisation\s+(?:actuelle|précédente|antérieure|d['’]alors)|(?:précédente|dernière|ancienne)\s+valorisation)(?!\p{L})/iu;

/** How far before the figure the comparison may open, in its sentence. */
const REACH = 90;

/** A figure between the comparison and this one: the comparison is that figure's. */
const OTHER_FIGURE = /\d/u;

/**
 * "a round that would value it at $14 billion, up from $9 billion in December", « une valorisation qui
 * représenterait un bond par rapport aux 75 milliards de juillet »: the base a rumoured figure is set
 * against is an earlier, known value, reported (CLAIMS.md §7), not part of the talks. Only a valuation:
 * the base of a rumoured revenue or user count comes from the same sources.
 */
export function reviseByRumourBase(
  text: string,
  sentenceStart: number,
  metric: string | null,
  figure: { start: number },
  qualifier: { qualifier: string; rule: string },
): void {
  if (qualifier.qualifier !== "rumoured" || metric !== "valuation") return;
  const before = text.slice(Math.max(sentenceStart, figure.start - REACH), figure.start);
  const m = firstMatch(COMPARISON_BASE, before);
  if (!m || OTHER_FIGURE.test(before.slice(m.index + m[0].length))) return;
  qualifier.qualifier = "reported";
  qualifier.rule = `"${m[0]}": the earlier value a rumoured figure is compared with → reported`;
}
