import { type Expr, type ParsedFormula, parseFormula } from "./formula.js";
import {
  bassAt,
  debtDrawAt,
  debtInterestAt,
  debtRepaymentAt,
  FUNCTION_BY_NAME,
  gompertzAt,
  logisticAt,
} from "./functions.js";
import type { SourcePath } from "./load.js";
import { interpolate, progress } from "./period-kernels.js";
import type { BlockEnv, Program } from "./program.js";
import type { Scenario } from "./schema.js";
import { type BinaryOp, scalarOp } from "./vector.js";

/**
 * The reference evaluator: the formula language's meaning written plainly. It walks a formula's
 * tree for one sample and one period at a time, with no fusion, no vectors, no caching across
 * samples, and computes each variable on demand. The compiled engine must agree with it on every
 * sample (see reference.test.ts); it also finds where a non-finite value first appears.
 */

/** An input's value for the sample being evaluated, in period t. */
export type InputReader = (name: string, t: number) => number;

interface Formula {
  name: string;
  parsed: ParsedFormula;
  path: SourcePath;
}

/** Where a value first stopped being a finite number: the smallest expression that did it. */
export interface NonFiniteOrigin {
  path: SourcePath;
  start: number;
  end: number;
  expression: string;
  value: number;
}

export class ReferenceModel {
  readonly years: readonly number[];
  readonly periodic = new Map<string, Formula>();
  readonly scalars = new Map<string, Formula>();
  readonly events = new Map<string, Formula>();

  constructor(scenario: Scenario) {
    this.years = Array.from(
      { length: scenario.periods.end - scenario.periods.start + 1 },
      (_, i) => scenario.periods.start + i,
    );
    const parse = (name: string, text: string, path: SourcePath): Formula => {
      const parsed = parseFormula(text);
      if (!parsed.ok) throw new Error(`reference: cannot parse ${name}: ${parsed.error.message}`);
      return { name, parsed: parsed.value, path };
    };
    for (const [name, spec] of Object.entries(scenario.inputs))
      if (spec.formula !== undefined)
        this.periodic.set(name, parse(name, spec.formula, ["inputs", name, "formula"]));
    for (const [name, spec] of Object.entries(scenario.variables))
      this.periodic.set(name, parse(name, spec.formula, ["variables", name, "formula"]));
    for (const [name, spec] of Object.entries(scenario.scalars))
      this.scalars.set(name, parse(name, spec.formula, ["scalars", name, "formula"]));
    for (const [name, spec] of Object.entries(scenario.events)) {
      const text = typeof spec === "string" ? spec : spec.formula;
      this.events.set(
        name,
        parse(name, text, typeof spec === "string" ? ["events", name] : ["events", name, "formula"]),
      );
    }
  }

  /** One sample's evaluator. */
  sample(inputs: InputReader): ReferenceSample {
    return new ReferenceSample(this, inputs);
  }
}

export class ReferenceSample {
  private readonly memo = new Map<string, number>();
  private readonly active = new Set<string>();
  private tracing = false;
  private origin: NonFiniteOrigin | null = null;

  constructor(
    private readonly model: ReferenceModel,
    private readonly inputs: InputReader,
  ) {}

  variable(name: string, t: number): number {
    const key = `${name}@${t}`;
    const known = this.memo.get(key);
    if (known !== undefined) return known;
    const formula = this.model.periodic.get(name)!;
    if (this.active.has(key)) throw new Error(`reference: ${name} depends on itself in period ${t}`);
    this.active.add(key);
    const value = this.evaluate(formula.parsed.ast, t, formula);
    this.active.delete(key);
    this.memo.set(key, value);
    return value;
  }

  scalar(name: string): number {
    const formula = this.model.scalars.get(name)!;
    return this.evaluate(formula.parsed.ast, 0, formula);
  }

  event(name: string): number {
    const formula = this.model.events.get(name)!;
    return this.evaluate(formula.parsed.ast, 0, formula);
  }

