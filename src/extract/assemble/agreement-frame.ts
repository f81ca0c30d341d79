import type { Decision } from "./qualifier.js";
import type { SentenceReading } from "./types.js";

/** "Under the letter, …", "Dans ce cadre, …": a sentence that opens on the agreement just named states its terms. */
const AGREEMENT_FRAME =
  /^\s*(?:under\s+(?:the|this|that)\s+(?:letter|agreement|deal|partnership|terms)|as\s+part\s+of\s+(?:the|this|that)\s+(?:letter|agreement|deal|partnership)|dans\s+ce\s+cadre|dans\s+le\s+cadre\s+de\s+(?:cet|cette|la|l['’])\s*(?:accord|lettre|partenariat)|(?:aux\s+termes|en\s+vertu)\s+de\s+(?:cet|cette|la|l['’])\s*(?:accord|lettre))(?!\p{L})/iu;

/**
 * A figure in a sentence that opens on the letter of intent the previous sentence named ("Under the
 * letter, OpenAI plans to deploy 10 GW", "Dans ce cadre, Nvidia pourrait investir …") is a term of that
 * letter: letter_of_intent, over the plan or conditional of its own wording.
 */
export function reviseByAgreementFrame(text: string, s: SentenceReading, qualifier: Decision): void {
  const opening = text.slice(s.sentence.start, s.sentence.end);
  if (
    qualifier.qualifier === "letter_of_intent" ||
    s.previousSentenceClaim?.qualifier !== "letter_of_intent" ||
    !AGREEMENT_FRAME.test(opening)
  )
    return;
  qualifier.qualifier = "letter_of_intent";
  qualifier.rule = "a term of the letter of intent the previous sentence names → letter_of_intent";
}
