/**
 * Texts built by repeating a unit to a size: the shapes whose extraction once grew faster than their
 * length. Tests count the extraction's work at 1× and 4× the size; bench/linearity.ts times them.
 */
import { extractClaims } from "../../src/extract/index.js";

export interface TextShape {
  name: string;
  unit: string;
  language: "fr" | "en";
}

const shape = (name: string, unit: string, language: "fr" | "en"): TextShape => ({ name, unit, language });

/** Long sentences, clause chains, lists and nesting. */
export const LINEAR_SHAPES: TextShape[] = [
  shape("one sentence without a full stop", "OpenAI a leve 40 milliards de dollars et 13 milliards ", "fr"),
  shape(
    "a long chain of clauses",
    "Microsoft, qui a investi 13 milliards de dollars, tandis qu'Oracle a signé un contrat de 300 milliards; ",
    "fr",
  ),
  shape("a long list of figures", "$4 billion, $5.5 billion, 12 %, 3 GW, 40,000 GPUs, ", "en"),
  shape(
    "a long list of companies",
    "OpenAI, Microsoft, Nvidia, Oracle, AMD, SoftBank, Meta et Google, ",
    "fr",
  ),
  shape("deep nesting", "(Nvidia [OpenAI ($5 billion {Oracle (", "en"),
  shape("dates and figures interleaved", "en 2025, fin 2026, 40 milliards de dollars d'ici 2030, ", "fr"),
  shape("a run of digits", "1234567890", "fr"),
  shape("many short sentences", "OpenAI a levé 40 milliards de dollars en mars 2025. ", "fr"),
];

const FIGURE = "OpenAI a réalisé 13 milliards de dollars de revenus en 2025. ";

/** The hostile corpus's documents whose text can be scaled (test/support/hostile.ts). */
export const HOSTILE_TEXT_SHAPES: TextShape[] = [
  shape("one long line without a full stop", "OpenAI a levé 40 milliards de dollars et ", "fr"),
  shape("thousands of figures", FIGURE, "fr"),
  shape("thousands of headings", "# Titre\n\n", "fr"),
  shape("control characters in the text", `${FIGURE}\u0007\u001b[2J\u0008 `, "fr"),
  shape("zero-width and bidi characters in the text", `Open\u200bAI \u202e${FIGURE}`, "fr"),
  shape("entities and nesting", "&amp;(<b>[Nvidia {1 milliard ", "fr"),
];

export function textOf(s: TextShape, size: number): string {
  return s.unit.repeat(Math.ceil(size / s.unit.length)).slice(0, size);
}

/** The steps extraction counts for the shape at `size` characters (its work budget's units). */
export function extractionWork(s: TextShape, size: number): number {
  let steps = 0;
  extractClaims(
    { text: textOf(s, size), language: s.language, published: "2025-10-01", document: s.name },
    { onWorkSpent: (spent) => (steps = spent) },
  );
  return steps;
}
