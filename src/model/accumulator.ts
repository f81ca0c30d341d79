import type { HistogramBin, QuantileSummary } from "./types.js";

/**
 * Streaming reduction of tracked quantities ("probes") over blocks, bounded in memory.
 *
 * Quantiles come from a fine histogram: HISTOGRAM_BINS equal bins spanning the pilot block's
 * 0.2 %–99.8 % range of each probe; values outside that range are kept exactly (about 0.4 % of
 * samples). A quantile inside the range is interpolated within its bin, so it is within one bin
 * width ((p99.8 − p0.2 of the pilot) / 8192) of the exact sample quantile; outside it is exact.
 * A probe may be binned in its first blocks only (`binBlocks`): its mean still covers every sample,
 * its quantiles the blocks binned (inputs: their quantiles are a check, not a result). Counts are
 * integers and sums are added in block order, so merging the states of any number of workers gives
 * bit-identical results.
 */

export const HISTOGRAM_BINS = 8192;
export const CHART_BINS = 32;

export interface ProbeLayout {
  lo: number;
  hi: number;
}

export interface AccumulatorState {
  counts: Uint32Array;
  /** Per probe: non-NaN values summed, non-NaN values binned (integers). */
  valid: Float64Array;
  binned: Float64Array;
  outliers: Float64Array[];
  /** [block, per-probe sums] */
  sums: [number, Float64Array][];
  events: number[];
  samples: number;
}

/** Range of one probe from the pilot block's values. */
export function pilotLayout(values: Float64Array, n: number): ProbeLayout {
  // A plain copy loop: Float64Array.from and filter go through iterators and callbacks, and the
  // pilot is on the main thread's critical path before any worker starts.
  const copy = new Float64Array(n);
  let valid = 0;
  for (let i = 0; i < n; i++) {
    const x = values[i]!;
    if (!Number.isNaN(x)) copy[valid++] = x;
  }
  const sorted = copy.subarray(0, valid).sort();
  if (sorted.length === 0) return { lo: 0, hi: 0 };
  const m = sorted.length;
  let lo = sorted[Math.floor(0.002 * m)]!;
  let hi = sorted[Math.max(0, Math.ceil(0.998 * m) - 1)]!;
  if (!(hi > lo)) {
    lo = sorted[0]!;
    hi = sorted[m - 1]!;
  }
  if (!Number.isFinite(lo) || !Number.isFinite(hi)) return { lo: 0, hi: 0 };
  return { lo, hi };
}

export class Accumulator {
  readonly layouts: ProbeLayout[];
  readonly counts: Uint32Array;
  readonly valid: Float64Array;
  readonly binned: Float64Array;
  outliers: number[][];
  sums = new Map<number, Float64Array>();
  events: number[];
  samples = 0;
  private readonly scales: Float64Array;
  private readonly binBlocks: readonly number[];

  /** `binBlocks[p]`: probe p is binned in blocks below it only (default: every block). */
  constructor(layouts: ProbeLayout[], eventCount: number, binBlocks?: readonly number[]) {
    this.layouts = layouts;
    // Shared memory: a worker posts its histograms without copying them and without transferring
    // (detaching) a buffer, which would make V8 guard every later typed-array access in its thread.
    this.counts = new Uint32Array(new SharedArrayBuffer(layouts.length * HISTOGRAM_BINS * 4));
    this.valid = new Float64Array(layouts.length);
    this.binned = new Float64Array(layouts.length);
    this.binBlocks = binBlocks ?? layouts.map(() => Number.POSITIVE_INFINITY);
    this.outliers = layouts.map(() => []);
    this.events = new Array<number>(eventCount).fill(0);
    this.scales = Float64Array.from(layouts, (l) => (l.hi > l.lo ? HISTOGRAM_BINS / (l.hi - l.lo) : 0));
  }