  /** Evaluates `run` afresh and returns the first expression whose value was not finite. */
  traceNonFinite(run: (sample: ReferenceSample) => number): NonFiniteOrigin | null {
    this.memo.clear();
    this.tracing = true;
    this.origin = null;
    run(this);
    this.tracing = false;
    return this.origin;
  }

  private evaluate(node: Expr, t: number, formula: Formula): number {
    const value = this.node(node, t, formula);
    if (this.tracing && this.origin === null && !Number.isFinite(value)) {
      const span = formula.parsed.spans.get(node) ?? { start: 0, end: formula.parsed.text.length };
      const end = closeParentheses(formula.parsed.text, span.start, span.end);
      const expression = formula.parsed.text.slice(span.start, end);
      this.origin = { path: formula.path, start: span.start, end, expression, value };
    }
    return value;
  }

  private read(name: string, t: number): number {
    return this.model.periodic.has(name) ? this.variable(name, t) : this.inputs(name, t);
  }

  private node(node: Expr, t: number, f: Formula): number {
    switch (node.type) {
      case "Literal":
        return node.value as number;
      case "Identifier":
        if (node.name === "year") return this.model.years[t]!;
        return node.name === "period" ? 1 : this.read(String(node.name), t);
      case "MemberExpression": {
        const year = (node.property as Expr).value as number;
        return this.read(String((node.object as Expr).name), year - this.model.years[0]!);
      }
      case "UnaryExpression": {
        const x = this.evaluate(node.argument as Expr, t, f);
        if (node.operator === "!") return Number.isNaN(x) ? x : x === 0 ? 1 : 0;
        return node.operator === "-" ? -x : x;
      }
      case "BinaryExpression": {
        const a = this.evaluate(node.left as Expr, t, f);
        const b = this.evaluate(node.right as Expr, t, f);
        return binary(String(node.operator), a, b);
      }
      case "ConditionalExpression":
        return this.choose(
          this.evaluate(node.test as Expr, t, f),
          node.consequent as Expr,
          node.alternate as Expr,
          t,
          f,
        );
      case "CallExpression":
        return this.call(node, t, f);
      default:
        throw new Error(`reference: unexpected ${node.type}`);
    }
  }

  private call(node: Expr, t: number, f: Formula): number {
    const name = String((node.callee as Expr).name);
    const args = bindByName(name, node.arguments as Expr[]);
    const at = (i: number, period = t) => this.evaluate(args[i]!, period, f);
    const year = this.model.years[t]!;
    const literal = (i: number) => (args[i] ? (args[i]!.value as number) : undefined);
    switch (name) {
      case "abs":
        return Math.abs(at(0));
      case "exp":
        return Math.exp(at(0));
      case "log":
        return Math.log(at(0));
      case "sqrt":
        return Math.sqrt(at(0));
      case "min":
      case "max": {
        if (args.length === 1) return this.reduce(name === "min" ? "min_over" : "max_over", args, f);
        let acc = at(0);
        for (let i = 1; i < args.length; i++) acc = scalarOp(name, acc, at(i));
        return acc;
      }
      case "clamp": {
        const x = at(0);
        const lo = at(1);
        const hi = at(2);
        return x < lo ? lo : x > hi ? hi : x;
      }
      case "if":
        return this.choose(at(0), args[1]!, args[2]!, t, f);
      case "prev": {
        const lag = literal(2) ?? 1;
        if (t >= lag) return this.read(String(args[0]!.name), t - lag);
        return args[1] ? at(1) : 0;
      }
      case "cumsum": {
        let acc = at(0, 0);
        for (let s = 1; s <= t; s++) acc += at(0, s);
        return acc;
      }
      case "grow":
        return at(0) * (1 + at(1)) ** t;
      case "interp_linear":
      case "interp_geometric":
        return interpolate(
          name === "interp_geometric",
          at(0),
          at(1),
          progress(year, literal(2)!, literal(3)!),
        );
      case "ramp":
        return progress(year, literal(0)!, literal(1)!);
      case "logistic":
        return logisticAt(at(0), at(1), at(2), year);
      case "gompertz":
        return gompertzAt(at(0), at(1), at(2), year);
      case "bass":
        return bassAt(at(0), at(1), at(2), at(3), year);
      case "debt_draw":
        return debtDrawAt(at(0), at(1), year);
      case "debt_interest":
        return debtInterestAt(at(0), at(1), at(2), at(3), year);
      case "debt_repayment":
        return debtRepaymentAt(at(0), at(1), year);
      default:
        return this.reduce(name, args, f);
    }
  }

