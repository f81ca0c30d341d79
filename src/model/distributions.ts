import type { ClaimValue } from "../core/index.js";
import { type Rng, uniformOpen } from "./rng.js";
import type { Distribution } from "./schema.js";

/**
 * Distributions in a normalized form, their samplers (one uniform per draw where a closed-form
 * inverse exists, so streams stay aligned), and the rules turning a ledger bound into one.
 */

export type Dist =
  | { kind: "normal"; mean: number; sd: number }
  | { kind: "lognormal"; mu: number; sigma: number }
  | { kind: "uniform"; low: number; high: number }
  | { kind: "triangular"; low: number; mode: number; high: number }
  | { kind: "beta"; alpha: number; beta: number; low: number; high: number; pert: boolean }
  | { kind: "point"; value: number }
  | { kind: "discrete"; values: number[]; cumulative: number[] }
  | { kind: "schedule"; points: [number, number][] }
  /** A schedule with uncertain values: each year's value drawn once per sample, then interpolated. */
  | { kind: "uncertain_schedule"; points: [number, Dist][] };

/** z such that Φ(z) = 0.95. */
export const Z95 = 1.6448536269514722;

function fail(message: string): { dist: null; error: string } {
  return { dist: null, error: message };
}

type Normalized = { dist: Dist; error: null } | { dist: null; error: string };

function ok(dist: Dist): Normalized {
  return { dist, error: null };
}

/** The scenario's distribution object (one family key) → Dist, or an error message. */
export function normalizeDistribution(spec: Distribution): Normalized {
  if (spec.normal) return normalOf(spec.normal);
  if (spec.lognormal) return lognormalOf(spec.lognormal);
  if (spec.uniform) {
    const { low, high } = spec.uniform;
    if (!(high >= low)) return fail("uniform: high must not be below low");
    return ok({ kind: "uniform", low, high });
  }
  if (spec.triangular) {
    const { low, mode, high } = spec.triangular;
    if (!(low <= mode && mode <= high && high > low))
      return fail("triangular: expected low ≤ mode ≤ high, low < high");
    return ok({ kind: "triangular", low, mode, high });
  }
  if (spec.pert) return pertOf(spec.pert);
  if (spec.beta) return betaOf(spec.beta);
  if (spec.point !== undefined) {
    return ok({ kind: "point", value: typeof spec.point === "number" ? spec.point : spec.point.value });
  }
  if (spec.discrete) return discreteOf(spec.discrete);
  if (spec.schedule) return scheduleOf(spec.schedule);
  return fail("no distribution given");
}

/** A normal given by {mean, sd} or by its {p5, p95}. */
function normalOf(n: NonNullable<Distribution["normal"]>): Normalized {
  if (n.p5 !== undefined && n.p95 !== undefined && n.mean === undefined && n.sd === undefined) {
    if (!(n.p95 > n.p5)) return fail("normal: p95 must be above p5");
    return ok({ kind: "normal", mean: (n.p5 + n.p95) / 2, sd: (n.p95 - n.p5) / (2 * Z95) });
  }
  if (n.mean !== undefined && n.sd !== undefined && n.p5 === undefined && n.p95 === undefined) {
    if (!(n.sd >= 0)) return fail("normal: sd must not be negative");
    return ok({ kind: "normal", mean: n.mean, sd: n.sd });
  }
  return fail("normal: give {mean, sd} or {p5, p95}");
}

/** A lognormal given by {mu, sigma}, {median, sigma} or its {p5, p95}. */
function lognormalOf(l: NonNullable<Distribution["lognormal"]>): Normalized {
  if (l.p5 !== undefined && l.p95 !== undefined && l.mu === undefined && l.sigma === undefined) {
    if (!(l.p5 > 0)) return fail("lognormal: p5 must be positive");
    if (!(l.p95 > l.p5)) return fail("lognormal: p95 must be above p5");
    const a = Math.log(l.p5);
    const b = Math.log(l.p95);
    return ok({ kind: "lognormal", mu: (a + b) / 2, sigma: (b - a) / (2 * Z95) });
  }
  if (l.sigma !== undefined && l.p5 === undefined && l.p95 === undefined) {
    if (!(l.sigma >= 0)) return fail("lognormal: sigma must not be negative");
    if (l.median !== undefined && l.mu === undefined) {
      if (!(l.median > 0)) return fail("lognormal: median must be positive");
      return ok({ kind: "lognormal", mu: Math.log(l.median), sigma: l.sigma });
    }
    if (l.mu !== undefined && l.median === undefined)
      return ok({ kind: "lognormal", mu: l.mu, sigma: l.sigma });
  }
  return fail("lognormal: give {mu, sigma}, {median, sigma} or {p5, p95}");
}

