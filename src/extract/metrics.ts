/**
 * What extraction knows about each metric, in one typed record per metric: the figures it can take
 * and the roles its parties play. Assembly asks these records instead of keeping sets of its own.
 */
import type { Metric } from "../core/index.js";

/** A model developer (a lab), or a builder of computing sites (a cloud, a neocloud, a data-centre operator). */
export type OwnerKind = "developer" | "builder";

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
  /** Companies after the figure are the counterparty (supplier, investee, company bought). */
  counterpartyAfter?: boolean;
  /** A compute deal, whose roles run buyer → supplier. */
  computeDeal?: boolean;
  /** A yearly flow, whose period carries to the next sentence of the paragraph. */
  yearlyFlow?: boolean;
  /** A term of a warrant, which runs holder → issuer. */
  warrantTerm?: boolean;
  /** A count of the people or firms a company serves: after "to" or "for" it is the base there now. */
  audience?: boolean;
  /** The kind of company the metric usually belongs to: a lab's revenue or valuation, a builder's capex. */
  ownerKind?: OwnerKind;
}

/** The world's yearly output is about 10^14 dollars: no company's figure comes near it. */
const MONEY = 1e14;
/** More than the world's population. */
const PEOPLE = 1e10;
/** A share of a whole. */
const SHARE = 1;
/** Growth of 100,000 %. */
const GROWTH = 1000;

export const METRIC_KNOWLEDGE: Readonly<Record<Metric, MetricKnowledge>> = {
  revenue: { ceiling: MONEY, yearlyFlow: true },
  revenue_run_rate: { ceiling: MONEY },
  revenue_growth: { ceiling: GROWTH, yearlyFlow: true },
  capex_growth: { ceiling: GROWTH },
  revenue_share: { ceiling: SHARE, deal: true },
  net_loss: { ceiling: MONEY, yearlyFlow: true },
  investment_loss: { ceiling: MONEY, yearlyFlow: true },
  cash_burn: { ceiling: MONEY, yearlyFlow: true },
  total_expenses: { ceiling: MONEY, yearlyFlow: true },
  rd_expense: { ceiling: MONEY, yearlyFlow: true },
  cash_position: { ceiling: MONEY },
  gross_margin: { ceiling: SHARE },
  expense_to_revenue: { ceiling: 100, choiceCeiling: 100 },
  compute_commitment: {
    ceiling: MONEY,
    choiceFloor: 1e5,
    deal: true,
    counterpartyAfter: true,
    computeDeal: true,
  },
  compute_spending_target: { ceiling: MONEY, choiceFloor: 1e5 },
  capex: { ceiling: MONEY, choiceFloor: 1e5, deal: true, ownerKind: "builder" },
  datacenter_capacity: {
    ceiling: 1e4,
    deal: true,
    counterpartyAfter: true,
    computeDeal: true,
    ownerKind: "builder",
  },
  capacity_addition_rate: { ceiling: 1e3, ownerKind: "builder" },
  cost_per_gw: { ceiling: 1e13, deal: true },
  gpu_count: { ceiling: PEOPLE, deal: true, counterpartyAfter: true, computeDeal: true },
  debt_issuance: { ceiling: MONEY, choiceFloor: 1e5, deal: true },
  funding_round: { ceiling: MONEY, choiceFloor: 1e5, ownerKind: "developer" },
  funding_share: { ceiling: SHARE, ownerKind: "developer" },
  investment: { ceiling: MONEY, choiceFloor: 1e5, deal: true, counterpartyAfter: true },
  valuation: { ceiling: MONEY, choiceFloor: 1e5, ownerKind: "developer" },
  market_cap: { ceiling: MONEY, choiceFloor: 1e5 },
  valuation_multiple: { ceiling: 1000, choiceCeiling: 1000 },
  equity_stake: { ceiling: SHARE, deal: true, counterpartyAfter: true, warrantTerm: true },
  warrant_shares: { ceiling: 1e12, deal: true, counterpartyAfter: true, warrantTerm: true },
  share_price: { ceiling: 1e6, choiceCeiling: 1e5, deal: true, warrantTerm: true },
  deal_value: { ceiling: MONEY, deal: true, counterpartyAfter: true, warrantTerm: true },
  acquisition_price: { ceiling: MONEY, choiceFloor: 1e5, deal: true, counterpartyAfter: true },
  weekly_active_users: { ceiling: PEOPLE, audience: true, ownerKind: "developer" },
  monthly_active_users: { ceiling: PEOPLE, audience: true, ownerKind: "developer" },
  active_users: { ceiling: PEOPLE, audience: true },
  paying_subscribers: { ceiling: PEOPLE, audience: true, ownerKind: "developer" },
  paid_conversion: { ceiling: SHARE },
  business_seats: { ceiling: PEOPLE, audience: true, ownerKind: "developer" },
  business_customers: { ceiling: PEOPLE, audience: true, ownerKind: "developer" },
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

const TRAITS = ["deal", "counterpartyAfter", "computeDeal", "yearlyFlow", "warrantTerm", "audience"] as const;
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
