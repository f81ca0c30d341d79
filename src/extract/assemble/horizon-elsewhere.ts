import type { TimeMention } from "../periods.js";

/**
 * A horizon ("d'ici 2030", "through 2026", "over five years") standing in another clause is the
 * date of that clause's plan, not of a level stated beside it: in "Data4, which planned to build
 * 500 MW, will invest €5 billion by 2030", the 500 MW is dated by the publication, not by 2030.
 * Flows and deal sizes add up over a horizon and may still read it.
 */
export function horizonOfOtherClause(t: TimeMention, otherClause: boolean, cumulative: boolean): boolean {
  return !cumulative && otherClause && (t.horizon || t.fromPublication === true);
}
