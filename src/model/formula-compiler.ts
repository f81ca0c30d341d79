import type { Issue, IssueLocation } from "../core/index.js";
import { type Expr, operatorOffset, type ParsedFormula, parseFormula } from "./formula.js";
import { compileCall } from "./formula-calls.js";
import { closestNames, FUNCTIONS } from "./functions.js";
import type { SourcePath } from "./load.js";
import { type ModelIssueCode, messages, modelIssue } from "./messages.js";
import type { BlockEnv, KernelFactory } from "./program.js";
import {
  DIMENSIONLESS,
  divideUnits,
  formatUnit,
  isDimensionless,
  isRate,
  multiplyUnits,
  PERIOD_UNIT,
  powerUnit,
  sameUnit,
  stockFlowPair,
  type Unit,
} from "./units.js";
import {
  type ArithOp,
  add,
  type BinaryOp,
  binaryOp,
  div,
  fused,
  mul,
  neg,
  scalarOp,
  select,
  sub,
  type Target,
  unaryFn,
  type Value,
} from "./vector.js";

/**
 * One formula's AST → a kernel factory with its unit, checked against the scenario's names.
 * Function calls are compiled in formula-calls.ts; both follow the table in functions.ts.
 */

export interface Info {
  unit: Unit;
  /** Only literals: compatible with any unit in + − and comparisons. */
  free: boolean;
  /** Varies by period. */
  series: boolean;
  /** Constant literal value, when known. */
  constant: number | null;
  make: KernelFactory;
  /**
   * Set on + − × ÷ nodes only, never copied to a parent: a parent operator fuses with the node's
   * two operands, so the node's own value must be exactly `left op right`.
   */
  arith?: { op: ArithOp; left: Info; right: Info };
}

export type EdgeKind = "same" | "prev" | "full";

export interface Scope {
  /** Per-period formula (variables) or one value per sample (scalars, events). */
  mode: "variable" | "scalar";
  /** In scalar mode, inside the first argument of a period reduction. */
  seriesAllowed: boolean;
  edge: EdgeKind;
  edges: Map<string, Set<EdgeKind>>;
  parsed: ParsedFormula;
  path: SourcePath;
}

/** The names a formula can read, as the scenario's compiler knows them. */
export interface NameTable {
  years: readonly number[];
  /** Reads a name at period index t; null when unknown. */
  reader(name: string): ((env: BlockEnv) => (t: number) => Value) | null;
  isSeries(name: string): boolean;
  isVariable(name: string): boolean;
  unitOf(name: string): Unit;
  known(): string[];
}

export const constant =
  (value: number): KernelFactory =>
  () =>
  () =>
    value;

export const DUMMY: Info = { unit: DIMENSIONLESS, free: true, series: false, constant: 0, make: constant(0) };

export class FormulaCompiler {
  constructor(
    readonly names: NameTable,
    readonly issues: Issue[],
    private readonly locateIn: (path: SourcePath, offset: number, length?: number) => IssueLocation,
  ) {}

  get first(): number {
    return this.names.years[0]!;
  }
  get last(): number {
    return this.names.years[this.names.years.length - 1]!;
  }

  compile(
    text: string,
    path: SourcePath,
    mode: Scope["mode"],
  ): { info: Info; edges: Map<string, Set<EdgeKind>> } | null {
    const parsed = parseFormula(text);
    if (!parsed.ok) {
      this.issues.push(
        modelIssue(
          "formula_syntax",
          messages.formulaSyntax(parsed.error.message),
          this.locateIn(path, parsed.error.offset),
        ),
      );
      return null;
    }
    const scope: Scope = {
      mode,
      seriesAllowed: false,
      edge: "same",
      edges: new Map(),
      parsed: parsed.value,
      path,
    };
    return { info: this.walk(parsed.value.ast, scope), edges: scope.edges };
  }

  /** Reports an error at a node; the returned placeholder lets compilation go on. */
  error(scope: Scope, node: Expr, code: ModelIssueCode, message: string): Info {
    const span = scope.parsed.spans.get(node);
    this.issues.push(
      modelIssue(code, message, this.at(scope, span?.start ?? 0, span ? span.end - span.start : 1)),
    );
    return DUMMY;
  }

  at(scope: Scope, offset: number, length: number): IssueLocation {
    return this.locateIn(scope.path, offset, length);
  }

