/**
 * "Plan" as a word of a name, not a plan: "the Canada Pension Plan", "Ontario Teachers' Pension Plan",
 * « le Plan France 2030 ». After a capitalised word that is no determiner, or before a capitalised word
 * or a year, a capitalised "Plan" is part of a fund's or programme's name.
 */
const PLAN_IN_NAME =
  /(?<=(?<!\p{L})(?!(?:The|A|An|Its|Their|Our|This|That|Le|La|Les|Un|Une|Son|Sa|Ses|Leur|Leurs|Notre|Ce|Cette)\s)\p{Lu}[\p{L}'’.&-]*\s+)Plan(?!\p{L})|(?<=\S\s+)Plan(?=\s+(?:\p{Lu}|\d{4}(?!\d)))/gu;

/** The text with plan words that belong to a name blanked out, at the same length so offsets still hold. */
export function maskPlanInNames(text: string): string {
  // Most texts hold no "Plan": the pattern's leading lookbehinds would be tried at every character.
  if (!text.includes("Plan")) return text;
  return text.replace(PLAN_IN_NAME, (m) => "_".repeat(m.length));
}
