import { isCurrencyCode, type Metric, NON_CURRENCY_UNITS, type NonCurrencyUnit } from "./vocabulary.js";

/** The units each metric is given in (CLAIMS.md §2); "currency" is any ISO 4217 code. */
export const METRIC_UNITS: Record<Metric, readonly ("currency" | NonCurrencyUnit)[]> = {
  revenue: ["currency"],
  revenue_run_rate: ["currency"],
  revenue_growth: ["fraction"],
  capex_growth: ["fraction"],
  revenue_share: ["fraction"],
  net_loss: ["currency"],
  investment_loss: ["currency"],
  cash_burn: ["currency"],
  total_expenses: ["currency"],
  rd_expense: ["currency"],
  cash_position: ["currency"],
  gross_margin: ["fraction"],
  expense_to_revenue: ["x"],
  compute_commitment: ["currency"],
  compute_spending_target: ["currency"],
  capex: ["currency"],
  datacenter_capacity: ["GW"],
  capacity_addition_rate: ["GW_per_week"],
  cost_per_gw: ["USD_per_GW"],
  gpu_count: ["GPUs"],
  debt_issuance: ["currency"],
  funding_round: ["currency"],
  funding_share: ["fraction"],
  investment: ["currency"],
  valuation: ["currency"],
  market_cap: ["currency"],
  valuation_multiple: ["x"],
  equity_stake: ["fraction"],
  warrant_shares: ["shares"],
  share_price: ["USD_per_share"],
  deal_value: ["currency"],
  acquisition_price: ["currency"],
  weekly_active_users: ["users"],
  monthly_active_users: ["users"],
  active_users: ["users"],
  paying_subscribers: ["subscribers"],
  paid_conversion: ["fraction"],
  business_seats: ["users"],
  business_customers: ["customers"],
  adoption_rate: ["fraction"],
  unit_price: ["currency", "USD_per_month"],
};

/** Why `unit` does not fit `metric`, or null when it does. */
export function unitProblem(metric: Metric, unit: string): string | null {
  const allowed = METRIC_UNITS[metric];
  const fits = allowed.some((kind) => (kind === "currency" ? isCurrencyCode(unit) : kind === unit));
  if (fits) return null;
  const known = isCurrencyCode(unit) || (NON_CURRENCY_UNITS as readonly string[]).includes(unit);
  const expected = allowed.map((kind) => (kind === "currency" ? "a currency code (USD, EUR, …)" : kind));
  return `${known ? `'${unit}' does not fit ${metric}` : `'${unit}' is not a unit of CLAIMS.md §3`}: expected ${expected.join(" or ")}`;
}

/** Whether an ISO date (YYYY, YYYY-MM or YYYY-MM-DD) names a real month and day. */
export function isRealIsoDate(text: string): boolean {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(text);
  if (!match) return false;
  const month = match[2] === undefined ? 1 : Number(match[2]);
  if (month < 1 || month > 12) return false;
  if (match[3] === undefined) return true;
  const day = Number(match[3]);
  const daysInMonth = new Date(Date.UTC(Number(match[1]), month, 0)).getUTCDate();
  return day >= 1 && day <= daysInMonth;
}
