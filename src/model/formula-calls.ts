import type { Expr } from "./formula.js";
import { constant, DUMMY, type FormulaCompiler, type Info, type Scope } from "./formula-compiler.js";
import {
  bassAt,
  closestNames,
  debtDrawAt,
  debtInterestAt,
  debtRepaymentAt,
  FUNCTION_BY_NAME,
  type FunctionSpec,
  gompertzAt,
  logisticAt,
  REDUCERS,
} from "./functions.js";
import { messages } from "./messages.js";
import {
  cumsumKernel,
  curveKernel,
  growKernel,
  interpKernel,
  progress,
  type ReducerKind,
  reduceKernel,
} from "./period-kernels.js";
import type { KernelFactory } from "./program.js";
import { accumulatedUnit, DIMENSIONLESS, perPeriodUnit, powerUnit, sameUnit, type Unit } from "./units.js";
import { binaryOp, clampKernel, scalarOp, type UnaryFn, unaryFn } from "./vector.js";

/** Function calls: arguments bound by position or name (functions.ts), then one compiler per function. */

type Args = (Expr | undefined)[];
type CallCompiler = (fc: FormulaCompiler, node: Expr, args: Args, scope: Scope, spec: FunctionSpec) => Info;

export function compileCall(fc: FormulaCompiler, node: Expr, scope: Scope): Info {
  const callee = node.callee as Expr;
  if (callee.type !== "Identifier")
    return fc.error(
      scope,
      callee,
      "forbidden_syntax",
      messages.forbidden("calling anything but a model function"),
    );
  const name = String(callee.name);
  const spec = FUNCTION_BY_NAME.get(name);
  if (!spec) return fc.unknownFunction(scope, callee, name);
  const args = bindArguments(fc, node, scope, spec);
  if (!args) return DUMMY;
  if (REDUCERS.has(name) || ((name === "min" || name === "max") && args.length === 1))
    return reduction(fc, node, args, scope, spec);
  const compiler = COMPILERS[name];
  return compiler ? compiler(fc, node, args, scope, spec) : fc.unknownFunction(scope, callee, name);
}

/** Arguments in parameter order; named ones (`default = 0`) after the positional ones. */
function bindArguments(fc: FormulaCompiler, node: Expr, scope: Scope, spec: FunctionSpec): Args | null {
  const given = node.arguments as Expr[];
  const args: Args = [];
  let named = false;
  for (const arg of given) {
    if (arg.type === "BinaryExpression" && arg.operator === "=") {
      named = true;
      const key = arg.left as Expr;
      const param = key.type === "Identifier" ? String(key.name) : "";
      const index = spec.params.indexOf(param);
      if (index === -1 || spec.variadic) {
        fc.error(
          scope,
          key,
          "unknown_name",
          messages.unknownParameter(spec.name, param, closestNames(param, spec.params), spec.params),
        );
        return null;
      }
      if (args[index] !== undefined) {
        fc.error(scope, key, "wrong_arity", messages.parameterTwice(spec.name, param));
        return null;
      }
      args[index] = arg.right as Expr;
    } else if (named) {
      fc.error(scope, arg, "formula_syntax", messages.positionalAfterNamed(spec.name));
      return null;
    } else args.push(arg);
  }
  const count = args.length;
  const missing = spec.params.slice(0, spec.required).find((_, i) => args[i] === undefined);
  if ((!spec.variadic && count > spec.params.length) || missing !== undefined || count < spec.required) {
    const expected = spec.variadic
      ? `${spec.required} or more`
      : spec.required === spec.params.length
        ? String(spec.required)
        : `${spec.required} to ${spec.params.length}`;
    fc.error(scope, node, "wrong_arity", messages.wrongArity(spec.name, expected, given.length, spec.params));
    return null;
  }
  return args;
}

function reduction(fc: FormulaCompiler, _node: Expr, args: Args, scope: Scope, spec: FunctionSpec): Info {
  const name = spec.name;
  const inner: Scope = {
    ...scope,
    seriesAllowed: true,
    edge: scope.mode === "variable" ? "full" : scope.edge,
  };
  const x = fc.walk(args[0]!, inner);
  const last = fc.names.years.length - 1;
  let rate: Info | null = null;
  let from = 0;
  let to = last;
  if (name === "npv") {
    rate = fc.walk(args[1]!, inner);
    fc.requireRate(scope, args[1]!, rate, "npv's rate");
  } else {
    const fromYear = fc.literalYear(scope, args[1], name);
    const toYear = fc.literalYear(scope, args[2], name);
    if (fromYear !== null) from = fromYear - fc.first;
    if (toYear !== null) to = toYear - fc.first;
    // One year given: from the first period to that year ("any period ≤ 2030").
    if (args[2] === undefined && fromYear !== null) [from, to] = [0, from];
  }
  const kind: ReducerKind = name === "min" ? "min_over" : name === "max" ? "max_over" : (name as ReducerKind);
  const rateMake = rate?.make;
  return {
    unit: reducedUnit(kind, x.unit),
    free: x.free,
    series: false,
    constant: null,
    make: (env) => reduceKernel(env, kind, x.make(env), from, to, rateMake ? rateMake(env) : null),
  };
}

