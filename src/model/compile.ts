import type { Issue, IssueLocation } from "../core/index.js";
import { inputSourceText, refText } from "./bind.js";
import { type Dist, describeDist, normalizeDistribution, scheduleValue } from "./distributions.js";
import { type Expr, operatorOffset, type ParsedFormula, parseFormula } from "./formula.js";
import type { ScenarioSource, SourcePath } from "./load.js";
import { messages, modelIssue } from "./messages.js";
import type { Distribution, Scenario } from "./schema.js";
import type { InputOrigin } from "./types.js";
import {
  DIMENSIONLESS,
  divideUnits,
  formatUnit,
  isDimensionless,
  multiplyUnits,
  parseUnit,
  powerUnit,
  sameUnit,
  type Unit,
} from "./units.js";
import {
  type ArithOp,
  add,
  type BlockContext,
  binaryOp,
  clampKernel,
  div,
  fused,
  type Kernel,
  map2,
  mul,
  neg,
  select,
  sub,
  type Target,
  unaryFn,
  type Value,
} from "./vector.js";

/**
 * Scenario → Program: names resolved, units checked, periods checked, variables ordered (cycles
 * through prev() allowed), and every formula turned into a kernel factory over typed-array columns.
 */

/** An input whose distribution was supplied by the ledger (see ledger-binding.ts). */
export interface BoundInput {
  dist: Dist;
  unit: string;
  origin: InputOrigin;
}

export interface CompiledInput {
  name: string;
  unit: string;
  dist: Dist;
  /** Scalar inputs have a column per block; schedules a value per period. */
  schedule: Float64Array | null;
  origin: InputOrigin;
  /** Index among scalar inputs (column), or -1 for schedules. */
  column: number;
}

/** `target`, when given, is where the root kernel may write its vector result (see vector.ts). */
export type KernelFactory = (env: BlockEnv, target?: Target) => Kernel;

/** What kernel factories read: the block context and the columns. */
export interface BlockEnv {
  ctx: BlockContext;
  years: readonly number[];
  /** One column (size) per scalar input. */
  inputs: Float64Array[];
  /** Per variable, one view per period into its column. */
  views: Float64Array[][];
}

export interface CompiledVariable {
  name: string;
  unit: string;
  formula: string;
  index: number;
  make: KernelFactory;
}

export interface CompiledFormula {
  name: string;
  unit: string;
  formula: string;
  make: KernelFactory;
}

export interface CorrelationSpec {
  /** Column indices of the correlated scalar inputs. */
  columns: number[];
  /** Target Pearson correlation of normal scores (Spearman adjusted), row-major k×k. */
  target: number[][];
}

export interface Program {
  name: string;
  description: string;
  years: number[];
  inputs: CompiledInput[];
  /** Scalar inputs in column order. */
  columns: CompiledInput[];
  variables: CompiledVariable[];
  /** Groups of variable indices evaluated period by period, in dependency order. */
  stages: number[][];
  scalars: CompiledFormula[];
  events: CompiledFormula[];
  /** Names summarised per period: variables or inputs. */
  outputs: string[];
  correlation: CorrelationSpec | null;
}

interface Info {
  unit: Unit;
  /** Only literals: compatible with any unit in + − and comparisons. */
  free: boolean;
  /** Varies by period. */
  series: boolean;
  /** Constant literal value, when known. */
  constant: number | null;
  make: KernelFactory;
  /** Set on + − × ÷ nodes with a varying value: a parent operator may fuse with them. */
  arith?: { op: ArithOp; left: Info; right: Info };
}

type EdgeKind = "same" | "prev" | "full";

interface Scope {
  /** Per-period formula (variables) or one value per sample (scalars, events). */
  mode: "variable" | "scalar";
  /** In scalar mode, inside the first argument of a period reduction. */
  seriesAllowed: boolean;
  edge: EdgeKind;
  edges: Map<string, Set<EdgeKind>>;
  parsed: ParsedFormula;
  path: SourcePath;
}

const REDUCERS = new Set(["sum", "mean", "any", "all", "min_over", "max_over", "npv"]);

export interface CompileResult {
  program: Program | null;
  issues: Issue[];
}

function levenshtein(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length]!;
}

function suggest(name: string, known: Iterable<string>): string | null {
  let best: string | null = null;
  let bestDistance = 3;
  for (const candidate of known) {
    const d = levenshtein(name.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) {
      bestDistance = d;
      best = candidate;
    }
  }
  return best;
}

const constant =
  (value: number): KernelFactory =>
  () =>
  () =>
    value;

