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
export function add(ctx: BlockContext, ka: Kernel, kb: Kernel): Kernel {
  const out = new Float64Array(ctx.size);
  return (t) => {
    const a = ka(t);
    const b = kb(t);
    const n = ctx.n;
    if (typeof a === "number") {
      if (typeof b === "number") return a + b;
      for (let i = 0; i < n; i++) out[i] = a + b[i]!;
    } else if (typeof b === "number") for (let i = 0; i < n; i++) out[i] = a[i]! + b;
    else for (let i = 0; i < n; i++) out[i] = a[i]! + b[i]!;
    return out;
  };
}

export function sub(ctx: BlockContext, ka: Kernel, kb: Kernel): Kernel {
  const out = new Float64Array(ctx.size);
  return (t) => {
    const a = ka(t);
    const b = kb(t);
    const n = ctx.n;
    if (typeof a === "number") {
      if (typeof b === "number") return a - b;
      for (let i = 0; i < n; i++) out[i] = a - b[i]!;
    } else if (typeof b === "number") for (let i = 0; i < n; i++) out[i] = a[i]! - b;
    else for (let i = 0; i < n; i++) out[i] = a[i]! - b[i]!;
    return out;
  };
}

export function mul(ctx: BlockContext, ka: Kernel, kb: Kernel): Kernel {
  const out = new Float64Array(ctx.size);
  return (t) => {
    const a = ka(t);
    const b = kb(t);
    const n = ctx.n;
    if (typeof a === "number") {
      if (typeof b === "number") return a * b;
      for (let i = 0; i < n; i++) out[i] = a * b[i]!;
    } else if (typeof b === "number") for (let i = 0; i < n; i++) out[i] = a[i]! * b;
    else for (let i = 0; i < n; i++) out[i] = a[i]! * b[i]!;
    return out;
  };
}

export function div(ctx: BlockContext, ka: Kernel, kb: Kernel): Kernel {
  const out = new Float64Array(ctx.size);
  return (t) => {
    const a = ka(t);
    const b = kb(t);
    const n = ctx.n;
    if (typeof a === "number") {
      if (typeof b === "number") return a / b;
      for (let i = 0; i < n; i++) out[i] = a / b[i]!;
    } else if (typeof b === "number") for (let i = 0; i < n; i++) out[i] = a[i]! / b;
    else for (let i = 0; i < n; i++) out[i] = a[i]! / b[i]!;
    return out;
  };
}

export function neg(ctx: BlockContext, ka: Kernel): Kernel {
  const out = new Float64Array(ctx.size);
  return (t) => {
    const a = ka(t);
    if (typeof a === "number") return -a;
    const n = ctx.n;
    for (let i = 0; i < n; i++) out[i] = -a[i]!;
    return out;
  };
}

/** Element-wise select: cond ≠ 0 picks a, else b. A condition the same for all samples picks a branch. */
export function select(ctx: BlockContext, kc: Kernel, ka: Kernel, kb: Kernel): Kernel {
  const out = new Float64Array(ctx.size);
  const fillA = new Float64Array(ctx.size);
  const fillB = new Float64Array(ctx.size);
  return (t) => {
    const c = kc(t);
    if (typeof c === "number") return c !== 0 ? ka(t) : kb(t);
    const n = ctx.n;
    const a = asArray(ka(t), fillA, n);
    const b = asArray(kb(t), fillB, n);
    for (let i = 0; i < n; i++) out[i] = c[i] !== 0 ? a[i]! : b[i]!;
    return out;
  };
}

function asArray(value: Value, buffer: Float64Array, n: number): Float64Array {
  if (typeof value !== "number") return value;
  buffer.fill(value, 0, n);
  return buffer;
}

export type BinaryOp = "^" | "<" | "<=" | ">" | ">=" | "==" | "!=" | "&&" | "||" | "min" | "max";

function scalarOp(op: BinaryOp, a: number, b: number): number {
  switch (op) {
    case "^":
      return a ** b;
    case "<":
      return a < b ? 1 : 0;
    case "<=":
      return a <= b ? 1 : 0;
    case ">":
      return a > b ? 1 : 0;
    case ">=":
      return a >= b ? 1 : 0;
    case "==":
      return a === b ? 1 : 0;
    case "!=":
      return a !== b ? 1 : 0;
    case "&&":
      return a !== 0 && b !== 0 ? 1 : 0;
    case "||":
      return a !== 0 || b !== 0 ? 1 : 0;
    case "min":
      return a < b ? a : b;
    case "max":
      return a > b ? a : b;
  }
}

