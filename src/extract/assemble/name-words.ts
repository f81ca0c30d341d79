/**
 * A metric word written inside a name the gazetteer does not know: « le Fonds d'Investissement Public »,
 * "the Public Investment Fund", "the Sovereign Capital Expenditure Office". Capitalised in the middle
 * of a sentence between two other capitalised words, it names a body, not the money the figure is.
 * A headline or a table row, where most words are capitalised, says nothing by its capitals.
 */

/** A capitalised word, then a linking particle or none, right before the metric word. */
const CAPITALISED_BEFORE = /\p{Lu}[\p{L}\p{N}.&-]*\s+(?:(?:de|du|des|of|for|on|and|et)\s+|d['’]|l['’])?$/u;
/** A linking particle or none, then a capitalised word, right after the metric word. */
const CAPITALISED_AFTER = /^\s+(?:(?:de|du|des|of|for|on|and|et)\s+|d['’]|l['’])?\p{Lu}/u;
/** Nothing of the sentence before a word but opening marks: the word opens the sentence. */
const SENTENCE_OPENING = /^[\s"'«“‘(\-–—•*]*$/u;

/** Whether most of the sentence's longer words are capitalised, as in a headline or a table row. */
export function isTitleCased(sentenceText: string): boolean {
  const words = sentenceText.match(/\p{L}{4,}/gu) ?? [];
  const capitalised = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  return words.length > 0 && capitalised * 2 > words.length;
}

/** Whether the word at [start, end) lies inside an unknown capitalised name within its sentence. */
export function insideUnknownName(text: string, sentenceStart: number, start: number, end: number): boolean {
  // A word, not an acronym ("CA", "R&D", "ARR"), which keeps its capitals anywhere.
  if (!/^\p{Lu}\p{Ll}/u.test(text.slice(start, start + 2))) return false;
  const before = text.slice(sentenceStart, start);
  const capitalisedBefore = CAPITALISED_BEFORE.exec(before.slice(-60));
  // The capitalised word before must not be the sentence's first, capitalised as any first word is.
  if (
    !capitalisedBefore ||
    SENTENCE_OPENING.test(before.slice(0, before.length - capitalisedBefore[0].length))
  )
    return false;
  return CAPITALISED_AFTER.test(text.slice(end, end + 40));
}
