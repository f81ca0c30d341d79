/**
 * Vector kernels: a kernel returns, for a period index, either a number (the same for every sample)
 * or a Float64Array holding one value per sample of the current block (only the first `n` count).
 */

export type Value = number | Float64Array;
export type Kernel = (t: number) => Value;

export interface BlockContext {
  /** Capacity of every buffer. */
  size: number;
  /** Samples in the current block (≤ size). */
  n: number;
  /** Incremented for each block: kernels that cache per block compare it. */
  epoch: number;
}

/** Where a kernel writes its vector result, when set: the column it would be copied into. */
export interface Target {
  out: Float64Array | null;
}

export type Fn1 = (a: number) => number;
export type Fn2 = (a: number, b: number) => number;
export type Fn3 = (a: number, b: number, c: number) => number;

export function map1(ctx: BlockContext, ka: Kernel, f: Fn1): Kernel {
  const out = new Float64Array(ctx.size);
  return (t) => {
    const a = ka(t);
    if (typeof a === "number") return f(a);
    const n = ctx.n;
    for (let i = 0; i < n; i++) out[i] = f(a[i]!);
    return out;
  };
}

export function map2(ctx: BlockContext, ka: Kernel, kb: Kernel, f: Fn2): Kernel {
  const out = new Float64Array(ctx.size);
  return (t) => {
    const a = ka(t);
    const b = kb(t);
    const n = ctx.n;
    if (typeof a === "number") {
      if (typeof b === "number") return f(a, b);
      for (let i = 0; i < n; i++) out[i] = f(a, b[i]!);
    } else if (typeof b === "number") {
      for (let i = 0; i < n; i++) out[i] = f(a[i]!, b);
    } else {
      for (let i = 0; i < n; i++) out[i] = f(a[i]!, b[i]!);
    }
    return out;
  };
}

export function map3(ctx: BlockContext, ka: Kernel, kb: Kernel, kc: Kernel, f: Fn3): Kernel {
  const out = new Float64Array(ctx.size);
  return (t) => {
    const a = ka(t);
    const b = kb(t);
    const c = kc(t);
    if (typeof a === "number" && typeof b === "number" && typeof c === "number") return f(a, b, c);
    const n = ctx.n;
    for (let i = 0; i < n; i++)
      out[i] = f(
        typeof a === "number" ? a : a[i]!,
        typeof b === "number" ? b : b[i]!,
        typeof c === "number" ? c : c[i]!,
      );
    return out;
  };
}

/** The four arithmetic operators, written out so each loop stays monomorphic and fast. */
export function add(ctx: BlockContext, ka: Kernel, kb: Kernel, target?: Target): Kernel {
  const out = new Float64Array(ctx.size);
  return (t) => {
    const o = target?.out ?? out;
    const a = ka(t);
    const b = kb(t);
    const n = ctx.n;
    if (typeof a === "number") {
      if (typeof b === "number") return a + b;
      for (let i = 0; i < n; i++) o[i] = a + b[i]!;
    } else if (typeof b === "number") for (let i = 0; i < n; i++) o[i] = a[i]! + b;
    else for (let i = 0; i < n; i++) o[i] = a[i]! + b[i]!;
    return o;
  };
}

export function sub(ctx: BlockContext, ka: Kernel, kb: Kernel, target?: Target): Kernel {
  const out = new Float64Array(ctx.size);
  return (t) => {
    const o = target?.out ?? out;
    const a = ka(t);
    const b = kb(t);
    const n = ctx.n;
    if (typeof a === "number") {
      if (typeof b === "number") return a - b;
      for (let i = 0; i < n; i++) o[i] = a - b[i]!;
    } else if (typeof b === "number") for (let i = 0; i < n; i++) o[i] = a[i]! - b;
    else for (let i = 0; i < n; i++) o[i] = a[i]! - b[i]!;
    return o;
  };
}

export function mul(ctx: BlockContext, ka: Kernel, kb: Kernel, target?: Target): Kernel {
  const out = new Float64Array(ctx.size);
  return (t) => {
    const o = target?.out ?? out;
    const a = ka(t);
    const b = kb(t);
    const n = ctx.n;
    if (typeof a === "number") {
      if (typeof b === "number") return a * b;
      for (let i = 0; i < n; i++) o[i] = a * b[i]!;
    } else if (typeof b === "number") for (let i = 0; i < n; i++) o[i] = a[i]! * b;
    else for (let i = 0; i < n; i++) o[i] = a[i]! * b[i]!;
    return o;
  };
}