/** Compiles a validated scenario. `bindings` holds ledger-bound inputs; `source` gives positions. */
export function compileScenario(
  scenario: Scenario,
  options: { source?: ScenarioSource; bindings?: Record<string, BoundInput> } = {},
): CompileResult {
  const issues: Issue[] = [];
  const source = options.source;
  const bindings = options.bindings ?? {};
  const file = source?.file ?? scenario.name;
  const locate = (path: SourcePath, atKey = false): IssueLocation =>
    source ? source.locate(path, atKey) : { kind: "file", file };
  const locateIn = (path: SourcePath, offset: number, length?: number): IssueLocation =>
    source ? source.locateInString(path, offset, length) : { kind: "file", file };
  const years: number[] = [];
  for (let y = scenario.periods.start; y <= scenario.periods.end; y++) years.push(y);
  const first = years[0]!;
  const last = years[years.length - 1]!;
  const yearIndex = (year: number) => year - first;

  // Names: one namespace.
  const seen = new Set<string>();
  const declare = (name: string, path: SourcePath) => {
    if (seen.has(name))
      issues.push(modelIssue("duplicate_name", messages.duplicateName(name), locate(path, true)));
    seen.add(name);
  };

  // Inputs.
  const inputs: CompiledInput[] = [];
  const columns: CompiledInput[] = [];
  const inputByName = new Map<string, CompiledInput>();
  const unitOf = new Map<string, Unit>();
  for (const [name, spec] of Object.entries(scenario.inputs)) {
    declare(name, ["inputs", name]);
    const unit = parseUnit(spec.unit);
    if (!unit) {
      issues.push(
        modelIssue("unit_invalid", messages.unitInvalid(spec.unit), locate(["inputs", name, "unit"])),
      );
      continue;
    }
    let dist: Dist | null = null;
    let origin: InputOrigin = {
      kind: "explicit",
      source: inputSourceText(spec),
      assumption: spec.assumption ?? false,
    };
    let distPath: SourcePath = ["inputs", name];
    let distSpec: Distribution | undefined = spec as Distribution;
    if (spec.from) {
      const bound = bindings[name];
      if (bound) {
        const boundUnit = parseUnit(bound.unit);
        if (!boundUnit || !sameUnit(boundUnit, unit)) {
          issues.push(
            modelIssue(
              "unit_mismatch",
              messages.unitMismatch(`input '${name}' bound to the ledger`, spec.unit, bound.unit),
              locate(["inputs", name, "from"]),
            ),
          );
          continue;
        }
        dist = bound.dist;
        origin = bound.origin;
        distSpec = undefined;
      } else if (spec.fallback) {
        distSpec = spec.fallback;
        distPath = ["inputs", name, "fallback"];
        origin = {
          kind: "fallback",
          ref: spec.from,
          source: inputSourceText(spec),
          assumption: spec.assumption ?? false,
        };
      } else {
        issues.push(
          modelIssue(
            "ledger_missing",
            messages.ledgerMissing(name, refText(spec.from)),
            locate(["inputs", name, "from"]),
          ),
        );
        continue;
      }
    }
    if (distSpec) {
      const normalized = normalizeDistribution(distSpec);
      if (normalized.error !== null) {
        issues.push(
          modelIssue(
            "distribution_invalid",
            messages.distributionInvalid(name, normalized.error),
            locate(distPath),
          ),
        );
        continue;
      }
      dist = normalized.dist;
    }
    if (!dist) continue;
    const compiled: CompiledInput = {
      name,
      unit: spec.unit,
      dist,
      schedule:
        dist.kind === "schedule" ? Float64Array.from(years, (y) => scheduleValue(dist.points, y)) : null,
      origin,
      column: dist.kind === "schedule" ? -1 : columns.length,
    };
    if (compiled.column >= 0) columns.push(compiled);
    inputs.push(compiled);
    inputByName.set(name, compiled);
    unitOf.set(name, unit);
  }

  // Variables: declared units first, so formulas can refer to each other in any order.
  const variableNames = Object.keys(scenario.variables);
  const variableIndex = new Map<string, number>();
  const declaredUnits = new Map<string, Unit>();
  for (const [name, spec] of Object.entries(scenario.variables)) {
    declare(name, ["variables", name]);
    variableIndex.set(name, variableIndex.size);
    const unit = parseUnit(spec.unit);
    if (!unit) {
      issues.push(
        modelIssue("unit_invalid", messages.unitInvalid(spec.unit), locate(["variables", name, "unit"])),
      );
      continue;
    }
    declaredUnits.set(name, unit);
  }
  for (const name of Object.keys(scenario.scalars)) declare(name, ["scalars", name]);
  for (const name of Object.keys(scenario.events)) declare(name, ["events", name]);

  const knownNames = [...inputByName.keys(), ...variableNames, "year"];

  function error(scope: Scope, node: Expr, code: Parameters<typeof modelIssue>[0], message: string): Info {
    const span = scope.parsed.spans.get(node);
    issues.push(
      modelIssue(code, message, locateIn(scope.path, span?.start ?? 0, span ? span.end - span.start : 1)),
    );
    return { unit: DIMENSIONLESS, free: true, series: false, constant: 0, make: constant(0) };
  }

  function addEdge(scope: Scope, name: string, kind: EdgeKind) {
    let set = scope.edges.get(name);
    if (!set) {
      set = new Set();
      scope.edges.set(name, set);
    }
    set.add(kind);
  }

  function literalYear(scope: Scope, node: Expr | undefined, owner: string): number | null {
    if (!node) return null;
    if (node.type !== "Literal" || typeof node.value !== "number") {
      error(scope, node, "bad_period", messages.periodNotConstant(owner));
      return null;
    }
    const year = node.value;
    if (!Number.isInteger(year) || year < first || year > last) {
      error(scope, node, "bad_period", messages.badPeriod(owner, year, first, last));
      return null;
    }
    return year;
  }

  /** A name read at period index t (used by references, prev() and x[year]). */
  function nameReader(name: string): ((env: BlockEnv) => (t: number) => Value) | null {
    const input = inputByName.get(name);
    if (input) {
      if (input.dist.kind === "point") {
        const value = input.dist.value;
        return () => () => value;
      }
      if (input.schedule) {
        const values = input.schedule;
        return () => (t) => values[t]!;
      }
      const column = input.column;
      return (env) => {
        const col = env.inputs[column]!;
        return () => col;
      };
    }
    const v = variableIndex.get(name);
    if (v !== undefined) {
      return (env) => {
        const views = env.views[v]!;
        return (t) => views[t]!;
      };
    }
    return null;
  }

  function isSeriesName(name: string): boolean {
    return variableIndex.has(name) || Boolean(inputByName.get(name)?.schedule);
  }

  function unitOfName(name: string): Unit {
    return unitOf.get(name) ?? declaredUnits.get(name) ?? DIMENSIONLESS;
  }

  /** Per-sample values that do not change with the period are computed once per block. */
  function walk(node: Expr, scope: Scope): Info {
    const info = walkNode(node, scope);
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

  function walkNode(node: Expr, scope: Scope): Info {
    switch (node.type) {
      case "Literal": {
        if (typeof node.value !== "number")
          return error(
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
      }
      case "Identifier": {
        const name = String(node.name);
        if (name === "year") {
          if (scope.mode === "scalar" && !scope.seriesAllowed)
            return error(scope, node, "needs_period", messages.needsPeriod(name));
          return {
            unit: DIMENSIONLESS,
            free: false,
            series: true,
            constant: null,
            make: (env) => (t) => env.years[t]!,
          };
        }
        const reader = nameReader(name);
        if (!reader) {
          return error(scope, node, "unknown_name", messages.unknownName(name, suggest(name, knownNames)));
        }
        const series = isSeriesName(name);
        if (series && scope.mode === "scalar" && !scope.seriesAllowed)
          return error(scope, node, "needs_period", messages.needsPeriod(name));
        if (variableIndex.has(name)) addEdge(scope, name, scope.edge);
        return { unit: unitOfName(name), free: false, series, constant: null, make: reader };
      }
      case "MemberExpression": {
        if (!node.computed)
          return error(scope, node, "forbidden_syntax", messages.forbidden("member access (a.b)"));
        const object = node.object as Expr;
        if (object.type !== "Identifier")
          return error(scope, node, "forbidden_syntax", messages.forbidden("indexing anything but a name"));
        const name = String(object.name);
        const reader = nameReader(name);
        if (!reader)
          return error(scope, object, "unknown_name", messages.unknownName(name, suggest(name, knownNames)));
        const year = literalYear(scope, node.property as Expr, name);
        if (year === null)
          return { unit: unitOfName(name), free: false, series: false, constant: null, make: constant(0) };
        if (variableIndex.has(name)) addEdge(scope, name, "full");
        const t = yearIndex(year);
        return {
          unit: unitOfName(name),
          free: false,
          series: false,
          constant: null,
          make: (env) => {
            const read = reader(env);
            return () => read(t);
          },
        };
      }
      case "UnaryExpression": {
        const op = String(node.operator);
        const arg = walk(node.argument as Expr, scope);
        if (op === "+") return arg;
        if (op === "-") {
          const c = arg.constant === null ? null : -arg.constant;
          return {
            ...arg,
            constant: c,
            make: c === null ? (env, target) => neg(env.ctx, arg.make(env), target) : constant(c),
          };
        }
        if (op === "!")
          return {
            ...arg,
            unit: DIMENSIONLESS,
            constant: null,
            make: (env, target) => unaryFn(env.ctx, "not", arg.make(env), target),
          };
        return error(scope, node, "forbidden_syntax", messages.forbidden(`the operator ${op}`));
      }
      case "BinaryExpression":
        return binary(node, scope);
      case "ConditionalExpression": {
        return ifThenElse(node, [node.test as Expr, node.consequent as Expr, node.alternate as Expr], scope);
      }
      case "CallExpression":
        return call(node, scope);
      case "ThisExpression":
        return error(scope, node, "forbidden_syntax", messages.forbidden("this"));
      case "Compound":
        return error(scope, node, "formula_syntax", messages.formulaSyntax("one expression expected"));
      default:
        return error(scope, node, "forbidden_syntax", messages.forbidden(`${node.type}`));
    }
  }

  function at(scope: Scope, offset: number, length: number): IssueLocation {
    return locateIn(scope.path, offset, length);
  }

  function combineAdditive(node: Expr, scope: Scope, l: Info, r: Info, what: string): Unit | null {
    if (l.free) return r.unit;
    if (r.free) return l.unit;
    if (!sameUnit(l.unit, r.unit)) {
      const offset = operatorOffset(scope.parsed, node);
      issues.push(
        modelIssue(
          "unit_mismatch",
          messages.unitMismatch(what, formatUnit(l.unit), formatUnit(r.unit)),
          at(scope, offset, String(node.operator).length),
        ),
      );
      return null;
    }
    return l.unit;
  }

  function binary(node: Expr, scope: Scope): Info {
    const op = String(node.operator);
    const l = walk(node.left as Expr, scope);
    const r = walk(node.right as Expr, scope);
    const series = l.series || r.series;
    const free = l.free && r.free;
    const fold = (f: (a: number, b: number) => number) =>
      l.constant !== null && r.constant !== null ? f(l.constant, r.constant) : null;
    const info = (unit: Unit, make: KernelFactory, c: number | null): Info => {
      if (c !== null) return { unit, free, series, constant: c, make: constant(c) };
      if (op !== "+" && op !== "-" && op !== "*" && op !== "/")
        return { unit, free, series, constant: c, make };
      // One pass for two operators when a child is itself + − × ÷ (the left one first).
      const inner = l.arith ? l : r.arith ? r : null;
      const fusedMake: KernelFactory | null = inner?.arith
        ? (() => {
            const { op: op1, left, right } = inner.arith;
            const other = inner === l ? r : l;
            return (env, target) =>
              fused(env.ctx, op1, op, inner === l, left.make(env), right.make(env), other.make(env), target);
          })()
        : null;
      return { unit, free, series, constant: c, make: fusedMake ?? make, arith: { op, left: l, right: r } };
    };
    switch (op) {
      case "+":
      case "-": {
        const unit = combineAdditive(node, scope, l, r, `'${op}'`) ?? l.unit;
        const f = op === "+" ? add : sub;
        return info(
          unit,
          (env, target) => f(env.ctx, l.make(env), r.make(env), target),
          fold(op === "+" ? (a, b) => a + b : (a, b) => a - b),
        );
      }
      case "*":
        return info(
          multiplyUnits(l.unit, r.unit),
          (env, target) => mul(env.ctx, l.make(env), r.make(env), target),
          fold((a, b) => a * b),
        );
      case "/":
        return info(
          divideUnits(l.unit, r.unit),
          (env, target) => div(env.ctx, l.make(env), r.make(env), target),
          fold((a, b) => a / b),
        );
      case "^":
      case "**": {
        if (!isDimensionless(r.unit))
          issues.push(
            modelIssue(
              "unit_mismatch",
              messages.dimensionlessExpected("an exponent", formatUnit(r.unit)),
              at(scope, operatorOffset(scope.parsed, node), 1),
            ),
          );
        let unit: Unit = DIMENSIONLESS;
        if (!isDimensionless(l.unit)) {
          const powered = r.constant === null ? null : powerUnit(l.unit, r.constant);
          if (!powered)
            issues.push(
              modelIssue(
                "unit_mismatch",
                messages.unitMismatch(
                  "'^' (a quantity with a unit needs a constant integer exponent)",
                  formatUnit(l.unit),
                  "a variable exponent",
                ),
                at(scope, operatorOffset(scope.parsed, node), 1),
              ),
            );
          unit = powered ?? l.unit;
        }
        return info(
          unit,
          (env, target) => binaryOp(env.ctx, "^", l.make(env), r.make(env), target),
          fold(Math.pow),
        );
      }
      case "<":
      case "<=":
      case ">":
      case ">=":
      case "==":
      case "!=": {
        combineAdditive(node, scope, l, r, `'${op}'`);
        const f: (a: number, b: number) => number =
          op === "<"
            ? (a, b) => (a < b ? 1 : 0)
            : op === "<="
              ? (a, b) => (a <= b ? 1 : 0)
              : op === ">"
                ? (a, b) => (a > b ? 1 : 0)
                : op === ">="
                  ? (a, b) => (a >= b ? 1 : 0)
                  : op === "=="
                    ? (a, b) => (a === b ? 1 : 0)
                    : (a, b) => (a !== b ? 1 : 0);
        return info(
          DIMENSIONLESS,
          (env, target) => binaryOp(env.ctx, op, l.make(env), r.make(env), target),
          fold(f),
        );
      }
      case "&&":
      case "||": {
        const f: (a: number, b: number) => number =
          op === "&&" ? (a, b) => (a !== 0 && b !== 0 ? 1 : 0) : (a, b) => (a !== 0 || b !== 0 ? 1 : 0);
        return info(
          DIMENSIONLESS,
          (env, target) => binaryOp(env.ctx, op, l.make(env), r.make(env), target),
          fold(f),
        );
      }
      default:
        return error(scope, node, "forbidden_syntax", messages.forbidden(`the operator ${op}`));
    }
  }

  function ifThenElse(node: Expr, args: Expr[], scope: Scope): Info {
    const [c, a, b] = args.map((arg) => walk(arg, scope)) as [Info, Info, Info];
    const unit = combineBranches(node, scope, a, b, "if()");
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

  function combineBranches(node: Expr, scope: Scope, a: Info, b: Info, what: string): Unit {
    if (a.free) return b.unit;
    if (b.free || sameUnit(a.unit, b.unit)) return a.unit;
    const span = scope.parsed.spans.get(node);
    issues.push(
      modelIssue(
        "unit_mismatch",
        messages.unitMismatch(what, formatUnit(a.unit), formatUnit(b.unit)),
        at(scope, span?.start ?? 0, 1),
      ),
    );
    return a.unit;
  }

  function arity(scope: Scope, node: Expr, name: string, args: Expr[], min: number, max: number): boolean {
    if (args.length >= min && args.length <= max) return true;
    const expected =
      min === max ? String(min) : max === Number.POSITIVE_INFINITY ? `${min} or more` : `${min} to ${max}`;
    error(scope, node, "wrong_arity", messages.wrongArity(name, expected, args.length));
    return false;
  }

  function requireDimensionless(scope: Scope, node: Expr, info: Info, what: string) {
    if (!isDimensionless(info.unit) && !info.free) {
      const span = scope.parsed.spans.get(node);
      issues.push(
        modelIssue(
          "unit_mismatch",
          messages.dimensionlessExpected(what, formatUnit(info.unit)),
          at(scope, span?.start ?? 0, span ? span.end - span.start : 1),
        ),
      );
    }
  }

  function call(node: Expr, scope: Scope): Info {
    const callee = node.callee as Expr;
    const args = node.arguments as Expr[];
    if (callee.type !== "Identifier")
      return error(
        scope,
        callee,
        "forbidden_syntax",
        messages.forbidden("calling anything but a model function"),
      );
    const name = String(callee.name);
    const dummy = (): Info => ({
      unit: DIMENSIONLESS,
      free: true,
      series: false,
      constant: 0,
      make: constant(0),
    });

    if (REDUCERS.has(name) || ((name === "min" || name === "max") && args.length === 1)) {
      const max = name === "npv" ? 2 : 3;
      if (!arity(scope, node, name, args, 1, max)) return dummy();
      const inner: Scope = {
        ...scope,
        seriesAllowed: true,
        edge: scope.mode === "variable" ? "full" : scope.edge,
      };
      const x = walk(args[0]!, inner);
      let rate: Info | null = null;
      let from = 0;
      let to = years.length - 1;
      if (name === "npv") {
        if (args[1]) {
          rate = walk(args[1], scope);
          requireDimensionless(scope, args[1], rate, "npv's rate");
        } else arity(scope, node, name, args, 2, 2);
      } else {
        const fromYear = literalYear(scope, args[1], name);
        const toYear = literalYear(scope, args[2], name);
        if (fromYear !== null) from = yearIndex(fromYear);
        if (toYear !== null) to = yearIndex(toYear);
        if (args.length === 2 && fromYear !== null) {
          // One year given: from the first period to that year ("any period ≤ 2030").
          to = from;
          from = 0;
        }
      }
      const kind = name === "min" ? "min_over" : name === "max" ? "max_over" : name;
      const unit = kind === "any" || kind === "all" ? DIMENSIONLESS : x.unit;
      const rateMake = rate?.make;
      return {
        unit,
        free: x.free,
        series: false,
        constant: null,
        make: (env) => reduce(env, kind, x.make(env), from, to, rateMake ? rateMake(env) : null),
      };
    }

    switch (name) {
      case "min":
      case "max": {
        if (!arity(scope, node, name, args, 2, Number.POSITIVE_INFINITY)) return dummy();
        const infos = args.map((a) => walk(a, scope));
        let acc = infos[0]!;
        for (let i = 1; i < infos.length; i++) {
          const next = infos[i]!;
          const unit = combineBranches(node, scope, acc, next, `${name}()`);
          const pick = name === "min" ? Math.min : Math.max;
          const left = acc;
          acc = {
            unit,
            free: left.free && next.free,
            series: left.series || next.series,
            constant:
              left.constant !== null && next.constant !== null ? pick(left.constant, next.constant) : null,
            make: (env, target) => binaryOp(env.ctx, name, left.make(env), next.make(env), target),
          };
        }
        return acc;
      }
      case "abs":
      case "exp":
      case "log":
      case "sqrt": {
        if (!arity(scope, node, name, args, 1, 1)) return dummy();
        const x = walk(args[0]!, scope);
        let unit = x.unit;
        if (name === "exp" || name === "log") {
          requireDimensionless(scope, args[0]!, x, `${name}()`);
          unit = DIMENSIONLESS;
        }
        if (name === "sqrt") {
          const half = powerUnit(x.unit, 0.5);
          if (!half) requireDimensionless(scope, args[0]!, x, "sqrt() of a unit with odd powers");
          unit = half ?? DIMENSIONLESS;
        }
        const f =
          name === "abs" ? Math.abs : name === "exp" ? Math.exp : name === "log" ? Math.log : Math.sqrt;
        return {
          ...x,
          unit,
          constant: x.constant === null ? null : f(x.constant),
          make: (env, target) => unaryFn(env.ctx, name, x.make(env), target),
        };
      }
      case "clamp": {
        if (!arity(scope, node, name, args, 3, 3)) return dummy();
        const [x, lo, hi] = args.map((a) => walk(a, scope)) as [Info, Info, Info];
        const unit = combineBranches(
          node,
          scope,
          x,
          combineBranches(node, scope, lo, hi, "clamp()") === lo.unit ? lo : hi,
          "clamp()",
        );
        return {
          unit,
          free: x.free,
          series: x.series || lo.series || hi.series,
          constant: null,
          make: (env, target) => clampKernel(env.ctx, x.make(env), lo.make(env), hi.make(env), target),
        };
      }
      case "if": {
        if (!arity(scope, node, name, args, 3, 3)) return dummy();
        return ifThenElse(node, args, scope);
      }
      case "prev": {
        if (!arity(scope, node, name, args, 1, 3)) return dummy();
        const target = args[0]!;
        let lag = 1;
        if (args[2]) {
          const k = args[2];
          if (
            k.type !== "Literal" ||
            typeof k.value !== "number" ||
            !Number.isInteger(k.value) ||
            k.value < 1
          )
            return error(scope, k, "formula_syntax", messages.prevLag());
          lag = k.value;
        }
        if (target.type !== "Identifier")
          return error(scope, target, "formula_syntax", messages.prevNeedsName());
        const targetName = String(target.name);
        const reader = nameReader(targetName);
        if (!reader)
          return error(
            scope,
            target,
            "unknown_name",
            messages.unknownName(targetName, suggest(targetName, knownNames)),
          );
        if (scope.mode === "scalar" && !scope.seriesAllowed)
          return error(scope, node, "needs_period", messages.needsPeriod(`prev(${targetName})`));
        if (variableIndex.has(targetName)) addEdge(scope, targetName, "prev");
        const unit = unitOfName(targetName);
        const fallback = args[1] ? walk(args[1], scope) : null;
        if (fallback && !fallback.free && !sameUnit(fallback.unit, unit))
          combineBranches(node, scope, { ...fallback, unit }, fallback, "prev()'s default");
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
      case "cumsum": {
        if (!arity(scope, node, name, args, 1, 1)) return dummy();
        const x = walk(args[0]!, scope);
        if (scope.mode === "scalar" && !scope.seriesAllowed)
          return error(scope, node, "needs_period", messages.needsPeriod("cumsum(…)"));
        return {
          unit: x.unit,
          free: x.free,
          series: true,
          constant: null,
          make: (env) => {
            const k = x.make(env);
            const acc = new Float64Array(env.ctx.size);
            return (t) => {
              const v = k(t);
              const n = env.ctx.n;
              if (t === 0) {
                if (typeof v === "number") acc.fill(v, 0, n);
                else acc.set(v.subarray(0, n));
              } else if (typeof v === "number") for (let i = 0; i < n; i++) acc[i]! += v;
              else for (let i = 0; i < n; i++) acc[i]! += v[i]!;
              return acc;
            };
          },
        };
      }
      case "grow": {
        if (!arity(scope, node, name, args, 2, 2)) return dummy();
        const [x0, rate] = args.map((a) => walk(a, scope)) as [Info, Info];
        requireDimensionless(scope, args[1]!, rate, "grow()'s rate");
        if (scope.mode === "scalar" && !scope.seriesAllowed)
          return error(scope, node, "needs_period", messages.needsPeriod("grow(…)"));
        return {
          unit: x0.unit,
          free: false,
          series: true,
          constant: null,
          make: (env) => {
            const a = x0.make(env);
            const r = rate.make(env);
            const out = new Float64Array(env.ctx.size);
            return (t) => {
              const base = a(t);
              const g = r(t);
              const n = env.ctx.n;
              if (typeof base === "number" && typeof g === "number") return base * (1 + g) ** t;
              for (let i = 0; i < n; i++)
                out[i] =
                  (typeof base === "number" ? base : base[i]!) *
                  (1 + (typeof g === "number" ? g : g[i]!)) ** t;
              return out;
            };
          },
        };
      }
      case "interp_geometric":
      case "interp_linear": {
        if (!arity(scope, node, name, args, 4, 4)) return dummy();
        const [a, b] = args.slice(0, 2).map((x) => walk(x, scope)) as [Info, Info];
        const y0 = literalYear(scope, args[2], name);
        const y1 = literalYear(scope, args[3], name);
        const unit = combineBranches(node, scope, a, b, `${name}()`);
        if (scope.mode === "scalar" && !scope.seriesAllowed)
          return error(scope, node, "needs_period", messages.needsPeriod(`${name}(…)`));
        const start = y0 ?? first;
        const end = y1 ?? last;
        const geometric = name === "interp_geometric";
        return {
          unit,
          free: false,
          series: true,
          constant: null,
          make: (env) => {
            const ka = a.make(env);
            const kb = b.make(env);
            let frac = 0;
            const kernel = map2(
              env.ctx,
              ka,
              kb,
              geometric ? (p, q) => p * (q / p) ** frac : (p, q) => p + (q - p) * frac,
            );
            return (t) => {
              const y = env.years[t]!;
              frac = end === start ? 1 : Math.min(1, Math.max(0, (y - start) / (end - start)));
              return kernel(t);
            };
          },
        };
      }
      case "ramp": {
        if (!arity(scope, node, name, args, 2, 2)) return dummy();
        const y0 = literalYear(scope, args[0], name) ?? first;
        const y1 = literalYear(scope, args[1], name) ?? last;
        if (scope.mode === "scalar" && !scope.seriesAllowed)
          return error(scope, node, "needs_period", messages.needsPeriod("ramp(…)"));
        return {
          unit: DIMENSIONLESS,
          free: false,
          series: true,
          constant: null,
          make: (env) => (t) => {
            const y = env.years[t]!;
            return y1 === y0 ? (y >= y1 ? 1 : 0) : Math.min(1, Math.max(0, (y - y0) / (y1 - y0)));
          },
        };
      }
      default:
        return error(scope, callee, "unknown_function", messages.unknownFunction(name));
    }
  }

  function reduce(
    env: BlockEnv,
    kind: string,
    k: Kernel,
    from: number,
    to: number,
    rate: Kernel | null,
  ): Kernel {
    const { ctx } = env;
    const out = new Float64Array(ctx.size);
    let epoch = -1;
    return () => {
      if (epoch === ctx.epoch) return out;
      epoch = ctx.epoch;
      const n = ctx.n;
      const init = kind === "min_over" ? Infinity : kind === "max_over" ? -Infinity : kind === "all" ? 1 : 0;
      out.fill(init, 0, n);
      let count = 0;
      for (let t = 0; t <= to; t++) {
        const v = k(t);
        if (t < from) continue;
        count++;
        switch (kind) {
          case "sum":
          case "mean":
            if (typeof v === "number") for (let i = 0; i < n; i++) out[i]! += v;
            else for (let i = 0; i < n; i++) out[i]! += v[i]!;
            break;
          case "npv": {
            const r = rate ? rate(t) : 0;
            if (typeof r === "number") {
              const f = 1 / (1 + r) ** (t - from);
              if (typeof v === "number") for (let i = 0; i < n; i++) out[i]! += v * f;
              else for (let i = 0; i < n; i++) out[i]! += v[i]! * f;
            } else
              for (let i = 0; i < n; i++)
                out[i]! += (typeof v === "number" ? v : v[i]!) / (1 + r[i]!) ** (t - from);
            break;
          }
          case "min_over":
            for (let i = 0; i < n; i++) {
              const x = typeof v === "number" ? v : v[i]!;
              if (x < out[i]!) out[i] = x;
            }
            break;
          case "max_over":
            for (let i = 0; i < n; i++) {
              const x = typeof v === "number" ? v : v[i]!;
              if (x > out[i]!) out[i] = x;
            }
            break;
          case "any":
            for (let i = 0; i < n; i++) if ((typeof v === "number" ? v : v[i]!) !== 0) out[i] = 1;
            break;
          case "all":
            for (let i = 0; i < n; i++) if ((typeof v === "number" ? v : v[i]!) === 0) out[i] = 0;
            break;
        }
      }
      if (kind === "mean" && count > 0) for (let i = 0; i < n; i++) out[i]! /= count;
      return out;
    };
  }

  function compileFormula(
    text: string,
    path: SourcePath,
    mode: Scope["mode"],
  ): { info: Info; edges: Map<string, Set<EdgeKind>> } | null {
    const parsed = parseFormula(text);
    if (!parsed.ok) {
      issues.push(
        modelIssue(
          "formula_syntax",
          messages.formulaSyntax(parsed.error.message),
          locateIn(path, parsed.error.offset),
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
    const info = walk(parsed.value.ast, scope);
    return { info, edges: scope.edges };
  }

  // Variables.
  const variables: CompiledVariable[] = [];
  const edges: Map<string, Set<EdgeKind>>[] = [];
  for (const [name, spec] of Object.entries(scenario.variables)) {
    const path: SourcePath = ["variables", name, "formula"];
    const compiled = compileFormula(spec.formula, path, "variable");
    const declared = declaredUnits.get(name);
    if (compiled && declared && !compiled.info.free && !sameUnit(compiled.info.unit, declared)) {
      issues.push(
        modelIssue(
          "unit_mismatch",
          messages.declaredUnit(name, spec.unit, formatUnit(compiled.info.unit)),
          locate(["variables", name, "unit"]),
        ),
      );
    }
    edges.push(compiled?.edges ?? new Map());
    const info = compiled?.info;
    variables.push({
      name,
      unit: spec.unit,
      formula: spec.formula,
      index: variables.length,
      make: info ? info.make : constant(0),
    });
  }

  const stages = orderVariables(variables, edges, (names) => {
    issues.push(modelIssue("cycle", messages.cycle(names), locate(["variables", names[0]!, "formula"])));
  });

  // Scalars and events.
  const scalars: CompiledFormula[] = [];
  for (const [name, spec] of Object.entries(scenario.scalars)) {
    const compiled = compileFormula(spec.formula, ["scalars", name, "formula"], "scalar");
    const declared = parseUnit(spec.unit);
    if (!declared)
      issues.push(
        modelIssue("unit_invalid", messages.unitInvalid(spec.unit), locate(["scalars", name, "unit"])),
      );
    else if (compiled && !compiled.info.free && !sameUnit(compiled.info.unit, declared))
      issues.push(
        modelIssue(
          "unit_mismatch",
          messages.declaredUnit(name, spec.unit, formatUnit(compiled.info.unit)),
          locate(["scalars", name, "unit"]),
        ),
      );
    scalars.push({ name, unit: spec.unit, formula: spec.formula, make: compiled?.info.make ?? constant(0) });
  }
  const events: CompiledFormula[] = [];
  for (const [name, spec] of Object.entries(scenario.events)) {
    const formula = typeof spec === "string" ? spec : spec.formula;
    const path: SourcePath = typeof spec === "string" ? ["events", name] : ["events", name, "formula"];
    const compiled = compileFormula(formula, path, "scalar");
    events.push({ name, unit: "1", formula, make: compiled?.info.make ?? constant(0) });
  }

  // Outputs.
  const outputs = scenario.outputs.length > 0 ? scenario.outputs : variables.map((v) => v.name);
  scenario.outputs.forEach((name, i) => {
    if (!variableIndex.has(name) && !inputByName.has(name))
      issues.push(
        modelIssue(
          "unknown_name",
          messages.unknownName(name, suggest(name, knownNames)),
          locate(["outputs", i]),
        ),
      );
  });

  const correlation = compileCorrelations(scenario, inputByName, (message, i) =>
    issues.push(
      modelIssue("correlation_invalid", messages.correlationInvalid(message), locate(["correlations", i])),
    ),
  );

  if (issues.some((issue) => issue.severity === "error")) return { program: null, issues };
  return {
    program: {
      name: scenario.name,
      description: scenario.description,
      years,
      inputs,
      columns,
      variables,
      stages,
      scalars,
      events,
      outputs,
      correlation,
    },
    issues,
  };
}

/**
 * Strongly connected components over every reference; inside one, only prev() edges may close a
 * loop. Components come out dependencies first; each is evaluated period by period.
 */
function orderVariables(
  variables: CompiledVariable[],
  edges: Map<string, Set<EdgeKind>>[],
  onCycle: (names: string[]) => void,
): number[][] {
  const index = new Map(variables.map((v, i) => [v.name, i]));
  const adjacency = edges.map((map) =>
    [...map.entries()]
      .map(([name, kinds]) => ({ to: index.get(name)!, kinds }))
      .filter((e) => e.to !== undefined),
  );
  const order: number[][] = [];
  const indices = new Array<number>(variables.length).fill(-1);
  const low = new Array<number>(variables.length).fill(0);
  const onStack = new Array<boolean>(variables.length).fill(false);
  const stack: number[] = [];
  let counter = 0;
  const strongConnect = (v: number) => {
    indices[v] = counter;
    low[v] = counter;
    counter++;
    stack.push(v);
    onStack[v] = true;
    for (const { to } of adjacency[v]!) {
      if (indices[to] === -1) {
        strongConnect(to);
        low[v] = Math.min(low[v]!, low[to]!);
      } else if (onStack[to]) low[v] = Math.min(low[v]!, indices[to]!);
    }
    if (low[v] === indices[v]) {
      const component: number[] = [];
      let w: number;
      do {
        w = stack.pop()!;
        onStack[w] = false;
        component.push(w);
      } while (w !== v);
      order.push(component);
    }
  };
  for (let v = 0; v < variables.length; v++) if (indices[v] === -1) strongConnect(v);

  const stages: number[][] = [];
  for (const component of order) {
    const members = new Set(component);
    // A full-series reference inside a component is a cycle.
    for (const v of component) {
      for (const { to, kinds } of adjacency[v]!) {
        if (members.has(to) && kinds.has("full")) {
          onCycle([variables[v]!.name, variables[to]!.name, ...(v === to ? [] : [variables[v]!.name])]);
          return [];
        }
      }
    }
    // Topological order inside the component over same-period edges (Kahn).
    const pending = new Map<number, Set<number>>();
    for (const v of component) {
      const deps = new Set<number>();
      for (const { to, kinds } of adjacency[v]!) if (members.has(to) && kinds.has("same")) deps.add(to);
      pending.set(v, deps);
    }
    const sorted: number[] = [];
    const remaining = [...component].sort((a, b) => a - b);
    while (remaining.length > 0) {
      const ready = remaining.findIndex((v) => [...pending.get(v)!].every((d) => sorted.includes(d)));
      if (ready === -1) {
        onCycle(findCycle(remaining, pending, variables));
        return [];
      }
      sorted.push(remaining.splice(ready, 1)[0]!);
    }
    stages.push(sorted);
  }
  return stages;
}

function findCycle(
  remaining: number[],
  pending: Map<number, Set<number>>,
  variables: CompiledVariable[],
): string[] {
  const start = remaining[0]!;
  const path: number[] = [start];
  const visited = new Set<number>([start]);
  let current = start;
  for (;;) {
    const next = [...pending.get(current)!].find((d) => remaining.includes(d));
    if (next === undefined) break;
    if (visited.has(next)) {
      const from = path.indexOf(next);
      return [...path.slice(from), next].map((i) => variables[i]!.name);
    }
    visited.add(next);
    path.push(next);
    current = next;
  }
  return path.map((i) => variables[i]!.name);
}

function compileCorrelations(
  scenario: Scenario,
  inputs: Map<string, CompiledInput>,
  fail: (message: string, index: number) => void,
): CorrelationSpec | null {
  if (scenario.correlations.length === 0) return null;
  const columns: number[] = [];
  const position = new Map<number, number>();
  let ok = true;
  scenario.correlations.forEach((c, i) => {
    for (const name of c.inputs) {
      const input = inputs.get(name);
      if (!input) {
        fail(`unknown input '${name}'`, i);
        ok = false;
        continue;
      }
      if (input.column < 0 || input.dist.kind === "point") {
        fail(`'${name}' is not sampled (a point or schedule) and cannot be correlated`, i);
        ok = false;
        continue;
      }
      if (!position.has(input.column)) {
        position.set(input.column, columns.length);
        columns.push(input.column);
      }
    }
    if (c.inputs[0] === c.inputs[1]) {
      fail("an input cannot be correlated with itself", i);
      ok = false;
    }
  });
  if (!ok) return null;
  const k = columns.length;
  const matrix: number[][] = Array.from({ length: k }, (_, i) =>
    Array.from({ length: k }, (_, j) => (i === j ? 1 : 0)),
  );
  scenario.correlations.forEach((c) => {
    const a = position.get(inputs.get(c.inputs[0])!.column)!;
    const b = position.get(inputs.get(c.inputs[1])!.column)!;
    // Iman–Conover matches Pearson correlation of normal scores; convert the requested Spearman rank.
    const r = 2 * Math.sin((Math.PI * c.rank) / 6);
    matrix[a]![b] = r;
    matrix[b]![a] = r;
  });
  if (!cholesky(matrix)) {
    fail(
      "the correlation matrix is not positive semi-definite (the pairwise values contradict each other)",
      0,
    );
    return null;
  }
  return { columns, target: matrix };
}

/** Lower-triangular L with L·Lᵀ = m, tolerating a positive semi-definite m; null when not PSD. */
export function cholesky(m: number[][]): number[][] | null {
  const k = m.length;
  const l = Array.from({ length: k }, () => new Array<number>(k).fill(0));
  for (let j = 0; j < k; j++) {
    let d = m[j]![j]!;
    for (let p = 0; p < j; p++) d -= l[j]![p]! ** 2;
    if (d < -1e-9) return null;
    const diag = d > 1e-12 ? Math.sqrt(d) : 0;
    l[j]![j] = diag;
    for (let i = j + 1; i < k; i++) {
      let s = m[i]![j]!;
      for (let p = 0; p < j; p++) s -= l[i]![p]! * l[j]![p]!;
      if (diag === 0) {
        if (Math.abs(s) > 1e-9) return null;
        l[i]![j] = 0;
      } else l[i]![j] = s / diag;
    }
  }
  return l;
}

export function describeInput(input: CompiledInput): string {
  return describeDist(input.dist);
}