  /** Adds one block: `probe(p)` gives probe p's values, `event(e)` event e's 0/1 values. */
  add(
    block: number,
    n: number,
    probe: (p: number) => Float64Array,
    event: (e: number) => Float64Array,
  ): void {
    const probes = this.layouts.length;
    // Per probe: the sum, then (at probes + p) the sum of squares about the pilot's low end, for sd.
    const sums = new Float64Array(2 * probes);
    const counts = this.counts;
    for (let p = 0; p < this.layouts.length; p++) {
      const values = probe(p);
      const { lo } = this.layouts[p]!;
      if (block >= this.binBlocks[p]!) {
        let sum = 0;
        let squares = 0;
        let nan = 0;
        for (let i = 0; i < n; i++) {
          const x = values[i]!;
          if (Number.isNaN(x)) nan++;
          else {
            sum += x;
            squares += (x - lo) * (x - lo);
          }
        }
        sums[p] = sum;
        sums[probes + p] = squares;
        this.valid[p]! += n - nan;
        continue;
      }
      const scale = this.scales[p]!;
      const offset = p * HISTOGRAM_BINS;
      const outliers = this.outliers[p]!;
      let sum = 0;
      let squares = 0;
      let nan = 0;
      if (scale === 0) {
        for (let i = 0; i < n; i++) {
          const x = values[i]!;
          if (Number.isNaN(x)) nan++;
          else {
            sum += x;
            if (x === lo) counts[offset]!++;
            else outliers.push(x);
          }
        }
      } else {
        for (let i = 0; i < n; i++) {
          const x = values[i]!;
          const k = (x - lo) * scale;
          if (k >= 0 && k < HISTOGRAM_BINS) {
            sum += x;
            squares += (x - lo) * (x - lo);
            counts[offset + (k | 0)]!++;
          } else if (Number.isNaN(x)) nan++;
          else {
            sum += x;
            squares += (x - lo) * (x - lo);
            outliers.push(x);
          }
        }
      }
      sums[p] = sum;
      sums[probes + p] = scale === 0 ? squaresAbout(values, n, lo) : squares;
      this.valid[p]! += n - nan;
      this.binned[p]! += n - nan;
    }
    this.sums.set(block, sums);
    for (let e = 0; e < this.events.length; e++) {
      const values = event(e);
      let hits = 0;
      for (let i = 0; i < n; i++) {
        const v = values[i]!;
        if (v !== 0 && !Number.isNaN(v)) hits++;
      }
      this.events[e]! += hits;
    }
    this.samples += n;
  }

  state(): AccumulatorState {
    return {
      counts: this.counts,
      valid: this.valid,
      binned: this.binned,
      outliers: this.outliers.map((o) => Float64Array.from(o)),
      sums: [...this.sums.entries()],
      events: this.events,
      samples: this.samples,
    };
  }

  merge(state: AccumulatorState): void {
    for (let i = 0; i < this.counts.length; i++) this.counts[i]! += state.counts[i]!;
    for (let p = 0; p < this.valid.length; p++) {
      this.valid[p]! += state.valid[p]!;
      this.binned[p]! += state.binned[p]!;
    }
    state.outliers.forEach((o, p) => {
      const target = this.outliers[p]!;
      for (let i = 0; i < o.length; i++) target.push(o[i]!);
    });
    for (const [block, sums] of state.sums) this.sums.set(block, sums);
    state.events.forEach((hits, e) => {
      this.events[e]! += hits;
    });
    this.samples += state.samples;
  }

  /** Call once after the last merge. */
  finish(): Finished {
    const blocks = [...this.sums.keys()].sort((a, b) => a - b);
    const totals = new Float64Array(2 * this.layouts.length);
    for (const block of blocks) {
      const sums = this.sums.get(block)!;
      for (let p = 0; p < totals.length; p++) totals[p]! += sums[p]!;
    }
    const sortedOutliers = this.outliers.map((o) => Float64Array.from(o).sort());
    return new Finished(this, totals, sortedOutliers);
  }
}

function squaresAbout(values: Float64Array, n: number, center: number): number {
  let sum = 0;
  for (let i = 0; i < n; i++) {
    const d = values[i]! - center;
    if (!Number.isNaN(d)) sum += d * d;
  }
  return sum;
}

export class Finished {
  constructor(
    private readonly acc: Accumulator,
    private readonly totals: Float64Array,
    private readonly outliers: Float64Array[],
  ) {}

  get samples(): number {
    return this.acc.samples;
  }

  eventProbability(e: number): number {
    return this.acc.samples > 0 ? this.acc.events[e]! / this.acc.samples : 0;
  }

  private valid(p: number): number {
    return this.acc.valid[p]!;
  }