export function div(ctx: BlockContext, ka: Kernel, kb: Kernel, target?: Target): Kernel {
  const out = new Float64Array(ctx.size);
  return (t) => {
    const o = target?.out ?? out;
    const a = ka(t);
    const b = kb(t);
    const n = ctx.n;
    if (typeof a === "number") {
      if (typeof b === "number") return a / b;
      for (let i = 0; i < n; i++) o[i] = a / b[i]!;
    } else if (typeof b === "number") for (let i = 0; i < n; i++) o[i] = a[i]! / b;
    else for (let i = 0; i < n; i++) o[i] = a[i]! / b[i]!;
    return o;
  };
}

export function neg(ctx: BlockContext, ka: Kernel, target?: Target): Kernel {
  const out = new Float64Array(ctx.size);
  return (t) => {
    const o = target?.out ?? out;
    const a = ka(t);
    if (typeof a === "number") return -a;
    const n = ctx.n;
    for (let i = 0; i < n; i++) o[i] = -a[i]!;
    return o;
  };
}

export type ArithOp = "+" | "-" | "*" | "/";

const ARITH: readonly ArithOp[] = ["+", "-", "*", "/"];

function arith(op: ArithOp, a: number, b: number): number {
  return op === "+" ? a + b : op === "-" ? a - b : op === "*" ? a * b : a / b;
}

/** A number operand as a column of that number; the column is refilled only when the number or n changes. */
function broadcaster(size: number): (value: Value, n: number) => Float64Array {
  const column = new Float64Array(size);
  let filled = 0;
  let current = 0;
  return (value, n) => {
    if (typeof value !== "number") return value;
    // Object.is: -0 and 0 differ in their bits, and NaN equals itself.
    if (filled < n || !Object.is(value, current)) {
      column.fill(value, 0, n);
      filled = n;
      current = value;
    }
    return column;
  };
}

/**
 * Two arithmetic nodes in one pass: (a op1 b) op2 c, or c op2 (a op1 b) when `innerLeft` is false.
 * Same operations in the same order as the two separate kernels, so the same bits, one loop and no
 * temporary column. A number operand is broadcast into a column of its own (refilled only when the
 * number changes), so every loop indexes plain arrays.
 */
export function fused(
  ctx: BlockContext,
  op1: ArithOp,
  op2: ArithOp,
  innerLeft: boolean,
  ka: Kernel,
  kb: Kernel,
  kc: Kernel,
  target?: Target,
): Kernel {
  const out = new Float64Array(ctx.size);
  const columnA = broadcaster(ctx.size);
  const columnB = broadcaster(ctx.size);
  const columnC = broadcaster(ctx.size);
  const reversed = !innerLeft && (op2 === "-" || op2 === "/");
  const code = ARITH.indexOf(op1) * 6 + (reversed ? (op2 === "-" ? 4 : 5) : ARITH.indexOf(op2));
  return (t) => {
    let va: Value;
    let vb: Value;
    let vc: Value;
    if (innerLeft) {
      va = ka(t);
      vb = kb(t);
      vc = kc(t);
    } else {
      vc = kc(t);
      va = ka(t);
      vb = kb(t);
    }
    if (typeof va === "number" && typeof vb === "number" && typeof vc === "number") {
      const inner = arith(op1, va, vb);
      return innerLeft ? arith(op2, inner, vc) : arith(op2, vc, inner);
    }
    const o = target?.out ?? out;
    const n = ctx.n;
    const a = columnA(va, n);
    const b = columnB(vb, n);
    const c = columnC(vc, n);
    fusedLoop(code, o, a, b, c, n);
    return o;
  };
}