/** A PERT: a beta over [low, high] shaped by its mode and lambda (4 by default). */
function pertOf(pert: NonNullable<Distribution["pert"]>): Normalized {
  const { low, mode, high } = pert;
  const lambda = pert.lambda ?? 4;
  if (!(low <= mode && mode <= high && high > low))
    return fail("pert: expected low ≤ mode ≤ high, low < high");
  if (!(lambda > 0)) return fail("pert: lambda must be positive");
  const span = high - low;
  return ok({
    kind: "beta",
    alpha: 1 + (lambda * (mode - low)) / span,
    beta: 1 + (lambda * (high - mode)) / span,
    low,
    high,
    pert: true,
  });
}

/** A beta over [low, high] ([0, 1] by default). */
function betaOf(spec: NonNullable<Distribution["beta"]>): Normalized {
  const { alpha, beta } = spec;
  const low = spec.low ?? 0;
  const high = spec.high ?? 1;
  if (!(alpha > 0 && beta > 0)) return fail("beta: alpha and beta must be positive");
  if (!(high > low)) return fail("beta: high must be above low");
  return ok({ kind: "beta", alpha, beta, low, high, pert: false });
}

/** Values with weights (equal by default), kept as a cumulative table. */
function discreteOf(discrete: NonNullable<Distribution["discrete"]>): Normalized {
  const { values } = discrete;
  const weights = discrete.weights ?? values.map(() => 1);
  if (weights.length !== values.length) return fail("discrete: weights must have one entry per value");
  if (weights.some((w) => !(w >= 0))) return fail("discrete: weights must not be negative");
  const total = weights.reduce((a, b) => a + b, 0);
  if (!(total > 0)) return fail("discrete: weights must not all be zero");
  let running = 0;
  const cumulative = weights.map((w) => {
    running += w / total;
    return running;
  });
  cumulative[cumulative.length - 1] = 1;
  return ok({ kind: "discrete", values: [...values], cumulative });
}

/** A value per year: numbers make a schedule, any distribution among them an uncertain schedule. */
function scheduleOf(schedule: NonNullable<Distribution["schedule"]>): Normalized {
  const entries = Object.entries(schedule).sort((a, b) => Number(a[0]) - Number(b[0]));
  if (entries.length === 0) return fail("schedule: give at least one year");
  if (entries.every(([, value]) => typeof value === "number"))
    return ok({
      kind: "schedule",
      points: entries.map(([year, value]) => [Number(year), value as number]),
    });
  const points: [number, Dist][] = [];
  for (const [year, value] of entries) {
    const inner =
      typeof value === "number" ? ok({ kind: "point", value }) : normalizeDistribution(value as Distribution);
    if (inner.error !== null) return fail(`schedule ${year}: ${inner.error}`);
    points.push([Number(year), inner.dist]);
  }
  return ok({ kind: "uncertain_schedule", points });
}

// Acklam's coefficients: central region (a/b) and tails (c/d).
const A0 = -39.69683028665376;
const A1 = 220.9460984245205;
const A2 = -275.9285104469687;
const A3 = 138.357751867269;
const A4 = -30.66479806614716;
const A5 = 2.506628274631;
const B0 = -54.47609879822406;
const B1 = 161.5858368580409;
const B2 = -155.6989798598866;
const B3 = 66.80131188771972;
const B4 = -13.28068155288572;
const C0 = -0.007784894002430293;
const C1 = -0.3223964580411365;
const C2 = -2.400758277161838;
const C3 = -2.549732539343734;
const C4 = 4.374664141464968;
const C5 = 2.938163982698783;
const D0 = 0.007784695709041462;
const D1 = 0.3224671290700398;
const D2 = 2.445134137142996;
const D3 = 3.754408661907416;
const P_LOW = 0.02425;

