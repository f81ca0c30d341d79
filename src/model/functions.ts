/**
 * The formula language's function and operator table: the one list the compiler checks names and
 * arguments against, the reference evaluator follows, and docs/scenario-language.md is generated
 * from (scripts/scenario-language-doc.mjs). Parameters may be passed by name: `prev(cash, default = 0)`.
 */

export type FunctionCategory = "math" | "logic" | "period" | "reduction" | "adoption" | "debt";

export interface FunctionSpec {
  name: string;
  /** Parameter names in order; optional ones after `required`. */
  params: readonly string[];
  required: number;
  /** Variadic: the last parameter repeats. */
  variadic?: boolean;
  category: FunctionCategory;
  summary: string;
  example: string;
}

const fn = (
  name: string,
  params: readonly string[],
  required: number,
  category: FunctionCategory,
  summary: string,
  example: string,
  variadic = false,
): FunctionSpec => ({
  name,
  params,
  required,
  category,
  summary,
  example,
  ...(variadic ? { variadic } : {}),
});

const CORE: readonly FunctionSpec[] = [
  fn("abs", ["x"], 1, "math", "absolute value; keeps the unit", "abs(cash_flow)"),
  fn("exp", ["x"], 1, "math", "e to the power x; x dimensionless", "exp(growth * 2)"),
  fn("log", ["x"], 1, "math", "natural logarithm; x dimensionless (NaN below 0)", "log(multiple)"),
  fn("sqrt", ["x"], 1, "math", "square root; halves the unit's powers", "sqrt(variance)"),
  fn(
    "min",
    ["a", "b"],
    1,
    "math",
    "smallest argument per sample; with one argument, the smallest value over the periods (a reduction)",
    "min(cash, 0)",
    true,
  ),
  fn(
    "max",
    ["a", "b"],
    1,
    "math",
    "largest argument per sample; with one argument, the largest value over the periods",
    "max(revenue - cost, 0)",
    true,
  ),
  fn("clamp", ["x", "low", "high"], 3, "math", "x held between low and high", "clamp(share, 0, 1)"),
  fn(
    "if",
    ["condition", "then", "else"],
    3,
    "logic",
    "then where condition ≠ 0, else otherwise",
    "if(year < 2027, 0, capex)",
  ),
  fn(
    "prev",
    ["name", "default", "lag"],
    1,
    "period",
    "a variable or input `lag` periods earlier (default lag 1); `default` (0) before the first period",
    "prev(cash, default = opening_cash)",
  ),
  fn(
    "cumsum",
    ["x"],
    1,
    "period",
    "running sum from the first period; turns a flow (USD/yr) into a stock (USD)",
    "cumsum(capex)",
  ),
  fn(
    "grow",
    ["start", "rate"],
    2,
    "period",
    "start × (1 + rate)^t, t periods after the first",
    "grow(revenue_2025, 0.4)",
  ),
  fn(
    "interp_linear",
    ["from", "to", "from_year", "to_year"],
    4,
    "period",
    "straight line from `from` in from_year to `to` in to_year, flat outside",
    "interp_linear(0.33, 0.6, 2025, 2030)",
  ),
  fn(
    "interp_geometric",
    ["from", "to", "from_year", "to_year"],
    4,
    "period",
    "constant growth from `from` in from_year to `to` in to_year, flat outside",
    "interp_geometric(13e9, 200e9, 2025, 2030)",
  ),
  fn(
    "ramp",
    ["from_year", "to_year"],
    2,
    "period",
    "0 up to from_year, 1 from to_year, linear between",
    "ramp(2026, 2029)",
  ),
  fn(
    "logistic",
    ["cap", "midpoint", "steepness"],
    3,
    "adoption",
    "S-curve cap / (1 + e^(−steepness·(year − midpoint))): half the cap in the midpoint year",
    "logistic(cap = 3e9, midpoint = 2027, steepness = 0.9)",
  ),
  fn(
    "gompertz",
    ["cap", "midpoint", "steepness"],
    3,
    "adoption",
    "asymmetric S-curve cap · e^(−e^(−steepness·(year − midpoint))): fast start, slow finish; cap/e in the midpoint year",
    "gompertz(cap = 3e9, midpoint = 2026, steepness = 0.6)",
  ),
  fn(
    "bass",
    ["cap", "innovation", "imitation", "launch"],
    4,
    "adoption",
    "Bass diffusion cap · (1 − e^(−(p+q)τ)) / (1 + (q/p)·e^(−(p+q)τ)), τ = year − launch (0 before launch)",
    "bass(cap = 3e9, innovation = 0.03, imitation = 0.5, launch = 2022)",
  ),
  fn(
    "sum",
    ["x", "from_year", "to_year"],
    1,
    "reduction",
    "sum over the periods (one year: from the first period to it); of a flow (USD/yr), a stock (USD)",
    "sum(cash_flow, 2025, 2030)",
  ),
  fn("mean", ["x", "from_year", "to_year"], 1, "reduction", "mean over the periods", "mean(margin)"),
  fn(
    "any",
    ["x", "from_year", "to_year"],
    1,
    "reduction",
    "1 when x ≠ 0 in some period",
    "any(cash < 0, 2030)",
  ),
  fn("all", ["x", "from_year", "to_year"], 1, "reduction", "1 when x ≠ 0 in every period", "all(margin > 0)"),
  fn(
    "min_over",
    ["x", "from_year", "to_year"],
    1,
    "reduction",
    "smallest value over the periods (as min(x))",
    "min_over(cash, 2025, 2030)",
  ),
  fn(
    "max_over",
    ["x", "from_year", "to_year"],
    1,
    "reduction",
    "largest value over the periods (as max(x))",
    "max_over(burn)",
  ),
  fn(
    "npv",
    ["x", "rate"],
    2,
    "reduction",
    "Σ x / (1 + rate)^t, t from 0 in the first period; of a flow, a stock",
    "npv(cash_flow, 0.1)",
  ),
];

