import { type CompanyKind, foldName, type Gazetteer } from "../gazetteer.js";
import { PARTNERSHIP_LEAD } from "../lexicon.js";
import { metricIs } from "../metrics.js";
import type { DocumentReading, FigureReading, Party, SentenceReading } from "./types.js";

/**
 * Where a company stands in the chain that sells compute (CLAIMS.md §6: buyer or user → supplier):
 * a model developer uses compute; a hyperscaler rents it out and buys it; a neocloud rents out GPU
 * capacity; a data-centre operator (a neocloud that also builds sites among them) rents out sites;
 * chip and server makers sell hardware; power producers sell electricity.
 */
type ChainLink = "developer" | "cloud" | "renter" | "site" | "hardware" | "power";

/** A supplier's link, from the first of its kinds (gazetteer.ts) that has one. */
const LINK_OF_KIND: Readonly<Partial<Record<CompanyKind, ChainLink>>> = {
  hyperscaler: "cloud",
  neocloud: "renter",
  datacentre: "site",
  chipmaker: "hardware",
  hardware: "hardware",
  energy: "power",
};

/**
 * The links each link buys from. Only what the trade says with little doubt: a cloud rents a
 * neocloud's capacity (Microsoft from Nebius, Oracle from Crusoe); a neocloud that builds no sites
 * leases them from a data-centre operator (CoreWeave from Core Scientific); a chip maker and a
 * neocloud deal both ways (GPUs sold, unused capacity bought back), so neither is read as the buyer there.
 */
const BUYS_FROM: Readonly<Record<ChainLink, readonly ChainLink[]>> = {
  developer: ["cloud", "renter", "site", "hardware", "power"],
  cloud: ["renter", "site", "hardware", "power"],
  renter: ["site", "power"],
  site: ["power"],
  hardware: ["power"],
  power: [],
};

function chainLink(gazetteer: Gazetteer, name: string): ChainLink | null {
  if (!gazetteer.byFolded.has(foldName(name))) return null;
  const role = gazetteer.roles.get(name);
  if (role === "developer") return "developer";
  return role === "supplier" ? sellingLink(gazetteer, name) : null;
}

/**
 * The link a company sells compute on: a site when one of its kinds builds sites, else from the first
 * of its kinds that has one; a model developer sells none.
 */
function sellingLink(gazetteer: Gazetteer, name: string): ChainLink | null {
  if (gazetteer.roles.get(name) === "developer") return null;
  const kinds = gazetteer.kinds.get(name) ?? [];
  if (kinds.includes("datacentre") && kinds.includes("neocloud")) return "site";
  for (const kind of kinds) {
    const link = LINK_OF_KIND[kind];
    if (link) return link;
  }
  return null;
}

/** Whether the gazetteer's kinds say `seller` sells compute to `buyer`, never the other way. */
export function sellsTo(gazetteer: Gazetteer, seller: string, buyer: string): boolean {
  const from = chainLink(gazetteer, buyer);
  const to = chainLink(gazetteer, seller);
  return from !== null && to !== null && BUYS_FROM[from].includes(to);
}

/**
 * Whether money `buyer` pays `seller` buys compute of it: the seller's kinds sell compute (a cloud, a
 * neocloud, a data-centre operator, a chip or server maker, a power producer: not a model developer)
 * and the chain does not run from the buyer to the seller (a utility paying a data-centre operator).
 */
export function buysComputeFrom(gazetteer: Gazetteer, buyer: string, seller: string): boolean {
  return sellingLink(gazetteer, seller) !== null && !sellsTo(gazetteer, buyer, seller);
}

/**
 * An apposition that says a company's side: "Lambda, a supplier to Microsoft", "Nebius, fournisseur
 * de Meta", "Microsoft, a customer of Nscale", « Meta, client de CoreWeave », "Oracle, the anchor
 * tenant of". Group 1 is a selling noun, group 2 a buying one; the other company follows right after.
 */
