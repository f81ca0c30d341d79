/**
 * Power a utility sells to a company (CLAIMS.md §6: a capacity deal runs buyer → supplier): "Talen
 * Energy expanded its agreement with Amazon to 1.92 GW", "NextEra and Google will restart the 615 MW
 * plant", « EDF fournira 1 GW à Microsoft ». The buyer takes the capacity, the utility is its
 * counterparty; a utility's capacity with no company buying it stays the utility's.
 */
import type { Span } from "../../core/index.js";
import type { Gazetteer } from "../gazetteer.js";
import { SELLER_LEAD } from "../lexicon.js";
import type { DocumentReading, FigureReading } from "./types.js";

export const isUtility = (gazetteer: Gazetteer, name: string): boolean =>
  gazetteer.sectors.get(name) === "utility";

/** A company that may buy power: no utility, no state, no programme. */
export function isPowerBuyer(gazetteer: Gazetteer, name: string): boolean {
  return !isUtility(gazetteer, name) && !gazetteer.publicBodies.has(name) && !gazetteer.programmes.has(name);
}

/** A party named as the one plants are bought or taken from ("from X", « auprès de X »): their seller. */
export function namedAsSeller(text: string, at: Span | null): boolean {
  return at !== null && SELLER_LEAD.test(text.slice(Math.max(0, at.start - 30), at.start));
}

/** Names joined by commas and a last "and", « et »: parties on one side of the deals, none buying from another. */
const LISTED_NAME = String.raw`\p{Lu}[\p{L}\p{N}&'’.-]*(?:\s+\p{Lu}[\p{L}\p{N}&'’.-]*){0,3}`;
const ONE_COORDINATION = new RegExp(
  String.raw`^${LISTED_NAME}(?:,\s*${LISTED_NAME})*(?:,?\s+(?:and|et)\s+|,\s*)${LISTED_NAME}$`,
  "u",
);

/** "the deals with TerraPower, Oklo and Vistra": the owner and its counterparty are members of one list. */
function coordinatedTogether(text: string, a: Span | null, b: Span | null): boolean {
  if (!a || !b) return false;
  const start = Math.min(a.start, b.start);
  const end = Math.max(a.end, b.end);
  return end - start <= 120 && ONE_COORDINATION.test(text.slice(start, end));
}

/** Capacity a utility owns with a buyer beside it (its counterparty, or its partner in the owner's pair): the buyer's. */
export function reviseUtilityBuyer(r: DocumentReading, f: FigureReading): void {
  const { candidate } = f;
  const { gazetteer } = r;
  if (candidate.metric !== "datacenter_capacity" || !candidate.entity) return;
  const members = candidate.entity.split("+");
  const utility = members.find((name) => isUtility(gazetteer, name));
  if (!utility) return;
  let buyer: string | undefined;
  if (members.length === 1 && !namedAsSeller(r.text, candidate.counterpartyAt))
    buyer = candidate.counterparty ?? undefined;
  else if (members.length === 2 && !candidate.counterparty) buyer = members.find((name) => name !== utility);
  // An unnamed collective ("hyperscalers") beside a utility is no buyer of its own here.
  if (!buyer || !isPowerBuyer(gazetteer, buyer) || gazetteer.collectives.includes(buyer)) return;
  if (coordinatedTogether(r.text, candidate.entityAt, candidate.counterpartyAt)) return;
  candidate.entity = buyer;
  candidate.entityAt = candidate.counterparty ? candidate.counterpartyAt : candidate.entityAt;
  candidate.counterparty = utility;
  candidate.counterpartyAt = null;
  f.entityGroup = [];
  f.rules.push(
    `entity: ${utility} is a utility selling power to ${buyer} → ${buyer}, ${utility} the counterparty`,
  );
}