const DEBT: readonly FunctionSpec[] = [
  fn(
    "debt_draw",
    ["principal", "start"],
    2,
    "debt",
    "a bullet loan's cash in, a flow (USD → USD/yr): the principal in the start year, 0 otherwise",
    "debt_draw(principal = 10e9, start = 2026)",
  ),
  fn(
    "debt_interest",
    ["principal", "rate", "start", "maturity"],
    4,
    "debt",
    "a bullet loan's interest, a flow: principal × rate in each year from the year after start to maturity",
    "debt_interest(10e9, 0.07, 2026, 2031)",
  ),
  fn(
    "debt_repayment",
    ["principal", "maturity"],
    2,
    "debt",
    "a bullet loan's repayment, a flow: the principal in the maturity year, 0 otherwise",
    "debt_repayment(principal = 10e9, maturity = 2031)",
  ),
];

export const FUNCTIONS: readonly FunctionSpec[] = [...CORE, ...DEBT];

export const FUNCTION_BY_NAME: ReadonlyMap<string, FunctionSpec> = new Map(FUNCTIONS.map((f) => [f.name, f]));

/** Functions whose value is one number per sample computed over every period. */
export const REDUCERS: ReadonlySet<string> = new Set([
  "sum",
  "mean",
  "any",
  "all",
  "min_over",
  "max_over",
  "npv",
]);

export interface OperatorSpec {
  operator: string;
  summary: string;
}

export const OPERATORS: readonly OperatorSpec[] = [
  { operator: "+  -", summary: "add, subtract: same unit on both sides (a plain number fits any unit)" },
  { operator: "*  /", summary: "multiply, divide: units multiply and divide" },
  { operator: "^  **", summary: "power; a quantity with a unit needs a constant whole exponent" },
  { operator: "-x  +x", summary: "negation, identity" },
  { operator: "!x", summary: "1 when x is 0, else 0" },
  { operator: "<  <=  >  >=  ==  !=", summary: "comparisons (same unit), 1 or 0" },
  { operator: "&&  ||", summary: "and, or on truth values (≠ 0), 1 or 0" },
  { operator: "c ? a : b", summary: "the same as if(c, a, b)" },
  { operator: "x[2030]", summary: "a series' value in one period (a literal year)" },
];

/** The closest names to `name`, nearest first (edit distance ≤ 2, or one name starts the other, 4 letters or more). */
export function closestNames(name: string, known: Iterable<string>, limit = 3): string[] {
  const lower = name.toLowerCase();
  const scored: { candidate: string; distance: number }[] = [];
  for (const candidate of new Set(known)) {
    const other = candidate.toLowerCase();
    let distance = levenshtein(lower, other);
    const prefix =
      Math.min(lower.length, other.length) >= 4 && (other.startsWith(lower) || lower.startsWith(other));
    if (distance > 2 && prefix) distance = 2.5;
    if (distance <= 2.5) scored.push({ candidate, distance });
  }
  return scored
    .sort((a, b) => a.distance - b.distance || a.candidate.localeCompare(b.candidate))
    .slice(0, limit)
    .map((s) => s.candidate);
}

function levenshtein(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = above;
    }
  }
  return row[b.length]!;
}

/** Scalar definitions of the adoption curves, shared by the kernels and the reference evaluator. */
export function logisticAt(cap: number, midpoint: number, steepness: number, year: number): number {
  return cap / (1 + Math.exp(-steepness * (year - midpoint)));
}

export function gompertzAt(cap: number, midpoint: number, steepness: number, year: number): number {
  return cap * Math.exp(-Math.exp(-steepness * (year - midpoint)));
}

export function bassAt(cap: number, p: number, q: number, launch: number, year: number): number {
  const tau = year - launch;
  if (!(tau > 0)) return 0;
  const e = Math.exp(-(p + q) * tau);
  return (cap * (1 - e)) / (1 + (q / p) * e);
}

/** Bullet loans: drawn in `start`, interest each later year to maturity, repaid at maturity. */
export function debtDrawAt(principal: number, start: number, year: number): number {
  return year === start ? principal : 0;
}

export function debtInterestAt(
  principal: number,
  rate: number,
  start: number,
  maturity: number,
  year: number,
): number {
  return year > start && year <= maturity ? principal * rate : 0;
}

export function debtRepaymentAt(principal: number, maturity: number, year: number): number {
  return year === maturity ? principal : 0;
}