/** The tails as functions of q = √(−2·log p) (lower) or q = √(−2·log(1 − p)) (upper). */
function lowerTail(q: number): number {
  return (
    (((((C0 * q + C1) * q + C2) * q + C3) * q + C4) * q + C5) / ((((D0 * q + D1) * q + D2) * q + D3) * q + 1)
  );
}
function upperTail(q: number): number {
  return (
    -(((((C0 * q + C1) * q + C2) * q + C3) * q + C4) * q + C5) / ((((D0 * q + D1) * q + D2) * q + D3) * q + 1)
  );
}

/**
 * Standard normal quantile (Acklam's rational approximation, relative error < 1.2e-9). Kept small
 * (tails in functions of their own) so that V8 inlines it into sampling loops: a call that is not
 * inlined boxes its argument and its result, two allocations per draw.
 */
export function normalQuantile(p: number): number {
  if (p < P_LOW) return lowerTail(Math.sqrt(-2 * Math.log(p)));
  if (p <= 1 - P_LOW) {
    const q = p - 0.5;
    const r = q * q;
    return (
      ((((((A0 * r + A1) * r + A2) * r + A3) * r + A4) * r + A5) * q) /
      (((((B0 * r + B1) * r + B2) * r + B3) * r + B4) * r + 1)
    );
  }
  return upperTail(Math.sqrt(-2 * Math.log(1 - p)));
}

/**
 * values[from, to) = their normal quantiles, in place. A loop of its own so that normalQuantile is
 * inlined into it: called from a larger loop it is not, and every result is then boxed (garbage).
 */
function normalQuantilesInPlace(values: Float64Array, from: number, to: number): void {
  for (let i = from; i < to; i++) values[i] = normalQuantile(values[i]!);
}

function gamma(rng: Rng, shape: number): number {
  if (shape < 1) return gamma(rng, shape + 1) * uniformOpen(rng) ** (1 / shape);
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    let x: number;
    let v: number;
    do {
      x = normalQuantile(uniformOpen(rng));
      v = 1 + c * x;
    } while (v <= 0);
    v = v * v * v;
    const u = uniformOpen(rng);
    if (u < 1 - 0.0331 * x * x * x * x) return d * v;
    if (Math.log(u) < 0.5 * x * x + d * (1 - v + Math.log(v))) return d * v;
  }
}

/** Fills out[from, to) with draws; schedules are not sampled (they are per-period constants). */
export function sampleInto(dist: Dist, rng: Rng, out: Float64Array, from = 0, to = out.length): void {
  switch (dist.kind) {
    case "normal": {
      const { mean, sd } = dist;
      rng.fillUniformOpen(out, from, to);
      normalQuantilesInPlace(out, from, to);
      for (let i = from; i < to; i++) out[i] = mean + sd * out[i]!;
      return;
    }
    case "lognormal": {
      const { mu, sigma } = dist;
      rng.fillUniformOpen(out, from, to);
      normalQuantilesInPlace(out, from, to);
      for (let i = from; i < to; i++) out[i] = Math.exp(mu + sigma * out[i]!);
      return;
    }
    case "uniform": {
      const { low, high } = dist;
      const span = high - low;
      rng.fillUniformOpen(out, from, to);
      for (let i = from; i < to; i++) out[i] = low + span * out[i]!;
      return;
    }
    case "triangular": {
      const { low, mode, high } = dist;
      const span = high - low;
      const cut = (mode - low) / span;
      rng.fillUniformOpen(out, from, to);
      for (let i = from; i < to; i++) {
        const u = out[i]!;
        out[i] =
          u < cut
            ? low + Math.sqrt(u * span * (mode - low))
            : high - Math.sqrt((1 - u) * span * (high - mode));
      }
      return;
    }
    case "beta": {
      const { alpha, beta, low, high } = dist;
      for (let i = from; i < to; i++) {
        const x = gamma(rng, alpha);
        const y = gamma(rng, beta);
        out[i] = low + ((high - low) * x) / (x + y);
      }
      return;
    }
    case "point":
      out.fill(dist.value, from, to);
      return;
    case "discrete": {
      const { values, cumulative } = dist;
      for (let i = from; i < to; i++) {
        const u = uniformOpen(rng);
        let k = 0;
        while (k < cumulative.length - 1 && u > cumulative[k]!) k++;
        out[i] = values[k]!;
      }
      return;
    }
    case "schedule":
    case "uncertain_schedule":
      return;
  }
}

