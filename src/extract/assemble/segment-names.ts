/**
 * Business segments written with capitals ("la branche More Personal Computing", "the Intelligent
 * Cloud segment", "Cloud Infrastructure (IaaS) revenue"): a part of the company that reports it,
 * never a company of its own, even when the name ends with a corporate word ("Computing",
 * "Infrastructure"). Their figures are the parent's (CLAIMS.md §6, the segment in `item`).
 */
import { escapeRegExp } from "../patterns.js";

/** The noun that introduces a segment before its name: « la branche », « la division », "the segment". */
const SEGMENT_NOUN_BEFORE = "(?:branche|division|segment|pôle)";
/** The noun after a segment's name: "the Intelligent Cloud segment", "its Devices division". */
const SEGMENT_NOUN_AFTER = String.raw`(?:segment|division|business\s+unit|unit|branch|business\s+line)`;
/**
 * A mixed-case abbreviation in parentheses glossing a product line before its sales ("Cloud
 * Infrastructure (IaaS) revenue", "Cloud Application (SaaS) revenue"); a listed company's ticker is
 * written in capitals only ("(CRWV)").
 */
const PRODUCT_LINE_GLOSS = String.raw`\s*\((?=\p{L}*\p{Ll})(?=\p{L}*\p{Lu}\p{L}*\p{Lu})\p{L}{2,6}\)\s+(?:[Rr]evenues?|[Ss]ales|ventes|revenus|chiffre\s+d['’]affaires)(?!\p{L})`;

/** Whether the text frames `name` as a business segment anywhere: after a segment noun, before one, or glossed as a product line. */
export function isSegmentName(name: string, text: string): boolean {
  const escaped = escapeRegExp(name).replace(/ /gu, "[ \\u00a0]+");
  const framed = new RegExp(
    String.raw`(?<!\p{L})${SEGMENT_NOUN_BEFORE}[ \u00a0]+(?:de[ \u00a0]+|d['’])?${escaped}(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])${escaped}[ \u00a0]+${SEGMENT_NOUN_AFTER}(?!\p{L})`,
    "iu",
  );
  // Case matters in the gloss: no "i" flag, under which \p{Lu} would match any letter.
  const glossed = new RegExp(String.raw`(?<![\p{L}\p{N}])${escaped}${PRODUCT_LINE_GLOSS}`, "u");
  return framed.test(text) || glossed.test(text);
}
