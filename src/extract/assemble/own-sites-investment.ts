/**
 * "Vantage prévoit d'investir 4 milliards de dollars l'an prochain", "the utility will invest $3
 * billion this year", "Microsoft, Amazon et Alphabet dépasseront ensemble 300 milliards de dollars
 * d'investissement": a company that builds and runs its own sites (a data-centre operator, a
 * neocloud, a utility), or a list of hyperscalers spending side by side, invests in those sites when
 * the text names no investee. Its money is capital expenditure, never an investment in the company
 * the article is about (CLAIMS.md §2: investment goes into a counterparty).
 */
import type { CompanyKind, Gazetteer } from "../gazetteer.js";
import { EQUITY_OWNERSHIP_WORD } from "../lexicon.js";
import { knowledgeOf } from "../metrics.js";

/** Kinds that put money into others' businesses: such a company may well be an investor. */
const INVESTING_KINDS: readonly CompanyKind[] = ["fund", "bank"];

/** Securities bought ("d'actions de", "of the notes", « d'obligations »): money put into their issuer. */
const DEBT_SECURITIES = /\b(?:bonds?|notes|debt|loans?)\b|(?<!\p{L})(?:obligations|dette|prêts?)(?!\p{L})/iu;

/** How many hyperscalers a list needs to read as the sector's peers spending side by side. */
const PEER_SPENDERS = 3;

function buildsSites(gazetteer: Gazetteer, name: string): boolean {
  const kinds = gazetteer.kinds.get(name) ?? [];
  const own = knowledgeOf("investment")?.ownSitesKinds ?? [];
  if (gazetteer.roles.get(name) === "investor" || kinds.some((k) => INVESTING_KINDS.includes(k)))
    return false;
  return kinds.some((k) => own.includes(k));
}

/**
 * Whether an investment of `owner` (a company or a group "A+B+C"), naming no investee in its
 * sentence `body`, is its own capex; never when the sentence speaks of shares, a stake or bonds bought.
 */
export function investsInOwnSites(gazetteer: Gazetteer, owner: string, body: string): boolean {
  if (EQUITY_OWNERSHIP_WORD.test(body) || DEBT_SECURITIES.test(body)) return false;
  const members = owner.split("+");
  if (members.every((m) => buildsSites(gazetteer, m))) return true;
  return (
    members.length >= PEER_SPENDERS &&
    members.every((m) => (gazetteer.kinds.get(m) ?? []).includes("hyperscaler"))
  );
}
