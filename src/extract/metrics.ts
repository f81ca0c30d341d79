/**
 * What extraction knows about each metric, in one typed record per metric: the figures it can take
 * and the roles its parties play. Assembly asks these records instead of keeping sets of its own.
 */
import type { Metric } from "../core/index.js";
import type { CompanyKind } from "./gazetteer.js";

/** A model developer's own figure (its round, valuation, users), which a fund or a bank beside it backs. */
export type OwnerKind = "developer";

export interface MetricKnowledge {
  /**
   * The largest value the metric can plausibly take (CLAIMS.md §4: no company's amount comes near
   * the world's yearly output, about 10^14 dollars); a figure beyond is refused with a note.
   */
  ceiling: number;
  /** Below this, a currency figure is not read as this metric ("l'action à 5 dollars" is no investment). */
  choiceFloor?: number;
  /** Above this, the metric is not chosen for the figure: a ratio is never in the billions. */
  choiceCeiling?: number;
  /** A deal term: letters of intent and commitments qualify it. */
  deal?: boolean;
  /**
   * Money a company raises (a round, a loan, a bond, a credit line): announced or closed, it is
   * obtained, a reported fact (CLAIMS.md §7), never a commitment, even when the loan is a deal's term.
   */
  raised?: boolean;
  /** Companies after the figure are the counterparty (supplier, investee, company bought). */
  counterpartyAfter?: boolean;
  /** A compute deal, whose roles run buyer → supplier. */
  computeDeal?: boolean;
  /**
   * Capacity or goods a supplier builds, runs or deploys for another company, which is then that
   * company's ("200,000 GPUs for Microsoft", « un campus de 1 GW pour Mistral »).
   */
  servedFor?: boolean;
  /** A yearly flow, whose period carries to the next sentence of the paragraph. */
  yearlyFlow?: boolean;
  /** A term of a warrant, which runs holder → issuer. */
  warrantTerm?: boolean;
  /**
   * A term of a private round (its size, the valuation it sets): aimed at or expected before the round
   * closes, it is a round still in talks (CLAIMS.md §7, rumoured before target).
   */
  roundTerm?: boolean;
  /** A count of the people or firms a company serves: after "to" or "for" it is the base there now. */
  audience?: boolean;
  /** A lab's own figure: a fund or a bank the discourse names beside it backs the lab (discourse-candidates.ts). */
  ownerKind?: OwnerKind;
  /** The kinds of company (gazetteer.ts) that own the metric in the reports: who spends capex, who raises a round. */
  ownerKinds?: readonly CompanyKind[];
  /** The kinds that seldom own it: a chipmaker's valuation round, a fund's revenue, a utility's users. */
  unlikelyOwnerKinds?: readonly CompanyKind[];
  /** A count a company's results give at the close of the quarter reported: its users, seats, customers. */
  countedAtClose?: boolean;
  /** A figure of the results analysts forecast: the market's estimate set against it measures the same. */
  marketForecast?: boolean;
  /**
   * A total over a deal's or a plan's term: with no date of its own it is a size, the one at
   * publication (CLAIMS.md §5, deal sizes), not a year's flow.
   */
  sizedAtPublication?: boolean;
  /**
   * What the amount is when a state or public body owns it: a government buys no compute for
   * itself, its pledges and engagements are the money it puts in (CLAIMS.md §6, investor → investee).
   */
  publicOwnerReads?: Metric;
  /**
   * The kinds that build and run sites of their own (data centres, plants, grids): their money of
   * this metric, with no counterparty in the text, goes into those sites, and is read as `capex`.
   */
  ownSitesKinds?: readonly CompanyKind[];
}

/** The world's yearly output is about 10^14 dollars: no company's figure comes near it. */
const MONEY = 1e14;
/** More than the world's population. */
const PEOPLE = 1e10;
/** A share of a whole. */
const SHARE = 1;
/** Growth of 100,000 %. */
const GROWTH = 1000;

