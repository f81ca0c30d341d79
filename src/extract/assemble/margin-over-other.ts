/**
 * A difference between two figures, said with a comparative after the amount: « 3 milliards de plus
 * qu'Ostrel », « 2 GW de moins que prévu », "$4 billion more than Dravik", "1 GW less than planned".
 * The amount is the gap, not a value of any company's measure (CLAIMS.md §8). A share of change
 * ("20 % de plus que l'an dernier", "30% more than last year") is a growth and stays a claim.
 */
import type { NotAClaimRule } from "./not-a-claim.js";

export const MARGIN_OVER_OTHER_RULES: readonly NotAClaimRule[] = [
  {
    reason: "a margin over another figure, not a value of its own",
    units: (unit) => unit !== "fraction",
    after: /^\s*(?:de\s+(?:plus|moins)\s+(?:que(?!\p{L})|qu['’])|(?:more|less|fewer)\s+than(?!\p{L}))/iu,
  },
];