  addEdge(scope: Scope, name: string, kind: EdgeKind): void {
    let set = scope.edges.get(name);
    if (!set) {
      set = new Set();
      scope.edges.set(name, set);
    }
    set.add(kind);
  }

  unknownName(scope: Scope, node: Expr, name: string): Info {
    return this.error(
      scope,
      node,
      "unknown_name",
      messages.unknownName(name, closestNames(name, this.names.known())),
    );
  }

  unknownFunction(scope: Scope, node: Expr, name: string): Info {
    const known = FUNCTIONS.map((f) => f.name);
    return this.error(
      scope,
      node,
      "unknown_function",
      messages.unknownFunction(name, closestNames(name, known)),
    );
  }

  /** A year written as a number inside the scenario's periods, or null (reported). */
  literalYear(scope: Scope, node: Expr | undefined, owner: string): number | null {
    if (!node) return null;
    if (node.type !== "Literal" || typeof node.value !== "number") {
      this.error(scope, node, "bad_period", messages.periodNotConstant(owner));
      return null;
    }
    const year = node.value;
    if (!Number.isInteger(year) || year < this.first || year > this.last) {
      this.error(scope, node, "bad_period", messages.badPeriod(owner, year, this.first, this.last));
      return null;
    }
    return year;
  }

  /** A period-varying value where one value per sample is expected is an error. */
  needsPeriod(scope: Scope, node: Expr, what: string): boolean {
    if (scope.mode === "scalar" && !scope.seriesAllowed) {
      this.error(scope, node, "needs_period", messages.needsPeriod(what));
      return true;
    }
    return false;
  }

  /** Per-sample values that do not change with the period are computed once per block. */
  walk(node: Expr, scope: Scope): Info {
    const info = this.walkNode(node, scope);
    if (
      info.series ||
      info.constant !== null ||
      node.type === "Identifier" ||
      node.type === "MemberExpression"
    )
      return info;
    const make = info.make;
    return {
      ...info,
      make: (env) => {
        const kernel = make(env);
        const { ctx } = env;
        let epoch = -1;
        let cached: Value = 0;
        // The kernel's own buffer is only rewritten when the kernel runs, i.e. at the next block.
        return (t) => {
          if (epoch !== ctx.epoch) {
            epoch = ctx.epoch;
            cached = kernel(t);
          }
          return cached;
        };
      },
    };
  }

  private walkNode(node: Expr, scope: Scope): Info {
    switch (node.type) {
      case "Literal":
        if (typeof node.value !== "number")
          return this.error(
            scope,
            node,
            "forbidden_syntax",
            messages.forbidden(`the literal ${String(node.raw)}`),
          );
        return {
          unit: DIMENSIONLESS,
          free: true,
          series: false,
          constant: node.value,
          make: constant(node.value),
        };
      case "Identifier":
        return this.identifier(node, scope);
      case "MemberExpression":
        return this.member(node, scope);
      case "UnaryExpression":
        return this.unary(node, scope);
      case "BinaryExpression":
        return this.binary(node, scope);
      case "ConditionalExpression":
        return this.ifThenElse(
          node,
          [node.test as Expr, node.consequent as Expr, node.alternate as Expr],
          scope,
        );
      case "CallExpression":
        return compileCall(this, node, scope);
      case "ThisExpression":
        return this.error(scope, node, "forbidden_syntax", messages.forbidden("this"));
      case "Compound":
        return this.error(scope, node, "formula_syntax", messages.formulaSyntax("one expression expected"));
      default:
        return this.error(scope, node, "forbidden_syntax", messages.forbidden(`${node.type}`));
    }
  }

  private identifier(node: Expr, scope: Scope): Info {
    const name = String(node.name);
    if (name === "year") {
      if (this.needsPeriod(scope, node, name)) return DUMMY;
      return {
        unit: DIMENSIONLESS,
        free: false,
        series: true,
        constant: null,
        make: (env) => (t) => env.years[t]!,
      };
    }
    if (name === PERIOD_NAME)
      return { unit: PERIOD_UNIT, free: false, series: false, constant: 1, make: constant(1) };
    const reader = this.names.reader(name);
    if (!reader) return this.unknownName(scope, node, name);
    const series = this.names.isSeries(name);
    if (series && this.needsPeriod(scope, node, name)) return DUMMY;
    if (this.names.isVariable(name)) this.addEdge(scope, name, scope.edge);
    return { unit: this.names.unitOf(name), free: false, series, constant: null, make: reader };
  }

