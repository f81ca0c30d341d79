/**
 * "fresh hyperscaler deals lifted the backlog", "hyperscaler contracts", "neocloud demand", « les
 * contrats hyperscalers »: an unnamed collective used as the modifier of a deal, demand or customer
 * noun names the other side of the company's deals, not the owner of the company's own figures. Its
 * own measures ("hyperscaler capex", "hyperscaler spending") still name the collective.
 */
import type { Gazetteer } from "../gazetteer.js";
import type { Party } from "./types.js";

/** A deal, demand or customer noun right after the collective, or right before it in French. */
const DEAL_NOUN_AFTER =
  /^[-\s]+(?:deals?|contracts?|agreements?|demand|customers?|clients?|orders?|leases?|commitments?|wins?|business|bookings?)(?!\p{L})/iu;
const DEAL_NOUN_BEFORE = /(?<!\p{L})(?:contrats?|accords?|demande|clients?|commandes?|baux)\s+$/iu;

export function modifiesADeal(text: string, gazetteer: Gazetteer, party: Party): boolean {
  if (!gazetteer.collectives.includes(party.canonical)) return false;
  return (
    DEAL_NOUN_AFTER.test(text.slice(party.end, party.end + 20)) ||
    DEAL_NOUN_BEFORE.test(text.slice(Math.max(0, party.start - 20), party.start))
  );
}