/** The loop of one fused pair of operations (`code` as `fused` numbers them) over n samples. */
function fusedLoop(
  code: number,
  o: Float64Array,
  a: Float64Array,
  b: Float64Array,
  c: Float64Array,
  n: number,
): void {
  switch (code) {
    case 0:
      for (let i = 0; i < n; i++) o[i] = a[i]! + b[i]! + c[i]!;
      break;
    case 1:
      for (let i = 0; i < n; i++) o[i] = a[i]! + b[i]! - c[i]!;
      break;
    case 2:
      for (let i = 0; i < n; i++) o[i] = (a[i]! + b[i]!) * c[i]!;
      break;
    case 3:
      for (let i = 0; i < n; i++) o[i] = (a[i]! + b[i]!) / c[i]!;
      break;
    case 4:
      for (let i = 0; i < n; i++) o[i] = c[i]! - (a[i]! + b[i]!);
      break;
    case 5:
      for (let i = 0; i < n; i++) o[i] = c[i]! / (a[i]! + b[i]!);
      break;
    case 6:
      for (let i = 0; i < n; i++) o[i] = a[i]! - b[i]! + c[i]!;
      break;
    case 7:
      for (let i = 0; i < n; i++) o[i] = a[i]! - b[i]! - c[i]!;
      break;
    case 8:
      for (let i = 0; i < n; i++) o[i] = (a[i]! - b[i]!) * c[i]!;
      break;
    case 9:
      for (let i = 0; i < n; i++) o[i] = (a[i]! - b[i]!) / c[i]!;
      break;
    case 10:
      for (let i = 0; i < n; i++) o[i] = c[i]! - (a[i]! - b[i]!);
      break;
    case 11:
      for (let i = 0; i < n; i++) o[i] = c[i]! / (a[i]! - b[i]!);
      break;
    case 12:
      for (let i = 0; i < n; i++) o[i] = a[i]! * b[i]! + c[i]!;
      break;
    case 13:
      for (let i = 0; i < n; i++) o[i] = a[i]! * b[i]! - c[i]!;
      break;
    case 14:
      for (let i = 0; i < n; i++) o[i] = a[i]! * b[i]! * c[i]!;
      break;
    case 15:
      for (let i = 0; i < n; i++) o[i] = (a[i]! * b[i]!) / c[i]!;
      break;
    case 16:
      for (let i = 0; i < n; i++) o[i] = c[i]! - a[i]! * b[i]!;
      break;
    case 17:
      for (let i = 0; i < n; i++) o[i] = c[i]! / (a[i]! * b[i]!);
      break;
    case 18:
      for (let i = 0; i < n; i++) o[i] = a[i]! / b[i]! + c[i]!;
      break;
    case 19:
      for (let i = 0; i < n; i++) o[i] = a[i]! / b[i]! - c[i]!;
      break;
    case 20:
      for (let i = 0; i < n; i++) o[i] = (a[i]! / b[i]!) * c[i]!;
      break;
    case 21:
      for (let i = 0; i < n; i++) o[i] = a[i]! / b[i]! / c[i]!;
      break;
    case 22:
      for (let i = 0; i < n; i++) o[i] = c[i]! - a[i]! / b[i]!;
      break;
    case 23:
      for (let i = 0; i < n; i++) o[i] = c[i]! / (a[i]! / b[i]!);
      break;
  }
}

/**
 * Element-wise select: cond ≠ 0 picks a, else b. A condition the same for all samples picks a branch.
 * `branchTarget` is the target the branch kernels were made with.
 */
export function select(
  ctx: BlockContext,
  kc: Kernel,
  ka: Kernel,
  kb: Kernel,
  target?: Target,
  branchTarget?: Target,
): Kernel {
  const out = new Float64Array(ctx.size);
  const fillA = new Float64Array(ctx.size);
  const fillB = new Float64Array(ctx.size);
  return (t) => {
    const o = target?.out ?? out;
    const c = kc(t);
    if (typeof c === "number") {
      // Only one branch runs: it may write straight into the target.
      if (Number.isNaN(c)) return c;
      if (branchTarget) branchTarget.out = target?.out ?? null;
      return c !== 0 ? ka(t) : kb(t);
    }
    if (branchTarget) branchTarget.out = null;
    const n = ctx.n;
    const a = asArray(ka(t), fillA, n);
    const b = asArray(kb(t), fillB, n);
    for (let i = 0; i < n; i++) {
      const ci = c[i]!;
      o[i] = ci !== 0 ? (!Number.isNaN(ci) ? a[i]! : ci) : b[i]!;
    }
    return o;
  };
}

function asArray(value: Value, buffer: Float64Array, n: number): Float64Array {
  if (typeof value !== "number") return value;
  buffer.fill(value, 0, n);
  return buffer;
}

export type BinaryOp = "^" | "<" | "<=" | ">" | ">=" | "==" | "!=" | "&&" | "||" | "min" | "max";

export function scalarOp(op: BinaryOp, a: number, b: number): number {
  switch (op) {
    case "^":
      return a ** b;
    case "<":
      return a < b ? 1 : a >= b ? 0 : Number.NaN;
    case "<=":
      return a <= b ? 1 : a > b ? 0 : Number.NaN;
    case ">":
      return a > b ? 1 : a <= b ? 0 : Number.NaN;
    case ">=":
      return a >= b ? 1 : a < b ? 0 : Number.NaN;
    case "==":
      return a === b ? 1 : Number.isNaN(a) || Number.isNaN(b) ? Number.NaN : 0;
    case "!=":
      return a === b ? 0 : Number.isNaN(a) || Number.isNaN(b) ? Number.NaN : 1;
    case "&&":
      return Number.isNaN(a) || Number.isNaN(b) ? Number.NaN : a !== 0 && b !== 0 ? 1 : 0;
    case "||":
      return Number.isNaN(a) || Number.isNaN(b) ? Number.NaN : a !== 0 || b !== 0 ? 1 : 0;
    case "min":
      return a < b || Number.isNaN(a) ? a : b;
    case "max":
      return a > b || Number.isNaN(a) ? a : b;
  }
}