  quantile(p: number, q: number): number {
    const total = this.acc.binned[p]!;
    if (total === 0) return Number.NaN;
    const { lo, hi } = this.acc.layouts[p]!;
    const outliers = this.outliers[p]!;
    let below = 0;
    while (below < outliers.length && outliers[below]! < lo) below++;
    const rank = q * (total - 1);
    if (rank < below) return interpolateSorted(outliers, rank);
    let r = rank - below;
    const offset = p * HISTOGRAM_BINS;
    const width = (hi - lo) / HISTOGRAM_BINS;
    for (let k = 0; k < HISTOGRAM_BINS; k++) {
      const c = this.acc.counts[offset + k]!;
      if (c === 0) continue;
      if (r < c) return width === 0 ? lo : lo + (k + (r + 0.5) / c) * width;
      r -= c;
    }
    return interpolateSorted(outliers, below + r);
  }

  /** Sample standard deviation (n − 1), from sums of squares about the pilot's low end. */
  sd(p: number): number {
    const n = this.valid(p);
    if (n < 2) return Number.NaN;
    const { lo } = this.acc.layouts[p]!;
    const mean = this.totals[p]! / n - lo;
    const squares = this.totals[this.acc.layouts.length + p]!;
    return Math.sqrt(Math.max(0, (squares - n * mean * mean) / (n - 1)));
  }

  /** P(value < x): whole fine bins below x, a share of the bin holding x, outliers exactly. */
  probabilityBelow(p: number, x: number): number {
    const total = this.acc.binned[p]!;
    if (total === 0) return Number.NaN;
    const { lo, hi } = this.acc.layouts[p]!;
    let below = 0;
    for (const v of this.outliers[p]!) if (v < x) below++;
    const width = (hi - lo) / HISTOGRAM_BINS;
    if (width > 0)
      for (let k = 0; k < HISTOGRAM_BINS; k++) {
        const x0 = lo + k * width;
        if (x0 >= x) break;
        const c = this.acc.counts[p * HISTOGRAM_BINS + k]!;
        below += x0 + width <= x ? c : (c * (x - x0)) / width;
      }
    else if (lo < x) below += this.acc.counts[p * HISTOGRAM_BINS]!;
    return below / total;
  }

  summary(p: number): QuantileSummary {
    const total = this.valid(p);
    return {
      mean: total > 0 ? this.totals[p]! / total : Number.NaN,
      sd: this.sd(p),
      p5: this.quantile(p, 0.05),
      p25: this.quantile(p, 0.25),
      p50: this.quantile(p, 0.5),
      p75: this.quantile(p, 0.75),
      p95: this.quantile(p, 0.95),
    };
  }

  /** CHART_BINS equal bins over the probe's range; values outside fall in the end bins. */
  histogram(p: number): { bins: HistogramBin[]; total: number; below0: number } {
    const { lo, hi } = this.acc.layouts[p]!;
    const outliers = this.outliers[p]!;
    const per = HISTOGRAM_BINS / CHART_BINS;
    const width = (hi - lo) / CHART_BINS;
    const bins: HistogramBin[] = [];
    let below0 = 0;
    const fineWidth = (hi - lo) / HISTOGRAM_BINS;
    for (let b = 0; b < CHART_BINS; b++) {
      let count = 0;
      for (let k = b * per; k < (b + 1) * per; k++) {
        const c = this.acc.counts[p * HISTOGRAM_BINS + k]!;
        count += c;
        const x0 = lo + k * fineWidth;
        const x1 = x0 + fineWidth;
        if (x1 <= 0) below0 += c;
        else if (x0 < 0) below0 += (c * -x0) / fineWidth;
      }
      bins.push({ x0: lo + b * width, x1: lo + (b + 1) * width, count });
    }
    for (const x of outliers) {
      const target = x < lo ? bins[0] : bins[bins.length - 1];
      if (target) target.count++;
      if (x < 0) below0++;
    }
    return { bins, total: this.acc.binned[p]!, below0 };
  }
}

function interpolateSorted(values: Float64Array, rank: number): number {
  if (values.length === 0) return Number.NaN;
  const i = Math.max(0, Math.min(values.length - 1, Math.floor(rank)));
  const j = Math.min(values.length - 1, i + 1);
  const f = rank - Math.floor(rank);
  return values[i]! + (values[j]! - values[i]!) * f;
}