  private member(node: Expr, scope: Scope): Info {
    if (!node.computed)
      return this.error(scope, node, "forbidden_syntax", messages.forbidden("member access (a.b)"));
    const object = node.object as Expr;
    if (object.type !== "Identifier")
      return this.error(scope, node, "forbidden_syntax", messages.forbidden("indexing anything but a name"));
    const name = String(object.name);
    const reader = this.names.reader(name);
    if (!reader) return this.unknownName(scope, object, name);
    const unit = this.names.unitOf(name);
    const year = this.literalYear(scope, node.property as Expr, name);
    if (year === null) return { ...DUMMY, unit, free: false };
    if (this.names.isVariable(name)) this.addEdge(scope, name, "full");
    const t = year - this.first;
    return {
      unit,
      free: false,
      series: false,
      constant: null,
      make: (env) => {
        const read = reader(env);
        return () => read(t);
      },
    };
  }

  private unary(node: Expr, scope: Scope): Info {
    const op = String(node.operator);
    const arg = this.walk(node.argument as Expr, scope);
    const { unit, free, series } = arg;
    if (op === "+") return arg;
    if (op === "-") {
      if (arg.constant !== null)
        return { unit, free, series, constant: -arg.constant, make: constant(-arg.constant) };
      return {
        unit,
        free,
        series,
        constant: null,
        make: (env, target) => neg(env.ctx, arg.make(env), target),
      };
    }
    if (op === "!") {
      const make: KernelFactory = (env, target) => unaryFn(env.ctx, "not", arg.make(env), target);
      const c =
        arg.constant === null || Number.isNaN(arg.constant) ? arg.constant : arg.constant === 0 ? 1 : 0;
      return { unit: DIMENSIONLESS, free, series, constant: c, make: c === null ? make : constant(c) };
    }
    return this.error(scope, node, "forbidden_syntax", messages.forbidden(`the operator ${op}`));
  }

  combineAdditive(node: Expr, scope: Scope, l: Info, r: Info, what: string): Unit | null {
    if (l.free) return r.unit;
    if (r.free) return l.unit;
    if (!sameUnit(l.unit, r.unit)) {
      const offset = operatorOffset(scope.parsed, node);
      this.issues.push(
        modelIssue(
          "unit_mismatch",
          unitMismatchMessage(what, l.unit, r.unit),
          this.at(scope, offset, String(node.operator).length),
        ),
      );
      return null;
    }
    return l.unit;
  }

  combineBranches(node: Expr, scope: Scope, a: Info, b: Info, what: string): Unit {
    if (a.free) return b.unit;
    if (b.free || sameUnit(a.unit, b.unit)) return a.unit;
    const span = scope.parsed.spans.get(node);
    this.issues.push(
      modelIssue(
        "unit_mismatch",
        unitMismatchMessage(what, a.unit, b.unit),
        this.at(scope, span?.start ?? 0, 1),
      ),
    );
    return a.unit;
  }

  /** A growth or discount rate: a fraction, or a fraction per year. */
  requireRate(scope: Scope, node: Expr, info: Info, what: string): void {
    if (!isRate(info.unit)) this.requireDimensionless(scope, node, info, what);
  }

  requireDimensionless(scope: Scope, node: Expr, info: Info, what: string): void {
    if (isDimensionless(info.unit) || info.free) return;
    const span = scope.parsed.spans.get(node);
    this.issues.push(
      modelIssue(
        "unit_mismatch",
        messages.dimensionlessExpected(what, formatUnit(info.unit)),
        this.at(scope, span?.start ?? 0, span ? span.end - span.start : 1),
      ),
    );
  }

  private binary(node: Expr, scope: Scope): Info {
    const op = String(node.operator);
    if (op === "=") return this.error(scope, node, "forbidden_syntax", messages.namedOutsideCall());
    const l = this.walk(node.left as Expr, scope);
    const r = this.walk(node.right as Expr, scope);
    switch (op) {
      case "+":
      case "-":
        return arithmetic(op, this.combineAdditive(node, scope, l, r, `'${op}'`) ?? l.unit, l, r);
      case "*":
        return arithmetic(op, multiplyUnits(l.unit, r.unit), l, r);
      case "/":
        return arithmetic(op, divideUnits(l.unit, r.unit), l, r);
      case "^":
      case "**":
        return other("^", this.powerUnit(node, scope, l, r), l, r);
      case "<":
      case "<=":
      case ">":
      case ">=":
      case "==":
      case "!=":
        this.combineAdditive(node, scope, l, r, `'${op}'`);
        return other(op, DIMENSIONLESS, l, r);
      case "&&":
      case "||":
        return other(op, DIMENSIONLESS, l, r);
      default:
        return this.error(scope, node, "forbidden_syntax", messages.forbidden(`the operator ${op}`));
    }
  }