/** Other binary operators: scalars are broadcast into a buffer, then one monomorphic loop per operator. */
export function binaryOp(ctx: BlockContext, op: BinaryOp, ka: Kernel, kb: Kernel, target?: Target): Kernel {
  const out = new Float64Array(ctx.size);
  const fillA = new Float64Array(ctx.size);
  const fillB = new Float64Array(ctx.size);
  return (t) => {
    const o = target?.out ?? out;
    const va = ka(t);
    const vb = kb(t);
    if (typeof va === "number" && typeof vb === "number") return scalarOp(op, va, vb);
    const n = ctx.n;
    const a = asArray(va, fillA, n);
    const b = asArray(vb, fillB, n);
    if (op === "^") {
      if (typeof vb === "number" && vb === 2) for (let i = 0; i < n; i++) o[i] = a[i]! * a[i]!;
      else for (let i = 0; i < n; i++) o[i] = a[i]! ** b[i]!;
    } else comparisonLoop(op, a, b, o, n);
    return o;
  };
}

/**
 * Comparisons, logic, min and max over columns. NaN propagates through all of them (a comparison
 * with NaN is NaN, not false), so a non-finite value cannot silently become a 0 or a 1.
 */
function comparisonLoop(op: BinaryOp, a: Float64Array, b: Float64Array, o: Float64Array, n: number): void {
  switch (op) {
    case "<":
      for (let i = 0; i < n; i++) o[i] = a[i]! < b[i]! ? 1 : a[i]! >= b[i]! ? 0 : Number.NaN;
      break;
    case "<=":
      for (let i = 0; i < n; i++) o[i] = a[i]! <= b[i]! ? 1 : a[i]! > b[i]! ? 0 : Number.NaN;
      break;
    case ">":
      for (let i = 0; i < n; i++) o[i] = a[i]! > b[i]! ? 1 : a[i]! <= b[i]! ? 0 : Number.NaN;
      break;
    case ">=":
      for (let i = 0; i < n; i++) o[i] = a[i]! >= b[i]! ? 1 : a[i]! < b[i]! ? 0 : Number.NaN;
      break;
    default:
      for (let i = 0; i < n; i++) o[i] = scalarOp(op, a[i]!, b[i]!);
  }
}

export type UnaryFn = "abs" | "exp" | "log" | "sqrt" | "not";

export function unaryFn(ctx: BlockContext, fn: UnaryFn, ka: Kernel, target?: Target): Kernel {
  const out = new Float64Array(ctx.size);
  const scalar = (x: number) =>
    fn === "abs"
      ? Math.abs(x)
      : fn === "exp"
        ? Math.exp(x)
        : fn === "log"
          ? Math.log(x)
          : fn === "sqrt"
            ? Math.sqrt(x)
            : Number.isNaN(x)
              ? x
              : x === 0
                ? 1
                : 0;
  return (t) => {
    const o = target?.out ?? out;
    const a = ka(t);
    if (typeof a === "number") return scalar(a);
    const n = ctx.n;
    switch (fn) {
      case "abs":
        for (let i = 0; i < n; i++) o[i] = Math.abs(a[i]!);
        break;
      case "exp":
        for (let i = 0; i < n; i++) o[i] = Math.exp(a[i]!);
        break;
      case "log":
        for (let i = 0; i < n; i++) o[i] = Math.log(a[i]!);
        break;
      case "sqrt":
        for (let i = 0; i < n; i++) o[i] = Math.sqrt(a[i]!);
        break;
      case "not":
        for (let i = 0; i < n; i++) o[i] = a[i] === 0 ? 1 : Number.isNaN(a[i]) ? Number.NaN : 0;
        break;
    }
    return o;
  };
}

/** clamp(x, lo, hi) */
export function clampKernel(
  ctx: BlockContext,
  kx: Kernel,
  klo: Kernel,
  khi: Kernel,
  target?: Target,
): Kernel {
  const out = new Float64Array(ctx.size);
  const fills = [new Float64Array(ctx.size), new Float64Array(ctx.size), new Float64Array(ctx.size)] as const;
  return (t) => {
    const o = target?.out ?? out;
    const vx = kx(t);
    const vlo = klo(t);
    const vhi = khi(t);
    if (typeof vx === "number" && typeof vlo === "number" && typeof vhi === "number")
      return vx < vlo ? vlo : vx > vhi ? vhi : vx;
    const n = ctx.n;
    const x = asArray(vx, fills[0], n);
    const lo = asArray(vlo, fills[1], n);
    const hi = asArray(vhi, fills[2], n);
    for (let i = 0; i < n; i++) {
      const v = x[i]!;
      o[i] = v < lo[i]! ? lo[i]! : v > hi[i]! ? hi[i]! : v;
    }
    return o;
  };
}

export function copyInto(value: Value, target: Float64Array, n: number): void {
  if (typeof value === "number") target.fill(value, 0, n);
  else if (value !== target) target.set(n === value.length ? value : value.subarray(0, n));
}
