import type { CompanyRole } from "../gazetteer.js";

/** A round, or the investors who put the money in: the company named takes the money in. */
const MONEY_PUT_IN =
  /\b(?:rais(?:e|es|ed|ing)|round|funding|tour\s+de\s+table|lev(?:ée|é|er)|investisseurs|investors|backers|bailleurs\s+de\s+fonds)(?!\p{L})/iu;

/**
 * "Mistral's seed round, which refers to very early investment in a company, was €105 million", "5
 * milliards de dollars de capital apportés par des investisseurs": an investment naming no investee,
 * owned by a model developer, in a sentence about a round or its investors, is money the developer
 * raises, not money it lays out on sites of its own.
 */
export function isInvestmentTakenIn(
  roles: ReadonlyMap<string, CompanyRole>,
  entity: string,
  body: string,
): boolean {
  return entity.split("+").every((member) => roles.get(member) === "developer") && MONEY_PUT_IN.test(body);
}
