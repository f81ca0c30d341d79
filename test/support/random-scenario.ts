/**
 * Random scenarios for the differential test of the model engine against the reference evaluator.
 * A scenario is built from a sequence of choices (fast-check shrinks it toward zeros, i.e. toward
 * the simplest leaves), so a failing case shrinks to a small formula.
 *
 * Every binary operator, unary minus and !, every function of the engine's table (positional and
 * named arguments), if/?:, prev with default and lag, cumsum, x[year] indexing, reductions with
 * year ranges; inputs drawn once per sample, points, schedules and inputs drawn every period.
 */

export const START = 2025;
export const END = 2030;
const YEARS = Array.from({ length: END - START + 1 }, (_, i) => START + i);
/** Inputs: i0, i1 drawn once per sample, i2 a point, i3 a schedule, i4 drawn every period. */
const SCALAR_INPUTS = ["i0", "i1", "i2"];
const SERIES_INPUTS = ["i3", "i4"];
export const VARIABLES = 4;
const BINARY = ["+", "-", "*", "/", "^", "**", "<", "<=", ">", ">=", "==", "!=", "&&", "||"];
const NUMBERS = ["0", "1", "2", "0.5", "3", "1.5", "0.001", "10", "2027", "7"];

class Chooser {
  private index = 0;
  constructor(private readonly choices: readonly number[]) {}
  pick(n: number): number {
    const c = this.choices[this.index++] ?? 0;
    return c % n;
  }
  of<T>(items: readonly T[]): T {
    return items[this.pick(items.length)]!;
  }
}

interface Context {
  mode: "series" | "scalar";
  /** Variables v0…v(k−1) may be read in the same period. */
  earlier: number;
  /** The variable being defined (prev of itself allowed), or −1. */
  self: number;
  /** Inside a reduction: prev(self) would read periods not computed yet. */
  inReduction: boolean;
}

const year = (ch: Chooser) => String(ch.of(YEARS));
const variables = (c: Context) => Array.from({ length: c.earlier }, (_, j) => `v${j}`);

function leaf(ch: Chooser, c: Context): string {
  const scalarLeaves = [...NUMBERS, ...SCALAR_INPUTS];
  if (c.mode === "scalar") {
    const indexable = [...SCALAR_INPUTS, ...SERIES_INPUTS, ...variables(c)];
    return ch.pick(3) === 0 ? `${ch.of(indexable)}[${year(ch)}]` : ch.of(scalarLeaves);
  }
  switch (ch.pick(6)) {
    case 0:
      return ch.of(NUMBERS);
    case 1:
      return ch.of(SCALAR_INPUTS);
    case 2:
      return ch.of([...SERIES_INPUTS, "year"]);
    case 3: {
      const vars = variables(c);
      return vars.length > 0 ? ch.of(vars) : ch.of(SERIES_INPUTS);
    }
    case 4: {
      const targets = [...SCALAR_INPUTS, ...SERIES_INPUTS, ...variables(c)];
      if (c.self >= 0 && !c.inReduction) targets.push(`v${c.self}`);
      return `prev(${ch.of(targets)})`;
    }
    default:
      return `${ch.of([...SERIES_INPUTS, ...variables(c)])}[${year(ch)}]`;
  }
}

const SERIES_FUNCTIONS = [
  "cumsum",
  "grow",
  "interp_linear",
  "interp_geometric",
  "ramp",
  "logistic",
  "gompertz",
  "bass",
  "prev",
  "debt_draw",
  "debt_interest",
  "debt_repayment",
];
const ANY_FUNCTIONS = ["abs", "exp", "log", "sqrt", "min", "max", "clamp", "if", "?:"];
const REDUCTIONS = ["sum", "mean", "any", "all", "min1", "max1", "min_over", "max_over", "npv"];

export function expression(ch: Chooser, c: Context, depth: number): string {
  if (depth <= 0) return leaf(ch, c);
  const sub = (d = depth - 1, ctx = c) => expression(ch, ctx, d);
  switch (ch.pick(8)) {
    case 0:
      return leaf(ch, c);
    case 1:
    case 2:
      return `(${sub()} ${ch.of(BINARY)} ${sub()})`;
    case 3:
      return `${ch.of(["-", "!", "+"])}(${sub()})`;
    case 4:
    case 5:
      return call(ch, c, depth, ch.of(ANY_FUNCTIONS));
    case 6:
      return c.mode === "series" ? call(ch, c, depth, ch.of(SERIES_FUNCTIONS)) : reduction(ch, c, depth);
    default:
      return reduction(ch, c, depth);
  }
}

function reduction(ch: Chooser, c: Context, depth: number): string {
  const inner: Context = {
    ...c,
    mode: "series",
    inReduction: true,
    earlier: c.mode === "scalar" ? VARIABLES : c.earlier,
  };
  const x = expression(ch, inner, depth - 1);
  const kind = ch.of(REDUCTIONS);
  if (kind === "npv") return `npv(${x}, ${expression(ch, inner, Math.min(1, depth - 1))})`;
  const name = kind === "min1" ? "min" : kind === "max1" ? "max" : kind;
  if (name === "min" || name === "max") return `${name}(${x})`;
  const from = ch.of(YEARS);
  switch (ch.pick(3)) {
    case 0:
      return `${name}(${x})`;
    case 1:
      return `${name}(${x}, ${from})`;
    default:
      return `${name}(${x}, ${from}, ${ch.of(YEARS.filter((y) => y >= from))})`;
  }
}

