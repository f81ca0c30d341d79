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

/** Where `investor`'s latest investment among the last `reach` figures went, alone or in a group, or null. */
export function latestInvestee(r: DocumentReading, investor: string, reach: number): string | null {
  const earlier = r.candidates
    .slice(-reach)
    .reverse()
    .find((c) => c.metric === "investment" && c.counterparty && groupMembers(c.entity).has(investor));
  return earlier?.counterparty ?? null;
}