  /** The branch a condition picks; a NaN condition gives NaN. */
  private choose(condition: number, then: Expr, otherwise: Expr, t: number, f: Formula): number {
    if (Number.isNaN(condition)) return condition;
    return this.evaluate(condition !== 0 ? then : otherwise, t, f);
  }

  /** sum, mean, any, all, npv, and min/max of one series, over the periods they name. */
  private reduce(kind: string, args: (Expr | undefined)[], f: Formula): number {
    const first = this.model.years[0]!;
    let from = 0;
    let to = this.model.years.length - 1;
    if (kind !== "npv" && args[1]) {
      from = (args[1].value as number) - first;
      if (args[2]) to = (args[2].value as number) - first;
      else [from, to] = [0, from];
    }
    let acc = kind === "all" ? 1 : kind === "min_over" ? Infinity : kind === "max_over" ? -Infinity : 0;
    for (let s = from; s <= to; s++) {
      const x = this.evaluate(args[0]!, s, f);
      if (kind === "sum" || kind === "mean") acc += x;
      else if (kind === "npv") acc += x / (1 + this.evaluate(args[1]!, s, f)) ** (s - from);
      else if (kind === "any") acc = Number.isNaN(x) || Number.isNaN(acc) ? Number.NaN : x !== 0 ? 1 : acc;
      else if (kind === "all") acc = Number.isNaN(x) || Number.isNaN(acc) ? Number.NaN : x === 0 ? 0 : acc;
      else if (kind === "min_over") acc = x < acc || Number.isNaN(x) ? x : acc;
      else acc = x > acc || Number.isNaN(x) ? x : acc;
    }
    return kind === "mean" ? acc / (to - from + 1) : acc;
  }
}

/** A node's span ends at its last name or number: take in the parentheses it opened. */
function closeParentheses(text: string, start: number, end: number): number {
  let open = 0;
  for (let i = start; i < end; i++) open += text[i] === "(" ? 1 : text[i] === ")" ? -1 : 0;
  let at = end;
  while (open > 0 && at < text.length) {
    if (text[at] === ")") open--;
    else if (text[at] !== " ") break;
    at++;
  }
  return at;
}

function binary(op: string, a: number, b: number): number {
  switch (op) {
    case "+":
      return a + b;
    case "-":
      return a - b;
    case "*":
      return a * b;
    case "/":
      return a / b;
    case "**":
      return a ** b;
    default:
      return scalarOp(op as BinaryOp, a, b);
  }
}

/** Arguments in parameter order, named ones (`default = 0`) placed by the function table. */
function bindByName(name: string, given: Expr[]): (Expr | undefined)[] {
  const params = FUNCTION_BY_NAME.get(name)?.params ?? [];
  const args: (Expr | undefined)[] = [];
  for (const arg of given) {
    if (arg.type === "BinaryExpression" && arg.operator === "=")
      args[params.indexOf(String((arg.left as Expr).name))] = arg.right as Expr;
    else args.push(arg);
  }
  return args;
}

/** Sample i's inputs as one block runner's columns hold them. */
export function blockInputs(program: Program, env: BlockEnv, i: number): InputReader {
  const byName = new Map(program.inputs.map((input) => [input.name, input]));
  return (name, t) => {
    const input = byName.get(name);
    if (!input) throw new Error(`reference: unknown input ${name}`);
    if (input.schedule) return input.schedule[t]!;
    if (input.seriesColumn >= 0) return env.seriesInputs[input.seriesColumn]![t]![i]!;
    if (input.dist.kind === "point") return input.dist.value;
    return env.inputs[input.column]![i]!;
  };
}
