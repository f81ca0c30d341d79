/**
 * "These companies", « ces groupes » right under a list whose items are each labelled by a company
 * ("• Quarkon: spent $4 billion…", « - Norvane : 2 milliards… ») stand for the labelled companies
 * together (CLAIMS.md §6): the list named them one line each, the sentence after it sums them up.
 */
import type { Sentence } from "../sentences.js";
import { firstFrom, nameStart } from "./text.js";
import type { DocumentReading } from "./types.js";

/** "these companies", "those firms", « ces entreprises », « ces groupes »: a demonstrative plural of companies. */
export const DEMONSTRATIVE_COMPANIES =
  /(?<![\p{L}])(?:these|those|ces)\s+(?:companies|firms|groups|entreprises|sociétés|groupes)(?![\p{L}])/iu;

/** Before an item's label: a bullet or a number, perhaps none. */
const ITEM_OPENING = /^\s*(?:(?:[-•·*–]|\d{1,2}[.)])\s+)?$/u;
/** After the label: an aside in brackets perhaps ("Alphabet (Google)"), then a colon or a spaced dash. */
const LABEL_END = /^\s*(?:\([^()\n]{1,30}\)\s*)?(?::|[–—-]\s)/u;

/** The company labelling the line that `sentence` opens, or null. */
function labelOf(r: DocumentReading, sentence: Sentence): string | null {
  const i = firstFrom(r.names, sentence.start, nameStart);
  const n = r.names[i];
  if (!n || n.end > sentence.end || n.kind !== "company") return null;
  if (!ITEM_OPENING.test(r.text.slice(sentence.start, n.start))) return null;
  return LABEL_END.test(r.text.slice(n.end, n.end + 40)) ? n.canonical : null;
}

/**
 * The companies labelling the items of the list right above the sentence at `sentenceIndex` (two or
 * more, one line each, nothing else between), or null.
 */
export function companiesLabellingItemsAbove(
  r: DocumentReading,
  sentences: Sentence[],
  sentenceIndex: number,
): string[] | null {
  const paragraph = sentences[sentenceIndex]!.paragraph;
  const labels: string[] = [];
  let expected = paragraph - 1;
  for (let i = sentenceIndex - 1; i >= 0; i--) {
    const s = sentences[i]!;
    if (s.paragraph === paragraph) continue;
    if (s.paragraph < expected) break;
    const previous = sentences[i - 1];
    // Only the line's first sentence carries its label.
    if (previous && previous.paragraph === s.paragraph) continue;
    const label = labelOf(r, s);
    if (!label) break;
    if (!labels.includes(label)) labels.unshift(label);
    expected = s.paragraph - 1;
  }
  return labels.length >= 2 ? labels : null;
}