/** any/all are truth values; sums over periods accumulate (a flow becomes a stock); the rest keep the unit. */
function reducedUnit(kind: ReducerKind, unit: Unit): Unit {
  if (kind === "any" || kind === "all") return DIMENSIONLESS;
  return kind === "sum" || kind === "npv" ? accumulatedUnit(unit) : unit;
}

function minMax(fc: FormulaCompiler, node: Expr, args: Args, scope: Scope, spec: FunctionSpec): Info {
  const name = spec.name as "min" | "max";
  const infos = (args as Expr[]).map((a) => fc.walk(a, scope));
  let acc = infos[0]!;
  for (let i = 1; i < infos.length; i++) {
    const next = infos[i]!;
    const left = acc;
    const unit = fc.combineBranches(node, scope, left, next, `${name}()`);
    const c =
      left.constant !== null && next.constant !== null ? scalarOp(name, left.constant, next.constant) : null;
    acc = {
      unit,
      free: left.free && next.free,
      series: left.series || next.series,
      constant: c,
      make:
        c !== null
          ? constant(c)
          : (env, target) => binaryOp(env.ctx, name, left.make(env), next.make(env), target),
    };
  }
  return acc;
}

const MATH: Record<string, (x: number) => number> = {
  abs: Math.abs,
  exp: Math.exp,
  log: Math.log,
  sqrt: Math.sqrt,
};

function math1(fc: FormulaCompiler, _node: Expr, args: Args, scope: Scope, spec: FunctionSpec): Info {
  const name = spec.name as UnaryFn;
  const x = fc.walk(args[0]!, scope);
  let unit = x.unit;
  if (name === "exp" || name === "log") {
    fc.requireDimensionless(scope, args[0]!, x, `${name}()`);
    unit = DIMENSIONLESS;
  }
  if (name === "sqrt") {
    const half = powerUnit(x.unit, 0.5);
    if (!half) fc.requireDimensionless(scope, args[0]!, x, "sqrt() of a unit with odd powers");
    unit = half ?? DIMENSIONLESS;
  }
  const c = x.constant === null ? null : MATH[name]!(x.constant);
  // A new node: the argument's `arith` must not reach the parent (it would fuse past this function).
  return {
    unit,
    free: x.free,
    series: x.series,
    constant: c,
    make: c !== null ? constant(c) : (env, target) => unaryFn(env.ctx, name, x.make(env), target),
  };
}

function clamp(fc: FormulaCompiler, node: Expr, args: Args, scope: Scope): Info {
  const [x, lo, hi] = (args as Expr[]).map((a) => fc.walk(a, scope)) as [Info, Info, Info];
  const bounds = fc.combineBranches(node, scope, lo, hi, "clamp()") === lo.unit ? lo : hi;
  const unit = fc.combineBranches(node, scope, x, bounds, "clamp()");
  return {
    unit,
    free: x.free,
    series: x.series || lo.series || hi.series,
    constant: null,
    make: (env, target) => clampKernel(env.ctx, x.make(env), lo.make(env), hi.make(env), target),
  };
}

function prev(fc: FormulaCompiler, node: Expr, args: Args, scope: Scope): Info {
  const target = args[0]!;
  let lag = 1;
  const k = args[2];
  if (k) {
    if (k.type !== "Literal" || typeof k.value !== "number" || !Number.isInteger(k.value) || k.value < 1)
      return fc.error(scope, k, "formula_syntax", messages.prevLag());
    lag = k.value;
  }
  if (target.type !== "Identifier")
    return fc.error(scope, target, "formula_syntax", messages.prevNeedsName());
  const name = String(target.name);
  const reader = fc.names.reader(name);
  if (!reader) return fc.unknownName(scope, target, name);
  if (fc.needsPeriod(scope, node, `prev(${name})`)) return DUMMY;
  // Inside a reduction every period is read at once: an earlier period of itself is not computed yet.
  if (fc.names.isVariable(name)) fc.addEdge(scope, name, scope.edge === "full" ? "full" : "prev");
  const unit = fc.names.unitOf(name);
  const fallback = args[1] ? fc.walk(args[1], scope) : null;
  if (fallback && !fallback.free && !sameUnit(fallback.unit, unit))
    fc.combineBranches(node, scope, { ...fallback, unit }, fallback, "prev()'s default");
  const fallbackMake = fallback?.make ?? constant(0);
  return {
    unit,
    free: false,
    series: true,
    constant: null,
    make: (env) => {
      const read = reader(env);
      const otherwise = fallbackMake(env);
      return (t) => (t >= lag ? read(t - lag) : otherwise(t));
    },
  };
}