const SIDE_IN_APPOSITION =
  /^\s*,\s*(?:(?:un|une|le|la|l['’]|a|an|the|its|son|sa|leur|their)\s*)?(?:(?:[\p{L}-]+)\s+){0,2}?(?:(suppliers?|providers?|vendors?|fournisseurs?|prestataires?|bailleurs?|landlords?)|(customers?|clients?|locataires?|tenants?|users?|utilisateurs?))\s+(?:(?:to|of|for|de|du|des|d['’]|auprès\s+de)\s*)(?:(?:the|la|le|l['’])\s*)?$/iu;

/** The buyer and the seller an apposition names for the two ends of the deal, or null. */
function sidesByApposition(
  r: DocumentReading,
  s: SentenceReading,
  ends: readonly [string, string],
): { buyer: string; seller: string } | null {
  const named = s.parties.filter((p) => p.kind === "company");
  for (const p of named) {
    if (!ends.includes(p.canonical)) continue;
    const other = named.find(
      (o) => o.start > p.end && o.canonical !== p.canonical && ends.includes(o.canonical),
    );
    if (!other || other.start - p.end > 80) continue;
    const side = SIDE_IN_APPOSITION.exec(r.text.slice(p.end, other.start));
    if (!side) continue;
    return side[1]
      ? { buyer: other.canonical, seller: p.canonical }
      : { buyer: p.canonical, seller: other.canonical };
  }
  return null;
}

/**
 * The entity's own verb of buying or renting in, right after it: "Microsoft louera 200 MW à Data4"
 * is read by kinds, but "Nvidia rents capacity from", "Oracle achète" keep the entity as the buyer.
 */
const ENTITY_BUYS =
  /^\s+(?:(?:will|would|has|have|had|a|ont|va|vont|doit|devrait)\s+)?(?:buy|buys|bought|purchas\p{L}*|orders?|ordered|rents?\s+(?:[^.;,]{0,40}\s)?from|leases?\s+(?:[^.;,]{0,40}\s)?from|achet\p{L}*|achète\p{L}*|command\p{L}*|acqu\p{L}*)(?!\p{L})/iu;

function entityBuys(r: DocumentReading, s: SentenceReading, f: FigureReading, entity: string): boolean {
  return s.parties.some(
    (p: Party) =>
      p.canonical === entity &&
      p.end <= f.q.span.start &&
      ENTITY_BUYS.test(r.text.slice(p.end, f.q.span.start)),
  );
}

/**
 * A compute deal whose two ends the reading set the wrong way round: an apposition that names one
 * side the other's supplier or customer decides; else the gazetteer's kinds do, when they say the
 * entity sells to its counterparty ("The 1 GW agreement between Crusoe and Oracle", "a contract
 * signed by Nebius with Microsoft"), unless the entity's own verb buys or a third company in the
 * clause makes a chain of deals.
 */
export function reviseBySupplyChain(r: DocumentReading, s: SentenceReading, f: FigureReading): void {
  const { candidate, rules } = f;
  const { entity, counterparty, metric } = candidate;
  if (!metric || !metricIs(metric, "computeDeal") || !entity || !counterparty) return;
  if (entity.includes("+") || counterparty.includes("+")) return;
  const apposed = sidesByApposition(r, s, [entity, counterparty]);
  if (apposed) {
    if (apposed.buyer === entity) return;
    swap(f);
    rules.push(
      `roles: the apposition names ${apposed.seller} the supplier → ${candidate.entity} → ${candidate.counterparty}`,
    );
    return;
  }
  if (!sellsTo(r.gazetteer, entity, counterparty) || entityBuys(r, s, f, entity) || thirdCompany(f)) return;
  // "a campus built in partnership with OpenAI": a partner in the building buys nothing.
  const at = candidate.counterpartyAt;
  if (at && PARTNERSHIP_LEAD.test(r.text.slice(Math.max(0, at.start - 50), at.start))) return;
  swap(f);
  rules.push(
    `roles: ${counterparty} buys compute of ${entity}'s kind → ${candidate.entity} → ${candidate.counterparty}`,
  );
}

/** A third company in the clause: a site "loué à Oracle pour le compte de Cohere" passes down a chain of leases. */
function thirdCompany(f: FigureReading): boolean {
  const { entity, counterparty } = f.candidate;
  return f.inClause.some(
    (p) => p.kind === "company" && p.canonical !== entity && p.canonical !== counterparty,
  );
}

function swap(f: FigureReading): void {
  const { candidate } = f;
  [candidate.entity, candidate.counterparty] = [candidate.counterparty, candidate.entity];
  [candidate.entityAt, candidate.counterpartyAt] = [candidate.counterpartyAt, candidate.entityAt];
}
