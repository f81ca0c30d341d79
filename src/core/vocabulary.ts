/** The controlled vocabularies of a claim (CLAIMS.md §2–§7), each defined once. */

export const METRICS = [
  "revenue",
  "revenue_run_rate",
  "revenue_growth",
  "capex_growth",
  "revenue_share",
  "net_loss",
  "investment_loss",
  "cash_burn",
  "total_expenses",
  "rd_expense",
  "cash_position",
  "gross_margin",
  "expense_to_revenue",
  "compute_commitment",
  "compute_spending_target",
  "capex",
  "datacenter_capacity",
  "capacity_addition_rate",
  "cost_per_gw",
  "gpu_count",
  "debt_issuance",
  "funding_round",
  "funding_share",
  "investment",
  "valuation",
  "market_cap",
  "valuation_multiple",
  "equity_stake",
  "warrant_shares",
  "share_price",
  "deal_value",
  "acquisition_price",
  "weekly_active_users",
  "monthly_active_users",
  "active_users",
  "paying_subscribers",
  "paid_conversion",
  "business_seats",
  "business_customers",
  "adoption_rate",
  "unit_price",
] as const;
export type Metric = (typeof METRICS)[number];

/** Metrics measured over a span of time (take `{start, end}`); the others are levels (take `{asOf}`). */
export const FLOW_METRICS: ReadonlySet<Metric> = new Set<Metric>([
  "revenue",
  "revenue_growth",
  "capex_growth",
  "net_loss",
  "investment_loss",
  "cash_burn",
  "total_expenses",
  "rd_expense",
  "compute_commitment",
  "compute_spending_target",
  "capex",
  "debt_issuance",
]);

export const BOUNDS = ["exact", "approx", "at_least", "at_most", "up_to", "range"] as const;
export type Bound = (typeof BOUNDS)[number];

export const QUALIFIERS = [
  "letter_of_intent",
  "rumoured",
  "target",
  "commitment",
  "estimated",
  "reported",
] as const;
export type Qualifier = (typeof QUALIFIERS)[number];

/** Non-currency units; a currency is its ISO 4217 code (USD, EUR, …). */
export const NON_CURRENCY_UNITS = [
  "GW",
  "GW_per_week",
  "USD_per_GW",
  "USD_per_share",
  "USD_per_month",
  "users",
  "subscribers",
  "customers",
  "GPUs",
  "shares",
  "fraction",
  "x",
] as const;
export type NonCurrencyUnit = (typeof NON_CURRENCY_UNITS)[number];
export type Unit = NonCurrencyUnit | (string & {});

export const LANGUAGES = ["fr", "en"] as const;
export type Language = (typeof LANGUAGES)[number];

export function isMetric(value: string): value is Metric {
  return (METRICS as readonly string[]).includes(value);
}
export function isQualifier(value: string): value is Qualifier {
  return (QUALIFIERS as readonly string[]).includes(value);
}
export function isBound(value: string): value is Bound {
  return (BOUNDS as readonly string[]).includes(value);
}
/** Three capital letters A-Z ("USD", "EUR"): what `/^[A-Z]{3}$/` matches, tested without a regex (it is asked very often). */
export function isCurrencyCode(unit: string): boolean {
  return (
    typeof unit === "string" &&
    unit.length === 3 &&
    isCapital(unit, 0) &&
    isCapital(unit, 1) &&
    isCapital(unit, 2)
  );
}

function isCapital(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  return code >= 0x41 && code <= 0x5a;
}