function call(ch: Chooser, c: Context, depth: number, name: string): string {
  const sub = () => expression(ch, c, depth - 1);
  const shallow = () => expression(ch, c, Math.min(1, depth - 1));
  const named = ch.pick(3) === 0;
  switch (name) {
    case "min":
    case "max":
      return `${name}(${[sub(), sub(), ...(ch.pick(2) ? [shallow()] : [])].join(", ")})`;
    case "clamp":
      return `clamp(${sub()}, ${shallow()}, ${shallow()})`;
    case "if":
      return `if(${sub()}, ${sub()}, ${sub()})`;
    case "?:":
      return `(${sub()} ? ${sub()} : ${sub()})`;
    case "cumsum":
      return `cumsum(${sub()})`;
    case "grow":
      return `grow(${sub()}, ${shallow()})`;
    case "interp_linear":
    case "interp_geometric": {
      const y0 = ch.of(YEARS);
      return `${name}(${sub()}, ${sub()}, ${y0}, ${ch.of(YEARS.filter((y) => y >= y0))})`;
    }
    case "ramp": {
      const y0 = ch.of(YEARS);
      return `ramp(${y0}, ${ch.of(YEARS.filter((y) => y >= y0))})`;
    }
    case "logistic":
    case "gompertz":
      return named
        ? `${name}(steepness = ${shallow()}, cap = ${sub()}, midpoint = ${ch.of(YEARS)})`
        : `${name}(${sub()}, ${ch.of(YEARS)}, ${shallow()})`;
    case "bass":
      return named
        ? `bass(cap = ${sub()}, innovation = ${shallow()}, imitation = ${shallow()}, launch = ${ch.of(YEARS)})`
        : `bass(${sub()}, ${shallow()}, ${shallow()}, ${ch.of(YEARS)})`;
    // A loan's draw, interest and repayment are flows (1/yr here): times `period` they are plain numbers again.
    case "debt_draw":
      return named
        ? `(debt_draw(start = ${ch.of(YEARS)}, principal = ${sub()}) * period)`
        : `(debt_draw(${sub()}, ${ch.of(YEARS)}) * period)`;
    case "debt_interest":
      return `(debt_interest(${sub()}, ${shallow()}, ${ch.of(YEARS)}, ${ch.of(YEARS)}) * period)`;
    case "debt_repayment":
      return named
        ? `(period * debt_repayment(maturity = ${ch.of(YEARS)}, principal = ${sub()}))`
        : `(debt_repayment(${sub()}, ${ch.of(YEARS)}) * period)`;
    case "prev": {
      const targets = [...SCALAR_INPUTS, ...SERIES_INPUTS, ...variables(c)];
      if (c.self >= 0 && !c.inReduction) targets.push(`v${c.self}`);
      const lag = 1 + ch.pick(3);
      return named
        ? `prev(${ch.of(targets)}, lag = ${lag}, default = ${shallow()})`
        : `prev(${ch.of(targets)}, ${shallow()}, ${lag})`;
    }
    default:
      return `${name}(${sub()})`;
  }
}

/** Wraps `core` in `levels` operators or functions, so the formula is at least that deep. */
function deepen(ch: Chooser, c: Context, core: string, levels: number): string {
  let e = core;
  for (let k = 0; k < levels; k++) {
    const other = expression(ch, c, 1);
    switch (ch.pick(5)) {
      case 0:
        e = ch.pick(2) ? `(${e} ${ch.of(BINARY)} ${other})` : `(${other} ${ch.of(BINARY)} ${e})`;
        break;
      case 1:
        e = `-(${e})`;
        break;
      case 2:
        e = `${ch.of(["abs", "exp", "log", "sqrt"])}(${e})`;
        break;
      case 3:
        e = `if(${other}, ${e}, ${other})`;
        break;
      default:
        e = `max(${e}, ${other})`;
    }
  }
  return e;
}

/** A scenario as JSON text (YAML reads JSON), from a sequence of choices. */
export function randomScenario(choices: readonly number[]): string {
  const ch = new Chooser(choices);
  const variables: Record<string, { unit: string; formula: string }> = {};
  for (let k = 0; k < VARIABLES; k++) {
    const c: Context = { mode: "series", earlier: k, self: k, inReduction: false };
    const base = expression(ch, c, 2 + ch.pick(4));
    variables[`v${k}`] = { unit: "1", formula: k === 0 ? deepen(ch, c, base, 6) : base };
  }
  const scalarContext: Context = { mode: "scalar", earlier: VARIABLES, self: -1, inReduction: false };
  const scalars = {
    s0: { unit: "1", formula: expression(ch, scalarContext, 3 + ch.pick(3)) },
    s1: { unit: "1", formula: deepen(ch, scalarContext, expression(ch, scalarContext, 2), 6) },
  };
  const events = {
    e0: `${expression(ch, scalarContext, 3)} ${ch.of(["<", ">=", "=="])} ${expression(ch, scalarContext, 2)}`,
  };
  const schedule: Record<string, number> = { [START]: 1 + ch.pick(5), 2028: -2 + ch.pick(5), [END]: 0.5 };
  const scenario = {
    name: "random",
    periods: { start: START, end: END },
    inputs: {
      i0: { unit: "1", uniform: { low: -2, high: 3 } },
      i1: { unit: "1", normal: { mean: 1, sd: 2 } },
      i2: { unit: "1", point: ch.of([0, 1, -1, 2.5]) },
      i3: { unit: "1", schedule, outside: "hold" },
      i4: { unit: "1", lognormal: { median: 1, sigma: 0.5 }, per: "period" },
    },
    variables,
    scalars,
    events,
  };
  return JSON.stringify(scenario, null, 1);
}
