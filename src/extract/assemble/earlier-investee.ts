import type { Span } from "../../core/index.js";
import { groupMembers } from "./parties.js";
import type { Candidate, DocumentReading } from "./types.js";

/** How many figures back the investor's earlier investment may stand: about a paragraph. */
const EARLIER_REACH = 4;

/**
 * "Google envisage d'investir 1 milliard de plus dans Anthropic. Google porterait ainsi son
 * engagement global à 3 milliards": an investment whose sentence names no investee goes where the
 * same investor's latest investment, a few figures back, went.
 */
export function earlierInvestee(r: DocumentReading, candidate: Candidate): string | null {
  const investor = candidate.entity;
  if (!investor) return null;
  const investee = latestInvestee(r, investor, EARLIER_REACH);
  return investee && !groupMembers(investor).has(investee) ? investee : null;
}

/** Where `investor`'s latest investment among the last `reach` figures went, or null. */
export function latestInvestee(r: DocumentReading, investor: string, reach: number): string | null {
  const earlier = r.candidates
    .slice(-reach)
    .reverse()
    .find((c) => c.entity === investor && c.metric === "investment" && c.counterparty);
  return earlier?.counterparty ?? null;
}

/** A definite or demonstrative determiner right before the metric word: "The investment was paid in tranches". */
const DEFINITE_DETERMINER = /(?:\b(?:the|this|that)\s+|(?<!\p{L})(?:l['’]\s*|cet\s+|cette\s+|ce\s+))$/iu;

/**
 * Whether the metric word takes up an investment already read ("The investment was structured in
 * tranches, beginning with $10 billion", « L'investissement sera versé en deux fois »): it goes where
 * that one went.
 */
export function namesTheInvestmentAgain(text: string, metricAt: Span | null): boolean {
  return (
    metricAt !== null &&
    DEFINITE_DETERMINER.test(text.slice(Math.max(0, metricAt.start - 12), metricAt.start))
  );
}