/** Companies that sell goods or services, whose accounts the reports quote: revenue, losses, cash. */
const OPERATING: readonly CompanyKind[] = [
  "lab",
  "startup",
  "hyperscaler",
  "neocloud",
  "chipmaker",
  "hardware",
  "datacentre",
  "energy",
  "business",
];
/** Firms quoted on, or investing in, the accounts of others. */
const NOT_OPERATING: readonly CompanyKind[] = ["fund", "bank", "analyst"];
/** An operating company's accounts. */
const ACCOUNTS = { ownerKinds: OPERATING, unlikelyOwnerKinds: NOT_OPERATING } as const;
/** Private companies raise rounds at a valuation; listed giants and utilities do not (a fund raises funds). */
const PRIVATE_RAISE = {
  ownerKinds: ["lab", "startup", "neocloud", "datacentre"],
  unlikelyOwnerKinds: ["hyperscaler", "chipmaker", "hardware", "energy", "bank", "analyst"],
} as const satisfies Pick<MetricKnowledge, "ownerKinds" | "unlikelyOwnerKinds">;
/** Those who build and run computing sites spend on them. */
const BUILDING = {
  ownerKinds: ["hyperscaler", "neocloud", "datacentre", "lab"],
  unlikelyOwnerKinds: ["fund", "bank", "analyst", "startup"],
} as const satisfies Pick<MetricKnowledge, "ownerKinds" | "unlikelyOwnerKinds">;
/**
 * The buyer side of a compute deal: labs and clouds buy capacity, utilities and banks sell or lend.
 * A chipmaker may buy back capacity ("Nvidia will rent unused capacity"): it seldom buys chips.
 */
const COMPUTE_BUYER = {
  ownerKinds: ["lab", "hyperscaler", "neocloud", "business"],
  unlikelyOwnerKinds: ["hardware", "energy", "bank", "analyst"],
} as const satisfies Pick<MetricKnowledge, "ownerKinds" | "unlikelyOwnerKinds">;
/** Chips bought: the buyer's count, not the maker's. */
const CHIPS_BOUGHT = {
  ownerKinds: COMPUTE_BUYER.ownerKinds,
  unlikelyOwnerKinds: [...COMPUTE_BUYER.unlikelyOwnerKinds, "chipmaker"],
} as const satisfies Pick<MetricKnowledge, "ownerKinds" | "unlikelyOwnerKinds">;
/** The users and customers of a product: labs, software companies, clouds. */
const AUDIENCE = {
  ownerKinds: ["lab", "startup", "hyperscaler", "business"],
  unlikelyOwnerKinds: ["chipmaker", "hardware", "energy", "datacentre", "fund", "bank", "analyst"],
} as const satisfies Pick<MetricKnowledge, "ownerKinds" | "unlikelyOwnerKinds">;