  private powerUnit(node: Expr, scope: Scope, l: Info, r: Info): Unit {
    const where = this.at(scope, operatorOffset(scope.parsed, node), 1);
    if (!isDimensionless(r.unit))
      this.issues.push(
        modelIssue("unit_mismatch", messages.dimensionlessExpected("an exponent", formatUnit(r.unit)), where),
      );
    if (isDimensionless(l.unit)) return DIMENSIONLESS;
    const powered = r.constant === null ? null : powerUnit(l.unit, r.constant);
    if (!powered)
      this.issues.push(
        modelIssue(
          "unit_mismatch",
          messages.unitMismatch(
            "'^' (a quantity with a unit needs a constant integer exponent)",
            formatUnit(l.unit),
            "a variable exponent",
          ),
          where,
        ),
      );
    return powered ?? l.unit;
  }

  ifThenElse(node: Expr, args: Expr[], scope: Scope): Info {
    const [c, a, b] = args.map((arg) => this.walk(arg, scope)) as [Info, Info, Info];
    const unit = this.combineBranches(node, scope, a, b, "if()");
    return {
      unit,
      free: a.free && b.free,
      series: c.series || a.series || b.series,
      constant: null,
      make: (env, target) => {
        const branch: Target = { out: null };
        return select(env.ctx, c.make(env), a.make(env, branch), b.make(env, branch), target, branch);
      },
    };
  }
}

/** The length of one period, 1 yr: `flow * period` is what a flow adds in one period. */
export const PERIOD_NAME = "period";

/** "unit mismatch in '+': …", told as stock beside flow when only the yr power differs. */
export function unitMismatchMessage(what: string, a: Unit, b: Unit): string {
  const pair = stockFlowPair(a, b);
  return pair
    ? messages.stockFlowMismatch(what, formatUnit(pair.stock), formatUnit(pair.flow))
    : messages.unitMismatch(what, formatUnit(a), formatUnit(b));
}

const ARITH_KERNELS = { "+": add, "-": sub, "*": mul, "/": div } as const;

function fold(op: ArithOp | BinaryOp, a: number, b: number): number {
  switch (op) {
    case "+":
      return a + b;
    case "-":
      return a - b;
    case "*":
      return a * b;
    case "/":
      return a / b;
    default:
      return scalarOp(op, a, b);
  }
}

/** + − × ÷: fused with an arithmetic child into one pass (left child first). */
function arithmetic(op: ArithOp, unit: Unit, l: Info, r: Info): Info {
  const free = l.free && r.free;
  const series = l.series || r.series;
  if (l.constant !== null && r.constant !== null) {
    const c = fold(op, l.constant, r.constant);
    return { unit, free, series, constant: c, make: constant(c) };
  }
  const kernel = ARITH_KERNELS[op];
  let make: KernelFactory = (env, target) => kernel(env.ctx, l.make(env), r.make(env), target);
  const inner = l.arith ? l : r.arith ? r : null;
  if (inner?.arith) {
    const { op: op1, left, right } = inner.arith;
    const other = inner === l ? r : l;
    const innerLeft = inner === l;
    make = (env, target) =>
      fused(env.ctx, op1, op, innerLeft, left.make(env), right.make(env), other.make(env), target);
  }
  return { unit, free, series, constant: null, make, arith: { op, left: l, right: r } };
}

/** Other binary operators: one kernel, constants folded. */
function other(op: BinaryOp, unit: Unit, l: Info, r: Info): Info {
  const free = l.free && r.free;
  const series = l.series || r.series;
  if (l.constant !== null && r.constant !== null) {
    const c = fold(op, l.constant, r.constant);
    return { unit, free, series, constant: c, make: constant(c) };
  }
  return {
    unit,
    free,
    series,
    constant: null,
    make: (env, target) => binaryOp(env.ctx, op, l.make(env), r.make(env), target),
  };
}
