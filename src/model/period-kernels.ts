import type { BlockEnv } from "./program.js";
import { type Kernel, map2, type Value } from "./vector.js";

/**
 * Kernels that depend on the period or on several periods: reductions over periods, running sums,
 * growth, interpolation, ramps and adoption curves. Each gives the same value for a period whatever
 * order it is asked in (a running sum catches up on periods it was not asked for).
 */

export type ReducerKind = "sum" | "mean" | "any" | "all" | "min_over" | "max_over" | "npv";

const INITIAL: Record<ReducerKind, number> = {
  sum: 0,
  mean: 0,
  npv: 0,
  any: 0,
  all: 1,
  min_over: Number.POSITIVE_INFINITY,
  max_over: Number.NEGATIVE_INFINITY,
};

/** One value per sample over periods from…to (indices), computed once per block. */
export function reduceKernel(
  env: BlockEnv,
  kind: ReducerKind,
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
    out.fill(INITIAL[kind], 0, n);
    for (let t = from; t <= to; t++)
      accumulate(kind, out, n, k(t), kind === "npv" && rate ? rate(t) : 0, t - from);
    if (kind === "mean") for (let i = 0; i < n; i++) out[i]! /= to - from + 1;
    return out;
  };
}

function accumulate(kind: ReducerKind, out: Float64Array, n: number, v: Value, r: Value, k: number): void {
  const at = (i: number) => (typeof v === "number" ? v : v[i]!);
  switch (kind) {
    case "sum":
    case "mean":
      if (typeof v === "number") for (let i = 0; i < n; i++) out[i]! += v;
      else for (let i = 0; i < n; i++) out[i]! += v[i]!;
      return;
    case "npv":
      for (let i = 0; i < n; i++) out[i]! += at(i) / (1 + (typeof r === "number" ? r : r[i]!)) ** k;
      return;
    case "min_over":
      for (let i = 0; i < n; i++) {
        const x = at(i);
        if (x < out[i]! || Number.isNaN(x)) out[i] = x;
      }
      return;
    case "max_over":
      for (let i = 0; i < n; i++) {
        const x = at(i);
        if (x > out[i]! || Number.isNaN(x)) out[i] = x;
      }
      return;
    case "any":
      for (let i = 0; i < n; i++) {
        const x = at(i);
        if (Number.isNaN(x)) out[i] = x;
        else if (x !== 0 && out[i] === 0) out[i] = 1;
      }
      return;
    case "all":
      for (let i = 0; i < n; i++) {
        const x = at(i);
        if (Number.isNaN(x)) out[i] = x;
        else if (x === 0 && out[i] === 1) out[i] = 0;
      }
      return;
  }
}

/** Running sum from period 0 to t, whatever periods it was asked for before. */
export function cumsumKernel(env: BlockEnv, k: Kernel): Kernel {
  const { ctx } = env;
  const acc = new Float64Array(ctx.size);
  let epoch = -1;
  let done = -1;
  return (t) => {
    if (epoch !== ctx.epoch || t < done) {
      epoch = ctx.epoch;
      done = -1;
    }
    const n = ctx.n;
    for (let s = done + 1; s <= t; s++) {
      const v = k(s);
      if (s === 0) {
        if (typeof v === "number") acc.fill(v, 0, n);
        else acc.set(v.subarray(0, n));
      } else if (typeof v === "number") for (let i = 0; i < n; i++) acc[i]! += v;
      else for (let i = 0; i < n; i++) acc[i]! += v[i]!;
    }
    done = t;
    return acc;
  };
}

/** start × (1 + rate)^t */
export function growKernel(env: BlockEnv, start: Kernel, rate: Kernel): Kernel {
  const out = new Float64Array(env.ctx.size);
  return (t) => {
    const base = start(t);
    const g = rate(t);
    const n = env.ctx.n;
    if (typeof base === "number" && typeof g === "number") return base * (1 + g) ** t;
    for (let i = 0; i < n; i++)
      out[i] = (typeof base === "number" ? base : base[i]!) * (1 + (typeof g === "number" ? g : g[i]!)) ** t;
    return out;
  };
}

/** The fraction of the way from `start` to `end` in a year, held within [0, 1]. */
export function progress(year: number, start: number, end: number): number {
  return end === start ? (year >= end ? 1 : 0) : Math.min(1, Math.max(0, (year - start) / (end - start)));
}

export function interpolate(geometric: boolean, p: number, q: number, frac: number): number {
  return geometric ? p * (q / p) ** frac : p + (q - p) * frac;
}

export function interpKernel(
  env: BlockEnv,
  geometric: boolean,
  a: Kernel,
  b: Kernel,
  start: number,
  end: number,
): Kernel {
  let frac = 0;
  const kernel = map2(env.ctx, a, b, (p, q) => interpolate(geometric, p, q, frac));
  return (t) => {
    frac = progress(env.years[t]!, start, end);
    return kernel(t);
  };
}

/** f(args…, year) per sample, for curves of the year with per-sample parameters. */
export function curveKernel(
  env: BlockEnv,
  ks: Kernel[],
  f: (args: readonly number[], year: number) => number,
): Kernel {
  const { ctx } = env;
  const out = new Float64Array(ctx.size);
  const args = new Array<number>(ks.length).fill(0);
  const values: Value[] = ks.map(() => 0);
  return (t) => {
    const year = env.years[t]!;
    let allNumbers = true;
    for (let j = 0; j < ks.length; j++) {
      values[j] = ks[j]!(t);
      if (typeof values[j] !== "number") allNumbers = false;
    }
    if (allNumbers) return f(values as number[], year);
    const n = ctx.n;
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < ks.length; j++) {
        const v = values[j]!;
        args[j] = typeof v === "number" ? v : v[i]!;
      }
      out[i] = f(args, year);
    }
    return out;
  };
}
