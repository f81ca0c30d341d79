/**
 * "Oracle partly exited Cohere, raising $4 billion", « Oracle s'est désengagé de Cohere, récoltant 4
 * milliards »: a clause opened by a present participle after a comma has no subject of its own; it
 * continues the main clause, whose subject owns its figure, not the object named just before.
 */
import { NOT_PARTICIPLES } from "../lexicon.js";
import type { Party } from "./types.js";

/** From the comma to the figure: a present participle, then a few words, no other break. */
const PARTICIPLE_TO_FIGURE = /^,\s+(\p{L}{3,}(?:ing|ant))\s+(?:[^,;:()]{0,50}\s)?$/u;

/** Before the main clause's subject: perhaps an opening phrase and its comma, an article, a few lower-case words. */
const MAIN_SUBJECT_LEAD =
  /^[\s"“«]*(?:[^,;:.()"“«]{2,80},\s*)?(?:(?:la|le|les|l['’]|the)\s*)?(?:[\p{Ll}-]+\s+){0,3}$/u;

/** The main clause's subject company when the figure at `figureStart` stands in a participle clause. */
export function participleClauseSubject(
  text: string,
  parties: readonly Party[],
  sentenceStart: number,
  figureStart: number,
): Party | null {
  const comma = text.lastIndexOf(",", figureStart);
  if (comma < sentenceStart) return null;
  const opening = PARTICIPLE_TO_FIGURE.exec(text.slice(comma, figureStart));
  if (!opening || NOT_PARTICIPLES.test(opening[1]!)) return null;
  // "…, valuing Cohere at $5 billion": a company named in the participle clause owns its figure.
  if (parties.some((p) => p.start > comma && p.end <= figureStart)) return null;
  const subject = parties.find(
    (p) =>
      p.start >= sentenceStart &&
      p.end <= comma &&
      p.kind === "company" &&
      MAIN_SUBJECT_LEAD.test(text.slice(sentenceStart, p.start)),
  );
  return subject ?? null;
}