/** A schedule's value in a year: linear between listed years, flat before the first and after the last. */
export function scheduleValue(points: readonly [number, number][], year: number): number {
  const first = points[0]!;
  if (year <= first[0]) return first[1];
  for (let i = 1; i < points.length; i++) {
    const [y1, v1] = points[i]!;
    if (year <= y1) {
      const [y0, v0] = points[i - 1]!;
      return v0 + ((v1 - v0) * (year - y0)) / (y1 - y0);
    }
  }
  return points[points.length - 1]![1];
}

export function describeDist(dist: Dist): string {
  const g = (x: number) => Number(x.toPrecision(4)).toString();
  switch (dist.kind) {
    case "normal":
      return `normal(mean=${g(dist.mean)}, sd=${g(dist.sd)})`;
    case "lognormal":
      return `lognormal(p5=${g(Math.exp(dist.mu - Z95 * dist.sigma))}, p95=${g(Math.exp(dist.mu + Z95 * dist.sigma))})`;
    case "uniform":
      return `uniform(${g(dist.low)}, ${g(dist.high)})`;
    case "triangular":
      return `triangular(${g(dist.low)}, ${g(dist.mode)}, ${g(dist.high)})`;
    case "beta":
      return `${dist.pert ? "pert-" : ""}beta(${g(dist.alpha)}, ${g(dist.beta)}) on [${g(dist.low)}, ${g(dist.high)}]`;
    case "point":
      return `point(${g(dist.value)})`;
    case "discrete":
      return `discrete(${dist.values.map(g).join(", ")})`;
    case "schedule":
      return `schedule(${dist.points.map(([y, v]) => `${y}: ${g(v)}`).join(", ")})`;
    case "uncertain_schedule":
      return `schedule(${dist.points.map(([y, d]) => `${y}: ${d.kind === "point" ? g(d.value) : describeDist(d)}`).join(", ")})`;
  }
}

/**
 * How a ledger bound becomes a distribution (documented rules):
 * - exact X → point X;
 * - approx X → normal with p5 = 0.95·X and p95 = 1.05·X (±5 %);
 * - range [L, H] → uniform(L, H);
 * - at_least X → lognormal with p5 = X and p95 = 1.5·X (normal with the same p5/p95 when X ≤ 0);
 * - at_most X and up_to X → lognormal with p5 = X/1.5 and p95 = X (normal when X ≤ 0).
 * A range or approximate figure missing one end is read as the bound of its known end.
 */
export function distributionFromBound(value: ClaimValue): { dist: Dist; rule: string } | null {
  const { low, high, bound } = value;
  const known = low ?? high;
  if (known === null) return null;
  const rangeFrom = (p5: number, p95: number): Dist =>
    p5 > 0
      ? {
          kind: "lognormal",
          mu: (Math.log(p5) + Math.log(p95)) / 2,
          sigma: (Math.log(p95) - Math.log(p5)) / (2 * Z95),
        }
      : { kind: "normal", mean: (p5 + p95) / 2, sd: (p95 - p5) / (2 * Z95) };
  switch (bound) {
    case "exact":
      return { dist: { kind: "point", value: known }, rule: "exact → point" };
    case "approx": {
      const x = low !== null && high !== null ? (low + high) / 2 : known;
      return {
        dist: { kind: "normal", mean: x, sd: Math.abs(0.05 * x) / Z95 },
        rule: "approx → normal, p5/p95 at ±5 %",
      };
    }
    case "range":
      if (low !== null && high !== null && high > low)
        return { dist: { kind: "uniform", low, high }, rule: "range → uniform(low, high)" };
      return { dist: { kind: "point", value: known }, rule: "range with one end → point" };
    case "at_least": {
      const x = low ?? known;
      return {
        dist: rangeFrom(x, x + 0.5 * Math.abs(x) || 1),
        rule: "at least X → lognormal p5 = X, p95 = 1.5X",
      };
    }
    case "at_most":
    case "up_to": {
      const x = high ?? known;
      return {
        dist: rangeFrom(x > 0 ? x / 1.5 : x - 0.5 * Math.abs(x) || -1, x),
        rule: `${bound.replace("_", " ")} X → lognormal p5 = X/1.5, p95 = X`,
      };
    }
  }
}
