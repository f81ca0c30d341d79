import type { Candidate } from "./types.js";

/**
 * Words before a figure, in its clause, that say it is another occurrence than one already told:
 * "an earlier round had also raised $6 billion", "a previous deal", "another 100,000 GPUs",
 * « lors d'un précédent tour, elle avait elle aussi levé 6 milliards », « une autre tranche ».
 * The same amount there is a second fact (CLAIMS.md §9), not a restatement of the first.
 */
const ANOTHER_OCCURRENCE =
  /(?<!\p{L})(?:earlier|previous|prior|preceding|another|also|again|additional|further|précédente?s?|antérieure?s?|une?\s+autre|aussi|également|de\s+nouveau|à\s+nouveau)(?!\p{L})/iu;

/**
 * The same mark right after the figure, before any other word: « 10 milliards supplémentaires », « 2
 * milliards de dollars de plus », "$4 billion more".
 */
const ANOTHER_AFTER =
  /^\s*(?:(?:de\s+)?(?:dollars|euros)|US\$|\$|€)?\s*(?:supplémentaires?|additionnel(?:le)?s?|de\s+plus|more)(?!\p{L})(?!\s+than)/iu;

/** The clause before the figure reaches back this far at most. */
const REACH = 90;

/** Whether the clause before `c`'s figure marks it as another occurrence of a like fact. */
export function marksAnotherOccurrence(c: Candidate): boolean {
  const { sentence, q } = c;
  const before = sentence.text.slice(
    Math.max(0, q.span.start - sentence.start - REACH),
    q.span.start - sentence.start,
  );
  const clause = before.slice(Math.max(before.lastIndexOf(";"), before.lastIndexOf(":")) + 1);
  return (
    ANOTHER_OCCURRENCE.test(clause) || ANOTHER_AFTER.test(sentence.text.slice(q.span.end - sentence.start))
  );
}
