/**
 * An exchange rate given as a note in brackets, both sides of its equals sign: "($1 = 1,374.62 won)",
 * « (1 $ = 0,92 euro) ». A rate of conversion is no company's figure (CLAIMS.md §8); a conversion printed
 * beside an amount ("7 milliards de dollars (6,4 milliards d'euros)") has no equals sign and stays a claim.
 */
import type { NotAClaimRule } from "./not-a-claim.js";

const reason = "an exchange rate, not a company's figure";

export const EXCHANGE_RATE_NOTE_RULES: readonly NotAClaimRule[] = [
  {
    // the unit side: "($1 = …)"
    reason,
    units: () => true,
    before: /\(\s*$/u,
    after: /^\s*=\s*[^()=]{1,40}\)/u,
  },
  {
    // the rate side: "(… = 1,374.62 won)"
    reason,
    units: () => true,
    before: /\(\s*[^()=]{1,20}=\s*$/u,
    after: /^\s*\)/u,
  },
];