export const METRIC_KNOWLEDGE: Readonly<Record<Metric, MetricKnowledge>> = {
  revenue: { ceiling: MONEY, yearlyFlow: true, marketForecast: true, ...ACCOUNTS },
  revenue_run_rate: { ceiling: MONEY, ...ACCOUNTS },
  revenue_growth: { ceiling: GROWTH, yearlyFlow: true, marketForecast: true, ...ACCOUNTS },
  capex_growth: { ceiling: GROWTH, ...BUILDING },
  revenue_share: { ceiling: SHARE, deal: true },
  net_loss: { ceiling: MONEY, yearlyFlow: true, marketForecast: true, ...ACCOUNTS },
  investment_loss: {
    ceiling: MONEY,
    yearlyFlow: true,
    ownerKinds: ["fund", "hyperscaler", "chipmaker", "business"],
    unlikelyOwnerKinds: ["lab", "startup", "analyst"],
  },
  cash_burn: { ceiling: MONEY, yearlyFlow: true, ...ACCOUNTS },
  total_expenses: { ceiling: MONEY, yearlyFlow: true, marketForecast: true, ...ACCOUNTS },
  rd_expense: { ceiling: MONEY, yearlyFlow: true, marketForecast: true, ...ACCOUNTS },
  cash_position: { ceiling: MONEY, ...ACCOUNTS },
  gross_margin: { ceiling: SHARE, marketForecast: true, ...ACCOUNTS },
  expense_to_revenue: { ceiling: 100, choiceCeiling: 100 },
  compute_commitment: {
    ceiling: MONEY,
    choiceFloor: 1e5,
    deal: true,
    counterpartyAfter: true,
    computeDeal: true,
    sizedAtPublication: true,
    publicOwnerReads: "investment",
    ...COMPUTE_BUYER,
  },
  compute_spending_target: {
    ceiling: MONEY,
    choiceFloor: 1e5,
    sizedAtPublication: true,
    publicOwnerReads: "investment",
    ...COMPUTE_BUYER,
  },
  capex: { ceiling: MONEY, choiceFloor: 1e5, deal: true, marketForecast: true, ...BUILDING },
  datacenter_capacity: {
    ceiling: 1e4,
    deal: true,
    counterpartyAfter: true,
    computeDeal: true,
    servedFor: true,
    ...BUILDING,
  },
  capacity_addition_rate: { ceiling: 1e3, ...BUILDING },
  cost_per_gw: { ceiling: 1e13, deal: true },
  gpu_count: {
    ceiling: PEOPLE,
    deal: true,
    counterpartyAfter: true,
    computeDeal: true,
    servedFor: true,
    ...CHIPS_BOUGHT,
  },
  debt_issuance: { ceiling: MONEY, choiceFloor: 1e5, deal: true, raised: true },
  funding_round: {
    ceiling: MONEY,
    choiceFloor: 1e5,
    ownerKind: "developer",
    roundTerm: true,
    raised: true,
    ...PRIVATE_RAISE,
  },
  funding_share: { ceiling: SHARE, ownerKind: "developer", ...PRIVATE_RAISE },
  investment: {
    ceiling: MONEY,
    choiceFloor: 1e5,
    deal: true,
    counterpartyAfter: true,
    ownSitesKinds: ["neocloud", "datacentre", "energy"],
  },
  valuation: { ceiling: MONEY, choiceFloor: 1e5, ownerKind: "developer", roundTerm: true, ...PRIVATE_RAISE },
  market_cap: {
    ceiling: MONEY,
    choiceFloor: 1e5,
    ownerKinds: ["hyperscaler", "chipmaker", "hardware", "neocloud", "datacentre", "energy", "business"],
    unlikelyOwnerKinds: ["lab", "startup", "analyst"],
  },
  valuation_multiple: { ceiling: 1000, choiceCeiling: 1000 },
  equity_stake: { ceiling: SHARE, deal: true, counterpartyAfter: true, warrantTerm: true },
  warrant_shares: { ceiling: 1e12, deal: true, counterpartyAfter: true, warrantTerm: true },
  share_price: { ceiling: 1e6, choiceCeiling: 1e5, deal: true, warrantTerm: true },
  deal_value: { ceiling: MONEY, deal: true, counterpartyAfter: true, warrantTerm: true },
  acquisition_price: { ceiling: MONEY, choiceFloor: 1e5, deal: true, counterpartyAfter: true },
  weekly_active_users: {
    ceiling: PEOPLE,
    audience: true,
    ownerKind: "developer",
    countedAtClose: true,
    ...AUDIENCE,
  },
  monthly_active_users: {
    ceiling: PEOPLE,
    audience: true,
    ownerKind: "developer",
    countedAtClose: true,
    ...AUDIENCE,
  },
  active_users: { ceiling: PEOPLE, audience: true, countedAtClose: true, ...AUDIENCE },
  paying_subscribers: {
    ceiling: PEOPLE,
    audience: true,
    ownerKind: "developer",
    countedAtClose: true,
    ...AUDIENCE,
  },
  paid_conversion: { ceiling: SHARE, ...AUDIENCE },
  business_seats: {
    ceiling: PEOPLE,
    audience: true,
    ownerKind: "developer",
    countedAtClose: true,
    ...AUDIENCE,
  },
  business_customers: {
    ceiling: PEOPLE,
    audience: true,
    ownerKind: "developer",
    countedAtClose: true,
    ...AUDIENCE,
  },
  adoption_rate: { ceiling: SHARE },
  unit_price: { ceiling: 1e9, choiceCeiling: 1e7 },
};

export function knowledgeOf(metric: Metric | null): MetricKnowledge | null {
  return metric === null ? null : METRIC_KNOWLEDGE[metric];
}

/** Why a value cannot be the metric's, or null when it can be. */
export function implausibility(
  metric: Metric | null,
  low: number | null,
  high: number | null,
): { kind: "not_finite" } | { kind: "beyond"; ceiling: number } | null {
  for (const end of [low, high]) if (end !== null && !Number.isFinite(end)) return { kind: "not_finite" };
  if (metric === null) return null;
  const { ceiling } = METRIC_KNOWLEDGE[metric];
  const largest = Math.max(Math.abs(low ?? 0), Math.abs(high ?? 0));
  return largest > ceiling ? { kind: "beyond", ceiling } : null;
}

const TRAITS = [
  "deal",
  "raised",
  "counterpartyAfter",
  "computeDeal",
  "servedFor",
  "yearlyFlow",
  "warrantTerm",
  "roundTerm",
  "audience",
  "countedAtClose",
  "marketForecast",
  "sizedAtPublication",
] as const;
type Trait = (typeof TRAITS)[number];

/** The metrics with each trait, as sets: the stages ask about traits for every figure. */
const METRICS_WITH = new Map<Trait, ReadonlySet<string>>(
  TRAITS.map((trait) => [
    trait,
    new Set(
      Object.entries(METRIC_KNOWLEDGE).flatMap(([metric, known]) => (known[trait] === true ? [metric] : [])),
    ),
  ]),
);

/** Whether `metric` has `trait` (false for no metric). */
export function metricIs(metric: Metric | null | undefined, trait: Trait): boolean {
  return metric !== null && metric !== undefined && METRICS_WITH.get(trait)!.has(metric);
}
