import type { QuantityMention } from "../numbers/types.js";
import type { DocumentReading, SentenceReading } from "./types.js";

/**
 * A share of people polled or counted ("45% of Americans say they use AI", « 40 % des salariés
 * utilisent l'IA », "70% of fund managers think…"), in a sentence that names no company: an opinion
 * or a habit of a population, not the adoption of a company's products (CLAIMS.md §8).
 */
const PEOPLE_AFTER =
  /^\s*(?:(?:of|des|de|d['’])\s*)(?:(?:the|les|ses|their|all|tous\s+les|U\.?S\.?|American|British|French|European|global|surveyed|polled)\s+)*(?:(?:[\p{L}-]+\s+){0,2}?(?:Americans|Britons|Europeans|Français|Européens|Américains|adults|adultes|people|personnes|respondents|répondants|sondés|interrogés|workers|travailleurs|employees|salariés|employés|consumers|consommateurs|voters|électeurs|citizens|citoyens|students|étudiants|fund\s+managers|gérants|CEOs|dirigeants|executives|parents|teens|adolescents|jeunes|internautes))(?!\p{L})/iu;

export function surveyShare(
  r: DocumentReading,
  s: SentenceReading,
  q: QuantityMention,
  unit: string,
): string | null {
  if (unit !== "fraction") return null;
  if (!PEOPLE_AFTER.test(r.text.slice(q.span.end, s.sentence.end))) return null;
  const company = s.parties.some((p) => p.kind === "company" || p.kind === "product");
  return company ? null : "a share of people polled or counted, not a company's figure";
}
