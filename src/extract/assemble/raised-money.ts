import { metricIs } from "../metrics.js";
import type { Decision } from "./qualifier.js";
import type { Candidate } from "./types.js";

/**
 * Money a company raises — a round, a loan, a bond, a credit facility — is obtained once it is
 * announced, signed or closed: a reported fact (CLAIMS.md §7), not a commitment, even where the words
 * of a deal ("a signé", "announced", "agreement") stand around it. Talks and plans keep their own
 * qualifiers (rumoured, target); only a commitment is read back as reported.
 */
export function reviseByRaisedMoney(candidate: Candidate, qualifier: Decision): void {
  if (qualifier.qualifier !== "commitment" || !metricIs(candidate.metric, "raised")) return;
  qualifier.qualifier = "reported";
  qualifier.rule = `money raised is obtained, not pledged (over ${qualifier.rule}) → reported`;
}
