/**
 * The customers a period's deals were signed with: "closed 2,900 deals with more than 1,800 customers in
 * the quarter", « signé cinq contrats avec deux clients différents au trimestre ». They count the
 * period's counterparties, not the customers a company has (`business_customers` is a level); "serves
 * more than 1,800 customers" and "Brixon, with 1,800 customers, signed…" are not read here.
 */
import { DEAL_NOUNS, optionalHedge } from "../lexicon.js";
import type { NotAClaimRule } from "./not-a-claim.js";

/** A deal noun or a verb that strikes one, then the rest of its clause: no comma but inside a number. */
const DEALS_THEN_WITH = new RegExp(
  String.raw`(?<!\p{L})(?:${DEAL_NOUNS.en}|${DEAL_NOUNS.fr}|bookings|signed|closed|signé\p{L}*|conclu\p{L}*)(?!\p{L})(?:[^.;,:!?]|(?<=\d)[,.](?=\d)){0,80}?(?<!\p{L})(?:with|avec)\s+${optionalHedge(["approx", "at_least"])}$`,
  "iu",
);

export const DEAL_CUSTOMERS_RULES: readonly NotAClaimRule[] = [
  {
    reason: "the customers a period's deals were signed with, not the customers a company has",
    units: (unit) => unit === "customers",
    before: DEALS_THEN_WITH,
  },
];