/** Other binary operators: scalars are broadcast into a buffer, then one monomorphic loop per operator. */
export function binaryOp(ctx: BlockContext, op: BinaryOp, ka: Kernel, kb: Kernel): Kernel {
  const out = new Float64Array(ctx.size);
  const fillA = new Float64Array(ctx.size);
  const fillB = new Float64Array(ctx.size);
  return (t) => {
    const va = ka(t);
    const vb = kb(t);
    if (typeof va === "number" && typeof vb === "number") return scalarOp(op, va, vb);
    const n = ctx.n;
    const a = asArray(va, fillA, n);
    const b = asArray(vb, fillB, n);
    switch (op) {
      case "^":
        if (typeof vb === "number" && vb === 2) for (let i = 0; i < n; i++) out[i] = a[i]! * a[i]!;
        else for (let i = 0; i < n; i++) out[i] = a[i]! ** b[i]!;
        break;
      case "<":
        for (let i = 0; i < n; i++) out[i] = a[i]! < b[i]! ? 1 : 0;
        break;
      case "<=":
        for (let i = 0; i < n; i++) out[i] = a[i]! <= b[i]! ? 1 : 0;
        break;
      case ">":
        for (let i = 0; i < n; i++) out[i] = a[i]! > b[i]! ? 1 : 0;
        break;
      case ">=":
        for (let i = 0; i < n; i++) out[i] = a[i]! >= b[i]! ? 1 : 0;
        break;
      case "==":
        for (let i = 0; i < n; i++) out[i] = a[i]! === b[i]! ? 1 : 0;
        break;
      case "!=":
        for (let i = 0; i < n; i++) out[i] = a[i]! !== b[i]! ? 1 : 0;
        break;
      case "&&":
        for (let i = 0; i < n; i++) out[i] = a[i]! !== 0 && b[i]! !== 0 ? 1 : 0;
        break;
      case "||":
        for (let i = 0; i < n; i++) out[i] = a[i]! !== 0 || b[i]! !== 0 ? 1 : 0;
        break;
      case "min":
        for (let i = 0; i < n; i++) out[i] = a[i]! < b[i]! ? a[i]! : b[i]!;
        break;
      case "max":
        for (let i = 0; i < n; i++) out[i] = a[i]! > b[i]! ? a[i]! : b[i]!;
        break;
    }
    return out;
  };
}

export type UnaryFn = "abs" | "exp" | "log" | "sqrt" | "not";

export function unaryFn(ctx: BlockContext, fn: UnaryFn, ka: Kernel): Kernel {
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
            : x === 0
              ? 1
              : 0;
  return (t) => {
    const a = ka(t);
    if (typeof a === "number") return scalar(a);
    const n = ctx.n;
    switch (fn) {
      case "abs":
        for (let i = 0; i < n; i++) out[i] = Math.abs(a[i]!);
        break;
      case "exp":
        for (let i = 0; i < n; i++) out[i] = Math.exp(a[i]!);
        break;
      case "log":
        for (let i = 0; i < n; i++) out[i] = Math.log(a[i]!);
        break;
      case "sqrt":
        for (let i = 0; i < n; i++) out[i] = Math.sqrt(a[i]!);
        break;
      case "not":
        for (let i = 0; i < n; i++) out[i] = a[i] === 0 ? 1 : 0;
        break;
    }
    return out;
  };
}

/** clamp(x, lo, hi) */
export function clampKernel(ctx: BlockContext, kx: Kernel, klo: Kernel, khi: Kernel): Kernel {
  const out = new Float64Array(ctx.size);
  const fills = [new Float64Array(ctx.size), new Float64Array(ctx.size), new Float64Array(ctx.size)] as const;
  return (t) => {
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
      out[i] = v < lo[i]! ? lo[i]! : v > hi[i]! ? hi[i]! : v;
    }
    return out;
  };
}

export function copyInto(value: Value, target: Float64Array, n: number): void {
  if (typeof value === "number") target.fill(value, 0, n);
  else if (value !== target) target.set(n === value.length ? value : value.subarray(0, n));
}
