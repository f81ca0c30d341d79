import { PRICE_HURDLE } from "../lexicon.js";
import { hasMatch } from "../patterns.js";
import type { Decision } from "./qualifier.js";
import type { Candidate, DocumentReading } from "./types.js";

/** How far around the figure its "price target" is looked for. */
const REACH = 30;

/**
 * "at the $600 price target attached to the last tranche", « un objectif de cours de 600 dollars
 * conditionne la dernière tranche »: a share price the warrant's holder gets its shares at or once it is
 * reached is a term of the warrant (CLAIMS.md §2, share_price), not anyone's forecast.
 */
export function reviseByPriceHurdle(r: DocumentReading, candidate: Candidate, qualifier: Decision): void {
  const { warrant } = r;
  if (qualifier.qualifier !== "target" || candidate.metric !== "share_price") return;
  if (!warrant || candidate.entity !== warrant.holder) return;
  const { start, end } = candidate.q.span;
  const around = r.text.slice(
    Math.max(candidate.sentence.start, start - REACH),
    Math.min(candidate.sentence.end, end + REACH),
  );
  if (!hasMatch(PRICE_HURDLE, around)) return;
  qualifier.qualifier = "commitment";
  qualifier.rule = `a share price the warrant ${warrant.issuer} granted is tied to → commitment`;
}
