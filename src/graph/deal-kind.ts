import type { Fact } from "../reconcile/index.js";
import type { DealStatus, EdgeTerms, Instrument, PartyRoles } from "./types.js";

/**
 * Which way a fact moves money or capacity, read from its metric and the roles CLAIMS.md §6 gives
 * entity and counterparty: investor → investee, holder → issuer for stakes and warrants (the edge
 * then runs issuer → holder, who receives the shares), borrower → lender for debt raised (the edge
 * runs lender → borrower), buyer → supplier for compute, payer → partner for a revenue share,
 * acquirer → company bought.
 */
export interface DealKind {
  instrument: Instrument;
  /** True when the edge runs counterparty → entity. */
  reversed: boolean;
  roles: PartyRoles;
}

const LOAN = /\b(?:loan|lend\p{L}*|lent|debt|credit facility|prêt\p{L}*|emprunt\p{L}*|dette|crédit)\b/iu;
const CONVERTIBLE = /\bconvertib\p{L}*/iu;
const ROUND = /\b(?:round|levée|tour de table|fundraising|series [a-z])\b/iu;
const WARRANT = /\b(?:warrants?|bons? de souscription|options? d['’]achat)\b/iu;
const BACKSTOP =
  /\b(?:unused|unsold|spare|idle|backstop\p{L}*|guarant\p{L}*|inutilisée?s?|invendue?s?|excédentaires?|garanti\p{L}*)\b/iu;
const CHIP =
  /\b(?:chips?|GPUs?|processors?|accelerators?|puces?|processeurs?|accélérateurs?|systems?|systèmes?|semiconductors?)\b/iu;
const CLOUD = /\b(?:cloud|Azure|AWS|hosting|hébergement)\b/iu;

/** The words a fact's deal is read from: its item and its sources' sentences. */
export function textOf(fact: Fact): string {
  return `${fact.item ?? ""} ${fact.sources.map((s) => s.quote).join(" ")}`;
}

function buyerKind(text: string): DealKind {
  if (BACKSTOP.test(text))
    return { instrument: "backstop", reversed: false, roles: ["guarantor", "beneficiary"] };
  const instrument: Instrument = CHIP.test(text)
    ? "chip_purchase"
    : CLOUD.test(text)
      ? "cloud_commitment"
      : "compute_commitment";
  return { instrument, reversed: false, roles: ["buyer", "supplier"] };
}

function investmentKind(text: string): DealKind {
  if (LOAN.test(text)) return { instrument: "loan", reversed: false, roles: ["lender", "borrower"] };
  if (WARRANT.test(text)) return { instrument: "warrant", reversed: true, roles: ["issuer", "holder"] };
  const instrument: Instrument = CONVERTIBLE.test(text)
    ? "convertible"
    : ROUND.test(text)
      ? "round_participation"
      : "equity";
  return { instrument, reversed: false, roles: ["investor", "investee"] };
}

/** The deal a fact reports, or null when it moves nothing between two parties. */
export function dealKindOf(fact: Fact, text = textOf(fact)): DealKind | null {
  if (!fact.counterparty) return null;
  switch (fact.metric) {
    case "investment":
      return investmentKind(text);
    case "funding_round":
      return { instrument: "round_participation", reversed: true, roles: ["investor", "investee"] };
    case "warrant_shares":
      return { instrument: "warrant", reversed: true, roles: ["issuer", "holder"] };
    case "equity_stake":
    case "deal_value":
      if (WARRANT.test(text)) return { instrument: "warrant", reversed: true, roles: ["issuer", "holder"] };
      return fact.metric === "equity_stake"
        ? { instrument: "equity", reversed: false, roles: ["investor", "investee"] }
        : null;
    case "debt_issuance":
      return { instrument: "loan", reversed: true, roles: ["lender", "borrower"] };
    case "compute_commitment":
    case "datacenter_capacity":
    case "gpu_count":
      return buyerKind(text);
    case "revenue_share":
      return { instrument: "revenue_share", reversed: false, roles: ["payer", "payee"] };
    case "acquisition_price":
      return { instrument: "acquisition", reversed: false, roles: ["acquirer", "acquired"] };
    default:
      return null;
  }
}

const CANCELLED = /\b(?:cancel(?:led|ed|s)?|scrapped|terminated|abandon\p{L}*|annulée?s?|résiliée?s?)\b/iu;
const CLOSED =
  /\b(?:closed|completed|invested|acquired|bought|finalisée?s?|bouclée?s?|a investi|ont investi|acquise?|rachetée?)\b/iu;
const MILESTONE =
  /\b(?:tranches?|milestones?|étapes?|vest\p{L}*|as each|au fur et à mesure|à chaque|each gigawatt|par gigawatt|per gigawatt)\b/iu;
const CANCELLABLE =
  /\b(?:cancell?able|can be cancell?ed|opt(?:-| )out|exit clause|résiliable|peut être annulée?|sans pénalité)\b/iu;
const BINDING =
  /\b(?:contracts?|contrats?|signed|signée?s?|a signé|binding|take-or-pay|ferme|engagée?s?|committed)\b/iu;

/** Status from the qualifier and the words of the sources; superseded comes from reconcile's revisions. */
export function statusOf(fact: Fact, text = textOf(fact)): DealStatus {
  if (CANCELLED.test(text)) return "cancelled";
  if (fact.qualifier === "letter_of_intent") return "letter_of_intent";
  if (fact.qualifier === "rumoured" || fact.qualifier === "target") return "proposed";
  if (fact.qualifier === "reported" && CLOSED.test(text)) return "closed";
  return "definitive";
}

export function termsOf(fact: Fact, text = textOf(fact)): EdgeTerms {
  const intent = fact.qualifier === "letter_of_intent";
  return {
    binding: intent ? false : BINDING.test(text) ? true : null,
    cancellable: CANCELLABLE.test(text) ? true : null,
    milestoneTied: MILESTONE.test(text) ? true : null,
    tranches: [],
  };
}

/** A fact that states the size of one tranche of a deal, not a deal of its own. */
export function isTranche(fact: Fact): boolean {
  return /\b(?:per|each|par|chaque)\b|tranche/iu.test(fact.item ?? "");
}