function cumsum(fc: FormulaCompiler, node: Expr, args: Args, scope: Scope): Info {
  const x = fc.walk(args[0]!, scope);
  if (fc.needsPeriod(scope, node, "cumsum(…)")) return DUMMY;
  return {
    unit: accumulatedUnit(x.unit),
    free: x.free,
    series: true,
    constant: null,
    make: (env) => cumsumKernel(env, x.make(env)),
  };
}

function grow(fc: FormulaCompiler, node: Expr, args: Args, scope: Scope): Info {
  const [x0, rate] = (args as Expr[]).map((a) => fc.walk(a, scope)) as [Info, Info];
  fc.requireRate(scope, args[1]!, rate, "grow()'s rate");
  if (fc.needsPeriod(scope, node, "grow(…)")) return DUMMY;
  return {
    unit: x0.unit,
    free: false,
    series: true,
    constant: null,
    make: (env) => growKernel(env, x0.make(env), rate.make(env)),
  };
}

function interp(fc: FormulaCompiler, node: Expr, args: Args, scope: Scope, spec: FunctionSpec): Info {
  const [a, b] = (args as Expr[]).slice(0, 2).map((x) => fc.walk(x, scope)) as [Info, Info];
  const y0 = fc.literalYear(scope, args[2], spec.name);
  const y1 = fc.literalYear(scope, args[3], spec.name);
  const unit = fc.combineBranches(node, scope, a, b, `${spec.name}()`);
  if (fc.needsPeriod(scope, node, `${spec.name}(…)`)) return DUMMY;
  const start = y0 ?? fc.first;
  const end = y1 ?? fc.last;
  const geometric = spec.name === "interp_geometric";
  return {
    unit,
    free: false,
    series: true,
    constant: null,
    make: (env) => interpKernel(env, geometric, a.make(env), b.make(env), start, end),
  };
}

function ramp(fc: FormulaCompiler, node: Expr, args: Args, scope: Scope, spec: FunctionSpec): Info {
  const y0 = fc.literalYear(scope, args[0], spec.name) ?? fc.first;
  const y1 = fc.literalYear(scope, args[1], spec.name) ?? fc.last;
  if (fc.needsPeriod(scope, node, "ramp(…)")) return DUMMY;
  return {
    unit: DIMENSIONLESS,
    free: false,
    series: true,
    constant: null,
    make: (env) => (t) => progress(env.years[t]!, y0, y1),
  };
}

const CURVES: Record<string, (a: readonly number[], year: number) => number> = {
  logistic: (a, year) => logisticAt(a[0]!, a[1]!, a[2]!, year),
  gompertz: (a, year) => gompertzAt(a[0]!, a[1]!, a[2]!, year),
  bass: (a, year) => bassAt(a[0]!, a[1]!, a[2]!, a[3]!, year),
  debt_draw: (a, year) => debtDrawAt(a[0]!, a[1]!, year),
  debt_interest: (a, year) => debtInterestAt(a[0]!, a[1]!, a[2]!, a[3]!, year),
  debt_repayment: (a, year) => debtRepaymentAt(a[0]!, a[1]!, year),
};

/** Adoption curves and loans: the first parameter (cap, principal) gives the unit, the others are plain numbers. */
function curve(fc: FormulaCompiler, node: Expr, args: Args, scope: Scope, spec: FunctionSpec): Info {
  const infos = (args as Expr[]).map((a) => fc.walk(a, scope));
  infos.slice(1).forEach((info, i) => {
    fc.requireDimensionless(scope, args[i + 1]!, info, `${spec.name}()'s ${spec.params[i + 1]}`);
  });
  if (fc.needsPeriod(scope, node, `${spec.name}(…)`)) return DUMMY;
  const f = CURVES[spec.name]!;
  const make: KernelFactory = (env) =>
    curveKernel(
      env,
      infos.map((info) => info.make(env)),
      f,
    );
  // A loan's principal is an amount; what it draws, charges and repays in each period is a flow.
  const unit = spec.name.startsWith("debt_") ? perPeriodUnit(infos[0]!.unit) : infos[0]!.unit;
  return { unit, free: infos[0]!.free, series: true, constant: null, make };
}

const COMPILERS: Record<string, CallCompiler> = {
  min: minMax,
  max: minMax,
  abs: math1,
  exp: math1,
  log: math1,
  sqrt: math1,
  clamp,
  if: (fc, node, args, scope) => fc.ifThenElse(node, args as Expr[], scope),
  prev,
  cumsum,
  grow,
  interp_linear: interp,
  interp_geometric: interp,
  ramp,
  logistic: curve,
  gompertz: curve,
  bass: curve,
  debt_draw: curve,
  debt_interest: curve,
  debt_repayment: curve,
};
